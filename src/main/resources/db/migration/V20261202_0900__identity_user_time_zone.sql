-- The zone a person chose for the times pages show them (an IANA name); null: their browser's, else the desk's default.
alter table app_user add column time_zone varchar(64);
