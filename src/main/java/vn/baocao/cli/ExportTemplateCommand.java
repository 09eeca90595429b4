package vn.baocao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.baocao.domain.Area;
import vn.baocao.domain.Indicator;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Period;
import vn.baocao.importing.template.TemplateExporter;
import vn.baocao.store.AreaRepository;
import vn.baocao.store.CatalogRepository;
import vn.baocao.store.Database;

/** {@code export-template --area A[,B…] --period P [--indicators LD01,LD03] --out F.xlsx}. */
@Command(name = "export-template")
final class ExportTemplateCommand extends StoreCommand {
    @Option(names = "--area", required = true, split = ",", paramLabel = "A", descriptionKey = "exportTemplateCommand.area")
    List<String> areas;

    @Option(names = "--period", required = true, paramLabel = "P", descriptionKey = "exportTemplateCommand.period")
    String period;

    @Option(names = "--indicators", split = ",", paramLabel = "CODE", descriptionKey = "exportTemplateCommand.indicators")
    List<String> indicators;

    @Option(names = "--issuer", paramLabel = "I", descriptionKey = "exportTemplateCommand.issuer")
    String issuer;

    @Option(names = "--out", required = true, paramLabel = "F.xlsx", descriptionKey = "exportTemplateCommand.out")
    Path out;

    @Override
    protected int run(Database db, PrintWriter pw) throws Exception {
        Period p = Period.parse(period);
        List<Area> chosenAreas = new ArrayList<>();
        List<Indicator> chosen = new ArrayList<>();
        db.read(c -> {
            AreaRepository areaRepo = new AreaRepository(c);
            for (String a : areas) {
                chosenAreas.add(areaRepo.require(a));
            }
            CatalogRepository catalog = new CatalogRepository(c);
            if (indicators == null || indicators.isEmpty()) {
                chosen.addAll(catalog.indicators());
            } else {
                for (String code : indicators) {
                    chosen.add(catalog.require(code.strip()));
                }
            }
            return null;
        });
        TemplateExporter.export(new TemplateExporter.Request(chosenAreas, p, chosen,
                issuer == null ? null : Issuer.parse(issuer), null), out);
        pw.println(CliText.get("exportTemplateCommand.daXuatBieuNhap", out.toAbsolutePath(), chosen.size(), chosenAreas.size(), p.label()));
        return 0;
    }
}
