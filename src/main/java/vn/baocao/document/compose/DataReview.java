package vn.baocao.document.compose;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.baocao.document.text.DocumentText;
import vn.baocao.domain.Assessment;
import vn.baocao.domain.Band;
import vn.baocao.domain.DerivedFigure;
import vn.baocao.domain.IndicatorEvaluation;
import vn.baocao.domain.IndicatorKind;
import vn.baocao.domain.MismatchFlag;
import vn.baocao.domain.MismatchFlag.Severity;
import vn.baocao.domain.PlanAssessor;
import vn.baocao.domain.Target;
import vn.baocao.domain.Verdict;
import vn.baocao.domain.VietnameseNumbers;

/**
 * The data-quality review of a report before export: every mismatch flag of its indicators and of the other figures
 * its narratives print, every missing figure,
 * target or last-year figure, every indicator whose band depends on which issuer's plan is used, and every district
 * figure that differs from the sum of its communes. Each item has a stable key so the clerk can accept it.
 */
public final class DataReview {
    private DataReview() {
    }

    public static List<ReviewItem> of(ReportData data, Collection<String> accepted) {
        Set<String> ok = Set.copyOf(accepted);
        List<ReviewItem> items = new ArrayList<>();
        IndicatorSentences sentences = new IndicatorSentences(data.options());
        PlanAssessor assessor = new PlanAssessor(data.options());
        for (IndicatorEvaluation row : data.indicators()) {
            String code = row.indicator().code();
            String who = code + " (" + row.indicator().name() + "): ";
            if (row.actual() == null || row.actual().value() == null) {
                add(items, ok, "THIEU_THUC_HIEN:" + code, Severity.WARNING, code,
                        DocumentText.get("dataReview.chuaCoSoLieu", who, data.period().label()));
            }
            if (row.target() == null) {
                String others = row.targets().isEmpty() ? "" : DocumentText.get("dataReview.coKeHoachCua", row.targets().stream().map(t -> t.issuer().label()).collect(Collectors.joining(", ")));
                add(items, ok, "THIEU_KE_HOACH:" + code, Severity.WARNING, code,
                        DocumentText.get("dataReview.chuaCoKeHoach", who, data.issuer().label(), others));
            } else if (row.assessment() != null && row.assessment().verdict() == Verdict.KHONG_DANH_GIA && row.actual() != null) {
                add(items, ok, "KHONG_DANH_GIA:" + code, Severity.WARNING, code, who + row.assessment().reason());
            }
            if (row.previous() == null && row.actual() != null && row.indicator().kind() != IndicatorKind.STATUS) {
                add(items, ok, "THIEU_CUNG_KY:" + code, Severity.INFO, code, DocumentText.get("dataReview.chuaCoSoLieu2", who, data.period().previousYear().label()));
            }
            flags(items, ok, row);
            bandsByIssuer(row, assessor, data).ifPresent(message -> add(items, ok, "NHOM_THEO_KE_HOACH:" + code,
                    Severity.WARNING, code, who + message));
        }
        // The sectors' narratives print the period's other figures too: what is doubtful in them is told as well.
        for (IndicatorEvaluation row : data.context()) {
            flags(items, ok, row);
        }
        for (DerivedFigure d : data.derived()) {
            String code = d.indicator().code();
            if (data.row(code).isEmpty()) {
                continue;
            }
            String who = code + " (" + d.indicator().name() + "): ";
            if (d.differs()) {
                add(items, ok, "TRUOC_SAP_XEP_KHAC:" + code + ":" + d.period().code(), Severity.WARNING, code, DocumentText.get("dataReview.soNhapTrucTiep", who, d.period().label(), data.areaName(), number(sentences, data.row(code).get(), d.own().value()), String.join(", ", d.formerNames()), number(sentences, data.row(code).get(), d.sum().value())));
            } else if (d.derived()) {
                add(items, ok, "TRUOC_SAP_XEP:" + code + ":" + d.period().code(), Severity.INFO, code,
                        who + d.figure().note() + ".");
            } else if (d.own() == null) {
                add(items, ok, "TRUOC_SAP_XEP_THIEU:" + code + ":" + d.period().code(), Severity.WARNING, code,
                        DocumentText.get("dataReview.khongTongHopDuoc", who, d.period().label(), d.sum().message()));
            }
        }
        for (DistrictCheck check : data.districtChecks()) {
            IndicatorEvaluation row = data.row(check.indicatorCode()).orElse(null);
            if (row == null) {
                continue;
            }
            String who = check.indicatorCode() + " (" + row.indicator().name() + "): ";
            String used = DocumentText.get("dataReview.xaCoSoLieu", VietnameseNumbers.twoDigits(check.communes().used().size()), VietnameseNumbers.twoDigits(check.communes().total()));
            if (check.differs()) {
                add(items, ok, "TONG_XA:" + check.indicatorCode(), Severity.WARNING, check.indicatorCode(), DocumentText.get("dataReview.soCuaNhapTruc", who, data.areaName(), number(sentences, row, check.entered()), number(sentences, row, check.communes().value()), used, (check.used() ? DocumentText.get("dataReview.baoCaoDungTong") : DocumentText.get("dataReview.baoCaoDungSo"))));
            } else if (check.used()) {
                add(items, ok, "TU_XA:" + check.indicatorCode(), Severity.INFO, check.indicatorCode(), DocumentText.get("dataReview.soCuaLaTong", who, data.areaName(), used, (check.communes().message().isBlank() ? "." : "; " + check.communes().message())));
            }
        }
        return items;
    }

    /** Each mismatch flag of a figure the report prints ("SO_LIEU:VH06:VALUE_TEXT:1"). */
    private static void flags(List<ReviewItem> items, Set<String> accepted, IndicatorEvaluation row) {
        String code = row.indicator().code();
        int n = 0;
        for (MismatchFlag flag : row.flags()) {
            n++;
            add(items, accepted, "SO_LIEU:" + code + ":" + flag.kind() + ":" + n, flag.severity(), code,
                    code + " (" + row.indicator().name() + "): " + flag.message());
        }
    }

    private static String number(IndicatorSentences s, IndicatorEvaluation row, BigDecimal v) {
        return IndicatorSentences.withUnit(s.number(v, row.indicator()), row.indicator().unit());
    }

    /** "nhóm khác nhau tùy kế hoạch: Nghị quyết HĐND 65,08% (…); Tỉnh giao 150,76% (…)", when the bands differ. */
    private static Optional<String> bandsByIssuer(IndicatorEvaluation row, PlanAssessor assessor, ReportData data) {
        if (row.targets().size() < 2 || row.actual() == null) {
            return Optional.empty();
        }
        Map<Target, Band> bands = new LinkedHashMap<>();
        Map<Target, Assessment> assessments = new LinkedHashMap<>();
        for (Target t : row.targets()) {
            Assessment a = assessor.assess(row.indicator(), t, row.actual(), row.previous());
            data.options().bandScheme().classify(a).ifPresent(b -> {
                bands.put(t, b);
                assessments.put(t, a);
            });
        }
        if (bands.values().stream().distinct().count() < 2) {
            return Optional.empty();
        }
        String list = bands.entrySet().stream().map(e -> e.getKey().issuer().label() + " "
                + data.options().percentText(assessments.get(e.getKey()).percent()) + " (" + e.getValue().label() + ")")
                .collect(Collectors.joining("; "));
        return Optional.of(DocumentText.get("dataReview.nhomDanhGiaKhac", list, data.issuer().label()));
    }

    private static void add(List<ReviewItem> items, Set<String> accepted, String key, Severity severity, String code, String message) {
        items.add(new ReviewItem(key, severity, code, message, accepted.contains(key)));
    }
}
