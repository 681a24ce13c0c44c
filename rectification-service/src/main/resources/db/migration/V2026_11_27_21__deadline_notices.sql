-- ticket.due_soon / ticket.overdue are emitted once per effective deadline: these remember for
-- which deadline each was sent (see DeadlineNotices).
alter table ticket add column due_soon_noticed_for date;
alter table ticket add column overdue_noticed_for date;
