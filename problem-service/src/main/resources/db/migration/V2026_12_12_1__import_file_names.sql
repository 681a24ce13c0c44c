-- The name a document was uploaded with (Content-Disposition of the import request), on the import
-- and, for the latest import that named one, on its source (docs/decisions/0300).
alter table source_import add column file_name text check (char_length(file_name) <= 255);
alter table source add column file_name text check (char_length(file_name) <= 255);
