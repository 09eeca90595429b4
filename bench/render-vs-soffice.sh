#!/usr/bin/env bash
# Cold render of the seed-004 document (14 pages, 27 footnotes) by `baocao render`, whole processes, side by side in
# one run with LibreOffice converting our own .docx of it to PDF (issue 17). Every command runs RUNS times (default
# 5), the commands taking turns so that a change in the machine's load falls on all of them alike; the table gives
# the median of wall time, CPU time (user + sys) and peak resident memory from /usr/bin/time.
#
#   bench/render-vs-soffice.sh                 # the launcher (./baocao) with and without its class-data archive
#   BEFORE_JAR=/path/baocao.jar bench/render-vs-soffice.sh   # also an older build, run as `java -jar`
#   RUNS=11 HYPERFINE=1 bench/render-vs-soffice.sh          # more runs; also hyperfine's wall-time table
#   DEB_ROOT=/tmp/debroot bench/render-vs-soffice.sh         # also the .deb's two launchers, unpacked there with
#       dpkg-deb -x target/dist/baocao_*.deb /tmp/debroot && sh /tmp/debroot/opt/baocao/lib/app/make-cds-archive.sh /tmp/debroot/opt/baocao
#
# Needs: GNU time (/usr/bin/time), LibreOffice (soffice). Writes target/render-vs-soffice.md and prints it.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
runs="${RUNS:-5}"
[ -f target/baocao.jar ] || mvn -q -B -DskipTests package
command -v soffice > /dev/null || { echo "soffice (LibreOffice) is needed" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "GNU time (/usr/bin/time) is needed" >&2; exit 1; }

doc="$root/src/test/resources/seeds/004.json"
work="$(mktemp -d /tmp/render-bench.XXXXXX)"
profile="$work/lo-profile"
trap 'rm -rf "$work"' EXIT

# The archive of command-line runs is recorded on the first run after a build; our .docx is the yardstick's input.
./baocao render "$doc" --docx "$work/ours.docx" > /dev/null
# LibreOffice's first start in a new profile builds the profile (several seconds): warm it once, as a clerk's is.
soffice "-env:UserInstallation=file://$profile" --headless --convert-to pdf --outdir "$work/warm" \
  "$work/ours.docx" > /dev/null 2>&1

names=()
cmds=()
add() { names+=("$1"); cmds+=("$2"); }
add "baocao render, .docx + PDF (archive)" "./baocao render $doc --docx $work/a.docx --pdf $work/a.pdf"
add "baocao render, PDF only (archive)" "./baocao render $doc --pdf $work/b.pdf"
add "baocao render, .docx only (archive)" "./baocao render $doc --docx $work/c.docx"
add "baocao render, .docx + PDF (archive, fonts not parsed ahead)" "JDK_JAVA_OPTIONS=-Dbaocao.prefetch=off ./baocao render $doc --docx $work/p.docx --pdf $work/p.pdf"
add "baocao render, .docx + PDF (no archive)" "BAOCAO_CDS=off ./baocao render $doc --docx $work/d.docx --pdf $work/d.pdf"
add "baocao render, PDF only (no archive)" "BAOCAO_CDS=off ./baocao render $doc --pdf $work/e.pdf"
add "baocao render, .docx only (no archive)" "BAOCAO_CDS=off ./baocao render $doc --docx $work/f.docx"
add "java -jar (JVM defaults), .docx + PDF" "java -jar target/baocao.jar render $doc --docx $work/g.docx --pdf $work/g.pdf"
if [ -n "${BEFORE_JAR:-}" ]; then
  add "before: java -jar, .docx + PDF" "java -jar $BEFORE_JAR render $doc --docx $work/h.docx --pdf $work/h.pdf"
  add "before: java -jar, PDF only" "java -jar $BEFORE_JAR render $doc --pdf $work/i.pdf"
  add "before: java -jar, .docx only" "java -jar $BEFORE_JAR render $doc --docx $work/j.docx"
fi
if [ -n "${DEB_ROOT:-}" ]; then
  add ".deb bin/baocao (command line), .docx + PDF" "$DEB_ROOT/opt/baocao/bin/baocao render $doc --docx $work/k.docx --pdf $work/k.pdf"
  add ".deb bin/BaoCao (window's JVM), .docx + PDF" "$DEB_ROOT/opt/baocao/bin/BaoCao render $doc --docx $work/l.docx --pdf $work/l.pdf"
fi
add "soffice --convert-to pdf of our .docx" \
  "soffice -env:UserInstallation=file://$profile --headless --convert-to pdf --outdir $work/lo $work/ours.docx"

. bench/lib/time-medians.sh
time_in_turns "$runs" "$work"
lo=$((${#cmds[@]} - 1))
read -r lo_wall lo_cpu lo_rss <<< "$(time_medians "$work/m$lo")"
out=target/render-vs-soffice.md
{
  table_stamp "$runs"
  echo
  echo "| Command | Wall | CPU (user+sys) | Peak RSS | × soffice (wall / CPU / RSS) |"
  echo "|---|---|---|---|---|"
  for i in "${!cmds[@]}"; do
    read -r wall cpu rss <<< "$(time_medians "$work/m$i")"
    awk -v n="${names[$i]}" -v w="$wall" -v c="$cpu" -v m="$rss" -v lw="$lo_wall" -v lc="$lo_cpu" -v lm="$lo_rss" \
      'BEGIN { printf "| %s | %.2f s | %.2f s | %.0f MiB | %.2f / %.2f / %.2f |\n", n, w, c, m / 1024, w / lw, c / lc, m / lm }'
  done
  echo
  echo "Commands (\$DOC = src/test/resources/seeds/004.json, our .docx of it made by the first line):"
  echo
  for i in "${!cmds[@]}"; do
    echo "    ${cmds[$i]//$work/\$TMP}" | sed "s|$doc|\$DOC|g"
  done
} > "$out"
if [ -n "${HYPERFINE:-}" ] && command -v hyperfine > /dev/null; then
  args=()
  for i in "${!cmds[@]}"; do
    args+=(-n "${names[$i]}" "${cmds[$i]}")
  done
  hyperfine --runs "$runs" --export-markdown "$work/hyperfine.md" "${args[@]}" > /dev/null
  { echo; echo "hyperfine (wall time):"; echo; cat "$work/hyperfine.md"; } >> "$out"
fi
cat "$out"
