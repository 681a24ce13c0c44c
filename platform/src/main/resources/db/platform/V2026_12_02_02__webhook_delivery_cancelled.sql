-- A deleted webhook's deliveries that were still waiting are CANCELLED: nothing more is sent to it.
alter table webhook_delivery drop constraint webhook_delivery_state_check;
alter table webhook_delivery add constraint webhook_delivery_state_check
    check (state in ('PENDING', 'DELIVERED', 'FAILED', 'CANCELLED'));
-- The sender keeps one delivery per subscriber in flight: it looks up the leased ones by subscriber.
create index webhook_delivery_pending_by_subscription on webhook_delivery (subscription_id)
    where state = 'PENDING';
