-- When the process running a run last said it was alive (ms). An idempotency key whose run is
-- unfinished, owned by another machine and silent for long is taken as a dead run, and continued.
ALTER TABLE runs ADD COLUMN heartbeat_at bigint;
