package vn.baocao.importing.excel;

import java.io.File;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Replaces parts of an .xlsx written by POI with hand-written XML, for cases POI's writer never produces. */
final class XlsxSurgery {
    static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    static final String MAIN = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

    private XlsxSurgery() {
    }

    static void replaceParts(File source, File target, Map<String, String> parts) throws Exception {
        try (ZipFile zip = new ZipFile(source); ZipOutputStream out = new ZipOutputStream(new FileOutputStream(target))) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                String replacement = parts.get(entry.getName());
                if (replacement != null) {
                    out.write(replacement.getBytes(StandardCharsets.UTF_8));
                } else {
                    try (InputStream in = zip.getInputStream(entry)) {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
    }

    static String sheet(String body) {
        return HEAD + "<worksheet " + MAIN + ">" + body + "</worksheet>";
    }
}
