-- ticket: the SLA snapshot grows compatibly (next response, paused minutes, the calendar's name) and keeps the nearest
-- due time of a running clock, so that sorting the queue by it is one indexed query.
alter table ticket_sla add column next_response_due_at timestamp with time zone;
alter table ticket_sla add column next_response_breached boolean default false not null;
alter table ticket_sla add column paused_minutes bigint default 0 not null;
alter table ticket_sla add column resolution_minutes_left bigint;
alter table ticket_sla add column calendar varchar(200) default '' not null;
alter table ticket_sla add column next_due_at timestamp with time zone;
create index ticket_sla_next_due_at on ticket_sla (next_due_at);
