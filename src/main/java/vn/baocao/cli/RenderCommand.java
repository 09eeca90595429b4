package vn.baocao.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.document.DocumentFileException;
import vn.baocao.document.DocumentFiles;
import vn.baocao.render.RenderException;
import vn.baocao.render.docx.DocxRenderer;
import vn.baocao.render.pdf.PdfRenderer;

/** {@code render DOC.json [--docx OUT.docx] [--pdf OUT.pdf]}: renders a document file to Word and/or PDF. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Xuất tệp văn bản (JSON) ra Word (.docx) và/hoặc PDF theo thể thức Nghị định 30/2020/NĐ-CP.")
public final class RenderCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "VĂN_BẢN.json", description = "Tệp văn bản cần xuất.")
    Path input;

    @Option(names = "--docx", paramLabel = "TỆP.docx", description = "Ghi ra tệp Word.")
    Path docx;

    @Option(names = "--pdf", paramLabel = "TỆP.pdf", description = "Ghi ra tệp PDF.")
    Path pdf;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (docx == null && pdf == null) {
            err.println("Lỗi: hãy chọn ít nhất một tệp đầu ra: --docx TỆP.docx và/hoặc --pdf TỆP.pdf.");
            return 2;
        }
        AdministrativeDocument document;
        try {
            document = DocumentFiles.read(input);
        } catch (DocumentFileException e) {
            err.println("Lỗi: " + e.getMessage());
            return 1;
        }
        try {
            if (docx != null) {
                new DocxRenderer().render(document, docx);
                out.println("Đã ghi tệp Word: " + docx);
            }
            if (pdf != null) {
                new PdfRenderer().render(document, pdf);
                out.println("Đã ghi tệp PDF: " + pdf);
            }
        } catch (RenderException e) {
            err.println("Lỗi: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println("Lỗi: không xuất được văn bản " + input + ": " + e.getMessage());
            return 1;
        }
        out.flush();
        return 0;
    }
}
