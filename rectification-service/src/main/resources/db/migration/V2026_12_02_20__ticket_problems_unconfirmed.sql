-- A ticket linked to a problem it has not yet asked about again (docs/decisions/0117, 0168):
-- set in the transaction that links the problem, cleared once problem-service confirmed that the
-- problem still takes tickets (or the ticket was cancelled). A ticket whose request ended before
-- that (a crash, a lost connection) is found by WithdrawalRecheck.sweep.
alter table ticket add column problems_unconfirmed_since timestamptz;
create index ticket_problems_unconfirmed on ticket (problems_unconfirmed_since)
  where problems_unconfirmed_since is not null;
