# Shared by the Linux build and smoke scripts (sourced, not run). Values every package has in common.
APP_NAME="BaoCao"
APP_VENDOR="BaoCao (mã nguồn mở, AGPL-3.0)"
APP_DESCRIPTION="Chỉ tiêu kinh tế - xã hội và văn bản hành chính theo Nghị định 30/2020/NĐ-CP"
MAIN_CLASS="vn.baocao.Launcher"
# The runtime jlink builds: what the application and its libraries use (from jdeps), plus the Vietnamese locale data.
JAVA_MODULES="java.base,java.desktop,java.logging,java.management,java.naming,java.prefs,java.scripting,java.sql,java.xml,java.xml.crypto,java.security.jgss,jdk.unsupported,jdk.jfr,jdk.xml.dom,jdk.localedata,jdk.charsets,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.zipfs"
JLINK_OPTIONS="--strip-debug --no-header-files --no-man-pages --include-locales=en,vi"
JAVA_OPTIONS="-Dfile.encoding=UTF-8 -Xmx1g --add-opens=jdk.crypto.cryptoki/sun.security.pkcs11=ALL-UNNAMED --add-opens=jdk.crypto.cryptoki/sun.security.pkcs11.wrapper=ALL-UNNAMED"
# The command-line launcher's JVM, added to JAVA_OPTIONS (issue 17; as ./baocao starts command-line runs): a run
# is short, so C1 only (C2 costs more CPU than it saves in a few seconds), the serial collector with a starting heap
# of 128 MB (a 14-page render peaks at about 145 MB instead of 300–580 MB with G1; from 32 MB, an import of 96 000
# values paused 394 ms in 25 young and 3 full collections as the heap grew, from 128 MB 237 ms in 14 young ones,
# for 31 MB more of a render's peak: docs/benchmarks.md, eighth round), no perf-data file.
CLI_JAVA_OPTIONS="-Xms128m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData"
# The window's JVM, added to JAVA_OPTIONS for the BaoCao launcher (as ./baocao starts the window): C2 waits for code
# that is really hot (an import, a long render) instead of competing with the window's start for the second core,
# and the serial collector serves a desktop heap. The measured window starts (docs/benchmarks.md) ran with these.
WINDOW_JAVA_OPTIONS="-XX:+UseSerialGC -XX:Tier4InvocationThreshold=100000 -XX:Tier4MinInvocationThreshold=60000 -XX:Tier4CompileThreshold=120000 -XX:Tier4BackEdgeThreshold=1000000"

# The version of the built jar (written into its manifest from the pom).
app_version() {
  unzip -p target/baocao.jar META-INF/MANIFEST.MF | sed -n 's/^Implementation-Version: *\([0-9.]*\).*/\1/p' | tr -d '\r'
}

# target/jpackage-input: the application jar and its libraries (the manifest's Class-Path points into lib/).
prepare_input() {
  rm -rf target/jpackage-input
  mkdir -p target/jpackage-input/lib
  cp target/baocao.jar target/jpackage-input/
  cp target/lib/*.jar target/jpackage-input/lib/
  # Fonts' licence travels with the bundled Liberation fonts.
  cp installer/common/LICENSE-fonts-OFL.txt target/jpackage-input/
}
