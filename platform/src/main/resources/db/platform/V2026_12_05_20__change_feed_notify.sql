-- Every event appended to the change feed is announced to the instances sharing the database
-- (docs/decisions/0214): the inserting transaction NOTIFYs, so PostgreSQL delivers it at commit to
-- every session that LISTENs (FeedNotifications), never for a rolled-back write. The payload is
-- small: "<position> <resource_type> <resource_id>".
create or replace function change_event_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('bihuan_change_feed',
                      new.position || ' ' || new.resource_type || ' ' || new.resource_id);
    return null;
end
$$;

create trigger change_event_notify
    after insert on change_event
    for each row execute function change_event_notify();
