#!/usr/bin/env bash
# Builds the Linux app image and .deb with jpackage. Output: target/dist/baocao_VERSION_amd64.deb
# Needs a JDK 17+ with jpackage, dpkg-deb and fakeroot (Debian: apt-get install -y fakeroot).
set -euo pipefail
cd "$(dirname "$0")/../.."
. installer/common/jpackage-common.sh

# The classes a window start loads, for the class-data-sharing archive that postinst makes on the clerk's machine
# (make-cds-archive.sh). Needs a display: under xvfb-run when there is one; without it the package is built
# without the list and the application starts without an archive.
record_class_list() {
  local db
  db="$(mktemp -d)"
  if command -v xvfb-run > /dev/null; then
    HOME="$db" timeout 180 xvfb-run -a -s "-screen 0 1366x768x24" java -XX:DumpLoadedClassList=target/jpackage-input/baocao.classlist \
      -jar target/baocao.jar --db "$db/classlist.db" --smoke > /dev/null 2>&1 \
      || { echo "Cảnh báo: không ghi được danh sách lớp (CDS); gói vẫn được tạo." >&2; rm -f target/jpackage-input/baocao.classlist; }
  else
    echo "Cảnh báo: không có xvfb-run, gói không có danh sách lớp (CDS)." >&2
  fi
  # The command line and an import load other classes (the Word and PDF renderers, the workbook reader, the import's
  # preview and writer): the training run of ./baocao (CdsTraining: an import of a sample workbook into a scratch
  # database, then a render of a seed document) adds them, so that `baocao render`/`report`/`import` and the window's
  # first import start from the archive too (issue 17). No custom class loaders are listed, so the two lists merge
  # by dropping the ids and keeping each line once.
  if [ -f target/jpackage-input/baocao.classlist ] && HOME="$db" java -XX:DumpLoadedClassList="$db/render.classlist" \
      -cp target/baocao.jar vn.baocao.cli.CdsTraining src/test/resources/seeds/004.json \
      src/test/resources/corpus/28-bieu01-sach.xlsx XINMAN.NAMDAN > /dev/null 2>&1 &&
      ! grep -q ' source: ' "$db/render.classlist" target/jpackage-input/baocao.classlist; then
    cat target/jpackage-input/baocao.classlist "$db/render.classlist" | sed 's/ id: [0-9]*$//' | awk '!seen[$0]++' \
      > "$db/merged.classlist" && mv "$db/merged.classlist" target/jpackage-input/baocao.classlist
  fi
  rm -rf "$db"
}

mvn -q -B -DskipTests package
version="$(app_version)"
prepare_input
record_class_list
cp installer/linux/make-cds-archive.sh target/jpackage-input/
# The command line has a launcher of its own, /opt/baocao/bin/baocao, with the short-run JVM (CLI_JAVA_OPTIONS) and
# the same class-data archive; the window's BaoCao launcher has WINDOW_JAVA_OPTIONS instead. No menu entry for it.
printf 'java-options=%s\nlinux-shortcut=false\n' \
  "$JAVA_OPTIONS $CLI_JAVA_OPTIONS -XX:SharedArchiveFile=\$APPDIR/baocao.jsa -Xlog:cds*=off" > target/baocao-cli.properties
rm -rf target/dist
mkdir -p target/dist

jpackage --type deb \
  --name "$APP_NAME" --app-version "$version" --vendor "$APP_VENDOR" --description "$APP_DESCRIPTION" \
  --copyright "AGPL-3.0-or-later" --license-file LICENSE \
  --input target/jpackage-input --main-jar baocao.jar --main-class "$MAIN_CLASS" \
  --add-modules "$JAVA_MODULES" --jlink-options "$JLINK_OPTIONS" --java-options "$JAVA_OPTIONS $WINDOW_JAVA_OPTIONS" \
  --java-options '-XX:SharedArchiveFile=$APPDIR/baocao.jsa' --java-options '-Xlog:cds*=off' \
  --icon installer/common/baocao-256.png \
  --add-launcher baocao=target/baocao-cli.properties \
  --linux-package-name baocao --linux-menu-group Office --linux-shortcut --linux-app-category office \
  --linux-package-deps "libgtk-3-0, libgl1, libxtst6, fonts-liberation2" \
  --resource-dir installer/linux \
  --dest target/dist

ls -l target/dist/*.deb
