-- Every directory person the actor's login claims named when he acted (docs/decisions/0249): a
-- submitter or an extension's requester is compared by these ids, not by his token subject only.
-- A JSON array of externalIds; null where the directory knew none of his claims or the entry is
-- older than this column.
alter table ticket_history add column actor_person_ids text;
alter table extension add column requested_by_person_ids text;
