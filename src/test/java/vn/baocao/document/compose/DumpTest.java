package vn.baocao.document.compose;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.document.DocumentFiles;
import vn.baocao.store.Database;

class DumpTest {
    @TempDir
    Path dir;

    @Test
    void dump() {
        try (Database db = DemoReports.demoDatabase(dir)) {
            ReportService service = new ReportService(db);
            var r = DemoReports.xinMan2023(service, true);
            ComposedReport c = service.compose(r);
            System.out.println(DocumentFiles.toJson(c.document()));
            c.review().forEach(i -> System.out.println(i));
        }
    }
}
