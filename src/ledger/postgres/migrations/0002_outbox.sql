-- docparse ledger on PostgreSQL, schema 2: the webhook outbox, and indexes for stats and prune.
-- Mirrors the SQLite ledger's 0002. Append-only: later changes go in 0003_*.sql and up.

-- One row per webhook event, written in the same transaction as the state change it reports,
-- so a crash can delay an event but never lose it. No foreign key to jobs: an event outlives
-- a pruned job until it is delivered.
CREATE TABLE outbox (
  id               text COLLATE "C" PRIMARY KEY,  -- evt_...: the webhook-id header
  type             text NOT NULL,                 -- job.completed | job.failed | run.finished
  url              text NOT NULL,
  body             text NOT NULL,                 -- the exact JSON body sent on every attempt
  job_id           text,
  run_id           text,
  status           text NOT NULL CHECK (status IN ('pending','delivered','dead')),
  attempts         integer NOT NULL DEFAULT 0,
  next_attempt_at  bigint NOT NULL,
  lease_owner      text,
  lease_expires_at bigint,
  lease_token      bigint NOT NULL DEFAULT 0,
  last_error       text,
  created_at       bigint NOT NULL,
  delivered_at     bigint,
  updated_at       bigint NOT NULL
);
CREATE INDEX outbox_due ON outbox (next_attempt_at, created_at) WHERE status = 'pending';
CREATE INDEX outbox_created ON outbox (created_at);

CREATE INDEX jobs_finished ON jobs (status, completed_at);
CREATE INDEX runs_finished ON runs (finished_at);
