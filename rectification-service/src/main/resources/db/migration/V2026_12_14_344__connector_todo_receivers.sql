-- The receivers an OA to-do connector holds a to-do open for in its system, as it last pushed it
-- (docs/decisions/0344): when a to-do's receiver changes (the directory linked its person, a
-- relink, another login), the next push of that to-do closes it at the receivers no longer meant.
create table connector_todo_receiver (
    connector_id uuid not null references webhook_subscription (id) on delete cascade,
    todo_id      text not null,
    receiver     text not null,
    primary key (connector_id, todo_id, receiver)
);
