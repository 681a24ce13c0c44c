-- docs/decisions/0238.
--
-- 1. A login's key now also sets aside a DOMAIN\ part, a mailto: prefix, a %domain part and
-- trailing dots (platform Logins.key). Keys stored before are computed again with the same steps,
-- in the same order (lower() follows the database's collation, as in V2026_12_07_30).
create function pg_temp.bihuan_login_key(login text) returns text
language plpgsql immutable as $fn$
declare
  s text;
  t text;
begin
  if login is null then
    return null;
  end if;
  s := btrim(normalize(btrim(login), NFKC));
  if length(s) > 7 and lower(left(s, 7)) = 'mailto:' then
    s := btrim(substr(s, 8));
  end if;
  t := substring(s from '\\([^\\]*)$');
  if t is not null and btrim(t) <> '' then
    s := btrim(t);
  end if;
  t := substring(s from '^([^@%]*)[@%]');
  if t is not null and btrim(t) <> '' then
    s := btrim(t);
  end if;
  t := btrim(regexp_replace(s, '\.+$', ''));
  if t <> '' then
    s := t;
  end if;
  return lower(s);
end
$fn$;

update directory_person
   set login_key = pg_temp.bihuan_login_key(login)
 where login is not null
   and login_key is distinct from pg_temp.bihuan_login_key(login);
update directory_former_login
   set login_key = pg_temp.bihuan_login_key(login)
 where login_key is distinct from pg_temp.bihuan_login_key(login);

drop function pg_temp.bihuan_login_key(text);

-- 2. Names the directory gave a person before it renamed him: still his names where separation of
-- duties compares names, as former logins still identify him. Written by the service from now on;
-- the renamings made before are read back from the change feed's person events (each name a
-- person's events carried that is not his name now; renamed_at is then the last such event's time).
create table directory_former_name (
    person_external_id  text not null,
    name                text not null,
    renamed_at          timestamptz not null,
    primary key (person_external_id, name)
);

insert into directory_former_name (person_external_id, name, renamed_at)
select e.data ->> 'externalId', e.data ->> 'name', max(e.occurred_at)
  from change_event e
  join directory_person p on p.external_id = e.data ->> 'externalId'
 where e.resource_type = 'person'
   and e.data ->> 'name' is not null
   and e.data ->> 'name' <> p.name
 group by 1, 2;
