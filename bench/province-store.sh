#!/usr/bin/env sh
# A province-sized store (issue 17): generates target/province/baocao.db once (100 communes × 120 indicators × 36
# months = 432 000 figures, 36 000 targets, their audit; ProvinceStore, about 20 s of CPU), then runs the JMH
# benchmarks on it: assess and compose warm (ProvinceBenchmark), opening cold and warm (ProvinceOpenBenchmark), and
# the small-store assess and compose as yardsticks measured in the same run. Extra arguments go to JMH for the warm
# benchmarks only.
# Usage: bench/province-store.sh [JMH options]   e.g. bench/province-store.sh -wi 3 -i 5
set -e
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
java -cp "$cp" vn.baocao.bench.ProvinceStore target/province/baocao.db
java -cp "$cp" org.openjdk.jmh.Main 'ProvinceBenchmark|AssessBenchmark.assessOneArea|ReportBenchmark.compose$' "$@"
# The open with its own settings (5 fresh JVMs, single shots, no warm-up): the first shot of each fork is the cold one.
exec java -cp "$cp" org.openjdk.jmh.Main 'ProvinceOpenBenchmark'

