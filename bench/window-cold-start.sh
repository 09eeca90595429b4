#!/usr/bin/env bash
# Cold start of the window: a new JVM shows the main window, opens the demo database, fills the Dữ liệu grid and
# exits (--smoke). Runs against one Xvfb server so that X start-up is not counted. Started through ./baocao, as a
# clerk's start is: the first (warm-up) run records the class-data-sharing archive, the measured runs use it; the
# same runs without the archive (plain java -jar) are measured for comparison.
# Each smoke run prints, after JVM start, when the first frame was drawn and when the grid showed the demo's figures
# (editable), each with the CPU time the process had used by then (the figure to compare on a loaded machine).
# Needs hyperfine, xvfb and libgtk-3-0 (apt-get install -y hyperfine xvfb libgtk-3-0). Writes target/window-cold-start.md.
# Usage: bench/window-cold-start.sh [RUNS]   (default 8)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-8}"
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
hyperfine --warmup 1 --runs "$runs" --export-markdown target/window-cold-start.md \
  "./baocao --db $work/bench.db --smoke" \
  "java -jar target/baocao.jar --db $work/bench.db --smoke"
# The two moments of each start, then their medians (ms after JVM start; CPU ms in brackets).
for launcher in "./baocao" "java -jar target/baocao.jar"; do
  for i in $(seq "$runs"); do $launcher --db "$work/bench.db" --smoke 2>/dev/null; done \
    | sed -n 's/.*first frame \([0-9]*\) ms after JVM start (CPU \([0-9-]*\) ms), grid with data \([0-9]*\) ms (CPU \([0-9-]*\) ms).*/\1 \2 \3 \4/p' \
    | sort -n | awk -v who="$launcher" '{ f[NR]=$1; fc[NR]=$2; g[NR]=$3; gc[NR]=$4 }
        function median(a, n,   s, i, j, t) { for (i = 1; i <= n; i++) s[i] = a[i];
          for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (s[j] < s[i]) { t = s[i]; s[i] = s[j]; s[j] = t }
          return n % 2 ? s[(n + 1) / 2] : (s[n / 2] + s[n / 2 + 1]) / 2 }
        END { printf "%s: %d runs, first frame median %d ms (CPU %d ms), grid with data median %d ms (CPU %d ms)\n",
              who, NR, median(f, NR), median(fc, NR), median(g, NR), median(gc, NR) }'
done
