-- A group robot looks up the event of a to-do before a todo.updated, to post nothing for an update
-- that changed only the to-do's receiver (docs/decisions/0349).
create index change_event_resource on change_event (resource_id, position);
