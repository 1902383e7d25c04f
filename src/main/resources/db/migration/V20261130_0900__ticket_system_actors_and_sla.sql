-- ticket: the system acts under a name (SLA, Routing, Email...), a rule can set a priority with its reason, and the
-- SLA module's snapshot sits beside the ticket so that recording it does not bump the version agents edit against.
alter table ticket_event add column system_actor varchar(100);
alter table ticket_message add column system_author varchar(100);
alter table ticket_message alter column author_id drop not null;
alter table ticket add column priority_reason varchar(500);

create table ticket_sla (
    ticket_id               bigint primary key references ticket (id),
    policy                  varchar(200) not null,
    first_response_due_at   timestamp with time zone,
    resolution_due_at       timestamp with time zone,
    paused                  boolean not null,
    first_response_breached boolean not null,
    resolution_breached     boolean not null,
    recorded_at             timestamp with time zone not null
);
