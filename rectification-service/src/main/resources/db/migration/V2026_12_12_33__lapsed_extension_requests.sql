-- An extension request of a ticket that is verified or cancelled lapses (docs/decisions/0333):
-- it can never be approved, and left REQUESTED it would wait for ever (and come back as a to-do
-- when a verified ticket is reopened). Requests left so before are closed as the service now
-- closes them, dated when their ticket was verified or cancelled.
alter table extension drop constraint extension_status_check;
alter table extension add constraint extension_status_check
    check (status in ('REQUESTED', 'APPROVED', 'REFUSED', 'LAPSED'));
update extension e
   set status = 'LAPSED',
       decided_by_id = 'system',
       decided_by_name = '系统',
       decided_at = coalesce(case when t.status = 'VERIFIED' then t.verified_at else t.cancelled_at end, now()),
       decision_comment = case when t.status = 'VERIFIED' then '工单已销号（验收通过），延期申请自动失效'
                               else '工单已撤销，延期申请自动失效' end,
       version = e.version + 1
  from ticket t
 where t.id = e.ticket_id and e.status = 'REQUESTED' and t.status in ('VERIFIED', 'CANCELLED');
