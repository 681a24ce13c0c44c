#!/usr/bin/env bash
# The change feed's write path modelled in SQL (docs/decisions/0218), with pgbench: 16 clients,
# each updating its own row and appending one event per transaction, for 15 s, twice each way:
#   lock   - as before 0218: the feed's advisory lock, a position from the sequence, NOTIFY at insert
#   rounds - since 0218: the event inserted without a position, then a round (change_feed_round())
#            after the commit, as the writer waits for one
# against two scratch databases built from the platform migrations. Prints tps per run and checks
# that every event of the rounds model got one distinct position.
#
#   bench/api/feed-commit-model.sh [postgresql://postgres@127.0.0.1:5432]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
PG="${1:-postgresql://postgres@127.0.0.1:5432}"
M="$ROOT/platform/src/main/resources/db/platform"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"; for db in feed_model_lock feed_model_rounds; do psql -X -q "$PG/postgres" -c "drop database if exists $db" >/dev/null 2>&1; done' EXIT
for db in feed_model_lock feed_model_rounds; do
  psql -X -q "$PG/postgres" -c "drop database if exists $db" -c "create database $db" >/dev/null
  psql -X -q -v ON_ERROR_STOP=1 "$PG/$db" -f "$M/V2026_11_27_01__change_feed.sql" \
    -f "$M/V2026_12_05_20__change_feed_notify.sql" \
    -c "create table ticket (id int primary key, version int not null);
        insert into ticket select g, 0 from generate_series(1, 64) g;
        create table webhook_dispatch (id int primary key, position bigint);
        insert into webhook_dispatch values (1, 0);" >/dev/null
done
psql -X -q -v ON_ERROR_STOP=1 "$PG/feed_model_rounds" \
  -f "$M/V2026_12_07_10__change_feed_positioned_in_rounds.sql" >/dev/null
cat >"$WORK/lock.sql" <<'SQL'
BEGIN;
UPDATE ticket SET version = version + 1 WHERE id = :client_id + 1;
SELECT pg_advisory_xact_lock(27980790367741286);
INSERT INTO change_event (position, id, type, occurred_at, resource_type, resource_id, data)
  VALUES (nextval('change_event_position_seq'), gen_random_uuid(), 'ticket.submitted', now(),
          'ticket', :client_id + 1, '{"version": 1}');
COMMIT;
SQL
cat >"$WORK/rounds.sql" <<'SQL'
BEGIN;
UPDATE ticket SET version = version + 1 WHERE id = :client_id + 1;
INSERT INTO change_event (id, type, occurred_at, resource_type, resource_id, data)
  VALUES (gen_random_uuid(), 'ticket.submitted', now(), 'ticket', :client_id + 1, '{"version": 1}');
COMMIT;
SELECT change_feed_round();
SQL
for run in 1 2; do
  for m in lock rounds; do
    tps=$(pgbench -n -M prepared -c16 -j2 -T15 -f "$WORK/$m.sql" "$PG/feed_model_$m" 2>&1 \
      | awk '/^tps/ {print $3}')
    echo "run $run, $m: $tps tps"
  done
done
echo "rounds model: events, positioned, distinct positions:" \
  "$(psql -X -At "$PG/feed_model_rounds" -c "select count(*), count(position), count(distinct position) from change_event")"
