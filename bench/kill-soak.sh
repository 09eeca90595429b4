#!/usr/bin/env sh
# The kill soak (issue 12): N random SIGKILLs during import, undo, backup, restore and export, each followed by
# integrity and all-or-nothing checks. Usage: bench/kill-soak.sh [N=100] [SEED=12]. Results in docs/benchmarks.md.
# The classes are copied first, so that a build during the (long) run cannot change what is being tested.
set -e
cd "$(dirname "$0")/.."
mvn -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
rm -rf target/soak && mkdir -p target/soak && cp -r target/classes target/test-classes target/soak/
exec java -cp "target/soak/test-classes:target/soak/classes:$(cat target/test-classpath.txt)" vn.baocao.bench.KillSoak "${1:-100}" "${2:-12}"
