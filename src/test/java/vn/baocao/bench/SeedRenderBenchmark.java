package vn.baocao.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.document.DocumentFiles;
import vn.baocao.render.docx.DocxRenderer;
import vn.baocao.render.pdf.PdfRenderer;

/**
 * Warm render of the seed-004 document (14 pages, 27 footnotes), in memory, the document already read: the
 * renderers alone (issue 17: PDF ≤ 100 ms, .docx ≤ 40 ms). Run: {@code bench/run-jmh.sh SeedRenderBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Djava.util.logging.config.file=/dev/null")
public class SeedRenderBenchmark {
    AdministrativeDocument seed;

    @Setup
    public void read() throws Exception {
        try (var in = SeedRenderBenchmark.class.getResourceAsStream("/seeds/004.json")) {
            seed = DocumentFiles.fromJson(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Benchmark
    public int pdf() {
        return new PdfRenderer().toBytes(seed).length;
    }

    @Benchmark
    public int docx() throws Exception {
        return new DocxRenderer().toBytes(seed).length;
    }
}
