#!/usr/bin/env sh
# The kill soak (issue 12): N random SIGKILLs during import, undo, backup, restore and export, each followed by
# integrity and all-or-nothing checks. Usage: bench/kill-soak.sh [N=100] [SEED=12]. Results in docs/benchmarks.md.
set -e
cd "$(dirname "$0")/.."
mvn -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" vn.baocao.bench.KillSoak "${1:-100}" "${2:-12}"
