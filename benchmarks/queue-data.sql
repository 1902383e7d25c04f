-- One million tickets for the agent-queue benchmark, written straight into the tables Flyway made (the API would
-- take hours). The spread follows a desk that has run for two years: 5 teams, 200 requesters, 20 agents, most tickets
-- closed or resolved, about 3% still open, priorities skewed to P3/P4. Deterministic (setseed) so runs compare.
-- psql variables: none; the teams 1..5 are created through the API by run.sh before this runs.
select setseed(0.42);

insert into app_user (email, name, role, created_at)
select 'requester' || g || '@bench.local', 'Requester ' || g, 'REQUESTER', timestamp with time zone '2024-11-25 00:00+00'
from generate_series(1, 200) g;
insert into app_user (email, name, role, created_at)
select 'agent' || g || '@bench.local', 'Agent ' || g, 'AGENT', timestamp with time zone '2024-11-25 00:00+00'
from generate_series(1, 20) g;
insert into team_member (team_id, user_id)
select 1 + (row_number() over (order by id) - 1) % 5, id from app_user where email like 'agent%@bench.local';

with agents as (select array_agg(id order by id) a from app_user where email like 'agent%@bench.local'),
     requesters as (select array_agg(id order by id) r from app_user where email like 'requester%@bench.local'),
     raw as (
       select g, random() s, random() p, random() c, random() a, random() q
       from generate_series(1, 1000000) g)
insert into ticket (id, subject, description, type, status, impact, urgency, priority, channel, requester_id,
                    team_id, assignee_id, created_by_id, created_at, updated_at, resolved_at, closed_at, version, is_open)
select nextval('ticket_seq'),
       'Benchmark ticket ' || g,
       'Generated for the queue benchmark.',
       case when g % 4 = 0 then 'SERVICE_REQUEST' else 'INCIDENT' end,
       st.status,
       'MEDIUM', 'MEDIUM',
       case when p < 0.05 then 'P1' when p < 0.20 then 'P2' when p < 0.70 then 'P3' else 'P4' end,
       case when g % 3 = 0 then 'EMAIL' when g % 3 = 1 then 'PORTAL' else 'API' end,
       requesters.r[1 + (g % 200)],
       1 + (g % 5),
       case when st.status = 'NEW' then null else agents.a[1 + (g % 20)] end,
       requesters.r[1 + (g % 200)],
       ts.created, ts.created + interval '1 hour',
       case when st.status in ('RESOLVED', 'CLOSED') then ts.created + interval '1 day' end,
       case when st.status = 'CLOSED' then ts.created + interval '4 days' end,
       0,
       st.status not in ('RESOLVED', 'CLOSED')
from raw cross join agents cross join requesters
cross join lateral (select timestamp with time zone '2026-11-25 00:00+00' - c * interval '730 days' as created) ts
cross join lateral (select case when s < 0.010 then 'NEW' when s < 0.022 then 'OPEN' when s < 0.027 then 'PENDING'
                               when s < 0.030 then 'ON_HOLD' when s < 0.120 then 'RESOLVED' else 'CLOSED' end
                           as status) st;

-- VACUUM sets the visibility map (index-only scans), ANALYZE the statistics the planner needs for a 1M-row table.
vacuum analyze ticket;
vacuum analyze app_user;
vacuum analyze team_member;
