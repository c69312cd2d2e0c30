#!/usr/bin/env bash
# Start time, heap after start and resident memory of the production jar on the embedded MariaDB:
# a first start on an empty data folder (installs MariaDB, runs every migration), then a second, warm start.
# Usage: bench/startup.sh   (builds the jar first if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAR=$(ls target/youth-voice-*.jar 2>/dev/null | grep -v original | head -1 || true)
[ -n "$JAR" ] || { ./mvnw -B -q package -DskipTests; JAR=$(ls target/youth-voice-*.jar | grep -v original | head -1); }
DATA=$(mktemp -d "$HOME/.youthvoice-bench-XXXX")
PORT=18080
PID=
trap '[ -n "$PID" ] && kill $PID 2>/dev/null; wait 2>/dev/null; rm -rf "$DATA"' EXIT

run() {
  local label=$1 log="$DATA/$1.log"
  "$JAVA_HOME/bin/java" -jar "$JAR" --server.port=$PORT --youthvoice.embedded-db.data-dir="$DATA/db" > "$log" 2>&1 &
  PID=$!
  for _ in $(seq 1 240); do grep -q "Started Application" "$log" && break; sleep 0.5; done
  grep -o "Started Application in [0-9.]* seconds" "$log" | sed "s/^/BENCH startup ($label) /"
  curl -s -o /dev/null "http://localhost:$PORT/login"
  sleep 2
  "$JAVA_HOME/bin/jcmd" $PID GC.run > /dev/null
  sleep 1
  "$JAVA_HOME/bin/jcmd" $PID GC.heap_info | grep -o "used [0-9]*K" | head -1 | sed "s/^/BENCH heap after start and one page ($label): /"
  echo "BENCH rss ($label) $(ps -o rss= -p $PID | awk '{printf "%.0f MB", $1/1024}') (JVM only; mariadbd is its own process)"
  kill $PID; wait $PID 2>/dev/null || true
  PID=
}
run cold
run warm
