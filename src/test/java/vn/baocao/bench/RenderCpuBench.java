package vn.baocao.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.document.DocumentFiles;
import vn.baocao.render.docx.DocxRenderer;
import vn.baocao.render.pdf.PdfRenderer;

/**
 * The seed-004 render timed by the CPU time of the rendering thread rather than the clock, for a machine that other
 * work shares (where {@link SeedRenderBenchmark}'s wall times mean little): the first render of each format in this
 * JVM (cold code), then the median and minimum of N warm renders.
 *
 * <pre>
 * mvn -q -B -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -Djava.util.logging.config.file=/dev/null -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" vn.baocao.bench.RenderCpuBench 30
 * </pre>
 */
public final class RenderCpuBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private RenderCpuBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        long start = cpuMs();
        AdministrativeDocument seed;
        try (var in = RenderCpuBench.class.getResourceAsStream("/seeds/004.json")) {
            seed = DocumentFiles.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        long read = cpuMs();
        new DocxRenderer().toBytes(seed);
        long docx = cpuMs();
        new PdfRenderer().toBytes(seed);
        long pdf = cpuMs();
        System.out.printf("first in this JVM (CPU of the main thread): read %d ms, .docx %d ms, PDF %d ms%n",
                read - start, docx - read, pdf - docx);
        long[] pdfs = new long[n];
        long[] docxs = new long[n];
        for (int i = 0; i < n; i++) {
            long a = cpuMs();
            new PdfRenderer().toBytes(seed);
            long b = cpuMs();
            new DocxRenderer().toBytes(seed);
            pdfs[i] = b - a;
            docxs[i] = cpuMs() - b;
        }
        Arrays.sort(pdfs);
        Arrays.sort(docxs);
        System.out.printf("warm, %d renders (CPU of the main thread): PDF median %d ms (min %d), .docx median %d ms (min %d)%n",
                n, pdfs[n / 2], pdfs[0], docxs[n / 2], docxs[0]);
    }

    private static long cpuMs() {
        return THREADS.getCurrentThreadCpuTime() / 1_000_000;
    }
}
