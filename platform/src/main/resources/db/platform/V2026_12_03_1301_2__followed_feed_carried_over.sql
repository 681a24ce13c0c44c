-- problem-service kept the position of the rectification feed in followed_feed before the feed
-- follower was shared; it carries over to feed_position and the old table goes, so following
-- resumes where it stood (docs/decisions/0196-one-feed-follower.md). Nothing elsewhere.
do $$
begin
    if to_regclass('followed_feed') is not null then
        insert into feed_position (feed, position, updated_at)
            select name, position, now() from followed_feed
            on conflict (feed) do nothing;
        drop table followed_feed;
    end if;
end
$$;
