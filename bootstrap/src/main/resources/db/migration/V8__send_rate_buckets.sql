-- Each tenant's send-rate token bucket when the gateway runs on PostgreSQL: one row per tenant,
-- shared by every gateway process on the database (on H2 the buckets stay in the process, and
-- this table stays empty). Portable SQL: runs on H2 and PostgreSQL.
--
-- ${send_rate_table_kind} is UNLOGGED on PostgreSQL (CACHED, H2's usual kind, on H2; see
-- application.properties): a send's take then commits without waiting for the write-ahead log to
-- reach the disk, 6 times faster on one connection as measured. The price: after a crash of the
-- database server (not a clean restart), or on a standby promoted after a failover, the table is
-- empty, and every tenant starts again with a full burst, once.
CREATE ${send_rate_table_kind} TABLE send_rate_buckets (
    tenant_id   VARCHAR(64)              NOT NULL,
    -- Tokens left at refilled_at, between 0 and the tenant's burst
    tokens      DOUBLE PRECISION         NOT NULL,
    -- When tokens was last brought up to date, by the database's clock
    refilled_at TIMESTAMP WITH TIME ZONE NOT NULL,
    -- Whether the send that wrote the row took a token: RETURNING shows only the row as written,
    -- so the statement that decides records its decision there, to be read back in one round trip
    granted     BOOLEAN                  NOT NULL,
    CONSTRAINT pk_send_rate_buckets PRIMARY KEY (tenant_id),
    -- A deleted tenant's bucket goes with it
    CONSTRAINT fk_send_rate_buckets_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (id)
        ON DELETE CASCADE
);
