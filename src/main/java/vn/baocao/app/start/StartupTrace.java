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

    /**
     * CPU time the whole process has used so far (all threads), in ms: on a loaded machine, where the wall clock
     * mostly measures the other processes, this is what tells two starts apart.
     */
    static long cpuMs() {
        // ProcessHandle is in java.base: the .deb's trimmed runtime has no jdk.management module.
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
    }

    static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
