package vn.baocao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TextTableTest {
    /** Counts the flushes that reach it: each is a system call when the writer is the console. */
    private static final class CountingWriter extends StringWriter {
        int flushes;

        @Override
        public void flush() {
            flushes++;
            super.flush();
        }
    }

    @Test
    void aLongTableIsAlignedAndWrittenWithoutAFlushPerRow() {
        TextTable table = new TextTable("Trạng thái", "Ô", "Giá trị").alignRight(2);
        for (int i = 0; i < 1000; i++) {
            table.add(i % 2 == 0 ? "mới" : "thay đổi", "E" + (i + 5), Integer.toString(i * 37));
        }
        CountingWriter text = new CountingWriter();
        // like the command line's writer, which flushes on every println
        table.print(new PrintWriter(text, true), TextTable.Format.table);
        String[] lines = text.toString().split(System.lineSeparator());
        assertThat(lines).hasSize(1002);
        assertThat(lines[0]).isEqualTo("Trạng thái  Ô      Giá trị");
        assertThat(lines[1]).isEqualTo("----------  -----  -------");
        assertThat(lines[2]).isEqualTo("mới         E5           0");
        assertThat(lines[1001]).isEqualTo("thay đổi    E1004    36963");
        assertThat(text.flushes).as("flushes for 1 000 rows").isLessThanOrEqualTo(3);
    }

    @Test
    void csvRowsAreQuotedOnePerLine() {
        TextTable table = new TextTable("a", "b");
        table.add("x \"y\"", null);
        StringWriter text = new StringWriter();
        table.print(new PrintWriter(text, true), TextTable.Format.csv);
        assertThat(text.toString()).isEqualTo("\"a\",\"b\"" + System.lineSeparator() + "\"x \"\"y\"\"\",\"\""
                + System.lineSeparator());
    }
}
