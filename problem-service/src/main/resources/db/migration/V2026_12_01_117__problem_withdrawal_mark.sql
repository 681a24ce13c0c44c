-- A withdrawal under way (docs/decisions/0117): set before the rectification service is asked for
-- the problem's tickets, cleared when the withdrawal is refused or fails. While it is set the
-- rectification service creates no ticket for the problem, and cancels one it created meanwhile.
alter table problem add column withdrawal_started_at timestamp with time zone;
