-- The version of each ticket as last read from the rectification feed, so that closing and
-- withdrawing can tell whether the feed knows a ticket later than the rectification service's
-- answer did (docs/decisions/0052-closing-and-withdrawing-against-tickets.md).
alter table problem_ticket add column ticket_version bigint;
