-- sla: each ticket's flow as its facts last folded, for the at-risk estimate: the team it waits in, its priority and
-- category, whether it waits for the team, its running resolution clock's due time and target, and once resolved,
-- when and the business minutes the resolution clock ran. Read a page at a time (by ticket, by team while waiting)
-- and the last 30 days of resolutions at once.
create table sla_ticket_flow (
    ticket_id                 bigint primary key,
    team_id                   bigint,
    priority                  varchar(2) not null,
    category_id               bigint,
    calendar_id               bigint,
    created_at                timestamp with time zone not null,
    waiting                   boolean not null,
    resolution_due_at         timestamp with time zone,
    resolution_target_minutes bigint,
    resolved_at               timestamp with time zone,
    resolution_minutes        bigint
);
create index sla_ticket_flow_team_waiting on sla_ticket_flow (team_id, waiting);
create index sla_ticket_flow_resolved_at on sla_ticket_flow (resolved_at);
create index sla_ticket_flow_resolution_due_at on sla_ticket_flow (resolution_due_at);
