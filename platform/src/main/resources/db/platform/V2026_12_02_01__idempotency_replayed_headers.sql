-- Headers of the first answer that a replay gives again besides Location and ETag (such as a
-- service's Ticket-ETag), as "name: value" lines; named by bihuan.idempotency.replayed-headers.
alter table idempotency_key add column headers text;
