-- Console sessions (/console), shared by every gateway process on the database. Portable SQL: runs
-- on H2 (embedded default) and PostgreSQL.

CREATE TABLE console_sessions (
    -- SHA-256 of the random session id the browser holds, hex; the id itself is never stored
    id_digest  VARCHAR(64)              NOT NULL,
    -- The tenant a tenant key signed in for; NULL for the admin
    tenant_id  VARCHAR(64),
    -- SHA-256 of the tenant key signed in with, hex (as tenants.api_key_digest): a rotated key
    -- ends the session. NULL for the admin
    api_key_digest VARCHAR(64),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_console_sessions PRIMARY KEY (id_digest)
);

-- Expired sessions are purged by expiry.
CREATE INDEX ix_console_sessions_expires ON console_sessions (expires_at);
