package vn.baocao.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.baocao.render.export.DocumentExport;
import vn.baocao.render.export.ExportException;
import vn.baocao.render.export.ExportTargets;

/** {@code render DOC.json [--docx OUT.docx] [--pdf OUT.pdf]}: renders a document file to Word and/or PDF. */
@Command(name = "render", mixinStandardHelpOptions = true)
public final class RenderCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "VĂN_BẢN.json", descriptionKey = "renderCommand.parameter0")
    Path input;

    @Option(names = "--docx", paramLabel = "TỆP.docx", descriptionKey = "renderCommand.docx")
    Path docx;

    @Option(names = "--pdf", paramLabel = "TỆP.pdf", descriptionKey = "renderCommand.pdf")
    Path pdf;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (docx == null && pdf == null) {
            err.println(CliText.get("renderCommand.loiHayChonIt"));
            return 2;
        }
        DocumentExport export = new DocumentExport();
        try {
            export.export(export.read(input), new ExportTargets(docx, pdf));
        } catch (ExportException e) {
            err.println(CliText.get("renderCommand.loi", e.getMessage()));
            return 1;
        }
        ReportCommand.printWritten(out, docx, pdf);
        out.flush();
        return 0;
    }
}
