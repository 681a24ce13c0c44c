-- A group robot looks up the event of a to-do before a todo.updated, to post nothing for an update
-- that changed only the to-do's receiver (docs/decisions/0349).
-- Built concurrently: change_event is large and written by every change, and a plain build would
-- hold its writers for the whole build. This script holds nothing else, so Flyway runs it outside
-- a transaction (docs/decisions/0355).
create index concurrently if not exists change_event_resource on change_event (resource_id, position);
