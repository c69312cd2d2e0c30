#!/usr/bin/env bash
# Start time, heap after start and resident memory of the production jar on the embedded MariaDB.
# Usage: bench/startup.sh   (builds the jar first if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAR=$(ls target/youth-voice-*.jar 2>/dev/null | grep -v original | head -1 || true)
[ -n "$JAR" ] || { ./mvnw -B -q package -DskipTests; JAR=$(ls target/youth-voice-*.jar | grep -v original | head -1); }
DATA=$(mktemp -d "$HOME/.youthvoice-bench-XXXX")
LOG="$DATA/app.log"
PORT=18080
"$JAVA_HOME/bin/java" -jar "$JAR" --server.port=$PORT --youthvoice.embedded-db.data-dir="$DATA/db" > "$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 120); do grep -q "Started Application" "$LOG" && break; sleep 0.5; done
grep -o "Started Application in [0-9.]* seconds (process running for [0-9.]*)" "$LOG" | sed 's/^/BENCH startup /'
curl -s -o /dev/null "http://localhost:$PORT/login"
sleep 2
"$JAVA_HOME/bin/jcmd" $PID GC.run > /dev/null
sleep 1
"$JAVA_HOME/bin/jcmd" $PID GC.heap_info | head -3 | sed 's/^/BENCH heap /'
echo "BENCH rss $(ps -o rss= -p $PID | awk '{printf "%.0f MB", $1/1024}') (JVM only; the embedded mariadbd is a separate process)"
