-- The id a connector's system gave a to-do it created (DingTalk answers the task id on creation and
-- marks it done by that id only), per connector and to-do (docs/decisions/0203).
create table connector_task (
    connector_id uuid not null references webhook_subscription (id) on delete cascade,
    todo_id      text not null,
    external_id  text not null,
    primary key (connector_id, todo_id)
);
