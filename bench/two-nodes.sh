#!/usr/bin/env bash
# Two Youth Voice nodes on one machine, loopback only (issue 16, design note 0034): a MariaDB primary and a replica
# with GTID replication, two app nodes from the built jar on the primary (the replica for analysis), HAProxy in front
# (sticky by cookie for staff's Vaadin screens, round robin for young people's plain pages). Then it proves, printing
# "BENCH two-nodes ..." lines:
#   - young people answering a survey through HAProxy land on both nodes; node 1 is killed (SIGKILL) mid-survey; they
#     carry on through node 2 (node 1, started again, rejoins) and every answer is stored exactly once;
#   - the scheduled jobs (ShedLock) run once across both nodes: the survey totals count every sent response once;
#   - the results counted on the replica equal the primary's once it has caught up;
#   - a city-wide ballot's votes accepted per second through both nodes, then through node 2 alone (node 1 taken out
#     of HAProxy), in the same run, every vote counted once;
#   - a meeting: its projector in Chromium on node 1 while the forum's 40 members vote on their phones on node 2; how
#     soon each vote shows on the projector (goal p95 <= 1 s), every vote counted once.
# Everything it starts, it stops (also on failure). Its folder target/two-nodes/ is wiped at each start.
# Usage: bench/two-nodes.sh            (builds the jar first if it or the bench classes are missing; BUILD=1 forces it)
# Settings (environment): TAKERS (default 120), RAMP (s, 20), THINK_MIN / THINK_MAX (s per question, 3 / 7),
#   KILL_SHARE (share of all steps done when node 1 is killed, 0.3; node 1 is then started again, as an operator
#   would, and rejoins while the survey goes on), CITY_SECONDS (15) and CITY_PHONES (16) for the city-wide ballot,
#   MEETING_SECONDS (20: the members' votes come at random moments within it), CHROMIUM (/usr/bin/chromium), NODE_HEAP (default -Xmx512m), BASE_PORT (18000:
#   primary BASE+306, replica BASE+307, nodes BASE+81 / BASE+82, HAProxy BASE+80, its statistics BASE+404).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PATH="$JAVA_HOME/bin:$PATH"
TAKERS=${TAKERS:-120}
RAMP=${RAMP:-20}
THINK_MIN=${THINK_MIN:-3}
THINK_MAX=${THINK_MAX:-7}
KILL_SHARE=${KILL_SHARE:-0.3}
CITY_SECONDS=${CITY_SECONDS:-15}
CITY_PHONES=${CITY_PHONES:-16}
MEETING_SECONDS=${MEETING_SECONDS:-20}
NODE_HEAP=${NODE_HEAP:--Xmx512m}
BASE_PORT=${BASE_PORT:-18000}
P_PORT=$((BASE_PORT + 306)); R_PORT=$((BASE_PORT + 307))
N1_PORT=$((BASE_PORT + 81)); N2_PORT=$((BASE_PORT + 82))
LB_PORT=$((BASE_PORT + 80)); STATS_PORT=$((BASE_PORT + 404))
DIR="$ROOT/target/two-nodes"
JAR="$ROOT/target/youth-voice-0.1.0-SNAPSHOT.jar"
DRIVER_CLASS="$ROOT/target/test-classes/org/youthvoice/bench/TwoNodesDriver.class"

say() { echo "BENCH two-nodes $*"; }
note() { echo "[two-nodes $(date +%T)] $*" >&2; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

# --- everything it starts, it stops --------------------------------------------------------------------------------
PIDS=()
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  for ((i=${#PIDS[@]}-1; i>=0; i--)); do
    kill "${PIDS[i]}" 2>/dev/null || true
  done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
  done
  wait 2>/dev/null || true
  if [ $rc -ne 0 ]; then note "FAILED (exit $rc); logs are in $DIR"; fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

for port in $P_PORT $R_PORT $N1_PORT $N2_PORT $LB_PORT $STATS_PORT; do
  if (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then
    note "port $port is in use (another run still going?); set BASE_PORT"; exit 1
  fi
done
command -v haproxy >/dev/null || { note "haproxy is missing: apt-get install -y haproxy"; exit 1; }

if [ "${BUILD:-0}" = 1 ] || [ ! -f "$JAR" ] || [ ! -f "$DRIVER_CLASS" ]; then
  note "building the jar and the bench classes"
  ./mvnw -o -B -q -DskipTests package
fi
# The bench's own classes run on the jar's class path (the same production build as the nodes), with the compiled
# test classes added by Spring Boot's PropertiesLauncher.
bench_java() {
  java -Dloader.path="$ROOT/target/test-classes" -Dloader.main=org.youthvoice.bench.TwoNodesDriver -cp "$JAR" \
    "$@"
}
LAUNCHER=org.springframework.boot.loader.launch.PropertiesLauncher

rm -rf "$DIR"
mkdir -p "$DIR"
say "machine: $(nproc) cores, load average $(load) at start; $(mariadbd --version | awk '{print $3}'), $(haproxy -v | head -1 | awk '{print $1, $2, $3}')"

# --- 1. MariaDB primary and replica --------------------------------------------------------------------------------
REPL_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
APP_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
ANALYSIS_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')

# Binary logging (which replication needs) refuses CREATE TRIGGER (migration V0030) to a user without SUPER
# (error 1419) unless log_bin_trust_function_creators is on.
start_db() { # name port server-id extra...
  local name=$1 port=$2 id=$3; shift 3
  local d="$DIR/$name"
  mkdir -p "$d/data" "$d/tmp"
  mariadb-install-db --no-defaults --datadir="$d/data" --user="$(id -un)" --skip-test-db \
    --auth-root-authentication-method=socket > "$d/install.log" 2>&1
  mariadbd --no-defaults --user="$(id -un)" --datadir="$d/data" --tmpdir="$d/tmp" --port="$port" \
    --bind-address=127.0.0.1 --socket="$d/mysqld.sock" --pid-file="$d/mysqld.pid" --log-error="$d/error.log" \
    --skip-name-resolve --server-id="$id" --log-bin="$d/data/binlog" --binlog-format=ROW --gtid-strict-mode=1 \
    --log-slave-updates=1 --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
    --innodb-buffer-pool-size=256M --innodb-flush-log-at-trx-commit=1 --sync-binlog=1 --skip-ssl \
    --log-bin-trust-function-creators=1 "$@" &
  PIDS+=($!)
  for _ in $(seq 1 120); do
    [ -S "$d/mysqld.sock" ] && mariadb --socket="$d/mysqld.sock" -uroot -e 'SELECT 1' >/dev/null 2>&1 && return 0
    kill -0 "${PIDS[-1]}" 2>/dev/null || { note "$name did not start: $(tail -5 "$d/error.log")"; exit 1; }
    sleep 0.5
  done
  note "$name did not answer within a minute"; exit 1
}
primary() { mariadb --socket="$DIR/primary/mysqld.sock" -uroot "$@"; }
replica() { mariadb --socket="$DIR/replica/mysqld.sock" -uroot "$@"; }

T0=$(date +%s.%N)
start_db primary "$P_PORT" 1
start_db replica "$R_PORT" 2 --read-only=1 --relay-log="$DIR/replica/data/relay"
# The replication user is made on the primary alone (not logged); everything after it replicates.
primary -e "SET sql_log_bin = 0;
  CREATE USER 'repl'@'127.0.0.1' IDENTIFIED BY '$REPL_PASSWORD';
  GRANT REPLICATION SLAVE ON *.* TO 'repl'@'127.0.0.1';
  SET sql_log_bin = 1;"
replica -e "CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=$P_PORT, MASTER_USER='repl',
  MASTER_PASSWORD='$REPL_PASSWORD', MASTER_USE_GTID=slave_pos, MASTER_CONNECT_RETRY=1; START SLAVE;"
primary -e "CREATE DATABASE youthvoice CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER 'youthvoice'@'127.0.0.1' IDENTIFIED BY '$APP_PASSWORD';
  GRANT ALL PRIVILEGES ON youthvoice.* TO 'youthvoice'@'127.0.0.1';
  CREATE USER 'analysis'@'127.0.0.1' IDENTIFIED BY '$ANALYSIS_PASSWORD';
  GRANT SELECT ON youthvoice.* TO 'analysis'@'127.0.0.1';"
for _ in $(seq 1 60); do
  replica -N -e "SHOW DATABASES LIKE 'youthvoice'" | grep -q youthvoice && break; sleep 0.5
done
replica -N -e "SHOW DATABASES LIKE 'youthvoice'" | grep -q youthvoice \
  || { note "replication did not start: $(replica -e 'SHOW SLAVE STATUS\G' | grep -E 'Running|Error')"; exit 1; }
say "databases: primary 127.0.0.1:$P_PORT, replica 127.0.0.1:$R_PORT replicating by GTID ($(replica -e 'SHOW SLAVE STATUS\G' | awk '/Slave_IO_Running:|Slave_SQL_Running:/{printf "%s %s ", $1, $2}')), up in $(printf '%.1f' "$(echo "$(date +%s.%N) - $T0" | bc)") s"

# --- 2. the app: settings every node shares ------------------------------------------------------------------------
BALLOT_KEY=$(head -c 32 /dev/urandom | base64)
export SPRING_DATASOURCE_URL="jdbc:mariadb://127.0.0.1:$P_PORT/youthvoice"
export SPRING_DATASOURCE_USERNAME=youthvoice SPRING_DATASOURCE_PASSWORD="$APP_PASSWORD"
export YOUTHVOICE_ANALYSIS_URL="jdbc:mariadb://127.0.0.1:$R_PORT/youthvoice"
export YOUTHVOICE_ANALYSIS_USERNAME=analysis YOUTHVOICE_ANALYSIS_PASSWORD="$ANALYSIS_PASSWORD"
export YOUTHVOICE_INITIAL_ADMIN_USERNAME=bench.admin
export YOUTHVOICE_INITIAL_ADMIN_PASSWORD="Bench-$(head -c 12 /dev/urandom | base64 | tr -d '/+=')"
export YOUTHVOICE_BALLOT_KEY="$BALLOT_KEY"
export YOUTHVOICE_PUBLIC_URL="http://127.0.0.1:$LB_PORT"
export SERVER_FORWARD_HEADERS_STRATEGY=native
export YOUTHVOICE_SURVEYS_TALLY_DELAY=2s
export VAADIN_USAGE_STATS_ENABLED=false
# Every young person comes from 127.0.0.1 here, as from one school network.
export YOUTHVOICE_FLOODS_SURVEY_PER_ADDRESS=100000
export JAVA_TOOL_OPTIONS="-Duser.timezone=Europe/London"

# The survey: published once on the primary by the app itself (Flyway makes the tables and the first administrator).
T0=$(date +%s.%N)
bench_java $NODE_HEAP $LAUNCHER setup "$DIR/survey.properties" \
  > "$DIR/setup.log" 2>&1 &
PIDS+=($!)
wait "${PIDS[-1]}" || { note "setup failed: $(grep -m3 -E 'ERROR|Exception' "$DIR/setup.log")"; exit 1; }
SLUG=$(sed -n 's/^slug=//p' "$DIR/survey.properties")
SURVEY_ID=$(primary -N youthvoice -e "SELECT id FROM survey WHERE slug = '$SLUG'")
say "setup: tables made, administrator and survey $SURVEY_ID (/s/$SLUG, 20 questions) published on the primary in $(printf '%.0f' "$(echo "$(date +%s.%N) - $T0" | bc)") s"

start_node() { # number port [log name]
  # Each node says in its log how many responses it folded into the totals (the job runs on one node at a time);
  # a logger named by its class cannot be set from an environment variable (those are lower-cased), so an argument.
  local n=$1 port=$2 d="$DIR/node$1" log=${3:-app}
  mkdir -p "$d"
  SERVER_PORT=$port SERVER_TOMCAT_ACCESSLOG_ENABLED=true SERVER_TOMCAT_ACCESSLOG_DIRECTORY="$d" \
    SERVER_TOMCAT_ACCESSLOG_PREFIX=access SERVER_TOMCAT_ACCESSLOG_BUFFERED=false \
    SERVER_TOMCAT_BASEDIR="$d/tomcat" \
    YOUTHVOICE_BALLOT_KEY_FILE="$d/ballot-key" \
    java $NODE_HEAP -jar "$JAR" --logging.level.org.youthvoice.survey.results.ResultTally=DEBUG > "$d/$log.log" 2>&1 &
  PIDS+=($!)
  eval "NODE${n}_PID=$!"
}
T0=$(date +%s.%N)
start_node 1 "$N1_PORT"
start_node 2 "$N2_PORT"
wait_healthy() { # number [log name]
  local n=$1 port=$((BASE_PORT + 80 + $1)) pid_var="NODE${1}_PID" log=${2:-app}
  for _ in $(seq 1 480); do
    curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && return 0
    kill -0 "${!pid_var}" 2>/dev/null || { note "node $n stopped: $(grep -m3 -E 'ERROR|Exception' "$DIR/node$n/$log.log")"; exit 1; }
    sleep 0.5
  done
  note "node $n not healthy in 4 minutes"; exit 1
}
wait_healthy 1
wait_healthy 2
say "nodes: node 1 127.0.0.1:$N1_PORT (pid $NODE1_PID), node 2 127.0.0.1:$N2_PORT (pid $NODE2_PID), both healthy $(printf '%.0f' "$(echo "$(date +%s.%N) - $T0" | bc)") s after starting together (JVM $NODE_HEAP; load average $(load))"

# --- 3. HAProxy ----------------------------------------------------------------------------------------------------
# A young person's request that was in flight when its node died is answered by HAProxy itself (502, or 504 after the
# server timeout). The page's script keeps an answer on the phone and sends it again by itself on 503 or no signal,
# but would show any other error page: so the young people's backend answers those with a 503 as the app does
# while its database is away (note 0031), Retry-After included.
printf '%s\r\n' 'HTTP/1.1 503 Service Unavailable' 'Content-Type: text/html; charset=utf-8' 'Retry-After: 5' \
  'Cache-Control: no-store' 'Connection: close' '' \
  '<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Please try again in a minute</title><h1>Please try again in a minute</h1><p>We could not save or show this just now. Nothing you saved before is lost.</p></html>' \
  > "$DIR/young-503.http"
cat > "$DIR/haproxy.cfg" <<EOF
global
    maxconn 4096
    pidfile $DIR/haproxy.pid
    stats socket $DIR/haproxy.sock mode 600 level admin

defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    timeout http-keep-alive 15s
    # A node that refuses the connection: try again, on the other node.
    retries 3
    option redispatch 1
    option forwardfor
    option httpchk GET /actuator/health
    http-check expect status 200
    default-server check inter 1s fall 2 rise 2

frontend www
    bind 127.0.0.1:$LB_PORT
    # Young people's plain pages keep no server session: any node answers any request.
    acl young path_beg /s/ /tell-us/ /young/ /city-vote /you-said-we-did
    acl young path /help /privacy /accessibility
    use_backend young if young
    # Everything else (the login, staff's Vaadin screens, members' pages, the API) stays on the node of its session.
    default_backend staff

backend young
    balance roundrobin
    errorfile 502 $DIR/young-503.http
    errorfile 504 $DIR/young-503.http
    server node1 127.0.0.1:$N1_PORT
    server node2 127.0.0.1:$N2_PORT

backend staff
    balance roundrobin
    cookie YVNODE insert indirect nocache httponly
    server node1 127.0.0.1:$N1_PORT cookie n1
    server node2 127.0.0.1:$N2_PORT cookie n2

listen stats
    bind 127.0.0.1:$STATS_PORT
    stats enable
    stats uri /stats
EOF
haproxy -c -q -f "$DIR/haproxy.cfg"
haproxy -db -f "$DIR/haproxy.cfg" > "$DIR/haproxy.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 40); do curl -sf "http://127.0.0.1:$STATS_PORT/stats;csv" >/dev/null 2>&1 && break; sleep 0.25; done
sleep 2.5 # two health checks
# Stickiness: a staff login page through HAProxy sets the node cookie, and the next requests stay on that node.
JAR_COOKIES="$DIR/staff-cookies.txt"
curl -s -o /dev/null -c "$JAR_COOKIES" "http://127.0.0.1:$LB_PORT/login"
STAFF_NODE=$(awk '$6=="YVNODE"{print $7}' "$JAR_COOKIES")
for _ in 1 2 3 4 5 6; do curl -s -o /dev/null -b "$JAR_COOKIES" -c "$JAR_COOKIES" "http://127.0.0.1:$LB_PORT/login"; done
STAFF_SEEN=$(grep -c 'GET /login' "$DIR/node${STAFF_NODE#n}/access"*.log || true)
say "haproxy: 127.0.0.1:$LB_PORT; a staff browser got cookie YVNODE=$STAFF_NODE and its 7 requests all went to node ${STAFF_NODE#n} (its access log: $STAFF_SEEN GET /login); young people's pages round robin"

# --- 4. young people answering the survey; node 1 killed mid-survey ------------------------------------------------
say "survey: $TAKERS young people (phones with script) over a ${RAMP} s ramp, ${THINK_MIN}-${THINK_MAX} s per question, through HAProxy; node 1 is killed once $(echo "$KILL_SHARE * 100" | bc | cut -d. -f1)% of the steps are done (load average $(load))"
bench_java $LAUNCHER survey "http://127.0.0.1:$LB_PORT/" "$SLUG" "$TAKERS" \
  "$RAMP" "$THINK_MIN" "$THINK_MAX" "$KILL_SHARE" "$NODE1_PID" "http://127.0.0.1:$STATS_PORT/stats;csv" \
  "$DIR/driver.properties" > "$DIR/driver.log" 2>&1 &
DRIVER_PID=$!
PIDS+=($DRIVER_PID)
while kill -0 $DRIVER_PID 2>/dev/null && [ ! -f "$DIR/driver.properties.killed" ]; do sleep 0.2; done
if [ -f "$DIR/driver.properties.killed" ]; then
  grep '^BENCH two-nodes kill' "$DIR/driver.log" || true
  # As the operations guide says: start the node again. HAProxy sends it young people again once two health checks pass.
  T0=$(date +%s.%N)
  start_node 1 "$N1_PORT" app-restarted
  wait_healthy 1 app-restarted
  say "node 1 started again (pid $NODE1_PID): healthy $(printf '%.0f' "$(echo "$(date +%s.%N) - $T0" | bc)") s after the kill, while the survey went on (load average $(load))"
fi
wait $DRIVER_PID || { note "the driver failed: $(tail -5 "$DIR/driver.log")"; exit 1; }
grep '^BENCH' "$DIR/driver.log" | grep -v '^BENCH two-nodes kill'
fig() { sed -n "s/^$1=//p" "$DIR/driver.properties"; }
FINISHED=$(fig finished); ROWS=$(fig answerRows)
A1=$(grep -h -c " /s/$SLUG" "$DIR/node1/access"*.log | paste -sd+ | bc)
A2=$(grep -h -c " /s/$SLUG" "$DIR/node2/access"*.log | paste -sd+ | bc)
KILLED_AT=$(fig before.node1); N1_END=$(fig after.node1)
say "survey requests in the nodes' own access logs: node 1 $A1 (before it was killed and after it came back), node 2 $A2; HAProxy: node 1 answered $((N1_END - KILLED_AT)) of them after the kill decision (its last in-flight ones, then after it came back)"

# Every answer stored exactly once.
read -r SENT UNSENT ANSWERS DUPLICATES <<<"$(primary -N youthvoice -e "
  SELECT (SELECT COUNT(*) FROM survey_response WHERE survey_id = $SURVEY_ID AND status = 'SUBMITTED'),
         (SELECT COUNT(*) FROM survey_response WHERE survey_id = $SURVEY_ID AND status <> 'SUBMITTED'),
         (SELECT COUNT(*) FROM survey_answer a JOIN survey_response r ON r.id = a.response_id
            WHERE r.survey_id = $SURVEY_ID AND r.status = 'SUBMITTED'),
         (SELECT COUNT(*) FROM (SELECT a.response_id, a.question_id, a.option_id, COUNT(*) c FROM survey_answer a
            JOIN survey_response r ON r.id = a.response_id WHERE r.survey_id = $SURVEY_ID
            GROUP BY a.response_id, a.question_id, a.option_id HAVING c > 1) d)")"
VERDICT="every answer stored exactly once"
if [ "$SENT" != "$FINISHED" ] || [ "$ANSWERS" != "$ROWS" ] || [ "$DUPLICATES" != 0 ] || [ "$FINISHED" != "$TAKERS" ]; then
  VERDICT="MISMATCH"
fi
say "stored: $SENT responses sent (driver finished $FINISHED of $TAKERS), $ANSWERS answer rows (driver sent $ROWS), $DUPLICATES answers stored twice, $UNSENT responses started but not sent -> $VERDICT"

# --- 5. the scheduled jobs ran once across both nodes --------------------------------------------------------------
# Release in groups (the default): an open survey's totals take in all but the last 5-9 sent responses.
for _ in $(seq 1 60); do
  WAITING=$(primary -N youthvoice -e "SELECT COUNT(*) FROM survey_response WHERE survey_id = $SURVEY_ID
    AND status = 'SUBMITTED' AND tallied = FALSE")
  [ "$WAITING" -lt 10 ] && break; sleep 1
done
read -r TALLIED T_ANSWERS C_ANSWERS T_QUESTIONS C_QUESTIONS <<<"$(primary -N youthvoice -e "
  SELECT (SELECT COUNT(*) FROM survey_response WHERE survey_id = $SURVEY_ID AND status = 'SUBMITTED' AND tallied),
         (SELECT COALESCE(SUM(answers), 0) FROM survey_tally WHERE survey_id = $SURVEY_ID AND about_key = 0),
         (SELECT COUNT(*) FROM survey_answer a JOIN survey_response r ON r.id = a.response_id
            WHERE r.survey_id = $SURVEY_ID AND r.status = 'SUBMITTED' AND r.tallied),
         (SELECT COALESCE(SUM(responses), 0) FROM survey_tally_question WHERE survey_id = $SURVEY_ID AND about_key = 0),
         (SELECT COUNT(DISTINCT a.response_id, a.question_id) FROM survey_answer a
            JOIN survey_response r ON r.id = a.response_id
            WHERE r.survey_id = $SURVEY_ID AND r.status = 'SUBMITTED' AND r.tallied)")"
folded() { awk 'match($0, /Folded [0-9]+ sent survey responses/) {split(substr($0, RSTART, RLENGTH), w, " "); s += w[2]; n++}
  END {printf "%d in %d runs", s, n}' "$@"; }
F1=$(folded "$DIR"/node1/app*.log); F2=$(folded "$DIR"/node2/app*.log)
F_SUM=$(folded "$DIR"/node*/app*.log | cut -d' ' -f1)
TALLY_VERDICT="each counted once"
if [ "$T_ANSWERS" != "$C_ANSWERS" ] || [ "$T_QUESTIONS" != "$C_QUESTIONS" ] || [ "$F_SUM" != "$TALLIED" ]; then
  TALLY_VERDICT="MISMATCH (counted twice or lost)"
fi
say "jobs: survey-tally folded responses into the totals: node 1 $F1, node 2 $F2 (sum $F_SUM); $TALLIED of $SENT sent responses folded ($WAITING wait for the next group); totals hold $T_ANSWERS answers for $C_ANSWERS answer rows of folded responses, $T_QUESTIONS question-responses for $C_QUESTIONS -> $TALLY_VERDICT"
SHEDLOCK=$(primary -N youthvoice -e "SELECT GROUP_CONCAT(CONCAT(name, IF(lock_until > NOW(3), ' (HELD until ', ''), IF(lock_until > NOW(3), DATE_FORMAT(lock_until, '%T)'), '')) ORDER BY name SEPARATOR ', ') FROM shedlock")
say "jobs: ShedLock rows in the primary's shedlock table: $SHEDLOCK"
if [ "$TALLY_VERDICT" != "each counted once" ]; then VERDICT="MISMATCH"; fi

# --- 6. the replica counts what the primary counts -----------------------------------------------------------------
GTID=$(primary -N -e "SELECT @@gtid_binlog_pos")
T0=$(date +%s.%N)
CAUGHT=$(replica -N -e "SELECT MASTER_GTID_WAIT('$GTID', 60)")
CATCH_MS=$(printf '%.0f' "$(echo "($(date +%s.%N) - $T0) * 1000" | bc)")
RESULTS_SQL="SELECT q.question_key, t.option_key, t.number_key, SUM(t.answers)
  FROM survey_tally t JOIN survey_question q ON q.id = t.question_id
  WHERE t.survey_id = $SURVEY_ID AND t.about_key = 0 GROUP BY q.question_key, t.option_key, t.number_key
  ORDER BY q.question_key, t.option_key, t.number_key"
COUNTS_SQL="SELECT COUNT(*), COALESCE(SUM(tallied), 0) FROM survey_response WHERE survey_id = $SURVEY_ID AND status = 'SUBMITTED'"
P_RESULTS=$(primary -N youthvoice -e "$RESULTS_SQL"); R_RESULTS=$(replica -N youthvoice -e "$RESULTS_SQL")
P_COUNTS=$(primary -N youthvoice -e "$COUNTS_SQL" | tr '\t' ' '); R_COUNTS=$(replica -N youthvoice -e "$COUNTS_SQL" | tr '\t' ' ')
ROWS_RESULTS=$(echo "$P_RESULTS" | wc -l)
if [ "$P_RESULTS" = "$R_RESULTS" ] && [ "$P_COUNTS" = "$R_COUNTS" ] && [ "$CAUGHT" = 0 ]; then
  REPLICA_VERDICT="equal"
else
  REPLICA_VERDICT="DIFFERENT"; VERDICT="MISMATCH"
fi
say "replica: caught up with the primary (GTID $GTID) in $CATCH_MS ms after the run; results per question and option ($ROWS_RESULTS rows of totals, md5 $(echo "$P_RESULTS" | md5sum | cut -c1-12) on the primary, $(echo "$R_RESULTS" | md5sum | cut -c1-12) on the replica) and sent/folded responses (primary $P_COUNTS, replica $R_COUNTS) -> $REPLICA_VERDICT"

# --- 7. a city-wide ballot's votes per second: through both nodes, then through one, in the same run ----------------
CODES=$(sed -n 's/^codes=//p' "$DIR/survey.properties")
BALLOT_ID=$(primary -N youthvoice -e "SELECT ballot_id FROM ballot_group WHERE code = '${CODES%%,*}'")
city() { # label seconds
  bench_java $LAUNCHER city "http://127.0.0.1:$LB_PORT/" "$1" "$CODES" "$2" "$CITY_PHONES" "$DIR/city-$1.properties" \
    > "$DIR/city-$1.log" 2>&1 || { note "the city-wide driver failed: $(tail -3 "$DIR/city-$1.log")"; exit 1; }
  grep '^BENCH' "$DIR/city-$1.log" | sed "s/\$/ (load average $(load))/"
}
city warm-up 5
city both-nodes "$CITY_SECONDS"
echo "disable server young/node1" | socat stdio "unix-connect:$DIR/haproxy.sock" >/dev/null
sleep 1
city node-2-alone "$CITY_SECONDS"
echo "enable server young/node1" | socat stdio "unix-connect:$DIR/haproxy.sock" >/dev/null
CITY_SENT=$(cat "$DIR"/city-*.properties | sed -n 's/^accepted=//p' | paste -sd+ | bc)
CITY_STORED=$(primary -N youthvoice -e "SELECT SUM(cast_votes) FROM ballot_group WHERE ballot_id = $BALLOT_ID")
if [ "$CITY_SENT" = "$CITY_STORED" ]; then CITY_VERDICT="each counted once"; else CITY_VERDICT="MISMATCH"; VERDICT="MISMATCH"; fi
say "city-wide: $CITY_SENT votes accepted in the three runs, $CITY_STORED counted against the groups in the database -> $CITY_VERDICT"

# --- 8. a meeting: the projector on node 1, the forum's members voting on their phones through node 2 ---------------
# The driver needs Playwright (a test library, not in the jar): its jars and Gson from the test class path.
if [ -n "${CHROMIUM:-/usr/bin/chromium}" ] && [ -x "${CHROMIUM:-/usr/bin/chromium}" ]; then
  ./mvnw -o -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$DIR/test.cp" >"$DIR/classpath.log" 2>&1
  MEETING_PATH="$ROOT/target/test-classes,$(tr ':' '\n' < "$DIR/test.cp" | grep -E '/(playwright|driver|driver-bundle|gson)-[0-9]' | paste -sd,)"
  java -Dloader.path="$MEETING_PATH" -Dloader.main=org.youthvoice.bench.TwoNodesDriver \
    -Dplaywright.chromium="${CHROMIUM:-/usr/bin/chromium}" -cp "$JAR" $LAUNCHER meeting \
    "http://127.0.0.1:$N1_PORT/" "http://127.0.0.1:$N2_PORT/" "$DIR/survey.properties" "$MEETING_SECONDS" \
    "$DIR/meeting.properties" > "$DIR/meeting.log" 2>&1 \
    || { note "the meeting driver failed: $(tail -5 "$DIR/meeting.log")"; exit 1; }
  grep '^BENCH' "$DIR/meeting.log" | sed "s/\$/ (load average $(load))/"
  MEETING_STORED=$(primary -N youthvoice -e "SELECT COUNT(*) FROM ballot_voter WHERE ballot_id = $(sed -n 's/^ballot=//p' "$DIR/survey.properties")" 2>/dev/null || echo "?")
  MEETING_ACCEPTED=$(sed -n 's/^accepted=//p' "$DIR/meeting.properties")
  if [ "$MEETING_ACCEPTED" = "$MEETING_STORED" ] && [ "$(sed -n 's/^neverSeen=//p' "$DIR/meeting.properties")" = 0 ]; then
    MEETING_VERDICT="each counted once and seen on the projector"
  else
    MEETING_VERDICT="MISMATCH"; VERDICT="MISMATCH"
  fi
  say "meeting: $MEETING_ACCEPTED votes accepted through node 2, $MEETING_STORED members marked as voted in the database -> $MEETING_VERDICT"
else
  note "no Chromium at ${CHROMIUM:-/usr/bin/chromium}: the meeting is not measured (apt-get install -y chromium)"
fi
say "load average at the end $(load)"

if [ "$VERDICT" != "every answer stored exactly once" ]; then
  note "a check failed; see above and $DIR"; exit 1
fi
say "all checks passed"
