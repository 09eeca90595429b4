#!/usr/bin/env bash
# The import of 96 000 values (ImportBenchmark: read + preview + commit, undo, POI's XSSFWorkbook open of the same
# file as the yardstick, in the same JVM) in this checkout against an earlier commit, the two builds taking turns run
# after run so that the machine's load falls on both alike (issue 17). The earlier commit is exported with
# `git archive` and built into target/before-REF (once). For each JVM option set (as bench/import.sh: plain512,
# plain128, cli, window, window4g), the medians of wall time and main-thread CPU per phase.
#
#   bench/import-before-after.sh 34fcea9          # RUNS=5 by default; JVMS="plain512 cli" to run fewer
#
# Needs: git, Maven (offline is enough). Prints a Markdown table and writes it to target/import-before-after.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
ref="${1:?usage: bench/import-before-after.sh COMMIT}"
runs="${RUNS:-5}"
build() {
  (cd "$1" && mvn -q -B -o -DskipTests package dependency:build-classpath \
    -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test) >&2
}
build "$root"
before="$root/target/before-$ref"
if [ ! -f "$before/target/test-classpath.txt" ]; then
  rm -rf "$before" && mkdir -p "$before"
  git archive "$ref" | tar -x -C "$before"
  build "$before"
fi
. installer/common/jpackage-common.sh
. bench/lib/import-jvms.sh
. bench/lib/time-medians.sh
work="$(mktemp -d /tmp/import-before-after.XXXXXX)"
trap 'rm -rf "$work"' EXIT

# One run: "poi poiCpu read readCpu preview previewCpu commit commitCpu total totalCpu heap undo processCpu" (ms, MB);
# processCpu: every thread's CPU during the import (the JIT compilers and the collector besides the main thread).
one() {
  local dir="$1" opts="$2" cp out
  cp="$dir/target/test-classes:$dir/target/classes:$(cat "$dir/target/test-classpath.txt")"
  # shellcheck disable=SC2086 # the options are separate words
  out="$(cd "$work" && java $opts -cp "$cp" vn.baocao.bench.ImportBenchmark 2>&1)"
  echo "$out" | awk '
    /^POI XSSFWorkbook/ { match($0, /: [0-9]+ ms \(CPU luồng chính [0-9]+/); split(substr($0, RSTART, RLENGTH), a, /[^0-9]+/); poi = a[2] " " a[3] }
    /^Đọc/ { match($0, /: [0-9]+ ms \(CPU [0-9]+/); split(substr($0, RSTART, RLENGTH), a, /[^0-9]+/); rd = a[2] " " a[3] }
    /^Xem trước/ { match($0, /: [0-9]+ ms \(CPU [0-9]+/); split(substr($0, RSTART, RLENGTH), a, /[^0-9]+/); pv = a[2] " " a[3] }
    /^Ghi/ { match($0, /\): [0-9]+ ms \(CPU [0-9]+/); split(substr($0, RSTART, RLENGTH), a, /[^0-9]+/); cm = a[2] " " a[3] }
    /^Tổng/ { match($0, /: [0-9]+ ms \(CPU [0-9]+ ms\); đỉnh heap [0-9]+/); split(substr($0, RSTART, RLENGTH), a, /[^0-9]+/); tot = a[2] " " a[3] " " a[4] }
    /^Hoàn tác/ { match($0, /\): [0-9]+ ms/); split(substr($0, RSTART, RLENGTH), a, /[^0-9]+/); un = a[2] }
    /CPU cả tiến trình/ { match($0, /: [0-9]+ ms/); split(substr($0, RSTART, RLENGTH), a, /[^0-9]+/); pc = a[2] }
    END { if (un == "") { print "ImportBenchmark failed" > "/dev/stderr"; exit 1 } print poi, rd, pv, cm, tot, un, pc }'
}


table="$root/target/import-before-after.md"
{
  echo "| JVM | Build | POI open: wall / CPU | Read | Preview | Commit | **Read + preview + commit** | Process CPU | Peak heap | Undo |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
} > "$table"
for jvm in ${JVMS:-plain512 plain128 cli window}; do
  opts="$(import_jvm_options "$jvm")"
  : > "$work/before.txt"; : > "$work/after.txt"
  for ((i = 1; i <= runs; i++)); do
    echo "== $jvm, run $i of $runs" >&2
    one "$before" "$opts" >> "$work/before.txt"
    one "$root" "$opts" >> "$work/after.txt"
  done
  for side in before after; do
    f="$work/$side.txt"
    m() { awk -v k="$1" '{ print $k }' "$f" | median; }
    label=$([ "$side" = before ] && echo "$ref" || echo "this checkout")
    echo "| $jvm | $label | $(m 1) / $(m 2) ms | $(m 3) / $(m 4) ms | $(m 5) / $(m 6) ms | $(m 7) / $(m 8) ms | **$(m 9) / $(m 10) ms** | $(m 13) ms | $(m 11) MB | $(m 12) ms |" >> "$table"
  done
done
echo "Medians of $runs runs each (wall / main-thread CPU), builds alternating; $(date -u '+%Y-%m-%d %H:%M UTC')." >> "$table"
cat "$table"
