package vn.baocao.importing.excel;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import vn.baocao.importing.encoding.ConvertedText;
import vn.baocao.importing.encoding.VietnameseTextConverter;
import vn.baocao.importing.table.CellData;
import vn.baocao.importing.table.CellKind;
import vn.baocao.importing.table.SheetTable;
import vn.baocao.importing.table.SourceFormat;
import vn.baocao.importing.table.WorkbookData;
import vn.baocao.importing.text.ImportText;

/**
 * Reads a CSV file (also when it is named .xls) as one sheet of text cells. Encoding: UTF-8 with or without BOM,
 * else Windows-1258; separator {@code ;} (Vietnamese Excel, where "," is the decimal mark), {@code ,} or tab,
 * chosen by consistency over the first lines. Values stay text: number parsing is done later, by the vi-VN rules.
 */
final class CsvTableReader {
    private static final char[] SEPARATORS = {';', ',', '\t'};
    private static final int SAMPLE_LINES = 20;

    private CsvTableReader() {
    }

    static boolean looksLikeCsv(String head) {
        List<String> lines = sampleLines(head);
        return !lines.isEmpty() && chooseSeparator(lines) != 0;
    }

    static WorkbookData read(File file, String fileName) throws IOException, WorkbookReadException {
        byte[] bytes = Files.readAllBytes(file.toPath());
        String text = TextDecoding.decode(bytes).text();
        char separator = chooseSeparator(sampleLines(text));
        if (separator == 0) {
            separator = ',';
        }
        SheetTable.Builder sheet = SheetTable.builder(baseName(fileName), 0);
        List<List<String>> records = parse(text, separator);
        for (int r = 0; r < records.size(); r++) {
            List<String> fields = records.get(r);
            for (int c = 0; c < fields.size(); c++) {
                String value = fields.get(c);
                if (!value.isEmpty()) {
                    ConvertedText converted = VietnameseTextConverter.convert(value, null);
                    sheet.cell(CellData.builder(r, c).kind(CellKind.TEXT)
                            .text(converted.text(), converted.original(), converted.encoding()).build());
                    if (sheet.cellCount() > PoiLimits.MAX_CELLS) {
                        throw new WorkbookReadException(ReadProblem.TOO_LARGE, fileName,
                                ReadMessages.tooLarge(fileName, ImportText.get("csvTableReader.honO", PoiLimits.MAX_CELLS)), null);
                    }
                }
            }
        }
        return new WorkbookData(fileName, SourceFormat.CSV, List.of(sheet.build()));
    }

    static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** RFC 4180: quoted fields may hold separators, doubled quotes and line breaks. */
    static List<List<String>> parse(String text, char separator) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields);
                fields = new ArrayList<>();
            } else {
                field.append(c);
            }
            i++;
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(fields);
        }
        return records;
    }

    private static List<String> sampleLines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\r\n|\n|\r")) {
            if (!line.isBlank()) {
                lines.add(line);
            }
            if (lines.size() == SAMPLE_LINES) {
                break;
            }
        }
        return lines;
    }

    /** The separator found the same number of times (at least once) on every sampled line; 0 when none is. */
    private static char chooseSeparator(List<String> lines) {
        char best = 0;
        int bestCount = 0;
        for (char separator : SEPARATORS) {
            int count = -1;
            boolean consistent = true;
            for (String line : lines) {
                int n = countOutsideQuotes(line, separator);
                if (count == -1) {
                    count = n;
                } else if (n != count) {
                    consistent = false;
                }
            }
            if (consistent && count > bestCount) {
                best = separator;
                bestCount = count;
            }
        }
        return best;
    }

    private static int countOutsideQuotes(String line, char separator) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                count++;
            }
        }
        return count;
    }
}
