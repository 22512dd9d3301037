-- docparse ledger, schema 2: the webhook outbox, and indexes for stats and prune.
-- Append-only: later changes go in 0003_*.sql and up. Times are ms since the Unix epoch (UTC).

-- One row per webhook event, written in the same transaction as the state change it reports,
-- so a crash can delay an event but never lose it. No foreign key to jobs: an event outlives
-- a pruned job until it is delivered.
CREATE TABLE outbox (
  id               TEXT PRIMARY KEY,      -- evt_...: the webhook-id header, the receiver's idempotency key
  type             TEXT NOT NULL,         -- job.completed | job.failed | run.finished
  url              TEXT NOT NULL,
  body             TEXT NOT NULL,         -- the exact JSON body sent on every attempt
  job_id           TEXT,
  run_id           TEXT,
  status           TEXT NOT NULL CHECK (status IN ('pending','delivered','dead')),
  attempts         INTEGER NOT NULL DEFAULT 0,
  next_attempt_at  INTEGER NOT NULL,
  lease_owner      TEXT,
  lease_expires_at INTEGER,
  lease_token      INTEGER NOT NULL DEFAULT 0,
  last_error       TEXT,
  created_at       INTEGER NOT NULL,
  delivered_at     INTEGER,
  updated_at       INTEGER NOT NULL
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
CREATE INDEX outbox_created ON outbox (created_at);

CREATE INDEX jobs_finished ON jobs (status, completed_at);
CREATE INDEX runs_finished ON runs (finished_at);
