create table source (
    id           uuid        primary key,
    seq          bigint      generated always as identity unique,
    title        text        not null,
    kind         text        not null,
    organization text,
    held_on      date,
    external_ref text        unique,
    version      bigint      not null default 0,
    created_at   timestamptz not null
);
