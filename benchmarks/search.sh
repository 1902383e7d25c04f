#!/usr/bin/env bash
# Ticket search at 1,000,000 tickets: the full-text index (what the desk runs on PostgreSQL) against the plain
# LIKE '%word%' scan over the same text, measured in the same run on the same database. See docs/benchmarks.md.
#
#   benchmarks/search.sh     about 12 minutes on 2 cores: load (3 min), index (5 min), each query for MEASURE seconds
#
# Needs psql and pgbench, a PostgreSQL at 127.0.0.1:5432 that trusts user postgres. Uses a database of its own
# (tierdesk_search_bench), dropped at the end, also on Ctrl-C or failure. Bounded by time (pgbench -T).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
PG=(-h 127.0.0.1 -p 5432 -U postgres)
DB=tierdesk_search_bench
TICKETS=${TICKETS:-1000000}   # a smaller number for a quick try of the script itself
MEASURE=${MEASURE:-20}   # seconds each query runs (as often as it fits); a LIKE scan may run only a few times
WORK=$(mktemp -d /tmp/tierdesk-search.XXXXXX)

log() { printf '%s  %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
cleanup() {
	psql "${PG[@]}" -q -c "drop database if exists $DB with (force)" 2>/dev/null || true
	rm -rf "$WORK"
}
# KEEP=1 keeps the database afterwards (to look at plans); drop it with: dropdb -h 127.0.0.1 -U postgres 'tierdesk_search_bench'
[ "${KEEP:-}" = 1 ] || trap cleanup EXIT

sql() { psql "${PG[@]}" -d "$DB" -q -v ON_ERROR_STOP=1 "$@"; }
seconds_of() { local start=$SECONDS; "$@" >/dev/null; echo $((SECONDS - start)); }

psql "${PG[@]}" -q -c "drop database if exists $DB with (force)" -c "create database $DB"
# Autovacuum is off on this machine: statistics and the visibility map come from the explicit VACUUM ANALYZE below.
log "schema (the migrations before search)"
for f in "$ROOT"/src/main/resources/db/migration/*.sql; do sql -f "$f"; done
log "loading 1,000,000 tickets and 1,000,000 messages"
load_s=$(seconds_of sql -v tickets="$TICKETS" -f "$HERE/search-data.sql")
sql -c "vacuum analyze ticket" -c "vacuum analyze ticket_message"
log "the search migration on them (backfill and GIN index), as an upgrade would run it"
index_s=$(seconds_of sql -f "$ROOT"/src/main/resources/db/vendor/postgresql/V*__ticket_search.sql)
sql -c "vacuum analyze ticket_search"
size=$(sql -At -c "select pg_size_pretty(pg_total_relation_size('ticket_search'))")
ticket_size=$(sql -At -c "select pg_size_pretty(pg_total_relation_size('ticket') + pg_total_relation_size('ticket_message'))")

# The cost on the write path: 10,000 tickets with a message each, with the triggers and without.
write_cost() {
	sql -c "$1" -c "\timing on" -c "begin" -c "
		insert into ticket (id, subject, description, type, status, impact, urgency, priority, channel, requester_id,
			created_by_id, created_at, updated_at, version)
		select nextval('ticket_seq'), 'printer on floor ' || g, 'The printer on floor ' || g || ' jams every morning',
			'INCIDENT', 'NEW', 'LOW', 'LOW', 'P4', 'API', 1, 1, now(), now(), 0 from generate_series(1, 10000) g" -c "
		insert into ticket_message (ticket_id, author_id, body, visibility, created_at)
		select id, 1, 'Tried a new toner cartridge, still jams', 'PUBLIC', now() from ticket where created_at > now() - interval '1 hour'" \
		-c "rollback" | awk '/^Time:/ {s += $2} END {printf "%.0f", s}'
}
with_triggers_ms=$(write_cost "select 1")
without_triggers_ms=$(write_cost "alter table ticket disable trigger ticket_search_ticket; alter table ticket_message disable trigger ticket_search_message")
sql -c "alter table ticket enable trigger ticket_search_ticket" -c "alter table ticket_message enable trigger ticket_search_message"

# The count and the page of 50, as the desk asks them (TicketQueries.ranked): indexed, best match first by ts_rank up to
# 10,000 matches and newest first past that; and by LIKE over the same text (subject, description and messages;
# ordered by the queue's priority order, since LIKE has no rank).
indexed() {
	local from="from ticket t join ticket_search s on s.ticket_id = t.id where s.staff_doc @@ websearch_to_tsquery('simple', '$1')"
	echo "select count(*) $from;"
	if [ "$2" -le 10000 ]; then
		echo "select t.id $from order by ts_rank(s.staff_doc, websearch_to_tsquery('simple', '$1')) desc, t.created_at desc, t.id desc limit 50;"
	else
		echo "select t.id $from order by t.id desc limit 50;"
	fi
}
like() {
	local where="true" w
	for w in $1; do
		where="$where and (lower(t.subject) like '%$w%' or lower(t.description) like '%$w%' or exists (select 1 from ticket_message m where m.ticket_id = t.id and lower(m.body) like '%$w%'))"
	done
	echo "select count(*) from ticket t where $where;"
	echo "select t.id from ticket t where $where order by t.priority, t.created_at, t.id limit 50;"
}
# Mean milliseconds of one page + count, over MEASURE seconds (at least one run).
measure() {
	"$1" "$2" "$3" >"$WORK/q.sql"
	pgbench "${PG[@]}" -n -c 1 -T "$MEASURE" -f "$WORK/q.sql" "$DB" 2>/dev/null | awk '/latency average/ {print $4}'
}
matches() { sql -At -c "select count(*) from ticket_search where staff_doc @@ websearch_to_tsquery('simple', '$1')"; }

results=()
for q in "srv4000" "printer" "vpn timeout"; do
	log "query '$q'"
	n=$(matches "$q")
	idx=$(measure indexed "$q" "$n")
	lk=$(measure like "$q" "$n")
	results+=("$(printf '| `%s` | %s | %s | %s | %.0f× |' "$q" "$n" "$idx" "$lk" "$(echo "$lk / $idx" | bc -l)")")
done

cat <<REPORT

Ticket search at 1,000,000 tickets — $(date -u +%Y-%m-%d\ %H:%M) UTC, $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), PostgreSQL $(sql -At -c "show server_version")

loading: ${load_s} s; search migration (backfill + GIN index): ${index_s} s; ticket_search ${size} (tickets and messages ${ticket_size})
write path, 10,000 tickets + 10,000 messages in one transaction: ${with_triggers_ms} ms with the index triggers, ${without_triggers_ms} ms without

| query | matching tickets | indexed, ms (count + page of 50) | LIKE scan, ms (count + page of 50) | LIKE / indexed |
| --- | --- | --- | --- | --- |
$(printf '%s\n' "${results[@]}")
REPORT
