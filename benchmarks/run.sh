#!/usr/bin/env bash
# Tierdesk speed, as ratios against a ceiling measured in the same run on the same machine (machines differ several
# times over and are shared, so only ratios compare across runs). See docs/benchmarks.md for what the figures mean.
#
#   benchmarks/run.sh            build both jars, run everything (about 8 minutes on 2 cores), print the figures
#   SKIP_BUILD=1 benchmarks/run.sh   reuse target/tierdesk-0.1.0.jar
#   SKIP_QUEUE=1 benchmarks/run.sh   ticket creation only (about 3 minutes): before and after a change to the create path
#
# Loopback only (127.0.0.1), bounded by time (wrk -d, pgbench -T), stops the JVMs it started and drops the databases
# it created, also on Ctrl-C or failure. Needs: wrk (apt-get install wrk), psql and pgbench, a PostgreSQL at
# 127.0.0.1:5432 that trusts user postgres.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
PG=(-h 127.0.0.1 -p 5432 -U postgres)
TD_DB=tierdesk_bench
CEIL_DB=tierdesk_bench_ceiling
TD_PORT=${TD_PORT:-18080}
CEIL_PORT=${CEIL_PORT:-18081}
WARMUP=${WARMUP:-10s}       # JIT and pool warm-up before each measured run; its figures are not kept
MEASURE=${MEASURE:-30s}     # each measured ticket-creation run
QUEUE_MEASURE=${QUEUE_MEASURE:-20s}
ROUNDS=${ROUNDS:-2}         # every measurement is taken this many times: the machine is shared and noisy
CONCURRENCY=32
WORK=$(mktemp -d /tmp/tierdesk-bench.XXXXXX)
PIDS=()

log() { printf '%s  %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

cleanup() {
	for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
	for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
	for db in "$TD_DB" "$CEIL_DB"; do psql "${PG[@]}" -q -c "drop database if exists $db with (force)" 2>/dev/null || true; done
	rm -rf "$WORK"
}
trap cleanup EXIT

fresh_db() { psql "${PG[@]}" -q -c "drop database if exists $1 with (force)" -c "create database $1"; }

# The rate limit stays in the path (its cost is measured) but never refuses the load generator's one token.
NO_LIMITS="--tierdesk.rate-limit.per-source=1000000000 --tierdesk.rate-limit.per-token=1000000000"

# Starts a jar on 127.0.0.1 with the same JVM flags for Tierdesk and the ceiling, and waits until it answers.
start() {
	local name=$1 port=$2 probe=$3; shift 3
	java -Xms1g -Xmx1g -jar "$@" --server.address=127.0.0.1 --server.port="$port" >"$WORK/$name.log" 2>&1 &
	PIDS+=($!)
	echo $! >"$WORK/$name.pid"
	for _ in $(seq 180); do
		if eval "$probe" >/dev/null 2>&1; then return; fi
		sleep 1
	done
	log "$name did not start; its log:"; tail -30 "$WORK/$name.log" >&2; exit 1
}

# CPU seconds (user + system) a process has used so far; /proc/PID/stat fields 14 and 15 are in clock ticks.
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$1/stat"; }

# One wrk run; prints its RESULT line plus the server's CPU milliseconds per request over the run (a figure that
# other people's builds disturb far less than throughput does).
measure() {
	local pid=$1 duration=$2 threads=$3 connections=$4 script=$5 url=$6 before after line
	before=$(cpu_seconds "$pid")
	line=$(wrk -t"$threads" -c"$connections" -d"$duration" --timeout 10s -s "$script" "$url" | grep '^RESULT')
	after=$(cpu_seconds "$pid")
	local requests=${line#*requests=}; requests=${requests%% *}
	echo "$line server_cpu_ms_per_req=$(awk -v a="$after" -v b="$before" -v n="$requests" 'BEGIN{printf "%.3f", n ? 1000*(a-b)/n : 0}')"
}

field() { local v=${1#*$2=}; echo "${v%% *}"; }

api() { curl -sf -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' "$@"; }

json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }

# ---------------------------------------------------------------------------------------------------------------------
if [[ -z "${SKIP_BUILD:-}" ]]; then
	log "building Tierdesk and the ceiling"
	(cd "$ROOT" && ./mvnw -q -B -DskipTests package)
fi
(cd "$ROOT" && ./mvnw -q -B -DskipTests -f benchmarks/ceiling/pom.xml package)

log "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
fresh_db "$TD_DB"
fresh_db "$CEIL_DB"
ADMIN="bench-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"

log "starting Tierdesk (:$TD_PORT) and the ceiling (:$CEIL_PORT)"
start tierdesk "$TD_PORT" "curl -sf http://127.0.0.1:$TD_PORT/actuator/health" "$ROOT/target/tierdesk-0.1.0.jar" \
	--spring.profiles.active=postgres --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$TD_DB" \
	--spring.datasource.username=postgres --spring.datasource.password= --tierdesk.bootstrap.admin-token="$ADMIN" \
	--tierdesk.data-dir="$WORK/data" $NO_LIMITS
start ceiling "$CEIL_PORT" "curl -sf -X POST -H 'Content-Type: application/json' -d '{\"subject\":\"s\",\"description\":\"d\"}' http://127.0.0.1:$CEIL_PORT/api/v1/tickets" \
	"$HERE/ceiling/target/tierdesk-ceiling-0.1.0.jar" \
	--spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$CEIL_DB" --spring.datasource.username=postgres \
	--spring.datasource.password=
TD_PID=$(cat "$WORK/tierdesk.pid")
CEIL_PID=$(cat "$WORK/ceiling.pid")

# Five teams (the queue data spreads tickets over ids 1..5), one requester with an API token.
B="http://127.0.0.1:$TD_PORT/api/v1"
for t in '"Service Desk","model":"TIERED","tier":1' '"Desktop Support","model":"TIERED","tier":2' \
	'"Network","model":"TIERED","tier":3' '"Applications","model":"TIERED","tier":3' '"Major Incident","model":"SWARM"'; do
	api -o /dev/null -d "{\"name\":$t}" "$B/teams"
done
REQUESTER=$(api -d '{"email":"requester@bench.local","name":"Bench Requester","role":"REQUESTER"}' "$B/users" | json "['id']")
REQUESTER_TOKEN=$(api -d '{"name":"bench"}' "$B/users/$REQUESTER/tokens" | json "['token']")

# ---------------------------------------------------------------------------------------------------------------------
# 1+2. Ticket creation at concurrency 32, ceiling and Tierdesk taken in turns so a burst of someone else's build hits
# both rather than one. wrk uses 2 threads (the machine has 2 cores; wrk needs far less CPU than the servers).
declare -a CREATE_RESULTS
for round in $(seq "$ROUNDS"); do
	for target in ceiling tierdesk; do
		if [[ $target == ceiling ]]; then pid=$CEIL_PID; url="http://127.0.0.1:$CEIL_PORT/api/v1/tickets"; token=""
		else pid=$TD_PID; url="$B/tickets"; token=$REQUESTER_TOKEN; fi
		log "round $round: POST /api/v1/tickets on $target, warm-up $WARMUP then $MEASURE at c=$CONCURRENCY"
		TOKEN=$token measure "$pid" "$WARMUP" 2 "$CONCURRENCY" "$HERE/post-ticket.lua" "$url" >/dev/null
		result=$(TOKEN=$token measure "$pid" "$MEASURE" 2 "$CONCURRENCY" "$HERE/post-ticket.lua" "$url")
		if [[ $(field "$result" other) != 0 || $(field "$result" errors) != 0 ]]; then
			log "$target answered something other than 201 or failed requests: $result"
		fi
		CREATE_RESULTS+=("create round=$round target=$target $result")
	done
done
kill "$CEIL_PID"

declare -a QUEUE_RESULTS
if [[ -z "${SKIP_QUEUE:-}" ]]; then
# ---------------------------------------------------------------------------------------------------------------------
# 3. The agent queue on 1,000,000 tickets, one client, sequential requests; the bare SQL for the same page beside it.
log "loading 1,000,000 tickets"
psql "${PG[@]}" -d "$TD_DB" -q -v ON_ERROR_STOP=1 -c 'truncate ticket cascade' -f "$HERE/queue-data.sql" >/dev/null 2>&1
AGENT=$(psql "${PG[@]}" -d "$TD_DB" -Atc "select id from app_user where email = 'agent1@bench.local'")
AGENT_TOKEN=$(api -d '{"name":"bench"}' "$B/users/$AGENT/tokens" | json "['token']")
QUEUE_PATH="/api/v1/tickets?team=1&open=true&sort=priority,asc&size=50"
OPEN_TEAM1=$(psql "${PG[@]}" -d "$TD_DB" -Atc "select count(*) from ticket where team_id = 1 and status not in ('RESOLVED', 'CLOSED')")
psql "${PG[@]}" -d "$TD_DB" -c "explain (analyze, buffers) $(grep -v '^--' "$HERE/queue-bare.sql" | head -1)" >"$WORK/explain.txt"
psql "${PG[@]}" -d "$TD_DB" -c "explain (analyze, buffers) $(grep -v '^--' "$HERE/queue-bare.sql" | tail -1)" >>"$WORK/explain.txt"

for round in $(seq "$ROUNDS"); do
	log "round $round: GET $QUEUE_PATH, warm-up $WARMUP then $QUEUE_MEASURE, one client"
	TOKEN=$AGENT_TOKEN QUEUE_PATH=$QUEUE_PATH measure "$TD_PID" "$WARMUP" 1 1 "$HERE/get-queue.lua" "http://127.0.0.1:$TD_PORT" >/dev/null
	result=$(TOKEN=$AGENT_TOKEN QUEUE_PATH=$QUEUE_PATH measure "$TD_PID" "$QUEUE_MEASURE" 1 1 "$HERE/get-queue.lua" "http://127.0.0.1:$TD_PORT")
	QUEUE_RESULTS+=("queue round=$round target=tierdesk $result")

	# The same two statements straight to PostgreSQL, one client, prepared like the JDBC driver's; pgbench's per-
	# transaction log gives the latency distribution.
	log "round $round: bare SQL (page + count) with pgbench for $QUEUE_MEASURE"
	rm -f "$WORK"/pgbench_log.*
	(cd "$WORK" && pgbench "${PG[@]}" -n -M prepared -c 1 -T "${QUEUE_MEASURE%s}" -f "$HERE/queue-bare.sql" -l "$TD_DB" >/dev/null 2>&1)
	bare=$(cat "$WORK"/pgbench_log.* | awk '{print $3}' | sort -n | awk '{a[NR]=$1} END {printf "requests=%d p50_ms=%.2f p99_ms=%.2f", NR, a[int(NR*0.5)]/1000, a[int(NR*0.99)]/1000}')
	QUEUE_RESULTS+=("queue round=$round target=bare-sql $bare")
done
fi

# ---------------------------------------------------------------------------------------------------------------------
echo
echo "== raw figures ($(date -u +%F), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)) =="
printf '%s\n' "${CREATE_RESULTS[@]}" "${QUEUE_RESULTS[@]}"
[[ -n "${SKIP_QUEUE:-}" ]] || echo "open tickets in team 1: $OPEN_TEAM1 of $(psql "${PG[@]}" -d "$TD_DB" -Atc 'select count(*) from ticket')"
echo
echo "== ratios (per round) =="
for round in $(seq "$ROUNDS"); do
	c=$(printf '%s\n' "${CREATE_RESULTS[@]}" | grep "round=$round target=ceiling")
	t=$(printf '%s\n' "${CREATE_RESULTS[@]}" | grep "round=$round target=tierdesk")
	q=$(printf '%s\n' "${QUEUE_RESULTS[@]}" | grep "round=$round target=tierdesk" || true)
	s=$(printf '%s\n' "${QUEUE_RESULTS[@]}" | grep "round=$round target=bare-sql" || true)
	awk -v r="$round" -v ct="$(field "$c" rps)" -v tt="$(field "$t" rps)" -v cp="$(field "$c" p99_ms)" \
		-v tp="$(field "$t" p99_ms)" -v cc="$(field "$c" server_cpu_ms_per_req)" -v tc="$(field "$t" server_cpu_ms_per_req)" \
		-v q50="$(field "$q" p50_ms)" -v q99="$(field "$q" p99_ms)" -v s50="$(field "$s" p50_ms)" -v s99="$(field "$s" p99_ms)" \
		'BEGIN {
			printf "round %s  create: throughput %.1f%% of ceiling (target >= 35%%), p99 %.1fx ceiling (target <= 2x), CPU/request %.1fx ceiling\n", r, 100*tt/ct, tp/cp, tc/cc;
			if (s50 > 0) printf "round %s  queue:  p50 %.2f ms, p99 %.2f ms (target < 10 ms); %.1fx bare SQL at p50, %.1fx at p99 (target <= 3x)\n", r, q50, q99, q50/s50, q99/s99;
		}'
done
[[ -n "${SKIP_QUEUE:-}" ]] && exit 0
echo
echo "== EXPLAIN ANALYZE of the page and count statements =="
cat "$WORK/explain.txt"
