-- docparse ledger on PostgreSQL, schema 1. Append-only: later changes go in 0002_*.sql and up.
-- Same tables as the SQLite ledger. Times are bigint milliseconds since the Unix epoch (UTC).
-- Ids, fingerprints and paths use the "C" collation so they sort bytewise, as in SQLite,
-- whatever the database's locale. Documents (results, errors, summaries) are `json`, not
-- `jsonb`: docparse never queries inside them, and `json` keeps their documented key order.

CREATE TABLE runs (
  id              text COLLATE "C" PRIMARY KEY,
  started_at      bigint NOT NULL,
  finished_at     bigint,
  settings        json NOT NULL,          -- JobSettings
  paths           json NOT NULL,          -- the paths given on the command line
  summary         json,                   -- run summary, set when the run finishes
  idempotency_key text UNIQUE,
  inputs_digest   text,
  detached        boolean NOT NULL DEFAULT false
);

CREATE TABLE jobs (
  id               text COLLATE "C" PRIMARY KEY,
  fingerprint      text COLLATE "C" NOT NULL,   -- SHA-256 of the content, hex
  settings_key     text NOT NULL,               -- digest of the settings that change the result
  settings         json NOT NULL,               -- JobSettings
  status           text NOT NULL CHECK (status IN ('pending','processing','retrying','completed','failed')),
  path             text COLLATE "C" NOT NULL,   -- where to read it from (latest path seen)
  file_name        text NOT NULL,
  size             bigint NOT NULL,
  kind             text,
  template_id      text,
  attempts         integer NOT NULL DEFAULT 0,
  max_attempts     integer NOT NULL,
  next_attempt_at  bigint,
  lease_owner      text,
  lease_expires_at bigint,
  lease_token      bigint NOT NULL DEFAULT 0,
  result           json,                        -- DocumentResult
  error            json,                        -- JobError
  page_count       integer,
  run_id           text,                        -- the run that created the job
  created_at       bigint NOT NULL,
  started_at       bigint,
  completed_at     bigint,
  updated_at       bigint NOT NULL,
  UNIQUE (fingerprint, settings_key)
);
-- A claim reads one row from the head of one of these; reclaim scans only `processing` jobs.
CREATE INDEX jobs_pending ON jobs (created_at, id) WHERE status = 'pending';
CREATE INDEX jobs_retrying ON jobs (next_attempt_at, id) WHERE status = 'retrying';
CREATE INDEX jobs_processing ON jobs (lease_expires_at) WHERE status = 'processing';
CREATE INDEX jobs_status ON jobs (status);
CREATE INDEX jobs_created ON jobs (created_at);

-- Every path a job's content was seen under.
CREATE TABLE job_paths (
  job_id     text COLLATE "C" NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
  path       text COLLATE "C" NOT NULL,
  first_seen bigint NOT NULL,
  PRIMARY KEY (job_id, path)
);
CREATE INDEX job_paths_path ON job_paths (path);

-- The fast path: what a path held the last time it was hashed.
CREATE TABLE files (
  path        text COLLATE "C" PRIMARY KEY,
  size        bigint NOT NULL,
  mtime_ms    double precision NOT NULL,
  ino         bigint NOT NULL,
  fingerprint text COLLATE "C" NOT NULL,
  kind        text,                   -- sniffed type, NULL when the content is not a supported type
  seen_at     bigint NOT NULL
);

-- Which jobs a run covered and how it found them.
CREATE TABLE run_jobs (
  run_id  text COLLATE "C" NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  job_id  text COLLATE "C" NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
  outcome text NOT NULL CHECK (outcome IN ('new','existing','requeued')),
  seq     integer NOT NULL,
  link_id bigint GENERATED ALWAYS AS IDENTITY,  -- insertion order across runs: a job's latest run
  PRIMARY KEY (run_id, job_id)
);
CREATE INDEX run_jobs_job ON run_jobs (job_id);

-- The audit trail: one row per state change.
CREATE TABLE job_events (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  job_id     text COLLATE "C" NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
  from_state text,
  to_state   text NOT NULL,
  attempt    integer NOT NULL,
  at         bigint NOT NULL,
  error      text,
  run_id     text
);
CREATE INDEX job_events_job ON job_events (job_id, id);
