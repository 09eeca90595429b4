package vn.baocao.importing.plan;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.baocao.domain.Area;
import vn.baocao.domain.Indicator;
import vn.baocao.domain.Period;
import vn.baocao.domain.VietnameseText;
import vn.baocao.importing.layout.ColumnRole;
import vn.baocao.importing.layout.LayoutColumn;
import vn.baocao.importing.layout.LayoutRow;
import vn.baocao.importing.layout.SheetLayout;
import vn.baocao.importing.layout.SheetLayoutAnalyzer;
import vn.baocao.importing.mapping.AreaNames;
import vn.baocao.importing.mapping.HeaderPeriods;
import vn.baocao.importing.mapping.IndicatorMatch;
import vn.baocao.importing.mapping.IndicatorMatcher;
import vn.baocao.importing.mapping.RememberedMapping;
import vn.baocao.importing.mapping.SheetFingerprint;
import vn.baocao.importing.table.CellData;
import vn.baocao.importing.table.SheetTable;
import vn.baocao.importing.table.SourceFormat;
import vn.baocao.importing.table.WorkbookData;
import vn.baocao.importing.template.TemplateCodes;
import vn.baocao.importing.values.CellValue;
import vn.baocao.importing.values.CellValueReader;
import vn.baocao.importing.values.ColumnNumberStyle;
import vn.baocao.importing.values.FormulaCheck;
import vn.baocao.store.AreaRepository;
import vn.baocao.store.CatalogRepository;
import vn.baocao.store.StoreException;
import vn.baocao.store.StoredFigures;

/**
 * Makes the preview of one sheet: columns to slots, areas and periods; rows to indicators; cells to values; then
 * NEW / CHANGED / UNCHANGED / CONFLICT / ERROR against what is stored. Reads the database, never writes it.
 */
final class ImportPlanner {
    private final Connection c;
    private final WorkbookData workbook;
    private final ImportRequest request;
    private final List<ImportQuestion> questions = new ArrayList<>();
    private final Set<String> asked = new HashSet<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<NewIndicator> newIndicators = new ArrayList<>();
    private final Map<String, Indicator> catalog = new LinkedHashMap<>();
    private final Set<String> usedNewCodes = new HashSet<>();
    private AreaNames areaNames;
    private String sheetRef;
    private SheetTable sheet;
    private RememberedMapping remembered = RememberedMapping.empty();
    private RememberedMapping toRemember = RememberedMapping.empty();
    private boolean usedRemembered;
    private PlanBasis basis;

    ImportPlanner(Connection connection, WorkbookData workbook, ImportRequest request) {
        this.c = connection;
        this.workbook = workbook;
        this.request = request;
    }

    ImportPreview plan() throws SQLException {
        sheet = chooseSheet();
        sheetRef = SheetRefs.quote(sheet.name());
        List<Indicator> indicators = new CatalogRepository(c).indicators();
        for (Indicator i : indicators) {
            catalog.put(i.code(), i);
        }
        List<Area> areaList = new AreaRepository(c).all();
        areaNames = new AreaNames(areaList);
        Optional<TemplateCodes> template = TemplateCodes.read(sheet);
        List<ColumnPlan> columns;
        List<PendingCell> cells;
        String fingerprint = "";
        if (template.isPresent()) {
            columns = templateColumns(template.get());
            cells = templateCells(template.get(), columns);
        } else {
            SheetLayout layout = SheetLayoutAnalyzer.analyze(sheet);
            fingerprint = SheetFingerprint.of(layout);
            remembered = RememberedMapping.load(c, fingerprint);
            LayoutPlan lp = new LayoutPlan(layout);
            columns = lp.columns;
            cells = lp.cells();
        }
        if (columns.stream().noneMatch(col -> col.slot() != null || col.reason().isEmpty())) {
            warnings.add("Tệp " + workbook.fileName() + ", trang \"" + sheet.name()
                    + "\": không có cột số liệu nào (Kế hoạch, Thực hiện, Ước thực hiện…) để nhập.");
        }
        if (request.checkFormulas()) {
            checkFormulas(cells);
        }
        EntryStatuses statuses = new EntryStatuses(c, request, catalog);
        List<PreviewEntry> entries = statuses.decide(cells);
        basis = new PlanBasis(indicators, areaList, fingerprint, template.isPresent() ? null : remembered,
                areas(cells), periods(cells), statuses.stored(),
                newIndicators.stream().map(NewIndicator::code).toList());
        return new ImportPreview(workbook.fileName(), sheet.name(), workbook.sheetNames(), fingerprint,
                template.isPresent(), usedRemembered, columns, entries, questions, newIndicators, warnings,
                remembered.merge(toRemember));
    }

    /** What {@link #plan()} read from the database; null before it ran. */
    PlanBasis basis() {
        return basis;
    }

    // ------------------------------------------------------------------ sheet

    private SheetTable chooseSheet() {
        if (request.sheet() != null) {
            return workbook.sheet(request.sheet()).orElseThrow(() -> new StoreException("Tệp " + workbook.fileName()
                    + " không có trang \"" + request.sheet() + "\". Các trang: " + String.join(", ", workbook.sheetNames())
                    + "."));
        }
        List<SheetTable> visible = workbook.visibleSheets();
        if (visible.size() == 1) {
            return visible.get(0);
        }
        for (SheetTable s : visible) {
            if (TemplateCodes.read(s).isPresent() || SheetLayoutAnalyzer.analyze(s).headerFound()) {
                return s;
            }
        }
        return workbook.firstVisibleSheet();
    }

    // ------------------------------------------------------------------ template

    private List<ColumnPlan> templateColumns(TemplateCodes codes) throws SQLException {
        List<ColumnPlan> columns = new ArrayList<>();
        for (Map.Entry<Integer, String[]> e : codes.columns().entrySet()) {
            String[] parts = e.getValue();
            String letter = vn.baocao.importing.table.CellReferences.columnLetters(e.getKey());
            String header = String.join("|", parts);
            try {
                String area = new AreaRepository(c).find(parts[0]).map(Area::code).orElse(null);
                if (area == null) {
                    columns.add(new ColumnPlan(e.getKey(), letter, header, null, null, null,
                            "mã địa bàn \"" + parts[0] + "\" không có trong cơ sở dữ liệu"));
                    continue;
                }
                columns.add(new ColumnPlan(e.getKey(), letter, header, ValueSlot.parse(parts[2], request.planIssuer()),
                        area, Period.parse(parts[1]), ""));
            } catch (IllegalArgumentException ex) {
                columns.add(new ColumnPlan(e.getKey(), letter, header, null, null, null, "mã cột hỏng: " + header));
            }
        }
        return columns;
    }

    private List<PendingCell> templateCells(TemplateCodes codes, List<ColumnPlan> columns) {
        List<PendingCell> cells = new ArrayList<>();
        for (Map.Entry<Integer, String> row : codes.indicators().entrySet()) {
            int r = row.getKey();
            if (sheet.isRowHidden(r)) {
                continue;
            }
            String code = row.getValue();
            for (ColumnPlan col : columns) {
                CellData cell = sheet.cell(r, col.index());
                if (cell.isBlank()) {
                    continue;
                }
                CellValue value = CellValueReader.read(cell);
                if (value.status() == CellValue.Status.NO_VALUE) {
                    continue;
                }
                String ref = sheetRef + "!" + cell.reference();
                if (!catalog.containsKey(code)) {
                    cells.add(PendingCell.error(ref, r, cell, col, code, "mã chỉ tiêu \"" + code
                            + "\" không có trong danh mục"));
                } else if (!col.imported()) {
                    cells.add(PendingCell.error(ref, r, cell, col, code, col.reason()));
                } else if (value.status() == CellValue.Status.AMBIGUOUS) {
                    cells.add(resolveAmbiguous(ref, r, cell, col, code, value, new ColumnNumberStyle(), ""));
                } else if (value.status() == CellValue.Status.ERROR) {
                    cells.add(PendingCell.error(ref, r, cell, col, code, value.message()));
                } else {
                    cells.add(PendingCell.value(ref, r, cell, col, code, value, null));
                }
            }
        }
        return cells;
    }

    // ------------------------------------------------------------------ layout

    /** Columns and rows of an ordinary sheet, decided from the layout, remembered choices and answers. */
    private final class LayoutPlan {
        final SheetLayout layout;
        final List<ColumnPlan> columns = new ArrayList<>();
        final Map<Integer, ColumnNumberStyle> styles = new HashMap<>();
        final Map<Integer, RowDecision> rows = new HashMap<>();
        final IndicatorMatcher matcher = new IndicatorMatcher(new ArrayList<>(catalog.values()));
        final Period titlePeriod;
        String defaultArea;
        boolean defaultAreaAsked;

        LayoutPlan(SheetLayout layout) throws SQLException {
            this.layout = layout;
            this.titlePeriod = layout.title().period() == null ? null : HeaderPeriods.of(layout.title().period());
            this.defaultArea = defaultArea();
            for (LayoutColumn col : layout.valueColumns()) {
                ColumnNumberStyle style = new ColumnNumberStyle();
                boolean numbers = false;
                for (LayoutRow row : layout.dataRows()) {
                    CellData cell = layout.cell(row, col);
                    if (!cell.hasNumber()) {
                        style.observe(cell.text());
                    }
                    CellValue.Status status = CellValueReader.read(cell).status();
                    numbers |= status == CellValue.Status.NUMBER || status == CellValue.Status.AMBIGUOUS
                            || cell.errorCode() != null;
                }
                styles.put(col.index(), style);
                columns.add(numbers || col.role() != ColumnRole.VALUE ? column(col) : new ColumnPlan(col.index(),
                        col.letter(), col.headerLabel(), null, null, null, "cột không có số"));
            }
        }

        private String defaultArea() throws SQLException {
            if (request.area() != null) {
                Area a = areaNames.find(request.area());
                return a != null ? a.code() : new AreaRepository(c).require(request.area()).code();
            }
            String answered = request.answer("dia-ban");
            if (answered != null) {
                Area a = areaNames.find(answered);
                if (a != null) {
                    return a.code();
                }
            }
            Area fromTitle = areaNames.find(layout.title().area());
            return fromTitle == null ? null : fromTitle.code();
        }

        private ColumnPlan column(LayoutColumn col) {
            String header = col.headerLabel();
            String remember = remembered.columns().get(col.letter());
            String answer = request.answer("cot:" + col.letter());
            ValueSlot slot;
            boolean previousYear = false;
            if (answer != null || (col.role() == ColumnRole.VALUE && remember != null)) {
                String choice = answer != null ? answer : remember;
                usedRemembered |= answer == null;
                toRemember.columns().put(col.letter(), choice);
                if (choice.equals(Answers.SKIP)) {
                    return new ColumnPlan(col.index(), col.letter(), header, null, null, null, "bỏ qua theo lựa chọn");
                }
                previousYear = choice.equals("CUNG_KY");
                slot = previousYear ? ValueSlot.observation(vn.baocao.domain.ObservationKind.THUC_HIEN)
                        : ValueSlot.parse(choice, request.planIssuer());
            } else {
                switch (col.role()) {
                    case PLAN -> slot = ValueSlot.target(request.planIssuer());
                    case ACTUAL -> slot = ValueSlot.observation(vn.baocao.domain.ObservationKind.THUC_HIEN);
                    case ESTIMATE -> slot = ValueSlot.observation(vn.baocao.domain.ObservationKind.UOC);
                    case SAME_PERIOD -> {
                        slot = ValueSlot.observation(vn.baocao.domain.ObservationKind.THUC_HIEN);
                        previousYear = true;
                    }
                    case COMPARISON -> {
                        return new ColumnPlan(col.index(), col.letter(), header, null, null, null,
                                "cột so sánh (tỷ lệ %), là số suy ra nên không nhập");
                    }
                    default -> {
                        return new ColumnPlan(col.index(), col.letter(), header, null, null, null, "");
                    }
                }
            }
            String area = columnArea(col);
            Period period = columnPeriod(col);
            if (period != null && previousYear) {
                period = period.previousYear();
            }
            return new ColumnPlan(col.index(), col.letter(), header, slot, area, period, "");
        }

        private String columnArea(LayoutColumn col) {
            if (col.area() == null) {
                return defaultArea;
            }
            Area a = areaNames.find(col.area());
            if (a != null) {
                return a.code();
            }
            String id = "dia-ban:" + VietnameseText.codeOf(col.area());
            String answered = request.answer(id);
            Area chosen = answered == null ? null : areaNames.find(answered);
            return chosen == null ? null : chosen.code();
        }

        private Period columnPeriod(LayoutColumn col) {
            Period specific = HeaderPeriods.specific(col.headerPath());
            if (specific != null) {
                return specific;
            }
            if (col.year() != null) {
                int y = col.year();
                if (request.period() != null && request.period().year() == y) {
                    return request.period();
                }
                if (titlePeriod != null && titlePeriod.year() == y) {
                    return titlePeriod;
                }
                return Period.year(y);
            }
            if (request.period() != null) {
                return request.period();
            }
            if (titlePeriod != null) {
                return titlePeriod;
            }
            String answered = request.answer("ky");
            if (answered != null) {
                try {
                    return Period.parse(answered);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
            return null;
        }

        List<PendingCell> cells() {
            List<PendingCell> cells = new ArrayList<>();
            for (LayoutRow row : layout.dataRows()) {
                for (ColumnPlan col : columns) {
                    CellData cell = sheet.cell(row.index(), col.index());
                    if (cell.isBlank() || cell.isCoveredByMerge()) {
                        continue;
                    }
                    String ref = sheetRef + "!" + cell.reference();
                    if (col.slot() == null && !col.reason().isEmpty()) {
                        if (cell.errorCode() != null) {
                            warnings.add(ref + ": ô có lỗi " + cell.errorCode() + " (cột \"" + col.header()
                                    + "\" không được nhập).");
                        }
                        continue;
                    }
                    CellValue value = CellValueReader.read(cell);
                    if (value.status() == CellValue.Status.NO_VALUE) {
                        continue;
                    }
                    RowDecision decision = rows.computeIfAbsent(row.index(), k -> decide(row));
                    if (decision.skipped()) {
                        continue;
                    }
                    cells.add(cell(row, col, cell, ref, value, decision));
                }
            }
            return cells;
        }

        private PendingCell cell(LayoutRow row, ColumnPlan col, CellData cell, String ref, CellValue value,
                RowDecision decision) {
            int r = row.index();
            if (decision.code() == null) {
                return PendingCell.error(ref, r, cell, col, null, "chưa chọn chỉ tiêu cho dòng " + row.rowNumber()
                        + " \"" + row.name() + "\" (câu hỏi " + decision.questionId() + ")");
            }
            if (col.slot() == null) {
                String id = "cot:" + col.letter();
                ask(new ImportQuestion(id, ImportQuestion.Kind.COLUMN, sheetRef + "!" + col.letter()
                        + (layout.headerFirstRow() + 1), "Cột " + col.letter() + " (\"" + col.header()
                        + "\") chứa số liệu gì?", List.of(new ImportQuestion.Choice("TH", "Thực hiện"),
                        new ImportQuestion.Choice("UOC", "Ước thực hiện"), new ImportQuestion.Choice("KH", "Kế hoạch"),
                        new ImportQuestion.Choice("CUNG_KY", "Thực hiện cùng kỳ năm trước"),
                        new ImportQuestion.Choice(Answers.SKIP, "Không nhập cột này")), Answers.SKIP, false));
                return PendingCell.error(ref, r, cell, col, decision.code(), "chưa rõ cột " + col.letter()
                        + " chứa số liệu gì (câu hỏi " + id + ")");
            }
            if (col.areaCode() == null) {
                String id = columnAreaQuestion(col);
                return PendingCell.error(ref, r, cell, col, decision.code(), "chưa rõ số liệu của địa bàn nào (câu hỏi "
                        + id + ")");
            }
            if (col.period() == null) {
                ask(new ImportQuestion("ky", ImportQuestion.Kind.PERIOD, sheetRef, "Số liệu trong trang \""
                        + sheet.name() + "\" thuộc kỳ báo cáo nào? (" + Period.SYNTAX + ")", List.of(), null, true));
                return PendingCell.error(ref, r, cell, col, decision.code(), "chưa rõ kỳ báo cáo (câu hỏi ky)");
            }
            String unit = row.unit().isEmpty() ? catalogUnit(decision.code()) : row.unit();
            if (value.status() == CellValue.Status.AMBIGUOUS) {
                return resolveAmbiguous(ref, r, cell, col, decision.code(), value, styles.get(col.index()), unit);
            }
            if (value.status() == CellValue.Status.ERROR && styles.get(col.index()).style()
                    == ColumnNumberStyle.Style.ENGLISH && !cell.hasNumber()) {
                CellValue rewritten = CellValueReader.readText(ColumnNumberStyle.toVietnamese(cell.text()));
                if (rewritten.isNumber()) {
                    return PendingCell.value(ref, r, cell, col, decision.code(), rewritten,
                            "đọc theo cách viết tiếng Anh như các ô khác của cột " + col.letter());
                }
            }
            if (value.status() == CellValue.Status.ERROR) {
                return PendingCell.error(ref, r, cell, col, decision.code(), value.message());
            }
            return PendingCell.value(ref, r, cell, col, decision.code(), value, decision.note());
        }

        private String columnAreaQuestion(ColumnPlan col) {
            LayoutColumn lc = layout.columns().stream().filter(x -> x.index() == col.index()).findFirst().orElseThrow();
            String id = lc.area() == null ? "dia-ban" : "dia-ban:" + VietnameseText.codeOf(lc.area());
            String text = lc.area() == null ? "Số liệu trong trang \"" + sheet.name() + "\" là của địa bàn nào?"
                    : "Cột " + col.letter() + " ghi \"" + lc.area() + "\": là địa bàn nào trong cơ sở dữ liệu?";
            ask(new ImportQuestion(id, ImportQuestion.Kind.AREA, sheetRef + "!" + col.letter()
                    + (layout.headerFirstRow() + 1), text, List.of(), null, true));
            return id;
        }

        private RowDecision decide(LayoutRow row) {
            String id = "chi-tieu:" + row.rowNumber();
            String key = rowKey(row);
            String answer = request.answer(id);
            String choice = answer;
            if (choice == null && remembered.rows().containsKey(key)) {
                choice = remembered.rows().get(key);
                usedRemembered = true;
            }
            if (choice != null) {
                toRemember.rows().put(key, choice);
                if (choice.equals(Answers.SKIP)) {
                    return RowDecision.skip();
                }
                if (choice.equals(Answers.ADD)) {
                    return RowDecision.of(addIndicator(row), null);
                }
                if (catalog.containsKey(choice)) {
                    return RowDecision.of(choice, null);
                }
                warnings.add("Câu trả lời " + id + " = \"" + choice + "\": không có chỉ tiêu mã này trong danh mục.");
            }
            List<IndicatorMatch> candidates = matcher.candidates(row.name(), row.unit());
            if (!candidates.isEmpty() && candidates.get(0).automatic()
                    && (candidates.size() == 1 || candidates.get(1).confidence() < candidates.get(0).confidence())) {
                IndicatorMatch best = candidates.get(0);
                return RowDecision.of(best.indicator().code(), best.confidence() < 1.0
                        ? "khớp " + best.indicator().code() + " \"" + best.indicator().name() + "\" (" + best.reason()
                        + ", độ tin cậy " + Math.round(best.confidence() * 100) + "%)" : null);
            }
            if (request.addUnknownIndicators() && (candidates.isEmpty() || !candidates.get(0).automatic())) {
                return RowDecision.of(addIndicator(row), null);
            }
            List<ImportQuestion.Choice> choices = new ArrayList<>();
            for (IndicatorMatch m : candidates) {
                choices.add(new ImportQuestion.Choice(m.indicator().code(), m.indicator().code() + " " + m.indicator().name()
                        + " (" + m.indicator().unit() + ") — " + m.reason() + ", độ tin cậy "
                        + Math.round(m.confidence() * 100) + "%"));
            }
            choices.add(new ImportQuestion.Choice(Answers.ADD, "Thêm chỉ tiêu mới \"" + row.name() + "\" vào danh mục"));
            choices.add(new ImportQuestion.Choice(Answers.SKIP, "Không nhập dòng này"));
            String nameCell = sheetRef + "!" + nameLetter() + row.rowNumber();
            ask(new ImportQuestion(id, ImportQuestion.Kind.INDICATOR, nameCell, "Dòng " + row.rowNumber() + " \""
                    + String.join(" › ", row.path()) + "\"" + (row.unit().isEmpty() ? "" : " (" + row.unit() + ")")
                    + " là chỉ tiêu nào trong danh mục?", choices,
                    candidates.isEmpty() ? Answers.ADD : candidates.get(0).indicator().code(), false));
            return RowDecision.open(id);
        }

        private String nameLetter() {
            return layout.column(ColumnRole.NAME).map(LayoutColumn::letter).orElse("B");
        }

        private String rowKey(LayoutRow row) {
            return VietnameseText.fold(String.join(" > ", row.path())) + "|" + IndicatorMatcher.unitKey(row.unit());
        }

        private String addIndicator(LayoutRow row) {
            int n = 1;
            String code;
            do {
                code = String.format("TM%03d", n++);
            } while (catalog.containsKey(code) || usedNewCodes.contains(code) || codeExists(code));
            usedNewCodes.add(code);
            newIndicators.add(new NewIndicator(code, row.name(), row.unit(), sheetRef + "!" + nameLetter()
                    + row.rowNumber()));
            return code;
        }
    }

    private boolean codeExists(String code) {
        try {
            return new CatalogRepository(c).indicator(code).isPresent();
        } catch (SQLException e) {
            throw new StoreException("Lỗi khi đọc danh mục: " + e.getMessage(), e);
        }
    }

    private String catalogUnit(String code) {
        Indicator i = catalog.get(code);
        return i == null ? "" : i.unit();
    }

    private PendingCell resolveAmbiguous(String ref, int r, CellData cell, ColumnPlan col, String code, CellValue value,
            ColumnNumberStyle style, String unit) {
        String id = "so:" + col.letter();
        String answer = request.answer(id);
        if (answer == null) {
            answer = remembered.numberStyles().get(col.letter());
            usedRemembered |= answer != null;
        }
        if (answer != null) {
            toRemember.numberStyles().put(col.letter(), answer);
            boolean thousands = answer.equals(Answers.THOUSANDS_COMMA);
            return PendingCell.value(ref, r, cell, col, code, value.resolved(thousands), "\"" + cell.text().strip()
                    + "\" đọc là " + (thousands ? "hàng nghìn" : "số thập phân") + " theo lựa chọn cho cột " + col.letter());
        }
        ColumnNumberStyle.Style s = style.style();
        if (s == ColumnNumberStyle.Style.VIETNAMESE || s == ColumnNumberStyle.Style.ENGLISH) {
            boolean thousands = s == ColumnNumberStyle.Style.ENGLISH;
            return PendingCell.value(ref, r, cell, col, code, value.resolved(thousands), "\"" + cell.text().strip()
                    + "\" đọc là " + (thousands ? "hàng nghìn" : "số thập phân") + " như các ô khác của cột " + col.letter());
        }
        if (ColumnNumberStyle.isWholeUnit(unit) && value.value().stripTrailingZeros().scale() > 0) {
            return PendingCell.value(ref, r, cell, col, code, value.resolved(true), "\"" + cell.text().strip()
                    + "\" đọc là hàng nghìn vì đơn vị tính là \"" + unit + "\"");
        }
        ask(new ImportQuestion(id, ImportQuestion.Kind.NUMBER_STYLE, ref, value.message() + " Trong cột " + col.letter()
                + ", dấu phẩy là dấu thập phân hay dấu ngăn cách hàng nghìn?",
                List.of(new ImportQuestion.Choice(Answers.DECIMAL_COMMA, "Dấu phẩy thập phân: \"" + cell.text().strip()
                        + "\" là " + value.value().toPlainString().replace('.', ',')),
                        new ImportQuestion.Choice(Answers.THOUSANDS_COMMA, "Dấu phẩy hàng nghìn: \"" + cell.text().strip()
                                + "\" là " + value.alternative().toPlainString())), null, false));
        return PendingCell.error(ref, r, cell, col, code, value.message() + " (câu hỏi " + id + ")");
    }

    private void ask(ImportQuestion q) {
        if (asked.add(q.id())) {
            questions.add(q);
        }
    }

    // ------------------------------------------------------------------ formulas

    private void checkFormulas(List<PendingCell> cells) {
        if (workbook.format() != SourceFormat.XLS && workbook.format() != SourceFormat.XLSX) {
            return;
        }
        Map<Long, BigDecimal> cached = new LinkedHashMap<>();
        Map<Long, String> formats = new HashMap<>();
        Map<Long, PendingCell> byKey = new HashMap<>();
        for (PendingCell p : cells) {
            if (p.cell().formula() != null && p.value() != null && p.cell().hasNumber()) {
                long key = FormulaCheck.key(p.cell().row(), p.cell().column());
                cached.put(key, p.value().value());
                formats.put(key, p.cell().numberFormat());
                byKey.put(key, p);
            }
        }
        if (cached.isEmpty()) {
            return;
        }
        Map<Long, FormulaCheck.Result> results = FormulaCheck.check(request.file(), request.password(), sheet.index(),
                cached, formats);
        for (Map.Entry<Long, FormulaCheck.Result> e : results.entrySet()) {
            byKey.get(e.getKey()).notes().add(e.getValue().note());
        }
    }

    /** Distinct areas and periods the cells go to (for reading what is stored). */
    static Set<String> areas(List<PendingCell> cells) {
        Set<String> set = new LinkedHashSet<>();
        for (PendingCell p : cells) {
            if (p.column().areaCode() != null) {
                set.add(p.column().areaCode());
            }
        }
        return set;
    }

    static Set<Period> periods(List<PendingCell> cells) {
        Set<Period> set = new LinkedHashSet<>();
        for (PendingCell p : cells) {
            if (p.column().period() != null) {
                set.add(p.column().period());
            }
        }
        return set;
    }

    static StoredFigures stored(Connection c, List<PendingCell> cells) throws SQLException {
        return StoredFigures.load(c, areas(cells), periods(cells));
    }
}
