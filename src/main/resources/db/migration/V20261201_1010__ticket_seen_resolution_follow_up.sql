-- ticket: "what changed since I last looked", the resolution the requester reads, and follow-ups of closed tickets.
-- When a person last opened a ticket's page. One row per person and ticket, written on the page view only (never on
-- create), so the create path stays one ticket insert; the primary key serves the per-page look-up of a person's rows.
create table ticket_seen (
    user_id   bigint not null,
    ticket_id bigint not null references ticket (id),
    seen_at   timestamp with time zone not null,
    primary key (user_id, ticket_id)
);

-- The agent's public resolution text, kept on the ticket while it is resolved or closed (cleared on reopen), so the
-- requester's page and the API show it without reading the timeline.
alter table ticket add column resolution varchar(2000);

-- A requester's new ticket that follows up a closed one: the link is shown on both.
alter table ticket add column follow_up_of bigint references ticket (id);
create index ticket_follow_up_of on ticket (follow_up_of);
