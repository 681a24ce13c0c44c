-- A subscriber (webhook or connector) receives the events committed after its registration, never
-- earlier ones, however far the dispatcher lags behind the feed (docs/decisions/0219).
-- Subscribers registered before this migration keep 0: they still get what was not dispatched yet.
alter table webhook_subscription add column after_position bigint not null default 0;

-- Every registration, by whichever statement, records the feed's head in its own transaction. It
-- first takes the dispatch row's lock, which the dispatcher holds while it turns a batch of events
-- into deliveries: a batch either committed before (it dispatched no event beyond this head) or
-- starts after this registration commits (and sees the new subscriber), so no event after the head
-- is missed either.
create or replace function webhook_subscription_starts_at_head() returns trigger
    language plpgsql as $$
begin
    perform 1 from webhook_dispatch where id = 1 for update;
    new.after_position := coalesce((select max(position) from change_event), 0);
    return new;
end
$$;

create trigger webhook_subscription_starts_at_head
    before insert on webhook_subscription
    for each row execute function webhook_subscription_starts_at_head();
