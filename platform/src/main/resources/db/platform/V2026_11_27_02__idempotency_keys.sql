-- Idempotency-Key records (Stripe's semantics): the first answer to a POST, replayed for retries.
create table idempotency_key (
    subject      text        not null,
    key          text        not null,
    endpoint     text        not null,
    fingerprint  text        not null,
    state        text        not null check (state in ('RUNNING', 'COMPLETED')),
    status       int,
    content_type text,
    location     text,
    etag         text,
    body         bytea,
    created_at   timestamptz not null,
    completed_at timestamptz,
    primary key (subject, key)
);
create index idempotency_key_created_at on idempotency_key (created_at);
