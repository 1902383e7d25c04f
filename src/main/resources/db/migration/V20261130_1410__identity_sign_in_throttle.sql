-- identity: sign-in throttling replaces the hard lockout. One row per account ('account:<user id>') or source address
-- ('source:<address>') with failed sign-ins to remember; rows with nothing to remember are deleted. The pause lives
-- here, not in a node's memory, so it holds across restarts and for every node.
create table sign_in_throttle (
    subject         varchar(100) primary key,
    failures        integer not null,
    last_failure_at timestamp with time zone,
    paused_until    timestamp with time zone
);

-- The lockout columns: a stranger could set them for anyone, so they go (no pause is carried over).
alter table app_user drop column failed_sign_ins;
alter table app_user drop column locked_until;
