-- The receivers a to-do is held open for belong to the OA system that holds the to-do, not to the
-- registration that pushed it (docs/decisions/0349): a connector deleted and registered again (a new
-- id) for the same system finds the receivers of the to-dos it pushed before. The system is its
-- kind, its base URL as registered (without a trailing slash) and the code the system files the
-- to-dos under (泛微 syscode, 致远 registerCode): PushedReceivers.system is the rule, and this
-- key is its key: a code that is absent, JSON null, not a text, number or boolean, or blank as Java
-- reads blank (spaces, U+3000, tabs and the other Character.isWhitespace characters) is the empty
-- code there, so it is here (docs/decisions/0356). pushed_position is the feed position of the event
-- whose open the system took for the receiver (0356): an open it already has is not sent again.
create table oa_todo_receiver (
    oa_system text not null,
    todo_id   text not null,
    receiver  text not null,
    pushed_position bigint,
    primary key (oa_system, todo_id, receiver)
);

insert into oa_todo_receiver (oa_system, todo_id, receiver)
select s.kind || ' ' || regexp_replace(s.url, '/+$', '') || ' ' || coalesce(
    case when jsonb_typeof(code.code_value) in ('string', 'number', 'boolean')
              and code.code_value #>> '{}' !~ '^[\u0009-\u000d\u001c-\u0020\u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]*$'
         then code.code_value #>> '{}' end, ''),
       k.todo_id, k.receiver
from connector_todo_receiver k
join webhook_subscription s on s.id = k.connector_id
cross join lateral (
    select coalesce(s.options, '{}')::jsonb -> case s.kind when 'seeyon-todo' then 'registerCode'
                                                           else 'syscode' end as code_value
) code
on conflict do nothing;

drop table connector_todo_receiver;
alter table oa_todo_receiver rename to connector_todo_receiver;
alter table connector_todo_receiver rename constraint oa_todo_receiver_pkey to connector_todo_receiver_pkey;
