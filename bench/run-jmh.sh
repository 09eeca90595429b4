#!/usr/bin/env sh
# Runs the JMH benchmarks under src/test/java/vn/baocao/bench. Usage: bench/run-jmh.sh [REGEX] [JMH options]
set -e
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.openjdk.jmh.Main "$@"
