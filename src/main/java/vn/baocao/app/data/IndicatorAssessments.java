package vn.baocao.app.data;

import java.util.List;
import vn.baocao.domain.AssessmentOptions;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Observation;
import vn.baocao.domain.Period;

/**
 * What the grid needs from the assessment: every indicator of an area and period assessed against one issuer's plan,
 * and one row assessed again with a figure the clerk is typing. Implementations delegate to the domain; the app never
 * decides what "đạt" means.
 */
public interface IndicatorAssessments {

    List<RowEvaluation> assessPeriod(String areaCode, Period period, Issuer issuer, AssessmentOptions options);

    /** The same row with another figure (null = none), not saved. */
    RowEvaluation reassess(RowEvaluation row, Observation actual, AssessmentOptions options);
}
