#!/usr/bin/env bash
# What durable commits cost ticket creation on the embedded default (issue 9), as a ratio against a baseline measured
# in the same run: the same jar on H2 with H2's default write delay (500 ms, not durable) beside the shipped default
# (WRITE_DELAY=0 in application.yml). See docs/benchmarks.md.
#
#   benchmarks/h2-durability.sh                  build the jar, run (about 4 minutes on 2 cores), print the figures
#   SKIP_BUILD=1 ROUNDS=1 benchmarks/h2-durability.sh
#
# Loopback only (127.0.0.1), bounded by time (wrk -d), one data directory per JVM under a temporary directory; stops
# the two JVMs it started and removes that directory, also on Ctrl-C or failure. Needs wrk (apt-get install wrk).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
BASE_PORT=${BASE_PORT:-18090}
DURABLE_PORT=${DURABLE_PORT:-18091}
WARMUP=${WARMUP:-10s}
MEASURE=${MEASURE:-20s}
ROUNDS=${ROUNDS:-2}
CONCURRENCY=32          # as in run.sh
WORK=$(mktemp -d /tmp/tierdesk-h2-bench.XXXXXX)
PIDS=()
# H2's own defaults: the application.yml URL without WRITE_DELAY=0.
BASELINE_URL="jdbc:h2:file:$WORK/baseline/db/tierdesk;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"

log() { printf '%s  %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

cleanup() {
	for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
	for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
	rm -rf "$WORK"
}
trap cleanup EXIT

# Starts the jar on 127.0.0.1 with run.sh's JVM flags and its own data directory, and waits until it is healthy.
start() {
	local name=$1 port=$2; shift 2
	java -Xms1g -Xmx1g -jar "$ROOT/target/tierdesk-0.1.0.jar" --server.address=127.0.0.1 --server.port="$port" \
		--tierdesk.data-dir="$WORK/$name" --tierdesk.bootstrap.admin-token="$ADMIN" \
		--tierdesk.rate-limit.per-source=1000000000 --tierdesk.rate-limit.per-token=1000000000 "$@" >"$WORK/$name.log" 2>&1 &
	PIDS+=($!)
	echo $! >"$WORK/$name.pid"
	for _ in $(seq 180); do
		if curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1; then return; fi
		sleep 1
	done
	log "$name did not start; its log:"; tail -30 "$WORK/$name.log" >&2; exit 1
}

cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$1/stat"; }

measure() {
	local pid=$1 duration=$2 url=$3 before after line requests
	before=$(cpu_seconds "$pid")
	line=$(wrk -t2 -c"$CONCURRENCY" -d"$duration" --timeout 10s -s "$HERE/post-ticket.lua" "$url" | grep '^RESULT')
	after=$(cpu_seconds "$pid")
	requests=${line#*requests=}; requests=${requests%% *}
	echo "$line server_cpu_ms_per_req=$(awk -v a="$after" -v b="$before" -v n="$requests" 'BEGIN{printf "%.3f", n ? 1000*(a-b)/n : 0}')"
}

field() { local v=${1#*$2=}; echo "${v%% *}"; }

json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }

# A requester with an API token, as in run.sh.
requester_token() {
	local b="http://127.0.0.1:$1/api/v1" id
	id=$(curl -sf -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
		-d '{"email":"requester@bench.local","name":"Bench Requester","role":"REQUESTER"}' "$b/users" | json "['id']")
	curl -sf -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' -d '{"name":"bench"}' \
		"$b/users/$id/tokens" | json "['token']"
}

# ---------------------------------------------------------------------------------------------------------------------
if [[ -z "${SKIP_BUILD:-}" ]]; then
	log "building Tierdesk"
	(cd "$ROOT" && ./mvnw -q -B -DskipTests package)
fi
log "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
ADMIN="bench-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
log "starting Tierdesk on H2 twice: baseline (H2 default write delay, :$BASE_PORT) and durable (shipped default, :$DURABLE_PORT)"
start baseline "$BASE_PORT" --spring.datasource.url="$BASELINE_URL"
start durable "$DURABLE_PORT"
declare -A TOKEN PID PORT
PORT[baseline]=$BASE_PORT PORT[durable]=$DURABLE_PORT
for target in baseline durable; do
	TOKEN[$target]=$(requester_token "${PORT[$target]}")
	PID[$target]=$(cat "$WORK/$target.pid")
done

# Taken in turns, as in run.sh, so a burst of someone else's build hits both rather than one.
declare -a RESULTS
for round in $(seq "$ROUNDS"); do
	for target in baseline durable; do
		url="http://127.0.0.1:${PORT[$target]}/api/v1/tickets"
		log "round $round: POST /api/v1/tickets on $target, warm-up $WARMUP then $MEASURE at c=$CONCURRENCY"
		TOKEN=${TOKEN[$target]} measure "${PID[$target]}" "$WARMUP" "$url" >/dev/null
		result=$(TOKEN=${TOKEN[$target]} measure "${PID[$target]}" "$MEASURE" "$url")
		if [[ $(field "$result" other) != 0 || $(field "$result" errors) != 0 ]]; then
			log "$target answered something other than 201 or failed requests: $result"
		fi
		RESULTS+=("create round=$round target=$target $result")
	done
done

echo
echo "== raw figures ($(date -u '+%F %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)) =="
printf '%s\n' "${RESULTS[@]}"
for target in baseline durable; do
	# Every ticket of the run is in the file, so its size per ticket compares the two (the durable mode writes one
	# chunk per commit and H2 runs no background compaction without a write delay).
	tickets=$(curl -sf -H "Authorization: Bearer $ADMIN" "http://127.0.0.1:${PORT[$target]}/api/v1/tickets?size=1" | json "['total']")
	kib=$(du -k "$WORK/$target/db/tierdesk.mv.db" | cut -f1)
	echo "$target: $tickets tickets, database file $kib KiB, $(awk -v k="$kib" -v t="$tickets" 'BEGIN{printf "%.2f", k/t}') KiB per ticket"
done
echo
echo "== durable vs baseline (per round) =="
for round in $(seq "$ROUNDS"); do
	b=$(printf '%s\n' "${RESULTS[@]}" | grep "round=$round target=baseline")
	d=$(printf '%s\n' "${RESULTS[@]}" | grep "round=$round target=durable")
	awk -v r="$round" -v bt="$(field "$b" rps)" -v dt="$(field "$d" rps)" -v b50="$(field "$b" p50_ms)" \
		-v d50="$(field "$d" p50_ms)" -v b99="$(field "$b" p99_ms)" -v d99="$(field "$d" p99_ms)" \
		-v bc="$(field "$b" server_cpu_ms_per_req)" -v dc="$(field "$d" server_cpu_ms_per_req)" \
		'BEGIN { printf "round %s  throughput %.1f%% of baseline, p50 %.2fx, p99 %.2fx, CPU/request %.2fx\n", r, 100*dt/bt, d50/b50, d99/b99, dc/bc }'
done
