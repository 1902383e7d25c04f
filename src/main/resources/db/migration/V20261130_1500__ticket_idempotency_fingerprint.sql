-- ticket: an idempotency key remembers what request it was first used for, so a reuse with another body is refused
-- (422) instead of silently answering with the first ticket. Keys stored before this have none and still replay.
alter table idempotency_key add column request_hash varchar(64);
