#!/usr/bin/env bash
# Young people answering a 20-question survey at once on one node with a 1 GB heap, on the plain HTML pages (form
# posts, redirects, cookies, as a phone's browser): heap per active taker, then p50/p95/p99 server time per step at
# rising numbers of takers, and a check that every answer is in the database. Takes 30-40 minutes with the defaults
# on a 2-core machine. Settings: bench/README.md ("Survey load driver").
# Usage: bench/survey-load.sh [-Dbench.levels=500,1000,2000,3000] [-Dbench.heapTakers=1000] [-Dbench.ramp=60]
#                             [-Dbench.thinkMin=5] [-Dbench.thinkMax=15] [-Dbench.script=true]
#                             [-Dbench.serverJvm=-Xmx1g]
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -B -o verify -Pbench -Dit.test=SurveyLoadBench "$@" | tee target/survey-load.log | grep --line-buffered "BENCH"
