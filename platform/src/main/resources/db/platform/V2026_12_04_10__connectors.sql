-- Connectors (docs/decisions/0203): a subscriber of another kind than Standard Webhooks (an OA
-- to-do centre, a group robot) is a webhook subscription with a kind. It shares the outbox, the
-- retries and the delivery log; its request is built by the kind. Credentials are write-only.
alter table webhook_subscription add column kind text not null default 'standard-webhooks';
alter table webhook_subscription add column name text;
alter table webhook_subscription add column credentials text;
alter table webhook_subscription add column options text;
create index webhook_subscription_kind on webhook_subscription (kind, seq);

-- Every message sent to a digest kind (group robot), reserved when it is leased: no robot gets
-- more than 20 a minute, whichever replica sends them.
create table connector_message (
    id              bigint      generated always as identity primary key,
    subscription_id uuid        not null references webhook_subscription (id) on delete cascade,
    sent_at         timestamptz not null
);
create index connector_message_recent on connector_message (subscription_id, sent_at);
