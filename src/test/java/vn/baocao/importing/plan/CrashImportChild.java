package vn.baocao.importing.plan;

import java.io.File;
import java.nio.file.Path;
import vn.baocao.store.Database;

/** Run in a child JVM by {@link ImportAtomicityTest}: imports a workbook into a database, announcing the commit. */
public final class CrashImportChild {
    private CrashImportChild() {
    }

    public static void main(String[] args) throws Exception {
        try (Database db = Database.open(Path.of(args[0]))) {
            ExcelImportService service = new ExcelImportService(db);
            ImportRequest request = ImportRequest.of(new File(args[1])).withCheckFormulas(false);
            var workbook = vn.baocao.importing.excel.WorkbookReader.read(request.file());
            System.out.println("COMMIT");
            System.out.flush();
            long start = System.nanoTime();
            CommitResult done = service.commit(workbook, request);
            System.out.println("DONE " + done.inserted() + " " + (System.nanoTime() - start) / 1_000_000);
            System.out.flush();
        }
    }
}
