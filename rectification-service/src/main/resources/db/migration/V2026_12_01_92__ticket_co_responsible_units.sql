-- 配合单位: units that help with a ticket's measure but do not answer for it (docs/decisions/0110).
-- Kept apart from ticket_unit: they are not counted in the per-unit figures, get no to-dos and do
-- not make a bound user of theirs a writer of the ticket.
create table ticket_co_unit (
    ticket_id   uuid not null references ticket (id),
    position    int  not null,
    name        text not null,
    external_id text,
    primary key (ticket_id, position)
);
