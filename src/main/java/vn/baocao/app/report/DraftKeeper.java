package vn.baocao.app.report;

import vn.baocao.store.StoredReport;

/**
 * Knows whether the report on the page differs from what was last shown or saved, so that an edited draft is
 * saved before anything could replace it ("Lập báo cáo mới", quitting, a timer against crashes) and an untouched
 * one is not stored for nothing.
 */
final class DraftKeeper {
    private String baseline;

    /** The form as shown or saved now is the reference. */
    void reset(StoredReport form) {
        baseline = key(form);
    }

    void clear() {
        baseline = null;
    }

    /** Whether the form holds changes not yet stored. */
    boolean changed(StoredReport form) {
        return baseline != null && form != null && !key(form).equals(baseline);
    }

    private static String key(StoredReport r) {
        return r.settingsJson() + "\n" + r.bodyJson() + "\n" + r.indicatorCodes();
    }
}
