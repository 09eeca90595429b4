package vn.baocao.importing.excel;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.importing.encoding.ConvertedText;
import vn.baocao.importing.encoding.TextRun;
import vn.baocao.importing.encoding.VietnameseTextConverter;
import vn.baocao.importing.table.CellData;
import vn.baocao.importing.table.CellKind;
import vn.baocao.importing.table.MergedRegion;
import vn.baocao.importing.table.SheetTable;
import vn.baocao.importing.table.SourceFormat;
import vn.baocao.importing.table.WorkbookData;
import vn.baocao.importing.text.ImportText;

/**
 * Reads the tables of an HTML file (the "Excel export" of many web portals, often named .xls) with a small
 * tolerant tag scanner: no well-formedness needed, unknown tags ignored. Each top-level {@code <table>} becomes a
 * sheet; colspan/rowspan become merged regions; {@code display:none} rows are hidden; fonts come from
 * {@code <font face>}, inline {@code font-family} and class rules in {@code <style>}, so legacy
 * {@code .VnTime}/{@code VNI-*} text is converted per run.
 */
final class HtmlTableReader {
    private static final Pattern ATTRIBUTE =
            Pattern.compile("([\\w:-]+)\\s*(?:=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+)))?");
    private static final Pattern META_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([\\w-]+)");
    private static final Pattern FONT_FAMILY = Pattern.compile("font-family\\s*:\\s*([^;}\"]+|\"[^\"]*\")");
    private static final Pattern CSS_CLASS_RULE = Pattern.compile("\\.([\\w-]+)\\s*\\{([^}]*)}");

    private final Map<String, String> classFonts = new HashMap<>();
    private final List<SheetTable.Builder> sheets = new ArrayList<>();
    private final String fileName;

    private SheetTable.Builder sheet;
    private Set<Long> occupied;
    private int tableDepth;
    private int row = -1;
    private int column;
    private List<TextRun> runs;
    private int cellRow;
    private int cellColumn;
    private final Deque<String[]> fontStack = new ArrayDeque<>();

    private HtmlTableReader(String fileName) {
        this.fileName = fileName;
    }

    static WorkbookData read(File file, String fileName) throws IOException, WorkbookReadException {
        String html = decode(Files.readAllBytes(file.toPath()));
        HtmlTableReader reader = new HtmlTableReader(fileName);
        reader.scan(html);
        if (reader.sheets.isEmpty()) {
            throw new WorkbookReadException(ReadProblem.NOT_A_SPREADSHEET, fileName,
                    ReadMessages.notASpreadsheet(fileName, ImportText.get("htmlTableReader.trangHtmlKhongCo")), null);
        }
        List<SheetTable> tables = new ArrayList<>();
        for (SheetTable.Builder builder : reader.sheets) {
            tables.add(builder.build());
        }
        if (tables.size() == 1) {
            tables = List.of(rename(tables.get(0), CsvTableReader.baseName(fileName)));
        }
        return new WorkbookData(fileName, SourceFormat.HTML, tables);
    }

    private static SheetTable rename(SheetTable table, String name) {
        SheetTable.Builder builder = SheetTable.builder(name, 0);
        table.nonBlankCells().forEach(builder::cell);
        table.mergedRegions().forEach(builder::mergedRegion);
        table.hiddenRows().forEach(builder::hiddenRow);
        return builder.build();
    }

    private static String decode(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head.toLowerCase(Locale.ROOT));
        if (m.find() && !TextDecoding.decode(bytes).hadBom()) {
            try {
                Charset declared = Charset.forName(m.group(1));
                return Normalizer.normalize(new String(bytes, declared), Normalizer.Form.NFC);
            } catch (IllegalArgumentException unknownCharset) {
                // fall through to detection
            }
        }
        return TextDecoding.decode(bytes).text();
    }

    private void scan(String html) throws WorkbookReadException {
        int i = 0;
        while (i < html.length()) {
            int lt = html.indexOf('<', i);
            if (lt < 0) {
                text(html.substring(i));
                break;
            }
            if (lt > i) {
                text(html.substring(i, lt));
            }
            if (html.startsWith("<!--", lt)) {
                int end = html.indexOf("-->", lt + 4);
                i = end < 0 ? html.length() : end + 3;
                continue;
            }
            int gt = tagEnd(html, lt);
            if (gt < 0) {
                text(html.substring(lt));
                break;
            }
            String tag = html.substring(lt + 1, gt);
            i = gt + 1;
            String name = tagName(tag);
            if (name.equals("style") || name.equals("script")) {
                int close = html.toLowerCase(Locale.ROOT).indexOf("</" + name, i);
                String body = html.substring(i, close < 0 ? html.length() : close);
                if (name.equals("style")) {
                    readCss(body);
                }
                int closeEnd = close < 0 ? -1 : html.indexOf('>', close);
                i = closeEnd < 0 ? html.length() : closeEnd + 1;
                continue;
            }
            if (tag.startsWith("/")) {
                endTag(name);
            } else {
                startTag(name, attributes(tag));
            }
        }
    }

    private static int tagEnd(String html, int lt) {
        char quote = 0;
        for (int i = lt + 1; i < html.length(); i++) {
            char c = html.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            }
        }
        return -1;
    }

    private static String tagName(String tag) {
        String t = tag.startsWith("/") ? tag.substring(1) : tag;
        int end = 0;
        while (end < t.length() && (Character.isLetterOrDigit(t.charAt(end)) || t.charAt(end) == ':')) {
            end++;
        }
        String name = t.substring(0, end).toLowerCase(Locale.ROOT);
        int colon = name.indexOf(':');
        return colon >= 0 ? name.substring(colon + 1) : name;
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> result = new LinkedHashMap<>();
        int space = 0;
        while (space < tag.length() && !Character.isWhitespace(tag.charAt(space))) {
            space++;
        }
        Matcher m = ATTRIBUTE.matcher(tag.substring(space));
        while (m.find()) {
            String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            result.put(m.group(1).toLowerCase(Locale.ROOT), value == null ? "" : HtmlEntities.decode(value));
        }
        return result;
    }

    private void readCss(String css) {
        Matcher rule = CSS_CLASS_RULE.matcher(css);
        while (rule.find()) {
            String font = fontFamily(rule.group(2));
            if (font != null) {
                classFonts.put(rule.group(1).toLowerCase(Locale.ROOT), font);
            }
        }
    }

    private static String fontFamily(String style) {
        if (style == null) {
            return null;
        }
        Matcher m = FONT_FAMILY.matcher(style);
        if (!m.find()) {
            return null;
        }
        String first = m.group(1).split(",")[0].trim();
        return first.replace("\"", "").replace("'", "").trim();
    }

    private String declaredFont(Map<String, String> attributes) {
        String font = attributes.get("face");
        if (font != null && !font.isBlank()) {
            return font.split(",")[0].trim();
        }
        font = fontFamily(attributes.get("style"));
        if (font != null) {
            return font;
        }
        String classes = attributes.get("class");
        if (classes != null) {
            for (String c : classes.trim().split("\\s+")) {
                String classFont = classFonts.get(c.toLowerCase(Locale.ROOT));
                if (classFont != null) {
                    return classFont;
                }
            }
        }
        return null;
    }

    private void startTag(String name, Map<String, String> attributes) throws WorkbookReadException {
        String font = declaredFont(attributes);
        if (font != null) {
            fontStack.push(new String[] {name, font});
        }
        switch (name) {
            case "table" -> {
                tableDepth++;
                if (tableDepth == 1) {
                    sheet = SheetTable.builder(ImportText.get("htmlTableReader.bang", (sheets.size() + 1)), sheets.size());
                    sheets.add(sheet);
                    occupied = new HashSet<>();
                    row = -1;
                }
            }
            case "tr" -> {
                if (tableDepth == 1) {
                    finishCell();
                    row++;
                    column = 0;
                    String style = attributes.getOrDefault("style", "").toLowerCase(Locale.ROOT).replace(" ", "");
                    if (style.contains("display:none")) {
                        sheet.hiddenRow(row);
                    }
                }
            }
            case "td", "th" -> {
                if (tableDepth == 1) {
                    startCell(attributes);
                }
            }
            case "br" -> {
                if (runs != null) {
                    runs.add(new TextRun("\n", currentFont()));
                }
            }
            default -> {
                // other tags only carry text or fonts
            }
        }
    }

    private void endTag(String name) throws WorkbookReadException {
        switch (name) {
            case "td", "th" -> {
                if (tableDepth == 1) {
                    finishCell();
                }
            }
            case "table" -> {
                if (tableDepth == 1) {
                    finishCell();
                }
                tableDepth = Math.max(0, tableDepth - 1);
            }
            default -> {
                // nothing to close
            }
        }
        if (!fontStack.isEmpty() && fontStack.peek()[0].equals(name)) {
            fontStack.pop();
        }
    }

    private void startCell(Map<String, String> attributes) throws WorkbookReadException {
        finishCell();
        if (row < 0) {
            row = 0;
        }
        while (occupied.contains(key(row, column))) {
            column++;
        }
        int colspan = span(attributes.get("colspan"));
        int rowspan = span(attributes.get("rowspan"));
        cellRow = row;
        cellColumn = column;
        for (int r = row; r < row + rowspan; r++) {
            for (int c = column; c < column + colspan; c++) {
                occupied.add(key(r, c));
            }
        }
        if (colspan > 1 || rowspan > 1) {
            sheet.mergedRegion(new MergedRegion(row, row + rowspan - 1, column, column + colspan - 1));
        }
        column += colspan;
        runs = new ArrayList<>();
    }

    private void text(String raw) {
        if (runs == null || raw.isEmpty()) {
            return;
        }
        String collapsed = raw.replaceAll("[ \\t\\r\\n\\f]+", " ");
        runs.add(new TextRun(HtmlEntities.decode(collapsed), currentFont()));
    }

    private void finishCell() throws WorkbookReadException {
        if (runs == null) {
            return;
        }
        List<TextRun> cellRuns = trimmed(runs);
        runs = null;
        if (cellRuns.isEmpty()) {
            return;
        }
        ConvertedText converted = VietnameseTextConverter.convertRuns(cellRuns);
        List<String> fonts = cellRuns.stream().map(TextRun::fontName).filter(f -> f != null).distinct().toList();
        sheet.cell(CellData.builder(cellRow, cellColumn).kind(CellKind.TEXT)
                .text(converted.text(), converted.original(), converted.encoding()).fontNames(fonts).build());
        if (sheet.cellCount() > PoiLimits.MAX_CELLS) {
            throw new WorkbookReadException(ReadProblem.TOO_LARGE, fileName,
                    ReadMessages.tooLarge(fileName, ImportText.get("htmlTableReader.honO", PoiLimits.MAX_CELLS)), null);
        }
    }

    /** Drops leading/trailing collapsed spaces of the cell (HTML rendering does the same). */
    private static List<TextRun> trimmed(List<TextRun> runs) {
        List<TextRun> result = new ArrayList<>(runs);
        while (!result.isEmpty() && result.get(0).text().strip().isEmpty() && !result.get(0).text().equals("\n")) {
            result.remove(0);
        }
        while (!result.isEmpty() && result.get(result.size() - 1).text().isBlank()) {
            result.remove(result.size() - 1);
        }
        if (!result.isEmpty()) {
            TextRun first = result.get(0);
            result.set(0, new TextRun(first.text().replaceAll("^ +", ""), first.fontName()));
            TextRun last = result.get(result.size() - 1);
            result.set(result.size() - 1, new TextRun(last.text().replaceAll(" +$", ""), last.fontName()));
        }
        return result;
    }

    private String currentFont() {
        return fontStack.isEmpty() ? null : fontStack.peek()[1];
    }

    private static int span(String value) {
        if (value == null) {
            return 1;
        }
        try {
            return Math.max(1, Math.min(1000, Integer.parseInt(value.trim())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }
}
