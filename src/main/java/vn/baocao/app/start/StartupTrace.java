package vn.baocao.app.start;

import java.lang.management.ManagementFactory;

/**
 * With {@code -Dbaocao.startupTrace=true}, prints to stderr how many milliseconds after the JVM's start each step of
 * opening the window ended; used by the cold-start benchmark to see where the time goes. Silent otherwise.
 */
final class StartupTrace {
    private static final boolean ON = Boolean.getBoolean("baocao.startupTrace");

    private StartupTrace() {
    }

    static void mark(String step) {
        if (ON) {
            System.err.println("khởi động: " + step + " " + sinceJvmStart() + " ms");
        }
    }

    static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
