#!/usr/bin/env sh
# Cold start of the command line (a new JVM each run): `db info` and `assess` on the demo database.
# Needs hyperfine (apt-get install hyperfine). Writes target/cli-cold-start.md.
set -e
cd "$(dirname "$0")/.."
[ -f target/baocao.jar ] || mvn -q -B -DskipTests package
db="$(mktemp -d)/bench.db"
java -jar target/baocao.jar --db "$db" demo load > /dev/null
hyperfine --warmup 2 --runs 10 --export-markdown target/cli-cold-start.md \
  "java -jar target/baocao.jar --db $db --version" \
  "java -jar target/baocao.jar --db $db db info" \
  "java -jar target/baocao.jar --db $db assess --area XINMAN --period 2023"
