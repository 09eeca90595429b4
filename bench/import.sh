#!/usr/bin/env sh
# Import of 96 000 values (read + preview + commit) and undo of the batch, beside POI's XSSFWorkbook merely opening
# the same file, in one JVM (ImportBenchmark): at -Xmx512m and at -Xmx128m with the JVM's defaults, then at -Xmx512m
# with the JVM options `baocao import` really runs with (CLI_JAVA_OPTIONS of installer/common/jpackage-common.sh,
# the same as ./baocao and baocao.cmd give a command-line run: C1 only, serial collector). POI's open is measured in
# the same JVM, so with the same options. Results in docs/benchmarks.md, "Importing 100 000 values" and after.
# and with the window's (WINDOW_JAVA_OPTIONS, as the installed window and ./baocao start it: the import a clerk runs).
# RUNS=5 by default; JVMS="plain128 cli" (or any of plain512 plain128 cli window window4g) to run fewer or others.
set -e
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
. installer/common/jpackage-common.sh
. bench/lib/import-jvms.sh
for jvm in ${JVMS:-plain512 plain128 cli window}; do
  opts="$(import_jvm_options "$jvm")"
  i=0
  while [ "$i" -lt "${RUNS:-5}" ]; do
    i=$((i + 1))
    echo "== $jvm ($opts), run $i"
    # shellcheck disable=SC2086 # the options are separate words
    /usr/bin/time -f "  (process: wall %e s, user %U s, sys %S s, max RSS %M KB)" \
      java $opts -cp "$cp" vn.baocao.bench.ImportBenchmark 2>&1 | grep -v -e INFO -e Slf4jLog -e SLF4J
  done
done
