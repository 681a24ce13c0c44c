-- 待办: who must act next on a ticket (DOMAIN.md "Who must act next"), derived from the ticket's
-- state in the same transaction as the change that opens or closes it (docs/decisions/0172).
-- The id is a name-based UUID of (ticket, kind, assignee, round), so an OA system never sees the
-- same to-do twice; at most one to-do per (ticket, kind, assignee) is OPEN at a time.
create table todo (
    id                   uuid        primary key,
    seq                  bigint      generated always as identity unique,
    ticket_id            uuid        not null references ticket (id),
    problem_id           uuid,
    kind                 text        not null,
    assignee_type        text        not null,
    assignee_name        text        not null,
    assignee_external_id text,
    round_key            text        not null,
    title                text        not null,
    due_date             date,
    status               text        not null,
    opened_at            timestamptz not null,
    done_at              timestamptz,
    -- People who must never act on it although they hold the assignee role (the ticket's
    -- responsible person and submitters for VERIFY; also the requester for DECIDE_EXTENSION).
    not_for              varchar[]   not null default '{}',
    version              bigint      not null default 0
);

create unique index todo_one_open_idx on todo (ticket_id, kind, assignee_type, assignee_name)
    where status = 'OPEN';
create index todo_ticket_idx on todo (ticket_id);
create index todo_assignee_idx on todo (assignee_name, seq);
create index todo_assignee_external_idx on todo (assignee_external_id, seq);
