-- Logins the directory took away from a person (changed or given up): a token whose subject is one
-- of them still names that person for up to a day, so separation of duties refuses it instead of
-- taking the caller for someone unknown (docs/decisions/0223). A login given to someone again
-- leaves this table.
create table directory_former_login (
    login               text primary key,
    person_external_id  text not null,
    changed_at          timestamptz not null
);
