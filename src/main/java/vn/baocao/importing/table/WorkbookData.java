package vn.baocao.importing.table;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole workbook as read: the file name, the format it was read as, and its sheets in order (hidden ones
 * included, marked). Immutable.
 */
public record WorkbookData(String fileName, SourceFormat format, List<SheetTable> sheets) {
    public WorkbookData {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(format, "format");
        sheets = List.copyOf(sheets);
    }

    public List<String> sheetNames() {
        return sheets.stream().map(SheetTable::name).toList();
    }

    public List<String> hiddenSheetNames() {
        return sheets.stream().filter(SheetTable::isHidden).map(SheetTable::name).toList();
    }

    public List<SheetTable> visibleSheets() {
        return sheets.stream().filter(s -> !s.isHidden()).toList();
    }

    public Optional<SheetTable> sheet(String name) {
        return sheets.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The sheet a user most likely means: the first visible sheet, else the first one. */
    public SheetTable firstVisibleSheet() {
        return sheets.stream().filter(s -> !s.isHidden()).findFirst().orElse(sheets.get(0));
    }
}
