-- 组织架构: the units and people of the OA directory, by the ids the OA system gives them
-- (docs/decisions/0204). Entries are sealed (封存), never deleted: tickets keep naming them.
create table directory_unit (
    id          uuid        primary key,
    seq         bigint      generated always as identity unique,
    external_id text        not null unique,
    name        text        not null,
    sealed      boolean     not null default false,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    sealed_at   timestamptz,
    version     bigint      not null default 0
);

create table directory_person (
    id                uuid        primary key,
    seq               bigint      generated always as identity unique,
    external_id       text        not null unique,
    name              text        not null,
    unit_external_id  text,
    login             text,
    mobile            text,
    sealed            boolean     not null default false,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    sealed_at         timestamptz,
    version           bigint      not null default 0
);

-- A caller's token subject is looked up as a person's OA login (separation of duties).
create index directory_person_login_idx on directory_person (login);

-- A ticket may name its responsible person and leader in charge by their directory id.
alter table ticket
    add column responsible_person_external_id text,
    add column leader_in_charge_external_id   text;
