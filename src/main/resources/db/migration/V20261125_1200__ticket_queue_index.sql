-- ticket: the agent queue ("a team's open tickets by priority then age") as one index range.
-- The queue filters on status IN (NEW, OPEN, PENDING, ON_HOLD): a list that no B-tree can serve in priority order, so
-- PostgreSQL walked a team's whole history (95%+ resolved or closed) for the page and bitmap-joined two indexes for the
-- count (26 ms at 1M tickets, see docs/benchmarks.md). A partial index would do, but H2 has none; a stored flag, kept
-- by the Ticket aggregate on every status change, works on both and makes page and count one range each.
alter table ticket add column is_open boolean default true not null;
update ticket set is_open = false where status in ('RESOLVED', 'CLOSED');
create index ticket_open_team_queue on ticket (team_id, is_open, priority, created_at, id);
