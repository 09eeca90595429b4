package vn.baocao.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Timestamps and the acting user, in one place. */
final class Clock {
    private Clock() {
    }

    static String now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
    }

    static String actor() {
        return System.getProperty("user.name", "");
    }
}
