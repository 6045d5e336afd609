-- Crawler nodes lease the sources they crawl. A node claims due, unleased (or lease-expired) sources with
-- SELECT … FOR UPDATE SKIP LOCKED and writes its id and an expiry here; while the crawl works, the node renews the
-- expiry (a heartbeat); recording the crawl's result releases the lease. A node that dies stops renewing, its leases
-- expire and another node takes the sources over. next_due_at is no longer pushed forward to claim a source.
ALTER TABLE source ADD COLUMN lease_owner VARCHAR(200);
ALTER TABLE source ADD COLUMN lease_expires_at TIMESTAMP WITH TIME ZONE;
-- the heartbeat renews by owner, every few seconds on every crawler node
CREATE INDEX source_lease_owner ON source (lease_owner);
