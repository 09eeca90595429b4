#!/usr/bin/env sh
# The floor of the import's commit: 96 000 rows of the observation table inserted in one transaction, bare, by a
# 16-parameter JDBC batch, by 6-parameter inserts, by 100-row inserts, beside the application's ImportWriter with the
# same rows, then the 100-row inserts and the writer with the rows in the figures' key order (area, period, indicator)
# as the commit writes them since V60, then those 100-row inserts without the foreign-key checks, into the table
# rebuilt WITHOUT ROWID and with narrower rows (ObservationInsertFloor; main-thread CPU, fresh database per way,
# rounds alternating).
# Results in docs/benchmarks.md, "Import commit: its floor, and 100-row inserts", the sixth and the eighth round.
# ROUNDS=5 by default.
set -e
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
java -Xmx512m -cp "$cp" vn.baocao.bench.ObservationInsertFloor "${ROUNDS:-5}" 2>&1 | grep -v -e INFO -e Slf4jLog -e SLF4J -e migrate
