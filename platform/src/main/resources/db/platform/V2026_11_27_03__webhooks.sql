-- Webhook subscribers, and the deliveries of feed events to them (Standard Webhooks 1.0).
create table webhook_subscription (
    id          uuid        primary key,
    seq         bigint      generated always as identity unique,
    url         text        not null,
    events      text[]      not null,
    secret      text        not null,
    description text,
    active      boolean     not null default true,
    created_by  text        not null,
    created_at  timestamptz not null,
    version     bigint      not null default 0
);

-- How far the dispatcher has turned feed events into deliveries (one row).
create table webhook_dispatch (
    id       int    primary key check (id = 1),
    position bigint not null
);
insert into webhook_dispatch (id, position) values (1, 0);

create table webhook_delivery (
    id              uuid        primary key,
    seq             bigint      generated always as identity unique,
    subscription_id uuid        not null references webhook_subscription (id) on delete cascade,
    event_id        uuid        not null,
    event_position  bigint      not null,
    event_type      text        not null,
    payload         text        not null,
    state           text        not null check (state in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null,
    leased_until    timestamptz,
    created_at      timestamptz not null,
    delivered_at    timestamptz,
    unique (subscription_id, event_id)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where state = 'PENDING';

create table webhook_attempt (
    id          bigint      generated always as identity primary key,
    delivery_id uuid        not null references webhook_delivery (id) on delete cascade,
    number      int         not null,
    at          timestamptz not null,
    status_code int,
    error       text,
    duration_ms bigint      not null
);
create index webhook_attempt_delivery on webhook_attempt (delivery_id);
