-- The report service's own projection of the two upstream change feeds (problem-service:
-- source.*, problem.*, cause.*; rectification-service: ticket.*). Rows are written only by the
-- feed followers, in the same transaction as feed_position, so the two never disagree.

alter table feed_position add column last_occurred_at timestamptz;

create table report_source (
    seq          bigint generated always as identity unique,
    id           text primary key,
    title        text,
    kind         text,
    organization text,
    held_on      date,
    external_ref text,
    created_at   timestamptz
);

create table report_cause (
    id          text primary key,
    source_id   text,
    title       text,
    description text
);

create table report_problem (
    seq           bigint generated always as identity unique,
    id            text primary key,
    number        text,
    source_id     text,
    category_path text[] not null default '{}',
    -- The first element of categoryPath: the top-level category that breakdowns group by.
    category      text,
    title         text,
    description   text,
    status        text not null,
    external_ref  text,
    created_at    timestamptz,
    closed_at     timestamptz,
    withdrawn_at  timestamptz
);
create index report_problem_source on report_problem (source_id);
create index report_problem_category on report_problem (category);

create table report_ticket (
    seq                 bigint generated always as identity unique,
    id                  text primary key,
    number              text,
    source_ids          text[] not null default '{}',
    measure             text,
    responsible_person  text,
    leader_in_charge    text,
    timing              text not null,
    deadline            date,
    effective_deadline  date,
    report_every        text,
    status              text not null,
    external_ref        text,
    created_at          timestamptz not null,
    updated_at          timestamptz,
    submitted_at        timestamptz,
    verified_at         timestamptz,
    cancelled_at        timestamptz,
    last_progress_at    timestamptz,
    progress_percent    integer,
    evidence_count      integer not null default 0,
    extension_approved  boolean not null default false
);
create index report_ticket_leader on report_ticket (leader_in_charge);
create index report_ticket_sources on report_ticket using gin (source_ids);

-- A ticket with two responsible units appears once under each unit.
create table report_ticket_unit (
    seq         bigint generated always as identity unique,
    ticket_id   text not null references report_ticket (id) on delete cascade,
    name        text not null,
    external_id text,
    primary key (ticket_id, name)
);
create index report_ticket_unit_name on report_ticket_unit (name, ticket_id);

create table report_ticket_problem (
    seq        bigint generated always as identity unique,
    ticket_id  text not null references report_ticket (id) on delete cascade,
    problem_id text not null,
    primary key (ticket_id, problem_id)
);
create index report_ticket_problem_problem on report_ticket_problem (problem_id, ticket_id);
