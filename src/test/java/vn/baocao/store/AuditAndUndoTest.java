package vn.baocao.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.domain.Area;
import vn.baocao.domain.AreaLevel;
import vn.baocao.domain.Comparator;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Observation;
import vn.baocao.domain.ObservationKind;
import vn.baocao.domain.Period;
import vn.baocao.domain.Target;

class AuditAndUndoTest {
    @TempDir
    Path dir;
    Database db;
    final Period y2023 = Period.year(2023);

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("baocao.db"));
        db.inTransaction(c -> {
            new AreaRepository(c).save(new Area("H1", "Huyện Một", AreaLevel.HUYEN, null, null, null));
            return null;
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void savingTheSameFigureTwiceIsUnchangedAndWritesOneAuditEntry() {
        Observation o = Observation.of("LD01", "H1", y2023, new BigDecimal("2278"));
        var v1 = db.inTransaction(c -> new ObservationRepository(c).save(o, null));
        assertThat(v1).isEqualTo(WriteResult.INSERTED);
        var v2 = db.inTransaction(c -> new ObservationRepository(c).save(o, null));
        assertThat(v2).isEqualTo(WriteResult.UNCHANGED);
        var v3 = db.inTransaction(c -> new ObservationRepository(c).save(o.withValue(new BigDecimal("2279")), null));
        assertThat(v3)
                .isEqualTo(WriteResult.UPDATED);
        List<AuditLog.Entry> entries = db.read(c -> new AuditLog(c).recent(10));
        assertThat(entries).extracting(AuditLog.Entry::action).containsExactly("UPDATE", "INSERT");
        assertThat(entries.get(0).before()).containsEntry("value", "2278");
        assertThat(entries.get(0).after()).containsEntry("value", "2279");
        assertThat(entries.get(0).rowKey()).isEqualTo("LD01|H1|2023|THUC_HIEN");
    }

    @Test
    void undoingABatchRestoresEveryPreviousValueExactly() {
        db.inTransaction(c -> new ObservationRepository(c).save(Observation.of("LD01", "H1", y2023, new BigDecimal("100")), null));
        db.inTransaction(c -> new TargetRepository(c).save(target("3500"), null));
        var before = db.read(c -> ObservationRepository.TABLE.current(c, "LD01", "H1", y2023, "THUC_HIEN"));

        long batch = db.inTransaction(c -> {
            long id = new ImportBatchRepository(c).create("bieu01.xlsx", "Biểu 01", null, null);
            ObservationRepository obs = new ObservationRepository(c);
            obs.save(Observation.of("LD01", "H1", y2023, new BigDecimal("2278")), id);
            obs.save(Observation.of("LD03", "H1", y2023, new BigDecimal("2230")), id);
            new TargetRepository(c).save(target("4000"), id);
            return id;
        });
        var v4 = db.read(c -> new ImportBatchRepository(c).list());
        assertThat(v4).singleElement()
                .satisfies(b -> assertThat(b.changes()).isEqualTo(3));

        int restored = db.inTransaction(c -> new ImportBatchRepository(c).undo(batch));

        assertThat(restored).isEqualTo(3);
        var v5 = db.read(c -> ObservationRepository.TABLE.current(c, "LD01", "H1", y2023, "THUC_HIEN"));
        assertThat(v5).isEqualTo(before);
        var v6 = db.read(c -> new ObservationRepository(c).find("LD03", "H1", y2023, ObservationKind.THUC_HIEN));
        assertThat(v6).isEmpty();
        var v7 = db.read(c -> new TargetRepository(c).find(List.of("H1"), List.of(y2023)));
        assertThat(v7).singleElement()
                .satisfies(t -> assertThat(t.value()).isEqualByComparingTo("3500"));
        assertThatThrownBy(() -> db.inTransaction(c -> new ImportBatchRepository(c).undo(batch)))
                .hasMessageContaining("đã được hoàn tác");
    }

    @Test
    void undoIsRefusedWhenAFigureWasEditedAfterTheImport() {
        long batch = db.inTransaction(c -> {
            long id = new ImportBatchRepository(c).create("bieu01.xlsx", null, null, null);
            new ObservationRepository(c).save(Observation.of("LD01", "H1", y2023, new BigDecimal("2278")), id);
            return id;
        });
        db.inTransaction(c -> new ObservationRepository(c).save(Observation.of("LD01", "H1", y2023, new BigDecimal("2300")), null));

        assertThatThrownBy(() -> db.inTransaction(c -> new ImportBatchRepository(c).undo(batch)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("đã được sửa sau khi nhập")
                .hasMessageContaining("LD01 H1 2023 THUC_HIEN");
        var v8 = db.read(c -> new ObservationRepository(c).find("LD01", "H1", y2023, ObservationKind.THUC_HIEN));
        assertThat(v8)
                .hasValueSatisfying(o -> assertThat(o.value()).isEqualByComparingTo("2300"));
    }

    @Test
    void aFailedTransactionWritesNothing() {
        assertThatThrownBy(() -> db.inTransaction(c -> {
            new ObservationRepository(c).save(Observation.of("LD01", "H1", y2023, new BigDecimal("1")), null);
            return new ObservationRepository(c).save(Observation.of("KHONG_CO", "H1", y2023, BigDecimal.ONE), null);
        })).isInstanceOf(StoreException.class).hasMessageContaining("Không có chỉ tiêu mã \"KHONG_CO\"");
        var v9 = db.read(c -> new ObservationRepository(c).find(List.of("H1"), List.of(y2023)));
        assertThat(v9).isEmpty();
        var v10 = db.read(c -> new AuditLog(c).recent(5));
        assertThat(v10).isEmpty();
    }

    @Test
    void theDemoDatasetLoadsOnceAndTwiceChangesNothing() {
        DemoDataset.Summary first = DemoDataset.load(db);
        assertThat(first.areas()).isEqualTo(20);
        int auditAfterFirst = db.read(c -> new AuditLog(c).recent(10_000)).size();
        DemoDataset.load(db);
        var v11 = db.read(c -> new AuditLog(c).recent(10_000));
        assertThat(v11).hasSize(auditAfterFirst);
        var targets = db.read(c -> new TargetRepository(c).find(List.of(DemoDataset.DISTRICT), List.of(y2023)));
        assertThat(targets.stream().filter(t -> t.issuer() == Issuer.NQ_HDND)).hasSize(12);
        var v12 = db.read(c -> new AreaRepository(c).children(DemoDataset.DISTRICT));
        assertThat(v12).hasSize(18);
    }

    private Target target(String value) {
        return new Target("LD01", "H1", y2023, Issuer.NQ_HDND, Comparator.GE, new BigDecimal(value), null, null);
    }
}
