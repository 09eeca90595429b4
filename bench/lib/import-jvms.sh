# Sourced by the import benchmarks (bench/import.sh, bench/import-before-after.sh) after
# installer/common/jpackage-common.sh: the JVM option sets they run ImportBenchmark with.

# The options of one set: plain512 and plain128 (the JVM's defaults), cli (as `baocao import` runs) and window (as the
# installed window runs); exits with a message for any other name.
import_jvm_options() {
  case "$1" in
    plain512) echo "-Xmx512m" ;;
    plain128) echo "-Xmx128m" ;;
    cli) echo "-Xmx512m $CLI_JAVA_OPTIONS" ;;
    window) echo "-Xmx512m $WINDOW_JAVA_OPTIONS" ;;
    *) echo "JVMS: plain512, plain128, cli or window, not $1" >&2; exit 2 ;;
  esac
}
