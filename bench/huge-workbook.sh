#!/usr/bin/env sh
# Refusing a million-row .xlsx at -Xmx256m: with its dimension declared (decided before reading rows) and without
# (stopped by the readers' cell budget). Results in docs/benchmarks.md, "A million-row workbook".
set -e
cd "$(dirname "$0")/.."
mvn -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
for mode in declared undeclared; do
  /usr/bin/time -f "  wall %e s, max RSS %M KB" java -Xmx256m -cp "$cp" vn.baocao.bench.HugeWorkbookBench "$mode" 1000000
done
