-- identity: an organisation's email domain (example.org), so the email channel can place a new requester in it.
-- One organisation per domain; many may have none (NULLs do not collide in a unique constraint, on H2 and PostgreSQL).
alter table organisation add column domain varchar(253);
alter table organisation add constraint organisation_domain_unique unique (domain);
