package vn.baocao.document;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
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

    /** Writes only, made on first use: reading is {@link DocumentJsonReader}'s, and a cold render never writes JSON. */
    private static final class Writer {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    private DocumentFiles() {
    }

    public static AdministrativeDocument read(Path file) throws DocumentFileException {
        try (InputStream in = Files.newInputStream(file)) {
            return DocumentJsonReader.read(in);
        } catch (JsonValues.Mistake e) {
            throw new DocumentFileException(file, DocumentText.get("documentFiles.tepVanBanKhong", file, location(e.at()), e.getMessage()), e);
        } catch (NoSuchFileException e) {
            throw new DocumentFileException(file, DocumentText.get("documentFiles.khongTimThayTep", file), e);
        } catch (AccessDeniedException e) {
            throw new DocumentFileException(file, DocumentText.get("documentFiles.khongCoQuyenDoc", file), e);
        } catch (JsonProcessingException e) {
            throw new DocumentFileException(file, DocumentText.get("documentFiles.tepVanBanKhong2", file, location(e.getLocation())), e);
        } catch (IOException e) {
            throw new DocumentFileException(file, DocumentText.get("documentFiles.khongDocDuocTep", file, e.getMessage()), e);
        }
    }

    /** A document from its JSON text (a stored report's body, a shipped template); the message is Vietnamese. */
    public static AdministrativeDocument fromJson(String json) throws IOException {
        try {
            return DocumentJsonReader.read(json);
        } catch (JsonValues.Mistake e) {
            throw new IOException(DocumentText.get("documentFiles.vanBanKhongDung", location(e.at()), e.getMessage()), e);
        } catch (JsonProcessingException e) {
            throw new IOException(DocumentText.get("documentFiles.vanBanKhongPhaiJson", location(e.getLocation())), e);
        }
    }

    public static String toJson(AdministrativeDocument document) {
        try {
            return Writer.MAPPER.writeValueAsString(new DocumentFile(FORMAT_VERSION, document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void write(AdministrativeDocument document, Path file) throws FileWriteException {
        byte[] bytes = (toJson(document) + "\n").getBytes(StandardCharsets.UTF_8);
        SafeFileWriter.write(file, OutputKind.DOCUMENT_FILE, out -> out.write(bytes));
    }

    private static String location(JsonLocation at) {
        return at == null || at.getLineNr() < 1 ? "" : DocumentText.get("documentFiles.dongCot", at.getLineNr(), at.getColumnNr());
    }

    /** The top-level object of a file as written: a format version and the document (read by DocumentJsonReader). */
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
