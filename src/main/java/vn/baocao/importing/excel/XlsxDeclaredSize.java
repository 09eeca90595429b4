package vn.baocao.importing.excel;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.baocao.importing.text.ImportText;

/**
 * Decides "too large" for an .xlsx from what the file declares about itself, before any row is read: the
 * uncompressed sizes in the zip directory, each worksheet's {@code <dimension ref="A1:J1000000"/>} (written before
 * its rows) and the shared-string table's {@code uniqueCount}. A hostile or accidental million-row sheet is then
 * refused in milliseconds and a few kilobytes of memory, instead of after reading it. A file that lies about its
 * size is still stopped by the cell budget of the readers ({@link PoiLimits#MAX_CELLS}).
 */
final class XlsxDeclaredSize {
    /** More declared rows than the cell cap cannot be read: every declared last row holds a cell. */
    static final long MAX_DECLARED_ROWS = PoiLimits.MAX_CELLS;
    /** A declared rectangle this large is refused even when its rows are few (a sparse sheet stays far below). */
    static final long MAX_DECLARED_CELLS = 20L * PoiLimits.MAX_CELLS;
    private static final Pattern CELL = Pattern.compile("\\$?([A-Za-z]{1,3})\\$?(\\d{1,7})");

    private XlsxDeclaredSize() {
    }

    static void check(File file, String fileName) throws WorkbookReadException {
        try (ZipFile zip = new ZipFile(file)) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (e.getSize() > PoiLimits.MAX_ENTRY_SIZE) {
                    continue; // POI's zip guard refuses it, as a zip bomb or as too large, with its own message
                }
                String name = e.getName();
                if (name.startsWith("xl/worksheets/") && name.endsWith(".xml")) {
                    try (InputStream in = head(zip.getInputStream(e))) {
                        checkSheet(in, fileName);
                    }
                } else if (name.equals("xl/sharedStrings.xml")) {
                    try (InputStream in = head(zip.getInputStream(e))) {
                        checkSharedStrings(in, fileName);
                    }
                }
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            // not readable as a plain zip of XML: the readers decide and report (broken, encrypted, ...)
        }
    }

    private static void checkSheet(InputStream in, String fileName) throws XMLStreamException, WorkbookReadException {
        XMLStreamReader xml = factory().createXMLStreamReader(in);
        try {
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String element = xml.getLocalName();
                if (element.equals("sheetData")) {
                    return; // the rows begin: nothing declared
                }
                if (element.equals("dimension")) {
                    String ref = xml.getAttributeValue(null, "ref");
                    long[] size = size(ref);
                    if (size != null && (size[0] > MAX_DECLARED_ROWS || size[0] * size[1] > MAX_DECLARED_CELLS)) {
                        throw tooLarge(fileName, ImportText.get("xlsxDeclaredSize.motTrangTinhKhai", ref, size[0], size[1]));
                    }
                    return;
                }
            }
        } finally {
            xml.close();
        }
    }

    private static void checkSharedStrings(InputStream in, String fileName) throws XMLStreamException, WorkbookReadException {
        XMLStreamReader xml = factory().createXMLStreamReader(in);
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                    if (xml.getLocalName().equals("sst")) {
                        long unique = number(xml.getAttributeValue(null, "uniqueCount"));
                        if (unique > PoiLimits.MAX_CELLS) {
                            throw tooLarge(fileName, ImportText.get("xlsxDeclaredSize.chuoiVanBanKhac", unique));
                        }
                    }
                    return;
                }
            }
        } finally {
            xml.close();
        }
    }

    /**
     * The first {@value #HEAD_BYTES} bytes of a part: the declarations come first (Excel writes the dimension within
     * the first few hundred bytes), and a part that hides them behind a huge comment is not read on.
     */
    private static InputStream head(InputStream in) {
        return new java.io.FilterInputStream(in) {
            private long left = HEAD_BYTES;

            @Override
            public int read() throws IOException {
                if (left <= 0) {
                    return -1;
                }
                left--;
                return super.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int n = super.read(b, off, (int) Math.min(len, left));
                if (n > 0) {
                    left -= n;
                }
                return n;
            }
        };
    }

    static final int HEAD_BYTES = 256 * 1024;

    /** Rows and columns of a range "A1:J1000000" (or a single cell); null when unreadable. */
    static long[] size(String ref) {
        if (ref == null) {
            return null;
        }
        String[] ends = ref.strip().split(":");
        Matcher first = CELL.matcher(ends[0]);
        Matcher last = CELL.matcher(ends[ends.length - 1]);
        if (!first.matches() || !last.matches()) {
            return null;
        }
        long rows = Math.abs(Long.parseLong(last.group(2)) - Long.parseLong(first.group(2))) + 1;
        long cols = Math.abs(column(last.group(1)) - column(first.group(1))) + 1;
        return new long[] {rows, cols};
    }

    private static long column(String letters) {
        long n = 0;
        for (char ch : letters.toUpperCase(java.util.Locale.ROOT).toCharArray()) {
            n = n * 26 + (ch - 'A' + 1);
        }
        return n;
    }

    private static long number(String text) {
        try {
            return text == null ? 0 : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static WorkbookReadException tooLarge(String fileName, String detail) {
        return new WorkbookReadException(ReadProblem.TOO_LARGE, fileName, ReadMessages.tooLarge(fileName, detail), null);
    }

    /** No DTDs, no external entities: the file may be hostile. */
    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }
}
