-- A connector's deliveries go in order (docs/decisions/0203), but one that the receiver refused for
-- good (a 4xx answer about that item, e.g. an unknown user) holds back only the later deliveries of
-- the same resource while it is retried, then is parked FAILED (docs/decisions/0334). resource_id
-- is the event's resourceId (a to-do's id); refused says the last attempt was such a refusal.
alter table webhook_delivery add column resource_id text;
alter table webhook_delivery add column refused boolean not null default false;
create index webhook_delivery_pending_order on webhook_delivery (subscription_id, event_position)
    where state = 'PENDING';
