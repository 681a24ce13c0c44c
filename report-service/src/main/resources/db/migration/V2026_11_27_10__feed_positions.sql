-- How far the projection has read each upstream change feed; written in the same transaction as
-- the projection rows, so a restart resumes exactly where the last commit stopped.
create table feed_position (
    feed       text        primary key,
    position   bigint      not null,
    updated_at timestamptz not null,
    version    bigint      not null default 0
);
