-- demo: marks that the demo desk was seeded, so a restart with tierdesk.demo=true does not seed again.
create table demo_seed (
    id        integer primary key,
    seeded_at timestamp with time zone not null
);
