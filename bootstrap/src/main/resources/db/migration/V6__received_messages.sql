-- Received messages, kept beside the sent ones (table messages) so that a tenant's conversations
-- can be read back whatever the provider. Portable SQL: runs on H2 and PostgreSQL.
CREATE TABLE received_messages (
    id                  VARCHAR(64)              NOT NULL,
    tenant_id           VARCHAR(64)              NOT NULL,
    provider            VARCHAR(32)              NOT NULL,
    provider_message_id VARCHAR(255)             NOT NULL,
    chat_id             VARCHAR(255)             NOT NULL,
    -- ChatKind.name()
    chat_kind           VARCHAR(16)              NOT NULL,
    sender_id           VARCHAR(255),
    sender_name         VARCHAR(255),
    from_me             BOOLEAN                  NOT NULL,
    -- ReceivedType.name()
    type                VARCHAR(32)              NOT NULL,
    -- The text or caption, cut to 4096 characters.
    text                VARCHAR(4096),
    media_id            VARCHAR(255),
    edited              BOOLEAN                  NOT NULL DEFAULT FALSE,
    deleted             BOOLEAN                  NOT NULL DEFAULT FALSE,
    -- Set when the tenant marks it (or its chat) read.
    read_at             TIMESTAMP WITH TIME ZONE,
    occurred_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    received_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_received_messages PRIMARY KEY (id),
    CONSTRAINT uk_received_messages_provider_id UNIQUE (tenant_id, provider, provider_message_id)
);

-- Listings: a tenant's messages, and one chat's, newest first, keyset-paged on (occurred_at, id).
CREATE INDEX ix_received_messages_tenant_at ON received_messages (tenant_id, occurred_at DESC, id);
CREATE INDEX ix_received_messages_chat_at ON received_messages (tenant_id, chat_id, occurred_at DESC, id);

-- The chat a sent message went to, in the providers' chat id form (digits@s.whatsapp.net for a
-- phone); null for rows written before this column existed, filled below.
ALTER TABLE messages ADD COLUMN chat_id VARCHAR(255);
UPDATE messages SET chat_id = CASE WHEN recipient LIKE '%@%' THEN recipient
                                   ELSE recipient || '@s.whatsapp.net' END;
CREATE INDEX ix_messages_chat_created ON messages (tenant_id, chat_id, created_at DESC, id);
