package vn.baocao.importing.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.baocao.domain.VietnameseText;
import vn.baocao.importing.layout.ColumnRole;
import vn.baocao.importing.layout.LayoutColumn;
import vn.baocao.importing.layout.LayoutRow;
import vn.baocao.importing.layout.SheetLayout;
import vn.baocao.importing.mapping.IndicatorMatch;
import vn.baocao.importing.mapping.IndicatorMatcher;
import vn.baocao.importing.text.ImportText;
import vn.baocao.store.CatalogRepository;

/**
 * Decides which catalog indicator a data row is, per side-by-side block: the clerk's answer, else the remembered
 * choice, else an unambiguous automatic match, else a new indicator (when the clerk said so for the row, its
 * block or the whole import), else one question per row (or one per block of unmatched rows).
 *
 * <p>A new indicator keeps what makes it distinct: the block name ("Lúa - Sản lượng"), or the parent row's name
 * when the same name appears more than once in the sheet ("Ngô - Diện tích"). Its code is reserved in sheet order
 * before anything is decided ({@link NewIndicatorCodes}), so dry run and commit give the same codes.
 */
final class RowDecider {
    /** One indicator row of a table, in one block (null when the sheet has no blocks). */
    record Subject(SheetLayout table, LayoutRow row, String block, String blockLetter) {
        /** The unit the row is written in ({@link RowUnits}). */
        String unit() {
            return RowUnits.of(row, table.title());
        }
    }

    private final PlanContext ctx;
    private final IndicatorMatcher matcher;
    private final NewIndicatorCodes codes;
    private final Set<String> repeatedNames = new HashSet<>();
    /** Row index → block letter ("" without blocks) → decision: looked up for every cell, so no string keys. */
    private final Map<Integer, Map<String, RowDecision>> decisions = new HashMap<>();
    private final Map<String, List<IndicatorMatch>> candidates = new HashMap<>();
    private final Map<String, Integer> unmatchedPerBlock = new HashMap<>();
    /** Tables that share their header row with another (side by side, each with its own name column). */
    private final Set<SheetLayout> besideAnother = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    final List<NewIndicator> newIndicators = new ArrayList<>();

    RowDecider(PlanContext ctx, List<SheetLayout> tables) {
        this.ctx = ctx;
        this.matcher = new IndicatorMatcher(new ArrayList<>(ctx.catalog.values()));
        this.codes = new NewIndicatorCodes(ctx.catalog.keySet(), new CatalogRepository(ctx.connection));
        for (SheetLayout a : tables) {
            for (SheetLayout b : tables) {
                if (a != b && a.headerFound() && a.headerFirstRow() == b.headerFirstRow()) {
                    besideAnother.add(a);
                }
            }
        }
        Set<String> seen = new HashSet<>();
        for (SheetLayout t : tables) {
            for (LayoutRow r : t.allDataRows()) {
                String k = VietnameseText.fold(r.name());
                if (!k.isEmpty() && !seen.add(k)) {
                    repeatedNames.add(k);
                }
            }
        }
    }

    /** Called for every subject with numbers, in sheet order, before any {@link #decide}: reserves new codes. */
    void prepare(Subject s) {
        if (!hasName(s.row()) || automatic(s) != null) {
            return;
        }
        codes.reserve(key(s));
        if (s.block() != null) {
            unmatchedPerBlock.merge(s.blockLetter(), 1, Integer::sum);
        }
    }

    RowDecision decide(Subject s) {
        Map<String, RowDecision> byBlock = decisions.computeIfAbsent(s.row().index(), k -> new HashMap<>(2));
        String block = (s.blockLetter() == null ? "" : s.blockLetter()) + "@" + nameLetter(s.table());
        RowDecision d = byBlock.get(block);
        if (d == null) {
            d = decideNow(s);
            byBlock.put(block, d);
        }
        return d;
    }

    private RowDecision decideNow(Subject s) {
        LayoutRow row = s.row();
        if (!hasName(row)) {
            return RowDecision.skip(SkipReasons.NO_NAME);
        }
        String id = questionId(s);
        String key = key(s);
        String choice = ctx.request.answer(id);
        if (choice == null && ctx.remembered.rows().containsKey(key)) {
            choice = ctx.remembered.rows().get(key);
            ctx.usedRemembered = true;
        }
        if (choice != null) {
            ctx.toRemember.rows().put(key, choice);
            if (choice.equals(Answers.SKIP)) {
                return RowDecision.skip(SkipReasons.ROW_CHOSEN);
            }
            if (choice.equals(Answers.ADD)) {
                return RowDecision.of(add(s), null);
            }
            if (ctx.catalog.containsKey(choice)) {
                return RowDecision.of(choice, null);
            }
            ctx.warnings.add(ImportText.get("rowDecider.cauTraLoiKhong", id, choice));
        }
        IndicatorMatch best = automatic(s);
        if (best != null) {
            return RowDecision.of(best.indicator().code(), best.confidence() < 1.0
                    ? ImportText.get("rowDecider.khopDoTinCay", best.indicator().code(), best.indicator().name(), best.reason(), Math.round(best.confidence() * 100)) : null);
        }
        List<IndicatorMatch> found = candidates(s);
        if (ctx.request.addUnknownIndicators() && (found.isEmpty() || !found.get(0).automatic())) {
            return RowDecision.of(add(s), null);
        }
        if (s.block() != null) {
            String blockAnswer = ctx.request.answer(blockQuestionId(s));
            if (Answers.ADD.equals(blockAnswer)) {
                return RowDecision.of(add(s), null);
            }
            if (Answers.SKIP.equals(blockAnswer)) {
                return RowDecision.skip(SkipReasons.ROW_CHOSEN);
            }
            if (!Answers.EACH_ROW.equals(blockAnswer)) {
                return RowDecision.open(askBlock(s));
            }
        }
        return RowDecision.open(askRow(s, id));
    }

    private String askBlock(Subject s) {
        String id = blockQuestionId(s);
        int count = unmatchedPerBlock.getOrDefault(s.blockLetter(), 1);
        ctx.ask(new ImportQuestion(id, ImportQuestion.Kind.INDICATOR, ctx.sheetRef + "!" + s.blockLetter()
                + (s.table().headerFirstRow() + 1), ImportText.get("rowDecider.khoiTuCotDong", s.block(), s.blockLetter(), count, s.row().rowNumber(), newName(s)), List.of(
                new ImportQuestion.Choice(Answers.ADD, ImportText.get("rowDecider.themChiTieuMoi", count, newName(s))),
                new ImportQuestion.Choice(Answers.EACH_ROW, ImportText.get("rowDecider.hoiTungDong")),
                new ImportQuestion.Choice(Answers.SKIP, ImportText.get("rowDecider.khongNhapCacDong"))), Answers.ADD, false));
        return id;
    }

    private String askRow(Subject s, String id) {
        LayoutRow row = s.row();
        List<ImportQuestion.Choice> choices = new ArrayList<>();
        List<IndicatorMatch> found = candidates(s);
        for (IndicatorMatch m : found) {
            choices.add(new ImportQuestion.Choice(m.indicator().code(), ImportText.get("rowDecider.doTinCay", m.indicator().code(), m.indicator().name(), m.indicator().unit(), m.reason(), Math.round(m.confidence() * 100))));
        }
        choices.add(new ImportQuestion.Choice(Answers.ADD, ImportText.get("rowDecider.themChiTieuMoi2", codes.reserve(key(s)), newName(s))));
        choices.add(new ImportQuestion.Choice(Answers.SKIP, ImportText.get("rowDecider.khongNhapDongNay")));
        ctx.ask(new ImportQuestion(id, ImportQuestion.Kind.INDICATOR, ctx.sheetRef + "!" + nameLetter(s.table())
                + row.rowNumber(), ImportText.get("rowDecider.dongLaChiTieu", row.rowNumber(), String.join(" › ", row.path()), (s.block() == null ? "" : ImportText.get("rowDecider.trongKhoi", s.block())), (row.unit().isEmpty() ? "" : " (" + row.unit() + ")")), choices,
                found.isEmpty() ? Answers.ADD : found.get(0).indicator().code(), false));
        return id;
    }

    String questionId(Subject s) {
        if (s.block() == null && besideAnother.contains(s.table())) {
            return "chi-tieu:" + s.row().rowNumber() + ":" + nameLetter(s.table()); // two tables share the row
        }
        return "chi-tieu:" + s.row().rowNumber() + (s.block() == null ? "" : ":" + s.blockLetter());
    }

    static String blockQuestionId(Subject s) {
        return "khoi:" + s.blockLetter();
    }

    /** A row whose "name" is empty, a number or a date names no indicator. */
    private static boolean hasName(LayoutRow row) {
        String n = row.name().strip();
        return !n.isEmpty() && n.chars().anyMatch(Character::isLetter);
    }

    private IndicatorMatch automatic(Subject s) {
        List<IndicatorMatch> found = candidates(s);
        if (!found.isEmpty() && found.get(0).automatic()
                && (found.size() == 1 || found.get(1).confidence() < found.get(0).confidence())) {
            return found.get(0);
        }
        return null;
    }

    /**
     * Candidates for the name a new indicator would get ("Lúa - Diện tích", "Lúa - Sản lượng"); when that finds no
     * sure match and the row's own name differs (a repeated name qualified by its parent), for the own name.
     */
    private List<IndicatorMatch> candidates(Subject s) {
        String qualified = newName(s);
        List<IndicatorMatch> found = candidatesOf(qualified, s.unit());
        if (s.block() != null || qualified.equals(s.row().name())
                || (!found.isEmpty() && found.get(0).automatic())) {
            return found;
        }
        return candidatesOf(s.row().name(), s.unit());
    }

    private List<IndicatorMatch> candidatesOf(String name, String unit) {
        return candidates.computeIfAbsent(name + "|" + unit, k -> matcher.candidates(name, unit));
    }

    /** The name a new indicator gets. */
    String newName(Subject s) {
        LayoutRow row = s.row();
        if (s.block() != null) {
            return row.name() + " - " + s.block();
        }
        if (repeatedNames.contains(VietnameseText.fold(row.name())) && row.path().size() > 1) {
            return row.path().get(row.path().size() - 2) + " - " + row.name();
        }
        return row.name();
    }

    private String key(Subject s) {
        LayoutRow row = s.row();
        return VietnameseText.fold(String.join(" > ", row.path())) + "|" + IndicatorMatcher.unitKey(row.unit())
                + (s.block() == null ? "" : "|" + VietnameseText.fold(s.block()));
    }

    private String add(Subject s) {
        String code = codes.reserve(key(s));
        if (newIndicators.stream().noneMatch(n -> n.code().equals(code))) {
            newIndicators.add(new NewIndicator(code, newName(s), s.unit(), ctx.sheetRef + "!"
                    + nameLetter(s.table()) + s.row().rowNumber()));
        }
        return code;
    }

    private static String nameLetter(SheetLayout table) {
        return table.column(ColumnRole.NAME).map(LayoutColumn::letter).orElse("B");
    }
}
