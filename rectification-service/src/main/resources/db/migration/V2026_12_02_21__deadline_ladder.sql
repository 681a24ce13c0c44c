-- The 督办 ladder (DOMAIN.md): ticket.due_today once per effective deadline, on its day, and
-- ticket.supervised once a day while a ticket is overdue for the configured days (see
-- DeadlineNotices). These remember for which deadline / which day each was sent.
alter table ticket add column due_today_noticed_for date;
alter table ticket add column supervised_on date;
