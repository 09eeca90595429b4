package vn.baocao.document.compose;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.document.Appendix;
import vn.baocao.document.Block;
import vn.baocao.document.DocumentNumber;
import vn.baocao.document.Heading;
import vn.baocao.document.HeadingLevel;
import vn.baocao.document.LandscapeSection;
import vn.baocao.document.Letterhead;
import vn.baocao.document.PageBreak;
import vn.baocao.document.Paragraph;
import vn.baocao.document.PlaceAndDate;
import vn.baocao.document.RichText;
import vn.baocao.document.Table;
import vn.baocao.document.text.DocumentText;
import vn.baocao.domain.IndicatorEvaluation;

/**
 * Fills a template with a report's data and header. A template is an ordinary document file whose text may hold
 * placeholders ({@link PlaceholderResolver}) and whose paragraphs may consist of one block placeholder, replaced by
 * generated blocks:
 * <ul>
 *   <li>{@code {{#chi_tieu_giao}}}: the assigned-indicator summary ({@link AssignedIndicatorSummary});</li>
 *   <li>{@code {{#linh_vuc}}}: every sector's heading and sentences ({@link SectorSentences}), numbered under the
 *       heading above ("2." gives "2.1.", "2.2."); {@code {{#linh_vuc:Y tế}}}: one sector's sentences;</li>
 *   <li>{@code {{#bieu_chi_tieu}}}: the Biểu ({@link IndicatorTable}); landscape when wide;</li>
 *   <li>{@code {{#theo_xa:LD14}}}: the communes' figures of one indicator as a table;</li>
 *   <li>{@code {{#noi_bat}}}, {@code {{#han_che}}}: the drafted kết quả nổi bật and tồn tại, hạn chế ({@link GeneralAssessment});</li>
 *   <li>{@code {{#chi_tieu_ky_sau}}}: next period's targets as a table; {@code {{#bieu_ke_hoach}}}: a plan's own
 *       targets, without results ({@link PlanTable}).</li>
 * </ul>
 * Every problem is collected; if there is any, {@link PlaceholderException} lists them all and nothing is produced.
 */
public final class ReportComposer {
    /** The block syntax a template may use, listed in the refusal of an unknown block (markers, not words). */
    private static final String BLOCK_NAMES = "{{#chi_tieu_giao}}, {{#linh_vuc}}, {{#linh_vuc:" + DocumentText.get("reportComposer.tenLinhVuc")
            + "}}, {{#bieu_chi_tieu}}, {{#theo_xa:" + DocumentText.get("reportComposer.ma") + "}}, {{#noi_bat}}, {{#han_che}}, {{#chi_tieu_ky_sau}}, {{#bieu_ke_hoach}}";

    private static final Pattern BLOCK = Pattern.compile("\\{\\{#([a-z_]+)(?::([^{}]+))?\\}\\}");

    private final ReportData data;
    private final ReportSettings settings;
    private final IndicatorSentences sentences;
    private final PlaceholderResolver resolver;
    private final CommuneBreakdown breakdown;
    private final List<PlaceholderProblem> problems = new ArrayList<>();
    /** The indicators the document tells in its chỉ tiêu giao part: the sector parts only count them. */
    private java.util.Set<String> told = java.util.Set.of();
    /** The footnote texts already given in this document: each is printed once, where it first applies. */
    private final java.util.Set<String> notesGiven = new java.util.HashSet<>();

    public ReportComposer(ReportData data, ReportSettings settings) {
        this.data = data;
        this.settings = settings;
        this.sentences = new IndicatorSentences(data.options(), data.period());
        this.resolver = new PlaceholderResolver(data, sentences, new LegalBasisText(settings, data));
        resolver.define("co_quan_ban_hanh", IssuerName.of(settings.issuingAgency(), data));
        this.breakdown = new CommuneBreakdown(sentences);
    }

    /**
     * "số 15/BC-UBND ngày 05/01/2024" for an appendix's "(Kèm theo Báo cáo …)" line; a draft without number or date
     * keeps the blanks the văn thư fills in ("số      /BC-UBND ngày      /      /2024"), as the number line does.
     */
    static String numberAndDate(ReportSettings settings, int year) {
        String gap = "\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0";
        String symbol = settings.symbol() == null ? "" : settings.symbol();
        String number = settings.number() == null ? gap : (settings.number() < 10 ? "0" : "") + settings.number();
        LocalDate d = settings.issueDate();
        String date = d != null ? String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear())
                : gap + "/" + gap + "/" + year;
        return DocumentText.get("reportComposer.soNgay", number, symbol, date);
    }

    /** The year a document is issued in when it has no date yet: a report after its period, a plan within it. */
    static int issueYear(ReportData data) {
        return data.period().end().plusDays(1).getYear();
    }

    /** The finished document; throws {@link PlaceholderException} naming every placeholder that cannot be filled. */
    public AdministrativeDocument compose(AdministrativeDocument document) {
        problems.clear();
        notesGiven.clear();
        // A body not drafted yet (a template composed directly) gets its per-sector parts here.
        AdministrativeDocument template = DraftBody.expand(document, data);
        int year = template.type() == vn.baocao.document.DocumentType.KE_HOACH ? data.period().start().getYear() : issueYear(data);
        resolver.define("so_ngay_van_ban", numberAndDate(settings, year));
        told = hasBlock(template.body(), "chi_tieu_giao") ? toldInSummary(data) : java.util.Set.of();
        String summary = resolve(template.summary(), DocumentText.get("reportComposer.trichYeu"));
        List<String> legalBases = lines(template.legalBases(), DocumentText.get("reportComposer.canCu"));
        List<String> addressees = lines(settings.addressees().isEmpty() ? template.addressees() : settings.addressees(), DocumentText.get("reportComposer.kinhGui"));
        List<Block> body = blocks(template.body(), DocumentText.get("reportComposer.thanVanBan"), false);
        List<String> recipients = lines(settings.recipients().isEmpty() ? template.recipients() : settings.recipients(), DocumentText.get("reportComposer.noiNhan"));
        List<Appendix> appendices = new ArrayList<>();
        int i = 0;
        for (Appendix a : template.appendices()) {
            i++;
            String where = DocumentText.get("reportComposer.phuLucThu", a.label(), i);
            List<Block> blocks = blocks(a.blocks(), where, true);
            boolean wide = blocks.stream().anyMatch(b -> b instanceof Table t && t.columns().size() > IndicatorTable.PORTRAIT_MAX_COLUMNS);
            appendices.add(new Appendix(a.label(), resolve(a.title(), DocumentText.get("reportComposer.tenPhuLuc", where)),
                    a.reference() == null ? null : resolve(a.reference(), DocumentText.get("reportComposer.dongKemTheo", where)), a.landscape() || wide, blocks));
        }
        if (!problems.isEmpty()) {
            throw new PlaceholderException(problems);
        }
        Letterhead letterhead = settings.issuingAgency().isEmpty()
                ? new Letterhead(lines(template.letterhead().parentAgency(), DocumentText.get("reportComposer.coQuanChuQuan")),
                        lines(template.letterhead().issuingAgency(), DocumentText.get("reportComposer.coQuanBanHanh")))
                : new Letterhead(settings.parentAgency(), settings.issuingAgency());
        String place = settings.place() == null ? resolve(template.placeAndDate().place(), DocumentText.get("reportComposer.diaDanh")) : settings.place();
        if (!problems.isEmpty()) {
            throw new PlaceholderException(problems);
        }
        DocumentNumber number = settings.symbol() == null ? template.number() : new DocumentNumber(settings.number(), settings.symbol());
        LocalDate date = settings.issueDate();
        PlaceAndDate placeAndDate = date != null ? PlaceAndDate.of(place, date) : new PlaceAndDate(place, null, null, year);
        return new AdministrativeDocument(template.type(), template.profile(), letterhead, number, placeAndDate, summary,
                legalBases, addressees, body, recipients, settings.signature() == null ? template.signature() : settings.signature(),
                appendices);
    }

    /**
     * The fields and generated parts of a body as they will print, for the report page (not a finished document:
     * problems are left to {@link #compose}, which names them all).
     *
     * @param batchFiles the imported file of each import batch, by id, for the fields' sources
     */
    public ReportFields fields(AdministrativeDocument body, java.util.Map<Long, String> batchFiles) {
        problems.clear();
        notesGiven.clear();
        int year = body.type() == vn.baocao.document.DocumentType.KE_HOACH ? data.period().start().getYear() : issueYear(data);
        resolver.define("so_ngay_van_ban", numberAndDate(settings, year));
        told = hasBlock(body.body(), "chi_tieu_giao") ? toldInSummary(data) : java.util.Set.of();
        java.util.Map<Integer, List<Block>> parts = new java.util.HashMap<>();
        String arabicLabel = null;
        for (int i = 0; i < body.body().size(); i++) {
            Block b = body.body().get(i);
            if (b instanceof Heading h && h.level() == HeadingLevel.ARABIC) {
                arabicLabel = h.label();
            } else if (b instanceof Heading h && h.level() == HeadingLevel.ROMAN) {
                arabicLabel = null;
            } else if (b instanceof Paragraph p) {
                Matcher m = BLOCK.matcher(p.text().plainText().strip());
                if (m.matches()) {
                    List<Block> out = generated(m.group(1), m.group(2) == null ? null : m.group(2).strip(), m.group(),
                            DocumentText.get("reportComposer.thanVanBan"), arabicLabel, false);
                    parts.put(i, out);
                }
            }
        }
        problems.clear();
        return new ReportFields(data, resolver, batchFiles, parts);
    }

    /** The period's other figures of the sectors the report has (the only ones its narrative tells). */
    static List<IndicatorEvaluation> inReportSectors(ReportData data) {
        java.util.Set<String> sectors = SectorSentences.bySector(data.indicators()).keySet();
        return data.context().stream().filter(r -> sectors.contains(SectorHeadings.of(r.indicator().sector()))).toList();
    }

    /**
     * The indicators "Về thực hiện các chỉ tiêu giao" tells sentence by sentence: the assigned ones, or, with none
     * assigned, every figure of the period ({@link AssignedIndicatorSummary}); the sectors then only count them.
     */
    static java.util.Set<String> toldInSummary(ReportData data) {
        List<IndicatorEvaluation> rows = data.assigned().isEmpty()
                ? data.indicators().stream().filter(r -> r.actual() != null && r.actual().value() != null).toList()
                : data.assigned();
        return rows.stream().map(r -> r.indicator().code()).collect(java.util.stream.Collectors.toSet());
    }

    /** Whether the blocks hold the block placeholder {@code {{#name}}} (or {@code {{#name:…}}}). */
    static boolean hasBlock(List<Block> blocks, String name) {
        for (Block b : blocks) {
            if (b instanceof Paragraph p) {
                Matcher m = BLOCK.matcher(p.text().plainText().strip());
                if (m.matches() && m.group(1).equals(name)) {
                    return true;
                }
            } else if (b instanceof LandscapeSection s && hasBlock(s.blocks(), name)) {
                return true;
            }
        }
        return false;
    }

    private String resolve(String markup, String location) {
        return resolver.resolve(markup, location, problems);
    }

    /** Plain lines (Kính gửi, căn cứ, Nơi nhận, letterhead): the values filled in are not left escaped for the markup. */
    private List<String> lines(List<String> lines, String where) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String filled = resolve(line, DocumentText.get("reportComposer.dong", where, (i + 1)));
            out.add(line.contains("{{") ? Markup.unescape(filled) : filled);
        }
        return out;
    }

    private List<Block> blocks(List<Block> in, String where, boolean inAppendix) {
        List<Block> out = new ArrayList<>();
        String heading = null;
        String arabicLabel = null;
        int n = 0;
        for (Block b : in) {
            n++;
            String location = DocumentText.get("reportComposer.doan", where, (heading == null ? "" : DocumentText.get("reportComposer.muc", heading)), n);
            if (b instanceof Heading h) {
                String text = resolve(h.text().toMarkup(), location);
                out.add(new Heading(h.level(), h.label(), RichText.parse(text)));
                heading = h.printedText();
                n = 0;
                if (h.level() == HeadingLevel.ARABIC) {
                    arabicLabel = h.label();
                } else if (h.level() == HeadingLevel.ROMAN) {
                    arabicLabel = null;
                }
            } else if (b instanceof Paragraph p) {
                Matcher m = BLOCK.matcher(p.text().plainText().strip());
                if (m.matches()) {
                    List<Block> made = generated(m.group(1), m.group(2) == null ? null : m.group(2).strip(), m.group(), location,
                            arabicLabel, inAppendix || where.startsWith("Trang ngang"));
                    if (made.isEmpty() && !out.isEmpty() && out.get(out.size() - 1) instanceof Paragraph lead
                            && lead.printedText().strip().endsWith(":")) {
                        out.remove(out.size() - 1); // "Các chỉ tiêu chủ yếu phấn đấu thực hiện:" over nothing
                    }
                    out.addAll(made);
                } else {
                    out.add(new Paragraph(RichText.parse(resolve(p.text().toMarkup(), location)), p.marker()));
                }
            } else if (b instanceof Table t) {
                out.add(table(t, location));
            } else if (b instanceof LandscapeSection s) {
                out.add(new LandscapeSection(blocks(s.blocks(), "Trang ngang (" + location + ")", inAppendix)));
            } else if (b instanceof PageBreak) {
                out.add(b);
            }
        }
        return out;
    }

    private Table table(Table t, String location) {
        List<List<RichText>> header = new ArrayList<>();
        for (int r = 0; r < t.headerRows().size(); r++) {
            header.add(cells(t.headerRows().get(r), DocumentText.get("reportComposer.bangHangTieuDe", location, (r + 1))));
        }
        List<List<RichText>> rows = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            rows.add(cells(t.rows().get(r), DocumentText.get("reportComposer.bangHang", location, (r + 1))));
        }
        return new Table(t.columns(), header, rows);
    }

    private List<RichText> cells(List<RichText> row, String location) {
        List<RichText> out = new ArrayList<>();
        for (int c = 0; c < row.size(); c++) {
            out.add(RichText.parse(resolve(row.get(c).toMarkup(), DocumentText.get("reportComposer.cot", location, (c + 1)))));
        }
        return out;
    }

    private List<Block> generated(String name, String arg, String written, String location, String arabicLabel, boolean landscapeAlready) {
        Function<IndicatorEvaluation, String> footnotes = this::footnote;
        switch (name) {
            case "chi_tieu_giao":
                return new AssignedIndicatorSummary(sentences).blocks(data.assigned(), data.indicators(), data.issuer(),
                        data.area(), data.period(), footnotes);
            case "linh_vuc": {
                SectorSentences sectors = new SectorSentences(sentences);
                if (arg == null) {
                    return sectors.blocks(data.indicators(), data.context(), data.period(), arabicLabel, footnotes, told);
                }
                String heading = SectorHeadings.of(arg);
                var sections = SectorSentences.bySector(data.indicators());
                for (var e : sections.entrySet()) {
                    if (e.getKey().equalsIgnoreCase(heading)) {
                        List<IndicatorEvaluation> others = SectorSentences.othersBySection(sections.keySet(), data.context())
                                .getOrDefault(e.getKey(), List.of());
                        return sectors.sentences(e.getKey(), e.getValue(), others, data.period(), footnotes, told);
                    }
                }
                if (SectorHeadings.isKnown(arg)) {
                    return List.of(); // a field of work the clerk keeps for its narrative, without indicators this period
                }
                problems.add(new PlaceholderProblem(written, location, DocumentText.get("reportComposer.khongCoLinhVuc", arg, String.join(", ", SectorSentences.bySector(data.indicators()).keySet()))));
                return List.of();
            }
            case "noi_bat": {
                return List.of(Paragraph.of(Markup.escape(new GeneralAssessment(sentences).highlightsOrPrompt(data.assigned(), data.period()))));
            }
            case "han_che": {
                GeneralAssessment assessment = new GeneralAssessment(sentences);
                List<String> items = assessment.shortcomings(data.assigned(), inReportSectors(data), data.period());
                if (items.isEmpty()) {
                    return List.of(Paragraph.of(Markup.escape(assessment.noShortcomings(data.assigned(), data.period()))));
                }
                List<Block> out = new ArrayList<>();
                items.forEach(t -> out.add(Paragraph.dash(Markup.escape(t))));
                return out;
            }
            case "chi_tieu_ky_sau": {
                if (arg == null) {
                    return new PlanTable(sentences).nextPeriod(data, true);
                }
                String heading = SectorHeadings.of(arg);
                List<Block> out = new ArrayList<>();
                String focus = new GeneralAssessment(sentences).focus(
                        SectorSentences.bySector(data.assigned()).getOrDefault(heading, List.of()),
                        SectorSentences.bySector(data.context()).getOrDefault(heading, List.of()), data.period());
                if (!focus.isEmpty()) {
                    out.add(Paragraph.of(Markup.escape(focus)));
                }
                String text = new PlanTable(sentences).sectorTargets(data, heading);
                if (!text.isEmpty()) {
                    out.add(Paragraph.of(Markup.escape(text)));
                }
                return out;
            }
            case "bieu_ke_hoach":
                return new PlanTable(sentences).ofPeriod(data);
            case "bieu_chi_tieu": {
                Table table = new IndicatorTable(sentences).table(data.indicators(), data.issuer());
                if (!landscapeAlready && table.columns().size() > IndicatorTable.PORTRAIT_MAX_COLUMNS) {
                    return List.of(new LandscapeSection(List.of(table)));
                }
                return List.of(table);
            }
            case "theo_xa": {
                String code = arg == null ? "" : arg.toUpperCase(Locale.ROOT);
                var parts = data.breakdowns().get(code);
                var row = data.row(code);
                if (parts == null || parts.isEmpty() || row.isEmpty()) {
                    problems.add(new PlaceholderProblem(written, location, data.catalogCodes().contains(code)
                            ? DocumentText.get("reportComposer.chiTieuChuaCo", code, data.period().label())
                            : DocumentText.get("reportComposer.khongCoChiTieu", code)));
                    return List.of();
                }
                return List.of(breakdown.table(row.get().indicator(), parts));
            }
            default:
                problems.add(new PlaceholderProblem(written, location, DocumentText.get("reportComposer.khongCoKhoiTen", name, BLOCK_NAMES)));
                return List.of();
        }
    }

    /**
     * The communes behind a district figure, when the report shows them as footnotes; and, for a unit formed by a
     * merger, that last year's figure is the former units' aggregate (issue 13), the first time that note applies.
     */
    private String footnote(IndicatorEvaluation row) {
        String derived = row.change() == null ? null : vn.baocao.domain.DerivedFigure.noteOf(row.previous())
                .map(n -> n.substring(0, 1).toUpperCase(Locale.forLanguageTag("vi")) + n.substring(1) + ".").orElse(null);
        // "Số liệu 9 tháng năm 2024 là tổng của các xã …" holds for every comparison of the document: told once.
        if (derived != null && !notesGiven.add(derived)) {
            derived = null;
        }
        if (settings.breakdown() != BreakdownMode.FOOTNOTE) {
            return derived;
        }
        var parts = data.breakdowns().get(row.indicator().code());
        String communes = parts == null || parts.isEmpty() ? null : breakdown.footnote(row.indicator(), parts);
        if (communes != null && !notesGiven.add(communes)) {
            communes = null; // the indicator told again (a sector's narrative after the summary): its communes once
        }
        return communes == null ? derived : derived == null ? communes : communes + " " + derived;
    }
}
