-- The receivers of the to-dos 泛微 and 致远 connectors pushed open before connector_todo_receiver
-- existed (docs/decisions/0349): without them the connector neither closed such a to-do where it
-- moved away from (a relink, another login) nor, since a done goes only to the receivers that hold
-- a to-do, sent its done. They are taken from the deliveries each connector's system acknowledged:
-- where the latest acknowledged event of a to-do left it OPEN and its OA system (0349) holds no
-- receiver for it, the receivers are chosen from that event as the connectors chose them (TodoReceivers): a
-- PERSON's or UNIT's externalId, else its name (致远 with noneBindingReceiver: the person's login the
-- event carried, else his externalId); a ROLE's to-do the logins the connector lists for the role,
-- less those the to-do is not for (by the name listed with the login, the login itself, or the
-- directory's name for that login). Safe to run again: it fills only to-dos that hold nobody.
-- The OA system is keyed as PushedReceivers.system keys it, a blank code as the empty one (as in
-- V2026_12_14_349_1, docs/decisions/0356); each receiver is held from that event's position.
insert into connector_todo_receiver (oa_system, todo_id, receiver, pushed_position)
select sys.oa_system, last.todo_id, r.receiver, last.position
from webhook_subscription s
cross join lateral (
    select coalesce(s.options, '{}')::jsonb -> case s.kind when 'seeyon-todo' then 'registerCode'
                                                           else 'syscode' end as code_value
) code
cross join lateral (
    select s.kind || ' ' || regexp_replace(s.url, '/+$', '') || ' ' || coalesce(
               case when jsonb_typeof(code.code_value) in ('string', 'number', 'boolean')
                         and code.code_value #>> '{}' !~ '^[\u0009-\u000d\u001c-\u0020\u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]*$'
                    then code.code_value #>> '{}' end, '') as oa_system
) sys
cross join lateral (
    select distinct on (d.payload::jsonb -> 'data' ->> 'id')
           d.payload::jsonb -> 'data' ->> 'id' as todo_id,
           d.payload::jsonb -> 'data' as todo,
           d.event_position as position
    from webhook_delivery d
    where d.subscription_id = s.id
      and d.state = 'DELIVERED'
      and d.event_type like 'todo.%'
    order by d.payload::jsonb -> 'data' ->> 'id', d.event_position desc
) last
cross join lateral (
    select coalesce(
               case when s.kind = 'seeyon-todo'
                         and coalesce(s.options, '{}')::jsonb ->> 'receiverField' = 'noneBindingReceiver'
                         and last.todo -> 'assignee' ->> 'type' = 'PERSON'
                    then nullif(last.todo -> 'assignee' ->> 'login', '') end,
               nullif(last.todo -> 'assignee' ->> 'externalId', ''),
               last.todo -> 'assignee' ->> 'name') as receiver
    where last.todo -> 'assignee' ->> 'type' <> 'ROLE'
    union
    select listed.login
    from (select case when jsonb_typeof(x) = 'object' then x ->> 'login' else x #>> '{}' end as login,
                 case when jsonb_typeof(x) = 'object' then x ->> 'name' end as name
          from jsonb_array_elements(
                   case when jsonb_typeof(coalesce(s.options, '{}')::jsonb -> 'roleReceivers'
                                          -> (last.todo -> 'assignee' ->> 'name')) = 'array'
                        then coalesce(s.options, '{}')::jsonb -> 'roleReceivers'
                                 -> (last.todo -> 'assignee' ->> 'name')
                        else '[]'::jsonb end) x) listed
    where last.todo -> 'assignee' ->> 'type' = 'ROLE'
      and coalesce(listed.login, '') <> ''
      and not exists (
          select 1
          from jsonb_array_elements_text(coalesce(last.todo -> 'notFor', '[]'::jsonb)) n(name)
          where n.name = listed.name
             or n.name = listed.login
             or n.name in (select p.name from directory_person p
                           where lower(p.login) = lower(listed.login)))
) r
where s.kind in ('weaver-todo', 'seeyon-todo')
  and last.todo ->> 'status' = 'OPEN'
  and r.receiver is not null
  and not exists (select 1 from connector_todo_receiver k
                  where k.oa_system = sys.oa_system and k.todo_id = last.todo_id)
on conflict do nothing;
