package vn.baocao.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.baocao.store.text.StoreText;

/**
 * The automatic backups in "sao-luu/" beside the database: one a day on the first start, and one before every
 * import, restore and upgrade, named "{lý do}-yyyyMMdd-HHmmss.db". Kept with rotation: the {@value #RECENT} newest,
 * the newest of each of the last {@value #DAYS} days and of each of the last {@value #WEEKS} weeks; older ones are
 * removed. Files of other names in the folder (the clerk's own backups) are never touched.
 */
public final class AutoBackups {
    private static final Logger LOG = LoggerFactory.getLogger(AutoBackups.class);
    static final int RECENT = 5;
    static final int DAYS = 7;
    static final int WEEKS = 4;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern NAME = Pattern.compile("(.+)-(\\d{8}-\\d{6})\\.db");

    public static final String DAILY = "hang-ngay";
    public static final String BEFORE_IMPORT = "truoc-nhap";
    public static final String BEFORE_RESTORE = "truoc-phuc-hoi";

    /** One automatic backup: its file, when, and why ("truoc-nhap"). */
    public record Entry(Path file, LocalDateTime at, String reason, long size) {
        /** The reason in words for lists. */
        public String reasonText() {
            if (reason.startsWith("truoc-nang-cap")) {
                return StoreText.get("autoBackups.truocKhiNangCap");
            }
            return switch (reason) {
                case DAILY -> StoreText.get("autoBackups.hangNgay");
                case BEFORE_IMPORT -> StoreText.get("autoBackups.truocKhiNhapExcel");
                case BEFORE_RESTORE -> StoreText.get("autoBackups.truocKhiPhucHoi");
                case "truoc-sua-lich-su" -> StoreText.get("autoBackups.truocKhiSuaLich");
                default -> reason;
            };
        }
    }

    private final Database db;

    private AutoBackups(Database db) {
        this.db = db;
    }

    public static AutoBackups of(Database db) {
        return new AutoBackups(db);
    }

    /** The folder: "sao-luu" beside the database. */
    public static Path folderOf(Path databaseFile) {
        return databaseFile.toAbsolutePath().resolveSibling("sao-luu");
    }

    /** A new path for a backup made now for {@code reason}. */
    static Path newPath(Path databaseFile, String reason) {
        return folderOf(databaseFile).resolve(reason + "-" + LocalDateTime.now().format(STAMP) + ".db");
    }

    /** Makes a verified backup for {@code reason}, then rotates. Throws (in Vietnamese) when it cannot be made. */
    public Path make(String reason) {
        Path target = newPath(db.file(), reason);
        db.backupTo(target);
        rotate();
        return target;
    }

    /** {@link #make} before a change; when the copy cannot be made the change must not start, and the message says so. */
    public Path before(String reason) {
        try {
            return make(reason);
        } catch (StoreException e) {
            throw new StoreException(StoreText.get("autoBackups.viChuaSaoLuu", e.getMessage()), e);
        }
    }

    /** The daily backup, when none was made today. Returns it, or empty when one exists already. */
    public Optional<Path> dailyIfDue(LocalDate today) {
        if (db.isReadOnly()) {
            return Optional.empty(); // nothing changes, and nothing can be written beside it
        }
        boolean done = list().stream().anyMatch(e -> e.reason().equals(DAILY) && e.at().toLocalDate().equals(today));
        return done ? Optional.empty() : Optional.of(make(DAILY));
    }

    /** Newest first. */
    public List<Entry> list() {
        return list(folderOf(db.file()));
    }

    static List<Entry> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Matcher m = NAME.matcher(f.getFileName().toString());
                if (m.matches() && Files.isRegularFile(f)) {
                    try {
                        entries.add(new Entry(f, LocalDateTime.parse(m.group(2), STAMP), m.group(1), Files.size(f)));
                    } catch (DateTimeParseException | IOException ignored) {
                        // not one of ours
                    }
                }
            }
        } catch (IOException e) {
            LOG.warn("Không đọc được thư mục sao lưu {}", folder, e);
        }
        // Two backups in the same second (the daily one, then the one before an import): the later written first.
        java.util.Map<Path, Long> written = new java.util.HashMap<>();
        for (Entry e : entries) {
            try {
                written.put(e.file(), Files.getLastModifiedTime(e.file()).to(java.util.concurrent.TimeUnit.NANOSECONDS));
            } catch (IOException ex) {
                written.put(e.file(), 0L);
            }
        }
        entries.sort(Comparator.comparing(Entry::at).reversed()
                .thenComparing(Comparator.comparing((Entry e) -> written.get(e.file())).reversed())
                .thenComparing(e -> e.file().getFileName().toString()));
        return entries;
    }

    /** The {@code n}-th newest (1 = newest), as numbered by {@code baocao backup list}. */
    public Entry numbered(int n) {
        List<Entry> all = list();
        if (n < 1 || n > all.size()) {
            throw new StoreException(all.isEmpty() ? StoreText.get("autoBackups.chuaCoBanSao", folderOf(db.file()))
                    : StoreText.get("autoBackups.khongCoBanSao", n, all.size()));
        }
        return all.get(n - 1);
    }

    /** Removes the automatic backups that the rotation no longer keeps. */
    void rotate() {
        rotate(folderOf(db.file()));
    }

    static void rotate(Path folder) {
        List<Entry> all = list(folder);
        Set<Path> kept = keep(all);
        for (Entry e : all) {
            if (!kept.contains(e.file())) {
                try {
                    Files.deleteIfExists(e.file());
                } catch (IOException ex) {
                    LOG.warn("Không xoá được bản sao lưu cũ {}", e.file(), ex);
                }
            }
        }
    }

    /** Which files the rotation keeps, from a newest-first list. */
    static Set<Path> keep(List<Entry> newestFirst) {
        Set<Path> kept = new LinkedHashSet<>();
        newestFirst.stream().limit(RECENT).forEach(e -> kept.add(e.file()));
        Set<LocalDate> days = new HashSet<>();
        Set<String> weeks = new HashSet<>();
        for (Entry e : newestFirst) {
            LocalDate day = e.at().toLocalDate();
            if (!days.contains(day) && days.size() < DAYS) {
                days.add(day);
                kept.add(e.file());
            }
            String week = day.get(IsoFields.WEEK_BASED_YEAR) + "-" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (!weeks.contains(week) && weeks.size() < WEEKS) {
                weeks.add(week);
                kept.add(e.file());
            }
        }
        return kept;
    }
}
