-- Every edit's history entry names the fields it changed with their old and new values
-- (docs/decisions/0051-deadlines-move-by-extension.md): a JSON array of {field, from, to}.
alter table ticket_history add column changes text;
