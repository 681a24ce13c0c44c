-- 泛微 e-cology's token of a weaver-todo connector with "auth": "token" (docs/decisions/0226), kept
-- beside its registration so that every replica uses the same token: one replica applies for it
-- (under an advisory lock on the connector), the others read it. 泛微 may keep one valid token per
-- appid, so a replica applying for its own would invalidate the others'.
alter table weaver_registration add column token text;
alter table weaver_registration add column token_obtained_at timestamptz;
alter table weaver_registration add column token_expires_at timestamptz;
