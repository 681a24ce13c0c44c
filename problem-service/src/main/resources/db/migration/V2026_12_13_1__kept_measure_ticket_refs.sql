-- A measure of a problem that a replacing import keeps (docs/decisions/0308) carries the ticket of
-- the same measure of the replaced import; the ticket keeps the externalRef it was created with.
alter table imported_measure add column ticket_external_ref text;
