#!/usr/bin/env bash
# Cold start of the window: a new JVM opens the demo database, shows the main window and exits after its
# first frames (--smoke). Runs against one Xvfb server so that X start-up is not counted. Started through ./baocao,
# as a clerk's start is: the first (warm-up) run records the class-data-sharing archive, the measured runs use it;
# the same runs without the archive (plain java -jar) are measured for comparison.
# Needs hyperfine, xvfb and libgtk-3-0 (apt-get install -y hyperfine xvfb libgtk-3-0). Writes target/window-cold-start.md.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/baocao.jar ] || mvn -q -B -DskipTests package
work="$(mktemp -d)"
Xvfb :77 -screen 0 1366x768x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb; rm -rf "$work"' EXIT
sleep 1
export DISPLAY=:77 HOME="$work"
java -jar target/baocao.jar --db "$work/bench.db" demo load > /dev/null
rm -rf target/cds
./baocao --db "$work/bench.db" --smoke > /dev/null 2>&1
hyperfine --warmup 1 --runs 8 --export-markdown target/window-cold-start.md \
  "./baocao --db $work/bench.db --smoke" \
  "java -jar target/baocao.jar --db $work/bench.db --smoke"
for i in 1 2 3 4 5; do ./baocao --db "$work/bench.db" --smoke 2>/dev/null; done
