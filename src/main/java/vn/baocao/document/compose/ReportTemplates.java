package vn.baocao.document.compose;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.document.DocumentFileException;
import vn.baocao.document.DocumentFiles;
import vn.baocao.document.text.DocumentText;

/** The templates shipped under {@code vn/baocao/templates/}, and the clerk's own template files. */
public final class ReportTemplates {
    private static final String FOLDER = "/vn/baocao/templates/";
    private static final Map<String, String> SHIPPED = new LinkedHashMap<>();

    static {
        SHIPPED.put("bao-cao-nam", DocumentText.get("reportTemplates.baoCaoNam"));
        SHIPPED.put("bao-cao-9-thang", DocumentText.get("reportTemplates.baoCao9Thang"));
        SHIPPED.put("bao-cao-6-thang", DocumentText.get("reportTemplates.baoCao6Thang"));
        SHIPPED.put("bao-cao-quy", DocumentText.get("reportTemplates.baoCaoQuy"));
        SHIPPED.put("bao-cao-thang", DocumentText.get("reportTemplates.baoCaoThang"));
        SHIPPED.put("ke-hoach", DocumentText.get("reportTemplates.keHoach"));
        SHIPPED.put("thong-bao", DocumentText.get("reportTemplates.thongBao"));
        SHIPPED.put("cong-van", DocumentText.get("reportTemplates.congVan"));
    }

    private static final Map<String, ReportTemplate> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private ReportTemplates() {
    }

    /** The shipped templates' ids and names, in order. */
    public static Map<String, String> shipped() {
        return java.util.Collections.unmodifiableMap(SHIPPED);
    }

    public static List<ReportTemplate> all() {
        return SHIPPED.keySet().stream().map(ReportTemplates::require).toList();
    }

    /** A shipped template by id, or a template file (JSON document) by path. */
    public static ReportTemplate require(String idOrFile) {
        if (SHIPPED.containsKey(idOrFile)) {
            return CACHE.computeIfAbsent(idOrFile, id -> new ReportTemplate(id, SHIPPED.get(id), load(id)));
        }
        Path file = Path.of(idOrFile);
        if (idOrFile.endsWith(".json") && Files.isRegularFile(file)) {
            try {
                return new ReportTemplate(idOrFile, file.getFileName().toString(), DocumentFiles.read(file));
            } catch (DocumentFileException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }
        throw new IllegalArgumentException(DocumentText.get("reportTemplates.khongCoMauCac", idOrFile, String.join(", ", SHIPPED.keySet())));
    }

    private static AdministrativeDocument load(String id) {
        try (InputStream in = ReportTemplates.class.getResourceAsStream(FOLDER + id + ".json")) {
            if (in == null) {
                throw new IllegalStateException(DocumentText.get("reportTemplates.thieuTepMauJson", FOLDER, id));
            }
            return DocumentFiles.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(DocumentText.get("reportTemplates.khongDocDuocMau", id, e.getMessage()), e);
        }
    }
}
