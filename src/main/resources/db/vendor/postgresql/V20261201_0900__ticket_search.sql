-- ticket: the full-text index of the desk's search (PostgreSQL only; H2 searches with LIKE, see docs/decisions.md).
-- One row per ticket: staff_doc holds subject (weight A), description (B) and every message (C); public_doc the same
-- without internal notes, for requesters, kept only once a ticket has a note (null: staff_doc is public). Only staff_doc
-- has a GIN index: a requester's search is already narrowed to their own tickets by the requester index, then checked
-- row by row. Triggers keep both documents
-- in the same transaction as the ticket or message write, whichever code path writes (API, pages, demo, imports).
-- The 'simple' configuration lower-cases words and does not stem: tickets are written in several languages, and a
-- word is found as it was typed (the highlighter marks the same words).
create table ticket_search (
    ticket_id  bigint primary key references ticket (id),
    staff_doc  tsvector not null,
    public_doc tsvector
);

-- Adds a text's words with a weight. A tsvector holds at most 1 MB: a conversation past that keeps the words it had
-- rather than failing the write.
create function ticket_search_add(doc tsvector, body text, weight "char") returns tsvector
language plpgsql immutable as $$
begin
    return doc || setweight(to_tsvector('simple', body), weight);
exception when program_limit_exceeded then
    return doc;
end $$;

create function ticket_search_on_ticket() returns trigger
language plpgsql as $$
declare
    doc tsvector := ticket_search_add(ticket_search_add('', new.subject, 'A'), new.description, 'B');
begin
    insert into ticket_search (ticket_id, staff_doc) values (new.id, doc);
    return null;
end $$;

create function ticket_search_on_message() returns trigger
language plpgsql as $$
begin
    update ticket_search
       set staff_doc = ticket_search_add(staff_doc, new.body, 'C'),
           public_doc = case when new.visibility = 'PUBLIC' then ticket_search_add(public_doc, new.body, 'C')
                             else coalesce(public_doc, staff_doc) end
     where ticket_id = new.ticket_id;
    return null;
end $$;

-- A ticket's subject and description never change after it is opened, and messages are never edited: inserts only.
create trigger ticket_search_ticket after insert on ticket
    for each row execute function ticket_search_on_ticket();
create trigger ticket_search_message after insert on ticket_message
    for each row execute function ticket_search_on_message();

-- The tickets already there (an upgrade), in one statement.
insert into ticket_search (ticket_id, staff_doc, public_doc)
select t.id, ticket_search_add(base.doc, coalesce(m.staff, ''), 'C'),
       case when m.notes > 0 then ticket_search_add(base.doc, coalesce(m.public, ''), 'C') end
from ticket t
cross join lateral (select ticket_search_add(ticket_search_add('', t.subject, 'A'), t.description, 'B') as doc) base
left join lateral (select string_agg(body, ' ' order by id) as staff,
                          string_agg(body, ' ' order by id) filter (where visibility = 'PUBLIC') as public,
                          count(*) filter (where visibility <> 'PUBLIC') as notes
                   from ticket_message where ticket_id = t.id) m on true;

create index ticket_search_staff on ticket_search using gin (staff_doc);
