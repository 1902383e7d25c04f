-- sla: the persistent timers of warnings and breaches (issue 11).
-- db-scheduler's table, the columns of its postgresql_tables.sql (version 16) with varchar keys instead of text, so the
-- same table is created on H2 (which cannot key a text column) and PostgreSQL. Nodes claim a due row by bumping its
-- version, so one node runs it; a node that dies while running it leaves a stale heartbeat and another runs it again.
create table scheduled_tasks (
    task_name            varchar(100) not null,
    task_instance        varchar(250) not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean not null,
    picked_by            varchar(250),
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures integer,
    last_heartbeat       timestamp with time zone,
    version              bigint not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_by_execution_time on scheduled_tasks (execution_time);
create index scheduled_tasks_by_last_heartbeat on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_by_priority on scheduled_tasks (priority desc, execution_time asc);

-- The deadlines that stand now, one per ticket, target and kind, as the clock last scheduled them, with what the
-- timeline's words need. A stopped or paused clock deletes its rows; a moved one updates the due instant.
create table sla_deadline (
    ticket_id bigint not null,
    target    varchar(20) not null,
    kind      varchar(10) not null,
    due_at    timestamp with time zone not null,
    policy_id bigint not null,
    priority  varchar(2) not null,
    calendar  varchar(200) not null,
    zone_id   varchar(64) not null,
    primary key (ticket_id, target, kind)
);

-- The fired-once guard: a deadline's actions run in the transaction that inserts its row, so a second run of the same
-- deadline (db-scheduler is at least once, and two nodes may race after a crash) finds the row and does nothing.
create table sla_deadline_fired (
    ticket_id bigint not null,
    target    varchar(20) not null,
    kind      varchar(10) not null,
    due_at    timestamp with time zone not null,
    fired_at  timestamp with time zone not null,
    primary key (ticket_id, target, kind, due_at)
);

-- What a policy does at the warning and at the breach, in order.
create table sla_policy_action (
    policy_id bigint not null,
    kind      varchar(10) not null,
    position  integer not null,
    action    varchar(30) not null,
    team_id   bigint,
    primary key (policy_id, kind, position)
);
