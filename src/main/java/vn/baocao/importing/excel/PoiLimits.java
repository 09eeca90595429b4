package vn.baocao.importing.excel;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;

/**
 * The one place where POI's global safety limits are set. They are JVM-wide statics, so they are applied once
 * before the first workbook is opened; nothing else in the application may change them.
 */
public final class PoiLimits {
    /**
     * Zip-bomb guard: an entry is refused when compressed/uncompressed falls below this ratio (after the first
     * 100 KB). POI's default 0.01 refuses harmless government templates whose styles.xml holds tens of thousands
     * of copied cell styles (measured: 30,000 styles, 2.4 MB deflated to 8.6 KB, ratio 0.0036). 0.001 lets those
     * through; a real bomb made of repeated bytes deflates below 0.001 (about 1:1030) and is still refused.
     */
    public static final double MIN_INFLATE_RATIO = 0.001;

    /**
     * Largest uncompressed zip entry accepted: 100 MB. A worksheet XML of 100 MB is about 1.5 million cells,
     * already three times the cell cap below, so no workbook we can read needs a bigger part. POI's default
     * (4 GB) would let a bomb with a merely "normal" ratio exhaust the heap first.
     */
    public static final long MAX_ENTRY_SIZE = 100L * 1024 * 1024;

    /**
     * Largest single byte array POI may allocate for one record or part: 100 MB, the same bound as a zip entry.
     * The override replaces POI's per-record maxima with one deliberate number; it is well inside a clerk PC's
     * default heap (a quarter of RAM, so 1 GB on a 4 GB laptop) and above any record of a genuine workbook.
     */
    public static final int BYTE_ARRAY_MAX = 100_000_000;

    /**
     * Most cells read from one workbook: the usermodel needs about 600 bytes of heap per cell (measured), so
     * 500,000 cells is about 300 MB. A commune or district sheet has at most a few tens of thousands.
     */
    public static final int MAX_CELLS = 500_000;

    private static boolean applied;

    private PoiLimits() {
    }

    public static synchronized void apply() {
        if (applied) {
            return;
        }
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
        IOUtils.setByteArrayMaxOverride(BYTE_ARRAY_MAX);
        applied = true;
    }
}
