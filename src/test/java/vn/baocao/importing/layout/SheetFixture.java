package vn.baocao.importing.layout;

import vn.baocao.importing.table.CellData;
import vn.baocao.importing.table.CellKind;
import vn.baocao.importing.table.MergedRegion;
import vn.baocao.importing.table.SheetTable;

/** Builds small sheets for layout tests: text rows, numbers written as "#123.5", merges by reference. */
final class SheetFixture {
    private final SheetTable.Builder builder;

    private SheetFixture(String name) {
        builder = SheetTable.builder(name, 0);
    }

    static SheetFixture sheet(String name) {
        return new SheetFixture(name);
    }

    SheetFixture row(int row, String... cells) {
        for (int c = 0; c < cells.length; c++) {
            String value = cells[c];
            if (value == null || value.isEmpty()) {
                continue;
            }
            if (value.startsWith("#")) {
                double number = Double.parseDouble(value.substring(1));
                builder.cell(CellData.builder(row, c).kind(CellKind.NUMBER)
                        .number(number, value.substring(1), "General", false).build());
            } else {
                builder.cell(CellData.builder(row, c).kind(CellKind.TEXT).text(value).build());
            }
        }
        return this;
    }

    SheetFixture merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        builder.mergedRegion(new MergedRegion(firstRow, lastRow, firstColumn, lastColumn));
        return this;
    }

    SheetFixture hideRow(int row) {
        builder.hiddenRow(row);
        return this;
    }

    SheetFixture hideColumn(int column) {
        builder.hiddenColumn(column);
        return this;
    }

    SheetTable build() {
        return builder.build();
    }
}
