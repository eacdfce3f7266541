-- Auto-read is kept by the gateway for every tenant: it emulates it where the provider has no such
-- setting (Whapi), and it survives a switch of provider.
ALTER TABLE tenants ADD COLUMN auto_read BOOLEAN DEFAULT FALSE NOT NULL;
