package vn.baocao.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.domain.Area;
import vn.baocao.domain.AreaLevel;
import vn.baocao.domain.Comparator;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Observation;
import vn.baocao.domain.Period;
import vn.baocao.domain.Target;

/** Every store write path (the grid and values set use the repositories, an import the bulk writer) applies the rule. */
class SaneValuesTest {
    @TempDir
    Path dir;

    @Test
    void anImportBatchWithANegativeHeadCountWritesNothing() {
        try (Database db = Database.open(dir.resolve("baocao.db"))) {
            db.inTransaction(c -> {
                new AreaRepository(c).save(new Area("H1", "Huyện Một", AreaLevel.HUYEN, null, null, null));
                return null;
            });
            assertThatThrownBy(() -> db.inTransaction(c -> {
                long id = new ImportBatchRepository(c).create("bieu.xlsx", null, null, null);
                try (ImportWriter w = new ImportWriter(c, id)) {
                    w.save(Observation.of("LD02", "H1", Period.year(2023), new BigDecimal("5")));
                    w.save(Observation.of("DS01", "H1", Period.year(2023), new BigDecimal("-120")));
                }
                return id;
            })).isInstanceOf(StoreException.class).hasMessageContaining("DS01").hasMessageContaining("số âm")
                    .hasMessageContaining("H1");
            long rows = db.read(c -> VerifiedCopy.rowCounts(c).get("observation"));
            long batches = db.read(c -> VerifiedCopy.rowCounts(c).get("import_batch"));
            assertThat(rows).isZero();
            assertThat(batches).isZero();
        }
    }

    @Test
    void aPlanTargetOfAHugeNumberIsRefusedAndMinusZeroIsStoredAsZero() {
        try (Database db = Database.open(dir.resolve("baocao.db"))) {
            db.inTransaction(c -> {
                new AreaRepository(c).save(new Area("H1", "Huyện Một", AreaLevel.HUYEN, null, null, null));
                return null;
            });
            assertThatThrownBy(() -> db.inTransaction(c -> new TargetRepository(c).save(new Target("LD01", "H1",
                    Period.year(2023), Issuer.NQ_HDND, Comparator.GE, new BigDecimal("1E+40"), null, null), null)))
                    .isInstanceOf(StoreException.class).hasMessageContaining("kế hoạch LD01").hasMessageContaining("số quá lớn");
            db.inTransaction(c -> new ObservationRepository(c).save(new Observation("DS01", "H1", Period.year(2023), null,
                    new BigDecimal("-0.0"), null, null, null, "-0", null, null, null, "manual"), null));
            Observation stored = db.read(c -> new ObservationRepository(c).find("DS01", "H1", Period.year(2023),
                    vn.baocao.domain.ObservationKind.THUC_HIEN)).orElseThrow();
            assertThat(stored.value().signum()).isZero();
            assertThat(stored.textAsWritten()).isEqualTo("0");
        }
    }
}
