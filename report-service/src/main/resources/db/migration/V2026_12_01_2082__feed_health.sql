-- How each upstream feed is faring, written by the replica that follows it (the advisory-lock
-- holder) and read by every replica's readiness check, so that a replica which does not follow a
-- feed can still tell that the figures are stale (docs/decisions/0080-feed-health-shared.md).
create table feed_health (
    feed                 text        primary key,
    last_success_at      timestamptz,
    last_failure_at      timestamptz,
    consecutive_failures integer     not null default 0,
    last_error           text,
    reported_at          timestamptz not null
);
