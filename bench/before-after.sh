#!/usr/bin/env bash
# This checkout against an earlier commit, whole processes through each one's own ./baocao launcher (with its
# class-data archive): `--version` and the cold render of the seed-004 document (14 pages, 27 footnotes) to .docx,
# to PDF and to both, plus LibreOffice converting the .docx to PDF as the yardstick (issue 17). The earlier commit
# is exported with `git archive` and built into target/before-REF (once). The two builds take turns, run after run,
# so that a change in the machine's load falls on both alike; the table gives the medians of wall time, CPU time
# (user + sys) and peak resident memory from /usr/bin/time.
#
#   bench/before-after.sh 70512e2          # RUNS=7 by default; BAOCAO_CDS=off to run both without archives
#
# Needs: git, Maven (offline is enough), GNU time (/usr/bin/time), LibreOffice (soffice). Prints a Markdown table
# and writes it to target/before-after.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
ref="${1:?usage: bench/before-after.sh COMMIT}"
runs="${RUNS:-7}"
command -v soffice > /dev/null || { echo "soffice (LibreOffice) is needed" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "GNU time (/usr/bin/time) is needed" >&2; exit 1; }
[ -f target/baocao.jar ] || mvn -q -B -DskipTests package

before="$root/target/before-$ref"
if [ ! -f "$before/target/baocao.jar" ]; then
  rm -rf "$before" && mkdir -p "$before"
  git archive "$ref" | tar -x -C "$before"
  (cd "$before" && mvn -q -B -o -DskipTests package)
fi

doc="$root/src/test/resources/seeds/004.json"
work="$(mktemp -d /tmp/before-after.XXXXXX)"
profile="$work/lo-profile"
trap 'rm -rf "$work"' EXIT
# Each launcher records its archive on its first run after a build; LibreOffice builds its profile on its first.
./baocao render "$doc" --docx "$work/ours.docx" --pdf "$work/ours.pdf" > /dev/null
"$before/baocao" render "$doc" --docx "$work/theirs.docx" --pdf "$work/theirs.pdf" > /dev/null
soffice "-env:UserInstallation=file://$profile" --headless --convert-to pdf --outdir "$work/warm" \
  "$work/ours.docx" > /dev/null 2>&1

names=()
cmds=()
add() { names+=("$1"); cmds+=("$2"); }
for side in before after; do
  launcher="$root/baocao"
  [ "$side" = before ] && launcher="$before/baocao"
  add "$side: --version" "$launcher --version"
  add "$side: render --docx" "$launcher render $doc --docx $work/$side.docx"
  add "$side: render --pdf" "$launcher render $doc --pdf $work/$side.pdf"
  add "$side: render --docx --pdf" "$launcher render $doc --docx $work/$side-2.docx --pdf $work/$side-2.pdf"
done
add "soffice --convert-to pdf of our .docx" \
  "soffice -env:UserInstallation=file://$profile --headless --convert-to pdf --outdir $work/lo $work/ours.docx"

for ((r = 1; r <= runs; r++)); do
  # before and after alternate command by command: the same load falls on the pair
  for i in 0 4 1 5 2 6 3 7 8; do
    /usr/bin/time -a -o "$work/m$i" -f '%e %U %S %M' sh -c "${cmds[$i]} > /dev/null 2>&1"
  done
done

. bench/lib/time-medians.sh
{
  echo "| Command ($runs runs, medians; ${BAOCAO_CDS:+BAOCAO_CDS=$BAOCAO_CDS, }before = $ref) | Wall s | CPU s (user+sys) | Peak RSS MiB |"
  echo "|---|---|---|---|"
  for i in "${!cmds[@]}"; do
    read -r wall cpu rss <<< "$(time_medians "$work/m$i")"
    awk -v n="${names[$i]}" -v w="$wall" -v c="$cpu" -v m="$rss" 'BEGIN { printf "| %s | %.2f | %.2f | %d |\n", n, w, c, m / 1024 }'
  done
} | tee target/before-after.md
