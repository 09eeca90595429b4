#!/usr/bin/env bash
# `baocao import` of ImportBenchmark's workbook (20 communes × 80 indicators × 60 months, 96 000 values) into a copy
# of its database, whole processes as a clerk runs the command line (issue 17): the launcher with its class-data
# archive (recorded by CdsTraining: an import and a render), the same JVM with an archive recorded by a render alone
# (how ./baocao trained it before the eighth round), and without any archive (BAOCAO_CDS=off). hyperfine runs each
# command RUNS times (10 by default), one command after the other; every run starts from a fresh copy of the
# database. The preview's table of 96 000 lines goes to /dev/null.
#
# Needs: hyperfine, Maven (offline is enough). Writes target/cli-import.md and prints it.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
runs="${RUNS:-10}"
command -v hyperfine > /dev/null || { echo "hyperfine is needed" >&2; exit 1; }
mvn -q -B -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt \
  -Dmdep.includeScope=test >&2
. installer/common/jpackage-common.sh
work="$(mktemp -d /tmp/cli-import.XXXXXX)"
trap 'rm -rf "$work"' EXIT

cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
java -Xmx512m -Dbench.skipPoi=true -Dbench.keepInputs="$work/in" -cp "$cp" vn.baocao.bench.ImportBenchmark > /dev/null
workbook="$(ls "$work"/in/*.xlsx)"
fresh="cp $work/in/baocao.db $work/run.db && rm -f $work/run.db-wal $work/run.db-shm"

# the launcher records its archive on the first command-line run after a build: not timed
sh -c "$fresh" && ./baocao import "$workbook" --db "$work/run.db" > /dev/null
# the render-only archive of before, recorded the way ./baocao did it
cli_java="$CLI_JAVA_OPTIONS -Xmx1g -Dfile.encoding=UTF-8"
# shellcheck disable=SC2086
java "-Xlog:cds*=off" -XX:ArchiveClassesAtExit="$work/render-only.jsa" $cli_java -jar target/baocao.jar \
  render src/test/resources/seeds/004.json --docx "$work/t.docx" --pdf "$work/t.pdf" > /dev/null 2>&1

hyperfine -N -w 1 -r "$runs" --prepare "sh -c '$fresh'" --export-markdown target/cli-import.md \
  -n "./baocao import (archive: import + render)" "$root/baocao import $workbook --db $work/run.db" \
  -n "java, archive of a render alone" \
  "java -Xlog:cds*=off -XX:SharedArchiveFile=$work/render-only.jsa $cli_java -jar $root/target/baocao.jar import $workbook --db $work/run.db" \
  -n "BAOCAO_CDS=off ./baocao import" "env BAOCAO_CDS=off $root/baocao import $workbook --db $work/run.db"
cat target/cli-import.md
