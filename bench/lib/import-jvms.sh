# Sourced by the import benchmarks (bench/import.sh, bench/import-before-after.sh) after
# installer/common/jpackage-common.sh: the JVM option sets they run ImportBenchmark with.

# The options of one set: plain512 and plain128 (the JVM's defaults), cli (as `baocao import` runs) and window (as the
# installed window runs); window4g is the window's on a 4 GB laptop, where the JVM's default heap starts at 64 MB
# (1/64 of the memory) and may grow to 1 GB (1/4), against 384 MB on the 24 GB machine the benchmarks run on. Exits
# with a message for any other name.
import_jvm_options() {
  case "$1" in
    plain512) echo "-Xmx512m" ;;
    plain128) echo "-Xmx128m" ;;
    cli) echo "-Xmx512m $CLI_JAVA_OPTIONS" ;;
    window) echo "-Xmx512m $WINDOW_JAVA_OPTIONS" ;;
    window4g) echo "-Xms64m -Xmx1g $WINDOW_JAVA_OPTIONS" ;;
    *) echo "JVMS: plain512, plain128, cli, window or window4g, not $1" >&2; exit 2 ;;
  esac
}
