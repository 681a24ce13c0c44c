-- A to-do's id is keyed on its assignee's directory externalId where there is one, else on his name
-- (docs/decisions/0356): two units of one name under two directory ids are two assignees, each with
-- his to-do, and a person renamed is the same one. At most one to-do per (ticket, kind, assignee)
-- is OPEN at a time, the assignee by the same rule.
drop index todo_one_open_idx;
create unique index todo_one_open_idx
    on todo (ticket_id, kind, assignee_type, (assignee_external_id is null),
             coalesce(assignee_external_id, assignee_name))
    where status = 'OPEN';
