package vn.baocao.importing.excel;

import java.io.BufferedInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import vn.baocao.importing.text.ImportText;

/** Decides a file's {@link FileKind} from its content. */
public final class FileKindDetector {
    private static final int SNIFF_BYTES = 8192;
    private static final int MAX_RELS_BYTES = 64 * 1024;

    /** Result of a detection: the kind, and for {@link FileKind#OTHER} a Vietnamese hint of what it is. */
    public record Detection(FileKind kind, String description) {
    }

    private FileKindDetector() {
    }

    public static Detection detect(File file) throws IOException {
        if (file.length() == 0) {
            return new Detection(FileKind.EMPTY, null);
        }
        byte[] head = readHead(file);
        FileMagic magic = FileMagic.valueOf(head);
        switch (magic) {
            case OLE2:
                return detectOle2(file);
            case OOXML:
                return detectZip(file);
            case BIFF2:
            case BIFF3:
            case BIFF4:
                return new Detection(FileKind.OLD_EXCEL, null);
            case PDF:
                return new Detection(FileKind.OTHER, ImportText.get("fileKindDetector.tepPdf"));
            case RTF:
                return new Detection(FileKind.OTHER, ImportText.get("fileKindDetector.tepVanBanRtf"));
            case WORD2:
                return new Detection(FileKind.OTHER, ImportText.get("fileKindDetector.tepWordDoiCu"));
            case PNG:
            case JPEG:
            case GIF:
            case BMP:
            case TIFF:
            case EMF:
            case WMF:
                return new Detection(FileKind.OTHER, ImportText.get("fileKindDetector.tepHinhAnh"));
            default:
                return detectText(head);
        }
    }

    private static byte[] readHead(File file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file.toPath()))) {
            return in.readNBytes(SNIFF_BYTES);
        }
    }

    private static Detection detectOle2(File file) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file, true)) {
            Set<String> names = fs.getRoot().getEntryNames();
            if (names.contains("EncryptionInfo") || names.contains("EncryptedPackage")) {
                return new Detection(FileKind.ENCRYPTED_OOXML, null);
            }
            if (names.contains("Workbook") || names.contains("WORKBOOK")) {
                return new Detection(FileKind.XLS, null);
            }
            if (names.contains("Book")) {
                return new Detection(FileKind.OLD_EXCEL, null);
            }
            if (names.contains("WordDocument")) {
                return new Detection(FileKind.OTHER, ImportText.get("fileKindDetector.tepWordDoc"));
            }
            if (names.contains("PowerPoint Document")) {
                return new Detection(FileKind.OTHER, ImportText.get("fileKindDetector.tepPowerpointPpt"));
            }
            return new Detection(FileKind.OTHER, null);
        } catch (RuntimeException e) {
            // a damaged OLE2 directory: let the workbook reader report it as corrupt
            return new Detection(FileKind.XLS, null);
        }
    }

    private static Detection detectZip(File file) throws IOException {
        try (ZipFile zip = new ZipFile(file)) {
            ZipEntry rels = zip.getEntry("_rels/.rels");
            if (rels != null) {
                try (InputStream in = zip.getInputStream(rels)) {
                    String text = new String(in.readNBytes(MAX_RELS_BYTES), StandardCharsets.UTF_8);
                    if (text.contains("purl.oclc.org/ooxml")) {
                        return new Detection(FileKind.STRICT_OOXML, null);
                    }
                }
            }
            if (zip.getEntry("xl/workbook.xml") != null || hasEntryUnder(zip, "xl/")) {
                return new Detection(FileKind.XLSX, null);
            }
            if (hasEntryUnder(zip, "word/")) {
                return new Detection(FileKind.OTHER, ImportText.get("fileKindDetector.tepWordDocx"));
            }
            if (hasEntryUnder(zip, "ppt/")) {
                return new Detection(FileKind.OTHER, ImportText.get("fileKindDetector.tepPowerpointPptx"));
            }
            if (zip.getEntry("content.xml") != null) {
                return new Detection(FileKind.OTHER, ImportText.get("fileKindDetector.tepOpendocumentHayLuu"));
            }
            return new Detection(FileKind.OTHER, ImportText.get("fileKindDetector.tepNenZip"));
        } catch (java.util.zip.ZipException e) {
            return new Detection(FileKind.XLSX, null); // damaged zip: the workbook reader reports it
        }
    }

    private static boolean hasEntryUnder(ZipFile zip, String folder) {
        return zip.stream().anyMatch(e -> e.getName().startsWith(folder));
    }

    /** HTML, XML Spreadsheet 2003 and CSV are text: look at the first non-blank characters. */
    private static Detection detectText(byte[] head) {
        if (looksBinary(head)) {
            return new Detection(FileKind.OTHER, null);
        }
        String text = TextDecoding.decodeHead(head).stripLeading().toLowerCase(Locale.ROOT);
        if (text.startsWith("<?xml") || text.startsWith("<workbook")) {
            if (text.contains("urn:schemas-microsoft-com:office:spreadsheet") || text.contains("<workbook")) {
                return new Detection(FileKind.XML_SPREADSHEET_2003, null);
            }
            if (text.contains("<html")) {
                return new Detection(FileKind.HTML, null);
            }
            return new Detection(FileKind.OTHER, ImportText.get("fileKindDetector.tepXmlKhongPhai"));
        }
        if (text.startsWith("<!doctype html") || text.startsWith("<html") || text.startsWith("<table")
                || text.startsWith("<meta") || text.startsWith("<head") || text.startsWith("<body")
                || text.startsWith("<!--") && text.contains("<table")) {
            return new Detection(FileKind.HTML, null);
        }
        if (CsvTableReader.looksLikeCsv(text)) {
            return new Detection(FileKind.CSV, null);
        }
        return new Detection(FileKind.OTHER, ImportText.get("fileKindDetector.tepVanBanKhong"));
    }

    private static boolean looksBinary(byte[] head) {
        int controls = 0;
        for (byte b : head) {
            int v = b & 0xFF;
            if (v == 0) {
                return true;
            }
            if (v < 0x09 || (v > 0x0D && v < 0x20)) {
                controls++;
            }
        }
        return controls > head.length / 100 + 1;
    }
}
