-- Fencing token of the outbox's claims (issue 13): every claim and every replay of a delivery bumps
-- claim_version, and a worker records its attempt only while the row still holds the version it
-- claimed, so a worker whose lease ran out, or whose delivery was replayed, cannot overwrite a newer
-- claim. lease_until is now set and checked against the database's clock (CURRENT_TIMESTAMP).
-- Portable SQL: runs on H2 and PostgreSQL.
ALTER TABLE webhook_deliveries ADD COLUMN claim_version BIGINT DEFAULT 0 NOT NULL;
