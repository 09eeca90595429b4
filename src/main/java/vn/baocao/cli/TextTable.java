package vn.baocao.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Prints rows as an aligned text table or as CSV (UTF-8, quoted), for the {@code --format} option. */
final class TextTable {
    enum Format { table, csv }

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private final boolean[] rightAligned;

    TextTable(String... header) {
        this.header = List.of(header);
        this.rightAligned = new boolean[header.length];
    }

    /** Numbers read better right-aligned. */
    TextTable alignRight(int... columns) {
        for (int c : columns) {
            rightAligned[c] = true;
        }
        return this;
    }

    void add(String... cells) {
        List<String> row = new ArrayList<>();
        for (String c : cells) {
            row.add(c == null ? "" : c);
        }
        rows.add(row);
    }

    int size() {
        return rows.size();
    }

    void print(PrintWriter out, Format format) {
        if (format == Format.csv) {
            printCsv(out);
        } else {
            printTable(out);
        }
        out.flush();
    }

    private void printCsv(PrintWriter out) {
        out.println(csvLine(header));
        for (List<String> row : rows) {
            out.print(csvLine(row));
            out.print(System.lineSeparator());
        }
    }

    private static String csvLine(List<String> cells) {
        List<String> quoted = new ArrayList<>();
        for (String c : cells) {
            quoted.add("\"" + c.replace("\"", "\"\"") + "\"");
        }
        return String.join(",", quoted);
    }

    private void printTable(PrintWriter out) {
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width(header.get(i));
        }
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        out.println(line(header, widths));
        StringBuilder rule = new StringBuilder();
        for (int w : widths) {
            rule.append(rule.length() == 0 ? "" : "  ").append("-".repeat(w));
        }
        out.println(rule);
        for (List<String> row : rows) {
            // not println: the command line's writer flushes on every println, one system call per line of a
            // preview of 96 000 values; print(TextTable) flushes once at the end
            out.print(line(row, widths));
            out.print(System.lineSeparator());
        }
    }

    private String line(List<String> cells, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            String cell = cells.get(i);
            String pad = " ".repeat(widths[i] - width(cell));
            sb.append(i == 0 ? "" : "  ").append(rightAligned[i] ? pad + cell : cell + (i == widths.length - 1 ? "" : pad));
        }
        return sb.toString();
    }

    /** Text is NFC, so one code point is one column (combining marks would not be). */
    private static int width(String s) {
        return s.codePointCount(0, s.length());
    }
}
