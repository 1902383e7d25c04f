-- The two statements GET /api/v1/tickets?team=1&open=true&sort=priority,asc&size=50 sends for its page, as Hibernate
-- writes them (captured with log_statement=all): the page, then Spring Data's count for the page envelope's total.
-- pgbench runs them as one transaction per request, with -M prepared like the JDBC driver after its fifth execution.
select t1_0.id,t1_0.assignee_id,t1_0.category_id,t1_0.channel,t1_0.closed_at,t1_0.created_at,t1_0.created_by_id,t1_0.description,t1_0.first_responded_at,t1_0.impact,t1_0.priority,t1_0.requester_id,t1_0.requester_org_id,t1_0.resolved_at,t1_0.status,t1_0.subject,t1_0.team_id,t1_0.type,t1_0.updated_at,t1_0.urgency,t1_0.version from ticket t1_0 where 1=1 and t1_0.is_open and t1_0.team_id in (1) order by t1_0.priority,t1_0.created_at,t1_0.id offset 0 rows fetch first 50 rows only;
select count(t1_0.id) from ticket t1_0 where 1=1 and t1_0.is_open and t1_0.team_id in (1);
