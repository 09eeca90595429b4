package vn.baocao.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.domain.Period;

class ImportWriterOrderTest {
    private record Cell(String name, String area, Period period) {
    }

    @Test
    void rowsAreGroupedByAreaAndPeriodInTheOrderFirstMetKeepingTheirOrderWithinAGroup() {
        Period jan = Period.month(2026, 1);
        Period feb = Period.month(2026, 2);
        // a sheet read indicator by indicator: each row of the sheet runs over the areas and months
        List<Cell> sheet = List.of(
                new Cell("CT1 A Jan", "A", jan), new Cell("CT1 A Feb", "A", feb),
                new Cell("CT1 B Jan", "B", jan), new Cell("CT1 B Feb", "B", feb),
                new Cell("CT2 A Jan", "A", jan), new Cell("CT2 A Feb", "A", feb),
                new Cell("CT2 B Jan", "B", jan), new Cell("CT2 B Feb", "B", feb),
                new Cell("CT1 A Jan again", "A", Period.month(2026, 1)));
        assertThat(ImportWriter.inKeyOrder(sheet, Cell::area, Cell::period)).extracting(Cell::name).containsExactly(
                "CT1 A Jan", "CT2 A Jan", "CT1 A Jan again",
                "CT1 A Feb", "CT2 A Feb",
                "CT1 B Jan", "CT2 B Jan",
                "CT1 B Feb", "CT2 B Feb");
    }

    @Test
    void nothingIsLostOrAdded() {
        assertThat(ImportWriter.inKeyOrder(List.<Cell>of(), Cell::area, Cell::period)).isEmpty();
        List<Cell> one = List.of(new Cell("x", "A", Period.year(2026)));
        assertThat(ImportWriter.inKeyOrder(one, Cell::area, Cell::period)).isEqualTo(one);
    }
}
