package vn.baocao.domain;

import java.util.Objects;
import vn.baocao.domain.text.DomainText;

/**
 * A figure as written that does not agree with what the app computes from the stored facts.
 *
 * @param written the text as the document wrote it ("106,6%", "tăng 5,2%")
 * @param message Vietnamese, naming both the written and the computed figure
 */
public record MismatchFlag(Severity severity, Kind kind, String written, String message) {

    public enum Severity {
        /** Very likely an error in the document. */
        WARNING(DomainText.get("mismatchFlag.canhBao")),
        /** Worth knowing (legacy wording, cannot be verified), not an error. */
        INFO(DomainText.get("mismatchFlag.thongTin"));

        private final String label;

        Severity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Kind {
        PERCENT_OF_PLAN,
        CHANGE_DIRECTION,
        CHANGE_MAGNITUDE,
        /** A rate's change written "%" that equals the point change (legacy wording). */
        POINTS_WRITTEN_AS_PERCENT,
        /** "vượt kế hoạch 0,4%": an excess over the plan, not a percent of plan. */
        EXCESS_OVER_PLAN,
        UNREADABLE,
        NOT_VERIFIABLE,
        /** A plan as written that is not a valid number ("70.3396"). */
        PLAN_TEXT,
        /** A rate whose stored value disagrees with its own numerator and denominator (336/369 written 93,88%). */
        RATE_COMPONENTS,
        /** A figure whose text as written is not its stored value ("hơn 1.594.530 tỷ đồng" kept as triệu đồng). */
        VALUE_TEXT
    }

    public MismatchFlag {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(kind, "kind");
        written = written == null ? "" : written;
        Objects.requireNonNull(message, "message");
    }
}
