#!/usr/bin/env bash
# `baocao import` of ImportBenchmark's workbook (20 communes × 80 indicators × 60 months, 96 000 values) into a copy
# of its database, whole processes as a clerk runs the command line (issue 17): the launcher with its class-data
# archive (recorded by CdsTraining: an import and a render), the same JVM with an archive recorded by a render alone
# (how ./baocao trained it before the eighth round), the launcher without any archive (BAOCAO_CDS=off), and the
# launcher's JVM started with the 32 MB heap of before the eighth round. The commands take turns, RUNS rounds
# (default 7), so that a change in the machine's load falls on all of them alike; every run starts from a fresh
# copy of the database and its output (the preview's table, 96 000 lines) goes to /dev/null. The table gives the
# medians of wall time, CPU time (user + sys) and peak resident memory from /usr/bin/time.
#
# Needs: GNU time (/usr/bin/time), Maven (offline is enough). Writes target/cli-import.md and prints it.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
runs="${RUNS:-7}"
[ -x /usr/bin/time ] || { echo "GNU time (/usr/bin/time) is needed" >&2; exit 1; }
mvn -q -B -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt \
  -Dmdep.includeScope=test >&2
. installer/common/jpackage-common.sh
. bench/lib/time-medians.sh
work="$(mktemp -d /tmp/cli-import.XXXXXX)"
trap 'rm -rf "$work"' EXIT

cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
java -Xmx512m -Dbench.skipPoi=true -Dbench.keepInputs="$work/in" -cp "$cp" vn.baocao.bench.ImportBenchmark \
  > /dev/null 2> "$work/inputs.log" || { cat "$work/inputs.log" >&2; exit 1; }
workbook="$(ls "$work"/in/*.xlsx)"
fresh() { cp "$work/in/baocao.db" "$work/run.db" && rm -f "$work/run.db-wal" "$work/run.db-shm"; }

# the launcher records its archive on the first command-line run after a build: not timed
fresh && ./baocao import "$workbook" --db "$work/run.db" > /dev/null
# the render-only archive of before, recorded the way ./baocao did it
cli_java="$CLI_JAVA_OPTIONS -Xmx1g -Dfile.encoding=UTF-8"
# shellcheck disable=SC2086
java "-Xlog:cds*=off" -XX:ArchiveClassesAtExit="$work/render-only.jsa" $cli_java -jar target/baocao.jar \
  render src/test/resources/seeds/004.json --docx "$work/t.docx" --pdf "$work/t.pdf" > /dev/null 2>&1
jsa="$(ls target/cds/baocao-cli-*.jsa)"
small_heap="$(echo "$cli_java" | sed 's/-Xms[0-9]*m/-Xms32m/')"

names=()
cmds=()
add() { names+=("$1"); cmds+=("$2"); }
add "./baocao import (archive: import + render)" "./baocao import $workbook --db $work/run.db"
add "the same JVM, archive of a render alone" \
  "java -Xlog:cds*=off -XX:SharedArchiveFile=$work/render-only.jsa $cli_java -jar target/baocao.jar import $workbook --db $work/run.db"
add "BAOCAO_CDS=off ./baocao import" "BAOCAO_CDS=off ./baocao import $workbook --db $work/run.db"
add "the launcher's archive, heap from 32 MB" \
  "java -Xlog:cds*=off -XX:SharedArchiveFile=$jsa $small_heap -jar target/baocao.jar import $workbook --db $work/run.db"

time_in_turns "$runs" "$work" fresh

out=target/cli-import.md
{
  table_stamp "$runs"
  echo
  echo "| Command | Wall | CPU (user+sys) | Peak RSS |"
  echo "|---|---|---|---|"
  for i in "${!cmds[@]}"; do
    read -r wall cpu rss <<< "$(time_medians "$work/m$i")"
    awk -v n="${names[$i]}" -v w="$wall" -v c="$cpu" -v m="$rss" \
      'BEGIN { printf "| %s | %.2f s | %.2f s | %.0f MiB |\n", n, w, c, m / 1024 }'
  done
  echo
  echo "Commands (\$WB = the benchmark's workbook, \$DB = a fresh copy of its database each run):"
  echo
  for i in "${!cmds[@]}"; do
    echo "    ${cmds[$i]}" | sed "s|$workbook|\$WB|g; s|$work/run.db|\$DB|g; s|$work|\$TMP|g; s|$root/||g"
  done
} > "$out"
cat "$out"
