-- The receivers a to-do is held open for belong to the OA system that holds the to-do, not to the
-- registration that pushed it (docs/decisions/0349): a connector deleted and registered again (a new
-- id) for the same system finds the receivers of the to-dos it pushed before. The system is its
-- kind, its base URL as registered (without a trailing slash) and the code the system files the
-- to-dos under (泛微 syscode, 致远 registerCode): PushedReceivers.system is the rule.
create table oa_todo_receiver (
    oa_system text not null,
    todo_id   text not null,
    receiver  text not null,
    primary key (oa_system, todo_id, receiver)
);

insert into oa_todo_receiver (oa_system, todo_id, receiver)
select s.kind || ' ' || regexp_replace(s.url, '/+$', '') || ' '
           || coalesce(coalesce(s.options, '{}')::jsonb ->> case s.kind when 'seeyon-todo'
                                                                then 'registerCode'
                                                                else 'syscode' end, ''),
       k.todo_id, k.receiver
from connector_todo_receiver k
join webhook_subscription s on s.id = k.connector_id
on conflict do nothing;

drop table connector_todo_receiver;
alter table oa_todo_receiver rename to connector_todo_receiver;
alter table connector_todo_receiver rename constraint oa_todo_receiver_pkey to connector_todo_receiver_pkey;
