-- Problems, their categories and causes, and the documents they were imported from.

-- Substring search in Chinese text (q=): ILIKE '%…%' is always correct; trigram GIN indexes make it
-- fast for patterns of 3 characters or more (shorter ones fall back to a scan, still correct).
create extension if not exists pg_trgm;

-- The category tree (问题类别). A category belongs to one source (imported outlines) or to none
-- (shared categories). path repeats the names from the root down to this category.
create table category (
    id         uuid        primary key,
    source_id  uuid        references source (id),
    parent_id  uuid        references category (id),
    name       text        not null,
    path       text[]      not null,
    created_at timestamptz not null
);
create unique index category_unique_name on category (
    coalesce(source_id, '00000000-0000-0000-0000-000000000000'::uuid),
    coalesce(parent_id, '00000000-0000-0000-0000-000000000000'::uuid),
    name);

-- One document imported into a source. sha256 is taken over the normalised text, so importing the
-- same document twice is noticed; replaced_by marks an import superseded by ?replace=true.
create table source_import (
    id           uuid        primary key,
    source_id    uuid        not null references source (id),
    sha256       text        not null,
    media_type   text        not null,
    imported_by  text        not null,
    imported_at  timestamptz not null,
    warnings     text[]      not null,
    -- no foreign key: the replacing import is written after this row is marked
    replaced_by  uuid
);
create unique index source_import_current on source_import (source_id, sha256)
    where replaced_by is null;

-- Human numbers P-<year>-<nnnn>: one counter row per year, advanced with an atomic upsert.
create table problem_number_counter (
    year int primary key,
    last int not null
);

create table problem (
    id              uuid        primary key,
    seq             bigint      generated always as identity unique,
    number          text        not null unique,
    source_id       uuid        not null references source (id),
    category_id     uuid        references category (id),
    title           text        not null,
    description     text        not null default '',
    status          text        not null,
    external_ref    text        unique,
    import_id       uuid        references source_import (id),
    version         bigint      not null default 0,
    created_at      timestamptz not null,
    closed_at       timestamptz,
    withdrawn_at    timestamptz,
    withdraw_reason text
);
create index problem_source on problem (source_id, seq);
create index problem_category on problem (category_id);
create index problem_import on problem (import_id);
create index problem_title_trgm on problem using gin (title gin_trgm_ops);
create index problem_description_trgm on problem using gin (description gin_trgm_ops);

-- Root causes (原因分析) of a source.
create table cause (
    id          uuid        primary key,
    seq         bigint      generated always as identity unique,
    source_id   uuid        not null references source (id),
    title       text        not null,
    description text        not null default '',
    import_id   uuid        references source_import (id),
    created_at  timestamptz not null
);
create index cause_source on cause (source_id, seq);

create table problem_cause (
    problem_id uuid not null references problem (id),
    cause_id   uuid not null references cause (id),
    primary key (problem_id, cause_id)
);
create index problem_cause_cause on problem_cause (cause_id);

-- The measure groups of a self-examination's 整改措施 section (not tied to one problem).
create table proposed_measure (
    id          uuid        primary key,
    seq         bigint      generated always as identity unique,
    source_id   uuid        not null references source (id),
    import_id   uuid        not null references source_import (id),
    title       text        not null,
    description text        not null default ''
);

-- The measures of a rectification plan, one per (problem, measure) of an import, numbered n from 1
-- within the import; the ticket created for it in the rectification service once it exists.
create table imported_measure (
    id                 uuid    primary key,
    import_id          uuid    not null references source_import (id),
    n                  int     not null,
    problem_id         uuid    not null references problem (id),
    measure            text    not null,
    responsible_units  text[]  not null,
    leader_in_charge   text,
    responsible_person text,
    timing             text,
    deadline           date,
    ticket_id          uuid,
    ticket_number      text,
    unique (import_id, n)
);
