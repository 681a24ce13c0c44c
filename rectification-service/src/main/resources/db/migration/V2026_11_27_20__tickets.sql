-- Rectification tickets (整改任务) and everything recorded about them.
create table ticket (
    id                 uuid        primary key,
    seq                bigint      generated always as identity unique,
    number             text        not null unique,
    measure            text        not null,
    responsible_person text,
    leader_in_charge   text,
    timing             text        not null check (timing in ('IMMEDIATE', 'DEADLINE', 'LONG_TERM')),
    deadline           date,
    -- The latest approved extension's date, else the deadline: kept here so lists filter in SQL.
    effective_deadline date,
    report_every       text        check (report_every in ('WEEK', 'MONTH', 'QUARTER')),
    -- The date by which the next progress report is due (see DeadlineRules.nextReportDue).
    report_due         date,
    status             text        not null
        check (status in ('ASSIGNED', 'IN_PROGRESS', 'SUBMITTED', 'VERIFIED', 'CANCELLED')),
    external_ref       text        unique,
    creation_digest    text        not null,
    version            bigint      not null default 0,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    submitted_at       timestamptz,
    -- submitted_at as a date in the organisation's time zone: overdue compares it with deadlines.
    submitted_on       date,
    verified_at        timestamptz,
    cancelled_at       timestamptz,
    last_progress_at   timestamptz,
    progress_percent   int,
    progress_count     int         not null default 0,
    evidence_count     int         not null default 0,
    extension_approved boolean     not null default false,
    check (timing = 'LONG_TERM' or deadline is not null),
    check (timing <> 'LONG_TERM' or deadline is null)
);
create index ticket_status_idx on ticket (status, effective_deadline);
create index ticket_person_idx on ticket (responsible_person);
create index ticket_leader_idx on ticket (leader_in_charge);

create table ticket_problem (
    ticket_id  uuid not null references ticket (id),
    position   int  not null,
    problem_id uuid not null,
    source_id  uuid,
    primary key (ticket_id, position),
    unique (ticket_id, problem_id)
);
create index ticket_problem_problem_idx on ticket_problem (problem_id);
create index ticket_problem_source_idx on ticket_problem (source_id);

create table ticket_unit (
    ticket_id   uuid not null references ticket (id),
    position    int  not null,
    name        text not null,
    external_id text,
    primary key (ticket_id, position)
);
create index ticket_unit_name_idx on ticket_unit (name);

-- Every change of a ticket, appended and never changed (the trigger below refuses it).
create table ticket_history (
    id          bigint      generated always as identity primary key,
    ticket_id   uuid        not null references ticket (id),
    at          timestamptz not null,
    actor_id    text        not null,
    actor_name  text        not null,
    action      text        not null,
    from_status text,
    to_status   text        not null,
    comment     text
);
create index ticket_history_ticket_idx on ticket_history (ticket_id, id);

create function ticket_history_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'ticket_history is append-only';
end;
$$;
create trigger ticket_history_append_only
    before update or delete on ticket_history
    for each row execute function ticket_history_is_append_only();

create table progress_report (
    id            uuid        primary key,
    seq           bigint      generated always as identity unique,
    ticket_id     uuid        not null references ticket (id),
    reported_on   date        not null,
    note          text        not null,
    percent       int         check (percent between 0 and 100),
    reporter_id   text        not null,
    reporter_name text        not null,
    recorded_at   timestamptz not null
);
create index progress_report_ticket_idx on progress_report (ticket_id, seq);

create table evidence (
    id                uuid        primary key,
    seq               bigint      generated always as identity unique,
    ticket_id         uuid        not null references ticket (id),
    filename          text        not null,
    media_type        text        not null,
    size              bigint      not null,
    sha256            text        not null,
    description       text,
    uploaded_by_id    text        not null,
    uploaded_by_name  text        not null,
    uploaded_at       timestamptz not null
);
create index evidence_ticket_idx on evidence (ticket_id, seq);

-- The bytes live apart from the metadata so that listing evidence never reads them.
create table evidence_content (
    evidence_id uuid  primary key references evidence (id),
    content     bytea not null
);

create table extension (
    id                 uuid        primary key,
    seq                bigint      generated always as identity unique,
    ticket_id          uuid        not null references ticket (id),
    new_deadline       date        not null,
    previous_deadline  date        not null,
    reason             text        not null,
    status             text        not null check (status in ('REQUESTED', 'APPROVED', 'REFUSED')),
    requested_by_id    text        not null,
    requested_by_name  text        not null,
    requested_at       timestamptz not null,
    decided_by_id      text,
    decided_by_name    text,
    decided_at         timestamptz,
    decision_comment   text,
    version            bigint      not null default 0
);
create index extension_ticket_idx on extension (ticket_id, seq);
-- At most one open request per ticket.
create unique index extension_one_open_idx on extension (ticket_id) where status = 'REQUESTED';
