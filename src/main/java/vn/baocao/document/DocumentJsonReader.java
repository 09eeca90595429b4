package vn.baocao.document;

import static vn.baocao.document.JsonValues.bool;
import static vn.baocao.document.JsonValues.decimal;
import static vn.baocao.document.JsonValues.enumValue;
import static vn.baocao.document.JsonValues.fields;
import static vn.baocao.document.JsonValues.integer;
import static vn.baocao.document.JsonValues.integerOrNull;
import static vn.baocao.document.JsonValues.string;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.baocao.document.JsonValues.Mistake;
import vn.baocao.document.text.DocumentText;

/**
 * Reads a document file (docs/document-format.md) into the model with jackson-core's streaming parser and the
 * model's own constructors, which do every check. Issue 17: Jackson's data binding spent about a tenth of a second
 * of a cold {@code render} or {@code report} finding out how to build these records before reading a byte; this
 * reader knows them. It accepts what the data binding accepted (fields in any order, a number written as a string
 * and the other way round, missing or null fields as the model's defaults) and refuses what it refused (an unknown
 * field, a wrong type, a missing block type, a null in a list), naming the field and its line and column in
 * Vietnamese. Where the data binding guessed, it refuses instead: a fraction where a whole number belongs (2,5 was
 * read as 2), a list's position for a named value (0 was read as the first level), a number other than 0 or 1 or an
 * empty text for yes/no ({@code DocumentJsonReaderTest} lists them).
 */
final class DocumentJsonReader {
    private static final JsonFactory FACTORY = new JsonFactory();
    /** Names the data binding skipped without complaint: the model's computed, never-written properties. */
    private static final Set<String> DOCUMENT_COMPUTED = Set.of("letterSummary", "printedLegalBases",
            "printedRecipients", "printedAddressees", "metadataTitle", "allFootnotes");

    private DocumentJsonReader() {
    }

    /** The document of a file; a JSON syntax error is Jackson's {@code JsonProcessingException}. */
    static AdministrativeDocument read(InputStream in) throws IOException, Mistake {
        try (JsonParser p = FACTORY.createParser(in)) {
            return read(p);
        }
    }

    static AdministrativeDocument read(String json) throws IOException, Mistake {
        try (JsonParser p = FACTORY.createParser(json)) {
            return read(p);
        }
    }

    private static AdministrativeDocument read(JsonParser p) throws IOException, Mistake {
        if (p.nextToken() == null) {
            throw new Mistake(p.currentLocation(), DocumentText.get("documentJson.tepTrong"), null);
        }
        JsonTree root = JsonTree.read(p);
        Map<String, JsonTree> top = fields(root, "", Set.of("formatVersion", "document"), Set.of());
        int version = integer(top.get("formatVersion"), "formatVersion", 0);
        if (version > DocumentFiles.FORMAT_VERSION) {
            throw new Mistake(root.at(), DocumentText.get("documentFiles.tepDuocTaoBoi", version), null);
        }
        JsonTree document = top.get("document");
        if (document == null || document instanceof JsonTree.Null) {
            throw new Mistake(root.at(), DocumentText.get("documentFiles.tepKhongCoVan"), null);
        }
        return document(document, "document");
    }

    private static AdministrativeDocument document(JsonTree node, String path) throws Mistake {
        Map<String, JsonTree> f = fields(node, path, Set.of("type", "profile", "letterhead", "number", "placeAndDate",
                "summary", "legalBases", "addressees", "body", "recipients", "signature", "appendices"),
                DOCUMENT_COMPUTED);
        DocumentType type = enumValue(DocumentType.class, f.get("type"), path + ".type");
        SizeProfile profile = enumValue(SizeProfile.class, f.get("profile"), path + ".profile");
        Letterhead letterhead = object(f.get("letterhead"), path + ".letterhead", Item.LETTERHEAD);
        DocumentNumber number = object(f.get("number"), path + ".number", Item.NUMBER);
        PlaceAndDate place = object(f.get("placeAndDate"), path + ".placeAndDate", Item.PLACE_AND_DATE);
        String summary = string(f.get("summary"), path + ".summary");
        List<String> legalBases = strings(f.get("legalBases"), path + ".legalBases");
        List<String> addressees = strings(f.get("addressees"), path + ".addressees");
        List<Block> body = blocks(f.get("body"), path + ".body");
        List<String> recipients = strings(f.get("recipients"), path + ".recipients");
        Signature signature = object(f.get("signature"), path + ".signature", Item.SIGNATURE);
        List<Appendix> appendices = list(f.get("appendices"), path + ".appendices", Item.APPENDIX);
        try {
            return new AdministrativeDocument(type, profile, letterhead, number, place, summary,
                    legalBases, addressees, body, recipients, signature, appendices);
        } catch (IllegalArgumentException e) {
            throw refused(node, path, e);
        }
    }

    private static Letterhead letterhead(JsonTree node, String path) throws Mistake {
        Map<String, JsonTree> f = fields(node, path, Set.of("parentAgency", "issuingAgency"), Set.of());
        List<String> parent = strings(f.get("parentAgency"), path + ".parentAgency");
        List<String> issuing = strings(f.get("issuingAgency"), path + ".issuingAgency");
        try {
            return new Letterhead(parent, issuing);
        } catch (IllegalArgumentException e) {
            throw refused(node, path, e);
        }
    }

    private static DocumentNumber number(JsonTree node, String path) throws Mistake {
        Map<String, JsonTree> f = fields(node, path, Set.of("number", "symbol"), Set.of("draft"));
        Integer number = integerOrNull(f.get("number"), path + ".number");
        String symbol = string(f.get("symbol"), path + ".symbol");
        try {
            return new DocumentNumber(number, symbol);
        } catch (IllegalArgumentException e) {
            throw refused(node, path, e);
        }
    }

    private static PlaceAndDate placeAndDate(JsonTree node, String path) throws Mistake {
        Map<String, JsonTree> f = fields(node, path, Set.of("place", "day", "month", "year"), Set.of());
        String place = string(f.get("place"), path + ".place");
        Integer day = integerOrNull(f.get("day"), path + ".day");
        Integer month = integerOrNull(f.get("month"), path + ".month");
        int year = integer(f.get("year"), path + ".year", 0);
        try {
            return new PlaceAndDate(place, day, month, year);
        } catch (IllegalArgumentException e) {
            throw refused(node, path, e);
        }
    }

    private static Signature signature(JsonTree node, String path) throws Mistake {
        Map<String, JsonTree> f = fields(node, path, Set.of("authority", "position", "signerName"), Set.of());
        List<AuthorityLine> authority = list(f.get("authority"), path + ".authority", Item.AUTHORITY);
        String position = string(f.get("position"), path + ".position");
        String signer = string(f.get("signerName"), path + ".signerName");
        try {
            return new Signature(authority, position, signer);
        } catch (IllegalArgumentException e) {
            throw refused(node, path, e);
        }
    }

    private static AuthorityLine authorityLine(JsonTree node, String path) throws Mistake {
        Map<String, JsonTree> f = fields(node, path, Set.of("mode", "title"), Set.of());
        AuthorityMode mode = enumValue(AuthorityMode.class, f.get("mode"), path + ".mode");
        String title = string(f.get("title"), path + ".title");
        try {
            return new AuthorityLine(mode, title);
        } catch (IllegalArgumentException e) {
            throw refused(node, path, e);
        }
    }

    private static Appendix appendix(JsonTree node, String path) throws Mistake {
        Map<String, JsonTree> f = fields(node, path, Set.of("label", "title", "reference", "landscape", "blocks"),
                Set.of());
        String label = string(f.get("label"), path + ".label");
        String title = string(f.get("title"), path + ".title");
        String reference = string(f.get("reference"), path + ".reference");
        boolean landscape = bool(f.get("landscape"), path + ".landscape");
        List<Block> blocks = blocks(f.get("blocks"), path + ".blocks");
        try {
            return new Appendix(label, title, reference, landscape, blocks);
        } catch (IllegalArgumentException e) {
            throw refused(node, path, e);
        }
    }

    private static List<Block> blocks(JsonTree node, String path) throws Mistake {
        return list(node, path, Item.BLOCK);
    }

    /** One block, by its "type" (wherever it stands among the fields). */
    private static Block block(JsonTree node, String path) throws Mistake {
        JsonTree typeNode = fields(node, path, null, Set.of()).get("type");
        String type = string(typeNode, path + ".type");
        if (type == null) {
            throw new Mistake(node.at(), DocumentText.get("documentJson.thieuLoaiKhoi", path), null);
        }
        String typePath = path + "(" + type + ")";
        switch (type) {
            case "heading" -> {
                Map<String, JsonTree> f = fields(node, typePath, Set.of("type", "level", "label", "text"), Set.of());
                HeadingLevel level = enumValue(HeadingLevel.class, f.get("level"), typePath + ".level");
                String label = string(f.get("label"), typePath + ".label");
                RichText text = richText(f.get("text"), typePath + ".text");
                try {
                    return new Heading(level, label, text);
                } catch (IllegalArgumentException e) {
                    throw refused(node, typePath, e);
                }
            }
            case "paragraph" -> {
                Map<String, JsonTree> f = fields(node, typePath, Set.of("type", "text", "marker"), Set.of());
                RichText text = richText(f.get("text"), typePath + ".text");
                ListMarker marker = enumValue(ListMarker.class, f.get("marker"), typePath + ".marker");
                try {
                    return new Paragraph(text, marker);
                } catch (IllegalArgumentException e) {
                    throw refused(node, typePath, e);
                }
            }
            case "table" -> {
                Map<String, JsonTree> f = fields(node, typePath, Set.of("type", "columns", "headerRows", "rows",
                        "keepWithNext"), Set.of());
                List<TableColumn> columns = list(f.get("columns"), typePath + ".columns", Item.COLUMN);
                List<List<RichText>> header = rows(f.get("headerRows"), typePath + ".headerRows");
                List<List<RichText>> rows = rows(f.get("rows"), typePath + ".rows");
                List<Integer> keep = list(f.get("keepWithNext"), typePath + ".keepWithNext", Item.INTEGER);
                try {
                    return new Table(columns, header, rows, keep);
                } catch (IllegalArgumentException e) {
                    throw refused(node, typePath, e);
                }
            }
            case "pageBreak" -> {
                fields(node, typePath, Set.of("type"), Set.of());
                return new PageBreak();
            }
            case "landscape" -> {
                Map<String, JsonTree> f = fields(node, typePath, Set.of("type", "blocks"), Set.of());
                List<Block> blocks = blocks(f.get("blocks"), typePath + ".blocks");
                try {
                    return new LandscapeSection(blocks);
                } catch (IllegalArgumentException e) {
                    throw refused(node, typePath, e);
                }
            }
            default -> throw new Mistake(typeNode.at(), DocumentText.get("documentJson.loaiKhoiLa", path, type), null);
        }
    }

    private static TableColumn column(JsonTree node, String path) throws Mistake {
        Map<String, JsonTree> f = fields(node, path, Set.of("weight", "alignment"), Set.of());
        double weight = decimal(f.get("weight"), path + ".weight");
        TableColumn.CellAlignment alignment = enumValue(TableColumn.CellAlignment.class, f.get("alignment"),
                path + ".alignment");
        try {
            return new TableColumn(weight, alignment);
        } catch (IllegalArgumentException e) {
            throw refused(node, path, e);
        }
    }

    private static List<List<RichText>> rows(JsonTree node, String path) throws Mistake {
        return list(node, path, Item.ROW);
    }

    // ---- values ----------------------------------------------------------------------------

    /** A model constructor's refusal (its message is Vietnamese), placed where the value starts. */
    private static Mistake refused(JsonTree node, String path, IllegalArgumentException e) {
        return new Mistake(node.at(), e.getMessage() + " [" + path + "]", e);
    }

    /**
     * What a list or a field holds. A switch rather than a reader function per kind: each lambda's first call costs
     * a cold start its linking, and a render reads one document (issue 17).
     */
    private enum Item {
        STRING, INTEGER, CELL, ROW, BLOCK, APPENDIX, AUTHORITY, COLUMN, LETTERHEAD, NUMBER, PLACE_AND_DATE, SIGNATURE
    }

    private static Object item(Item kind, JsonTree node, String path) throws Mistake {
        return switch (kind) {
            case STRING -> string(node, path);
            case INTEGER -> integerOrNull(node, path);
            case CELL -> richText(node, path);
            case ROW -> list(node, path, Item.CELL);
            case BLOCK -> block(node, path);
            case APPENDIX -> appendix(node, path);
            case AUTHORITY -> authorityLine(node, path);
            case COLUMN -> column(node, path);
            case LETTERHEAD -> letterhead(node, path);
            case NUMBER -> number(node, path);
            case PLACE_AND_DATE -> placeAndDate(node, path);
            case SIGNATURE -> signature(node, path);
        };
    }

    /** A field holding an object; missing or null is null (the model decides). */
    @SuppressWarnings("unchecked")
    private static <T> T object(JsonTree node, String path, Item kind) throws Mistake {
        return node == null || node instanceof JsonTree.Null ? null : (T) item(kind, node, path);
    }

    /** A list; missing or null is null (the model makes it empty). Null stands only for a text or a number in it. */
    @SuppressWarnings("unchecked")
    private static <T> List<T> list(JsonTree node, String path, Item kind) throws Mistake {
        if (node == null || node instanceof JsonTree.Null) {
            return null;
        }
        if (!(node instanceof JsonTree.Arr arr)) {
            throw new Mistake(node.at(), DocumentText.get("documentJson.canDanhSach", path), null);
        }
        List<T> out = new ArrayList<>(arr.items().size());
        for (int i = 0; i < arr.items().size(); i++) {
            JsonTree item = arr.items().get(i);
            String at = path + "[" + i + "]";
            if (item instanceof JsonTree.Null && kind != Item.STRING && kind != Item.INTEGER) {
                String message = kind == Item.CELL ? DocumentText.get("documentJson.canChu", at)
                        : kind == Item.ROW ? DocumentText.get("documentJson.canDanhSach", at)
                        : DocumentText.get("documentJson.canDoiTuong", at);
                throw new Mistake(item.at(), message, null);
            }
            out.add((T) item(kind, item, at));
        }
        return out;
    }

    private static List<String> strings(JsonTree node, String path) throws Mistake {
        return list(node, path, Item.STRING);
    }

    /** Inline markup ("**đậm**", footnotes); missing or null stays null for the model to judge. */
    private static RichText richText(JsonTree node, String path) throws Mistake {
        if (node instanceof JsonTree.Scalar s && s.kind() != JsonToken.VALUE_STRING) {
            throw new Mistake(node.at(), DocumentText.get("documentJson.canChu", path), null);
        }
        String markup = string(node, path);
        if (markup == null) {
            return null;
        }
        try {
            return RichText.parse(markup);
        } catch (IllegalArgumentException e) {
            throw refused(node, path, e);
        }
    }

}
