#!/bin/sh
# Makes the class-data-sharing archive (JDK AppCDS) of an installed BaoCao: the classes a window start loads,
# listed at build time in baocao.classlist, are parsed and verified once here and mapped by every later start
# (see docs/benchmarks.md, "Window cold start"). Run by the package's postinst as root; the smoke test runs it on
# an unpacked package. The archive must name the class path exactly as the launcher passes it, so the class path
# is read from the launcher's own BaoCao.cfg. Without an archive the application starts normally, only slower.
# Usage: make-cds-archive.sh [APPLICATION_ROOT]   (default /opt/baocao)
set -eu
app_root="${1:-/opt/baocao}"
app_dir="$app_root/lib/app"
[ -f "$app_dir/baocao.classlist" ] || exit 0
class_path="$(sed -n 's/^app\.classpath=//p' "$app_dir/BaoCao.cfg" | sed "s|\\\$APPDIR|$app_dir|" | paste -sd: -)"
"$app_root/lib/runtime/bin/java" -Xshare:dump -Xlog:cds*=off -Xlog:class*=off \
  -XX:SharedClassListFile="$app_dir/baocao.classlist" -XX:SharedArchiveFile="$app_dir/baocao.jsa.new" \
  -cp "$class_path" > /dev/null 2>&1
mv -f "$app_dir/baocao.jsa.new" "$app_dir/baocao.jsa"
