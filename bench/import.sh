#!/usr/bin/env sh
# Import of 96 000 values (read + preview + commit) and undo of the batch, beside POI's XSSFWorkbook merely opening
# the same file, in one JVM (ImportBenchmark); at -Xmx512m and at -Xmx128m. Results in docs/benchmarks.md,
# "Importing 100 000 values". RUNS=5 by default.
set -e
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
for heap in 512m 128m; do
  i=0
  while [ "$i" -lt "${RUNS:-5}" ]; do
    i=$((i + 1))
    echo "== -Xmx$heap, run $i"
    /usr/bin/time -f "  (process: wall %e s, user %U s, sys %S s, max RSS %M KB)" \
      java -Xmx$heap -cp "$cp" vn.baocao.bench.ImportBenchmark 2>&1 | grep -v -e INFO -e Slf4jLog -e SLF4J
  done
done
