-- One million tickets with text for the search benchmark, written straight into the tables the migrations made.
-- Words are drawn from a vocabulary with a long tail (word i has a chance about 1/i, like natural text): the first
-- words of the list are in most tickets, the words past a few thousand in a few hundred. 200 requesters; one message
-- per ticket, one in four an internal note. Deterministic (setseed) so runs compare. psql variable: tickets.
select setseed(0.42);

-- The common words, most used first; past them, rank k is a host name or an error code (computed, not looked up: a
-- subscript into a long text[] walks it from the start).
create temporary table vocabulary as select string_to_array(
  'the to and a of is in it not on for my with this please error after when can from printer cannot be '
  'laptop login password email outlook screen access vpn network user account new working since again '
  'update windows teams phone office need help file server share drive folder install software license '
  'monitor keyboard mouse docking station battery charger slow crash freeze restart reboot message shows '
  'connection wifi internet browser chrome firefox edge website page certificate expired sso mfa token '
  'authenticator reset locked unlock permission denied request order hardware replace broken cable port '
  'usb headset camera meeting calendar invite mailbox full quota archive backup restore deleted sync '
  'onedrive sharepoint excel word powerpoint pdf scan copier toner paper jam tray queue spooler driver '
  'citrix remote desktop rdp session timeout dns dhcp ip address proxy firewall blocked ticket urgent '
  'today tomorrow morning floor building room desk team manager approval onboarding offboarding starter '
  'leaver contract vendor invoice sap erp crm salesforce jira confluence git repository build pipeline '
  'deploy database sql query report dashboard slowness latency outage incident major degraded service '
  'kerberos ldap active directory group policy gpo intune mdm enrol iphone android tablet sim roaming', ' ') as common;

insert into app_user (email, name, role, created_at)
select 'requester' || g || '@bench.local', 'Requester ' || g, 'REQUESTER', timestamp with time zone '2024-11-25 00:00+00'
from generate_series(1, 200) g;

-- Words drawn with chance ~1/rank among 20,000: rank = exp(random() * ln(20000)). PL/pgSQL, whose plans are kept:
-- a SQL function is planned again on every call.
create function pg_temp.sentence(common text[], length int) returns text language plpgsql volatile as $$
declare
    words text[] := '{}';
    k int;
begin
    for i in 1..length loop
        k := floor(exp(random() * ln(20000)))::int;
        words := words || case when k <= cardinality(common) then common[k] when k % 2 = 0 then 'srv' || k
                               else 'err' || k end;
    end loop;
    return array_to_string(words, ' ');
end $$;

with requesters as (select array_agg(id order by id) r from app_user where email like 'requester%@bench.local')
insert into ticket (id, subject, description, type, status, impact, urgency, priority, channel, requester_id,
                    team_id, created_by_id, created_at, updated_at, version, is_open)
select nextval('ticket_seq'),
       pg_temp.sentence(v.common, 6),
       pg_temp.sentence(v.common, 40),
       'INCIDENT',
       case when g % 30 = 0 then 'OPEN' else 'CLOSED' end,
       'MEDIUM', 'MEDIUM',
       case when g % 10 < 1 then 'P2' when g % 10 < 6 then 'P3' else 'P4' end,
       'PORTAL',
       requesters.r[1 + (g % 200)],
       1 + (g % 5),
       requesters.r[1 + (g % 200)],
       timestamp with time zone '2026-11-25 00:00+00' - (:tickets - g) * interval '1 minute',
       timestamp with time zone '2026-11-25 00:00+00' - (:tickets - g) * interval '1 minute',
       0,
       g % 30 = 0
from generate_series(1, :tickets) g cross join vocabulary v cross join requesters;

insert into ticket_message (ticket_id, author_id, body, visibility, created_at)
select t.id, t.requester_id, pg_temp.sentence(v.common, 25), case when t.id % 4 = 0 then 'INTERNAL' else 'PUBLIC' end,
       t.created_at + interval '1 hour'
from ticket t cross join vocabulary v;
