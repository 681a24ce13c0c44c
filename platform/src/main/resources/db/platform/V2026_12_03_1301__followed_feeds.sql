-- Where each followed change feed has been applied up to, and how following it fares, for the one
-- feed follower every consumer uses (org.bihuan.platform.feed.follow.FeedFollower,
-- docs/decisions/0196-one-feed-follower.md). The position moves in the same transaction as the
-- page it applies; feed_health is written by the replica that holds the feed's advisory lock and
-- read by every replica's readiness check. report-service created both tables before they moved
-- here (hence "if not exists").
create table if not exists feed_position (
    feed       text        primary key,
    position   bigint      not null,
    updated_at timestamptz not null,
    version    bigint      not null default 0
);
alter table feed_position add column if not exists last_occurred_at timestamptz;

create table if not exists feed_health (
    feed                 text        primary key,
    last_success_at      timestamptz,
    last_failure_at      timestamptz,
    consecutive_failures integer     not null default 0,
    last_error           text,
    reported_at          timestamptz not null
);
