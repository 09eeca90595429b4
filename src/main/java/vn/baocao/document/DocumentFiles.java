package vn.baocao.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import vn.baocao.document.text.DocumentText;
import vn.baocao.files.FileWriteException;
import vn.baocao.files.OutputKind;
import vn.baocao.files.SafeFileWriter;

/**
 * Reads and writes document files: UTF-8 JSON, described in docs/document-format.md. Writing goes
 * through a temporary file in the target folder that is then moved into place.
 */
public final class DocumentFiles {
    /** The format version written into every file. */
    public static final int FORMAT_VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private DocumentFiles() {
    }

    public static AdministrativeDocument read(Path file) throws DocumentFileException {
        try (InputStream in = Files.newInputStream(file)) {
            return MAPPER.readValue(in, DocumentFile.class).document();
        } catch (NoSuchFileException e) {
            throw new DocumentFileException(file, DocumentText.get("documentFiles.khongTimThayTep", file), e);
        } catch (AccessDeniedException e) {
            throw new DocumentFileException(file, DocumentText.get("documentFiles.khongCoQuyenDoc", file), e);
        } catch (JsonMappingException e) {
            throw new DocumentFileException(file, DocumentText.get("documentFiles.tepVanBanKhong", file, location(e), cause(e)), e);
        } catch (JsonProcessingException e) {
            throw new DocumentFileException(file, DocumentText.get("documentFiles.tepVanBanKhong2", file, location(e)), e);
        } catch (IOException e) {
            throw new DocumentFileException(file, DocumentText.get("documentFiles.khongDocDuocTep", file, e.getMessage()), e);
        }
    }

    public static AdministrativeDocument fromJson(String json) throws IOException {
        return MAPPER.readValue(json, DocumentFile.class).document();
    }

    public static String toJson(AdministrativeDocument document) {
        try {
            return MAPPER.writeValueAsString(new DocumentFile(FORMAT_VERSION, document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void write(AdministrativeDocument document, Path file) throws FileWriteException {
        byte[] bytes = (toJson(document) + "\n").getBytes(StandardCharsets.UTF_8);
        SafeFileWriter.write(file, OutputKind.DOCUMENT_FILE, out -> out.write(bytes));
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "" : DocumentText.get("documentFiles.dongCot", e.getLocation().getLineNr(), e.getLocation().getColumnNr());
    }

    private static String cause(JsonMappingException e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        String path = e.getPathReference();
        String msg = t instanceof IllegalArgumentException ? t.getMessage() : e.getOriginalMessage();
        return msg + (path == null ? "" : " [" + path + "]");
    }

    /** The top-level object of a file: a format version and the document. */
    record DocumentFile(int formatVersion, AdministrativeDocument document) {
        DocumentFile {
            if (formatVersion > FORMAT_VERSION) {
                throw new IllegalArgumentException(DocumentText.get("documentFiles.tepDuocTaoBoi", formatVersion));
            }
            if (document == null) {
                throw new IllegalArgumentException(DocumentText.get("documentFiles.tepKhongCoVan"));
            }
        }
    }
}
