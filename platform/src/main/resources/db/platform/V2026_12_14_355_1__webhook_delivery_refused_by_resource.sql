-- The sender's lease asks, for every earlier PENDING delivery of every due one of a connector,
-- whether a refused delivery of the same resource sets it aside (DeliveryLease.setAside,
-- docs/decisions/0334, 0352). Without this index each question read every PENDING delivery of the
-- subscriber; on a backlog of 22,000 it took the lease 142 s (docs/decisions/0355). Refused ones
-- are few, so the index is small.
-- Built concurrently (webhook_delivery is written all the time): this script holds nothing else,
-- so Flyway runs it outside a transaction.
create index concurrently if not exists webhook_delivery_refused_by_resource
    on webhook_delivery (subscription_id, resource_id, event_position)
    where state = 'PENDING' and refused;
