-- A login is compared by its key (platform Logins.key: NFKC, no surrounding blanks, no @domain part,
-- lower case): ZhaoYS, zhaoys and ZhaoYS@corp are one person (docs/decisions/0229). Kept beside the
-- login as the OA gives it; written by the service from now on. Existing rows get the same fold in
-- SQL (lower() follows the database's collation: ASCII and, under a UTF-8 locale, other scripts).
alter table directory_person add column login_key text;
update directory_person
   set login_key = lower(btrim(split_part(normalize(btrim(login), NFKC), '@', 1)))
 where login is not null;
update directory_person
   set login_key = lower(normalize(btrim(login), NFKC))
 where login is not null and login_key = '';
create index directory_person_login_key_idx on directory_person (login_key);

alter table directory_former_login add column login_key text;
update directory_former_login
   set login_key = lower(btrim(split_part(normalize(btrim(login), NFKC), '@', 1)));
update directory_former_login
   set login_key = lower(normalize(btrim(login), NFKC))
 where login_key = '';
alter table directory_former_login alter column login_key set not null;
create index directory_former_login_key_idx on directory_former_login (login_key);
