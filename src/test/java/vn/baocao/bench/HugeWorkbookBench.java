package vn.baocao.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.baocao.importing.excel.HugeXlsx;
import vn.baocao.importing.excel.WorkbookReadException;
import vn.baocao.importing.excel.WorkbookReader;

/**
 * How long and how much heap refusing a million-row workbook takes (bench/huge-workbook.sh runs it at -Xmx256m).
 * Usage: HugeWorkbookBench declared|undeclared [rows]
 */
public final class HugeWorkbookBench {
    private HugeWorkbookBench() {
    }

    public static void main(String[] args) throws Exception {
        boolean declared = args.length == 0 || args[0].equals("declared");
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        Path dir = Files.createTempDirectory("huge-xlsx");
        File file = HugeXlsx.write(dir.resolve("trieu-dong.xlsx"), rows, declared, 1).toFile();
        System.gc();
        long start = System.nanoTime();
        String outcome;
        try {
            WorkbookReader.read(file);
            outcome = "read";
        } catch (WorkbookReadException e) {
            outcome = e.problem() + ": " + e.getMessage();
        } catch (OutOfMemoryError e) {
            outcome = "OutOfMemoryError";
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        Runtime rt = Runtime.getRuntime();
        System.out.printf("%s, %d rows, %d KB file: %d ms, max heap %d MB, used after %d MB%n  %s%n",
                declared ? "declared" : "undeclared", rows, file.length() / 1024, ms, rt.maxMemory() >> 20,
                (rt.totalMemory() - rt.freeMemory()) >> 20, outcome);
        Files.deleteIfExists(file.toPath());
        Files.deleteIfExists(dir);
    }
}
