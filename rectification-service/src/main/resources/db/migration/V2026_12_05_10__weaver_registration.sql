-- 泛微 e-cology's third-party registration of a weaver-todo connector with "auth": "token"
-- (docs/decisions/0211): the RSA key pair the connector generated (its public key went to 泛微 as
-- cpk), and the secret and 泛微's public key (spk) the registration answered. Kept here, not per
-- replica, so that every replica applies for tokens with the same secret: registering again gives
-- a new one. Never answered by the API.
create table weaver_registration (
    connector_id  uuid        primary key references webhook_subscription (id) on delete cascade,
    appid         text        not null,
    private_key   text        not null,
    public_key    text        not null,
    secret        text        not null,
    spk           text        not null,
    registered_at timestamptz not null
);
