-- What this service knows of the rectification service's tickets, from its change feed: which
-- problems each ticket addresses and its status. A problem's status is derived from these rows.
create table problem_ticket (
    ticket_id     uuid   not null,
    problem_id    uuid   not null,
    ticket_number text,
    status        text   not null,
    position      bigint not null,
    primary key (ticket_id, problem_id)
);
create index problem_ticket_problem on problem_ticket (problem_id);

-- How far this service has read another service's change feed; advanced in the same transaction
-- that applies the events, so each event is applied exactly once.
create table followed_feed (
    name     text   primary key,
    position bigint not null
);
