#!/usr/bin/env bash
# Builds the Linux app image and .deb with jpackage. Output: target/dist/baocao_VERSION_amd64.deb
# Needs a JDK 17+ with jpackage, dpkg-deb and fakeroot (Debian: apt-get install -y fakeroot).
set -euo pipefail
cd "$(dirname "$0")/../.."
. installer/common/jpackage-common.sh

mvn -q -B -DskipTests package
version="$(app_version)"
prepare_input
rm -rf target/dist
mkdir -p target/dist

jpackage --type deb \
  --name "$APP_NAME" --app-version "$version" --vendor "$APP_VENDOR" --description "$APP_DESCRIPTION" \
  --copyright "AGPL-3.0-or-later" --license-file LICENSE \
  --input target/jpackage-input --main-jar baocao.jar --main-class "$MAIN_CLASS" \
  --add-modules "$JAVA_MODULES" --jlink-options "$JLINK_OPTIONS" --java-options "$JAVA_OPTIONS" \
  --icon installer/common/baocao-256.png \
  --linux-package-name baocao --linux-menu-group Office --linux-shortcut --linux-app-category office \
  --linux-package-deps "libgtk-3-0, libgl1, libxtst6, fonts-liberation2" \
  --resource-dir installer/linux \
  --dest target/dist

ls -l target/dist/*.deb
