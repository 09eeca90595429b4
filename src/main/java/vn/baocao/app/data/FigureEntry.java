package vn.baocao.app.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import vn.baocao.app.Messages;
import vn.baocao.app.PageMessage;
import vn.baocao.domain.Area;
import vn.baocao.domain.AssessmentOptions;
import vn.baocao.domain.NumberParseResult;
import vn.baocao.domain.Observation;
import vn.baocao.domain.ObservationKind;
import vn.baocao.domain.Period;
import vn.baocao.domain.Qualifier;
import vn.baocao.domain.VietnameseNumbers;

/**
 * Typing and pasting figures in the "Thực hiện" column: every text is read as a vi-VN number first; a bad one is
 * refused with its message and nothing is saved.
 */
final class FigureEntry {
    private final IndicatorAssessments assessments;
    private final Messages messages;
    private final Supplier<AssessmentOptions> options;
    private final Supplier<Area> area;
    private final Supplier<Period> period;
    private final List<IndicatorRow> rows;
    private final PageMessage message;
    private final DataEdits edits;

    FigureEntry(IndicatorAssessments assessments, Messages messages, Supplier<AssessmentOptions> options,
                Supplier<Area> area, Supplier<Period> period, List<IndicatorRow> rows, PageMessage message, DataEdits edits) {
        this.assessments = assessments;
        this.messages = messages;
        this.options = options;
        this.area = area;
        this.period = period;
        this.rows = rows;
        this.message = message;
        this.edits = edits;
    }

    void preview(IndicatorRow row, String text) {
        NumberParseResult r = VietnameseNumbers.parseStrict(text);
        if (r.isOk()) {
            row.applyPreview(assessments.reassess(row.saved(), observationFor(row, r.number().value(), text), options.get()));
        } else if (r.status() == NumberParseResult.Status.NO_VALUE) {
            row.applyPreview(assessments.reassess(row.saved(), null, options.get()));
        } else {
            row.restore();
            row.showInputError(r.message());
        }
    }

    void cancel(IndicatorRow row) {
        row.restore();
        row.showInputError("");
    }

    boolean commit(IndicatorRow row, String text) {
        NumberParseResult r = VietnameseNumbers.parseStrict(text);
        Observation after;
        if (r.isOk()) {
            after = observationFor(row, r.number().value(), text);
        } else if (r.status() == NumberParseResult.Status.NO_VALUE) {
            after = null;
        } else {
            row.restore();
            row.showInputError(r.message());
            message.error(messages.format("data.invalidValue", row.code(), r.message()));
            return false;
        }
        Observation before = row.saved().actual();
        if (sameValue(before, after)) {
            row.restore();
            return true;
        }
        edits.apply(new ValueEdit(List.of(change(row, before, after))), true);
        return true;
    }

    boolean paste(int firstRow, String clipboard) {
        PastedBlock block = PastedBlock.parse(clipboard);
        if (block.isEmpty() || firstRow < 0 || firstRow >= rows.size()) {
            return false;
        }
        List<String> values = block.firstColumn();
        if (firstRow + values.size() > rows.size()) {
            message.error(messages.format("data.paste.tooManyRows", VietnameseNumbers.format(values.size()),
                    VietnameseNumbers.format(rows.size() - firstRow)));
            return false;
        }
        List<ValueChange> changes = new ArrayList<>();
        for (int k = 0; k < values.size(); k++) {
            IndicatorRow row = rows.get(firstRow + k);
            NumberParseResult r = VietnameseNumbers.parseStrict(values.get(k));
            Observation after;
            if (r.isOk()) {
                after = observationFor(row, r.number().value(), values.get(k));
            } else if (r.status() == NumberParseResult.Status.NO_VALUE) {
                after = null;
            } else {
                message.error(messages.format("data.paste.badCell", VietnameseNumbers.format(k + 1L), row.code(), r.message()));
                return false;
            }
            Observation before = row.saved().actual();
            if (!sameValue(before, after)) {
                changes.add(change(row, before, after));
            }
        }
        if (changes.isEmpty()) {
            message.info(messages.get("data.paste.nothingChanged"));
            return true;
        }
        edits.apply(new ValueEdit(changes), true);
        if (block.hasSeveralColumns()) {
            message.info(messages.format("data.paste.firstColumnOnly", VietnameseNumbers.format(changes.size())));
        }
        return true;
    }

    private ValueChange change(IndicatorRow row, Observation before, Observation after) {
        ObservationKind kind = before != null ? before.kind() : after != null ? after.kind() : ObservationKind.THUC_HIEN;
        return new ValueChange(row.code(), area.get().code(), period.get(), kind, before, after);
    }

    /** The stored figure with the new value; the written texts of the old source no longer apply. */
    private Observation observationFor(IndicatorRow row, BigDecimal value, String typed) {
        Observation base = row.saved().actual();
        String source = messages.get("data.source.manual");
        // A figure derived from the former units of a merged unit is not stored: typing replaces it with the unit's own.
        if (base == null || vn.baocao.domain.DerivedFigure.isDerived(base)) {
            return new Observation(row.code(), area.get().code(), period.get(), ObservationKind.THUC_HIEN, value,
                    Qualifier.NONE, null, null, typed.strip(), null, null, null, source);
        }
        return new Observation(base.indicatorCode(), base.areaCode(), base.period(), base.kind(), value, Qualifier.NONE,
                null, null, typed.strip(), null, null, base.note(), source);
    }

    private static boolean sameValue(Observation before, Observation after) {
        if (before == null || after == null) {
            return before == after;
        }
        return before.value() != null && before.value().compareTo(after.value()) == 0
                && before.qualifier() == after.qualifier();
    }
}
