-- The process that runs a run (host:pid:random), so an idempotency key whose run was killed
-- (kill -9: never finished) can be told from one still in progress.
ALTER TABLE runs ADD COLUMN owner text;
