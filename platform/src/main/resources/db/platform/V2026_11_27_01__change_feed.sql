-- The change feed: every committed change of this service, in commit order (see ChangeFeed).
create sequence change_event_position_seq;

create table change_event (
    position      bigint      primary key,
    id            uuid        not null unique,
    type          text        not null,
    occurred_at   timestamptz not null,
    resource_type text        not null,
    resource_id   text        not null,
    data          jsonb       not null
);
