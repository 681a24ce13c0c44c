-- The CLOSE to-do (问题销号, DOMAIN.md "Who must act next"): a problem's, not a ticket's, so a to-do
-- may have no ticket. At most one CLOSE to-do per problem and assignee is OPEN at a time.
alter table todo alter column ticket_id drop not null;
create unique index todo_one_open_per_problem_idx on todo (problem_id, kind, assignee_type, assignee_name)
    where status = 'OPEN' and ticket_id is null;
create index todo_problem_idx on todo (problem_id);

-- What this service knows of problem-service's problems, from its change feed (applied with the
-- position in feed_position, docs/decisions/0197-close-todo-from-the-problem-feed.md).
create table followed_problem (
    id       uuid   primary key,
    number   text,
    title    text,
    status   text   not null,
    position bigint not null
);
