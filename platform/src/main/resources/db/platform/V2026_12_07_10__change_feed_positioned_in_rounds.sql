-- Writers no longer take the feed's lock nor NOTIFY (docs/decisions/0218): a writing transaction
-- inserts its events without a position, numbered only by `entry` (the order it appended them),
-- and commits. A round (change_feed_round(), run by each instance's FeedSequencer and by a
-- registration of a subscriber) then gives every committed event without a position the next
-- positions, in entry order, under the feed's advisory lock, and commits: a round's positions
-- become visible together and after those of the round before, so a reader that has moved past a
-- position never finds a smaller one later. Only the round NOTIFYs, so only it queues for
-- PostgreSQL's notify lock; the writers' commits share their WAL flushes again.
create sequence change_event_entry_seq;

alter table change_event add column entry bigint;
update change_event set entry = position;
select setval('change_event_entry_seq', coalesce((select max(entry) from change_event), 0) + 1,
              false);
alter table change_event alter column entry set default nextval('change_event_entry_seq');
alter table change_event alter column entry set not null;
alter sequence change_event_entry_seq owned by change_event.entry;

alter table change_event drop constraint change_event_pkey;
alter table change_event add primary key (entry);
alter table change_event alter column position drop not null;
alter table change_event add constraint change_event_position_key unique (position);
-- The rounds and the sweep look only for these, usually none or a handful.
create index change_event_unpositioned on change_event (entry) where position is null;

-- One round. 0x6368616e676566 is ChangeFeed.FEED_LOCK, the lock writers took before. Volatile, so
-- the update's snapshot is taken after the lock is held: it sees every round before as committed.
create or replace function change_feed_round() returns integer language plpgsql volatile as $$
declare
    positioned integer;
begin
    perform pg_advisory_xact_lock(x'6368616e676566'::bigint);
    update change_event c
       set position = n.position
      from (select o.entry, nextval('change_event_position_seq') as position
              from (select entry from change_event where position is null order by entry) o) n
     where c.entry = n.entry;
    get diagnostics positioned = row_count;
    return positioned;
end
$$;

-- The NOTIFY (docs/decisions/0214) is sent when an event gets its position, by the round. An
-- insert with a position (a writer of the version before, which still takes the lock) notifies at
-- insert as before, so instances of both versions can share the database while replicas upgrade.
drop trigger change_event_notify on change_event;
create trigger change_event_notify
    after insert on change_event
    for each row when (new.position is not null) execute function change_event_notify();
create trigger change_event_positioned_notify
    after update of position on change_event
    for each row when (old.position is null and new.position is not null)
    execute function change_event_notify();

-- A subscriber starts at its registration (docs/decisions/0219). An event committed before the
-- registration may still be without a position; the registration runs a round first, in its own
-- transaction, so such an event gets a position at or before the recorded head, and the feed's lock
-- it now holds until its commit makes every later event's position larger.
create or replace function webhook_subscription_starts_at_head() returns trigger
    language plpgsql as $$
begin
    perform 1 from webhook_dispatch where id = 1 for update;
    perform change_feed_round();
    new.after_position := coalesce((select max(position) from change_event), 0);
    return new;
end
$$;
