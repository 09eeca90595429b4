package vn.baocao.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutoBackupsTest {
    @TempDir
    Path dir;

    @Test
    void rotationKeepsTheNewestAndOnePerDayForAWeekAndOnePerWeekForFourWeeks() {
        // 60 days of backups, three a day, newest first
        List<AutoBackups.Entry> all = new ArrayList<>();
        LocalDateTime start = LocalDateTime.of(2026, 12, 3, 18, 0);
        for (int d = 0; d < 60; d++) {
            for (int h = 0; h < 3; h++) {
                LocalDateTime at = start.minusDays(d).minusHours(h * 4L);
                all.add(new AutoBackups.Entry(dir.resolve("truoc-nhap-" + at + ".db"), at, "truoc-nhap", 1));
            }
        }
        Set<Path> kept = AutoBackups.keep(all);
        List<LocalDateTime> keptAt = all.stream().filter(e -> kept.contains(e.file())).map(AutoBackups.Entry::at).toList();
        assertThat(keptAt).startsWith(all.get(0).at(), all.get(1).at(), all.get(2).at(), all.get(3).at(), all.get(4).at());
        assertThat(keptAt.stream().map(LocalDateTime::toLocalDate).distinct().count())
                .as("7 days, plus the weeks before them").isBetween(7L, 11L);
        assertThat(keptAt.get(keptAt.size() - 1)).as("the oldest kept is about four weeks back")
                .isAfter(start.minusDays(29)).isBefore(start.minusDays(13));
        assertThat(kept.size()).isLessThanOrEqualTo(AutoBackups.RECENT + AutoBackups.DAYS + AutoBackups.WEEKS);
    }

    @Test
    void aDailyBackupIsMadeOnceADayListedNewestFirstAndOthersFilesAreLeftAlone() throws Exception {
        Path file = dir.resolve("baocao.db");
        try (Database db = Database.open(file)) {
            AutoBackups auto = AutoBackups.of(db);
            Files.createDirectories(AutoBackups.folderOf(file));
            Path own = AutoBackups.folderOf(file).resolve("ban-cua-toi.db");
            Files.writeString(own, "x");
            assertThat(auto.dailyIfDue(LocalDate.now())).isPresent();
            assertThat(auto.dailyIfDue(LocalDate.now())).isEmpty();
            Thread.sleep(1100);
            Path beforeImport = auto.make(AutoBackups.BEFORE_IMPORT);
            List<AutoBackups.Entry> list = auto.list();
            assertThat(list).extracting(AutoBackups.Entry::reason).containsExactly("truoc-nhap", "hang-ngay");
            assertThat(auto.numbered(1).file()).isEqualTo(beforeImport);
            assertThat(VerifiedCopy.check(beforeImport, null)).containsEntry("indicator", 78L);
            assertThatThrownBy(() -> auto.numbered(3)).isInstanceOf(StoreException.class).hasMessageContaining("có 2 bản");
            AutoBackups.rotate(AutoBackups.folderOf(file));
            assertThat(own).exists();
        }
    }
}
