-- Names tickets give without a directory id, indexed apart (docs/decisions/0333): the background
-- job that links them to directory entries that appeared later joins these with the directory's
-- names, without scanning every ticket.
create index ticket_unit_unlinked_name_idx on ticket_unit (name) where external_id is null;
create index ticket_co_unit_unlinked_name_idx on ticket_co_unit (name) where external_id is null;
create index ticket_person_unlinked_idx on ticket (responsible_person)
    where responsible_person_external_id is null and status not in ('VERIFIED', 'CANCELLED');
create index ticket_leader_unlinked_idx on ticket (leader_in_charge)
    where leader_in_charge_external_id is null and status not in ('VERIFIED', 'CANCELLED');
create index directory_unit_unsealed_name_idx on directory_unit (name) where not sealed;
create index directory_person_unsealed_name_idx on directory_person (name) where not sealed;
