-- docparse ledger, schema 1. Append-only: later changes go in 0002_*.sql and up.
-- Times are milliseconds since the Unix epoch (UTC).

CREATE TABLE runs (
  id              TEXT PRIMARY KEY,
  started_at      INTEGER NOT NULL,
  finished_at     INTEGER,
  settings        TEXT NOT NULL,          -- JSON JobSettings
  paths           TEXT NOT NULL,          -- JSON array of the paths given on the command line
  summary         TEXT,                   -- JSON run summary, set when the run finishes
  idempotency_key TEXT UNIQUE,
  inputs_digest   TEXT,
  detached        INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE jobs (
  id               TEXT PRIMARY KEY,
  fingerprint      TEXT NOT NULL,         -- SHA-256 of the content, hex
  settings_key     TEXT NOT NULL,         -- digest of the settings that change the result
  settings         TEXT NOT NULL,         -- JSON JobSettings
  status           TEXT NOT NULL CHECK (status IN ('pending','processing','retrying','completed','failed')),
  path             TEXT NOT NULL,         -- where to read it from (latest path seen)
  file_name        TEXT NOT NULL,
  size             INTEGER NOT NULL,
  kind             TEXT,
  template_id      TEXT,
  attempts         INTEGER NOT NULL DEFAULT 0,
  max_attempts     INTEGER NOT NULL,
  next_attempt_at  INTEGER,
  lease_owner      TEXT,
  lease_expires_at INTEGER,
  lease_token      INTEGER NOT NULL DEFAULT 0,
  result           TEXT,                  -- JSON DocumentResult
  error            TEXT,                  -- JSON JobError
  page_count       INTEGER,
  run_id           TEXT,                  -- the run that created the job
  created_at       INTEGER NOT NULL,
  started_at       INTEGER,
  completed_at     INTEGER,
  updated_at       INTEGER NOT NULL,
  UNIQUE (fingerprint, settings_key)
);
CREATE INDEX jobs_status ON jobs (status, next_attempt_at);
CREATE INDEX jobs_created ON jobs (created_at);

-- Every path a job's content was seen under.
CREATE TABLE job_paths (
  job_id     TEXT NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
  path       TEXT NOT NULL,
  first_seen INTEGER NOT NULL,
  PRIMARY KEY (job_id, path)
);
CREATE INDEX job_paths_path ON job_paths (path);

-- The fast path: what a path held the last time it was hashed.
CREATE TABLE files (
  path        TEXT PRIMARY KEY,
  size        INTEGER NOT NULL,
  mtime_ms    REAL NOT NULL,
  ino         INTEGER NOT NULL,
  fingerprint TEXT NOT NULL,
  kind        TEXT,                   -- sniffed type, NULL when the content is not a supported type
  seen_at     INTEGER NOT NULL
);

-- Which jobs a run covered and how it found them.
CREATE TABLE run_jobs (
  run_id  TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  job_id  TEXT NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
  outcome TEXT NOT NULL CHECK (outcome IN ('new','existing','requeued')),
  seq     INTEGER NOT NULL,
  PRIMARY KEY (run_id, job_id)
);
CREATE INDEX run_jobs_job ON run_jobs (job_id);

-- The audit trail: one row per state change.
CREATE TABLE job_events (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  job_id     TEXT NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
  from_state TEXT,
  to_state   TEXT NOT NULL,
  attempt    INTEGER NOT NULL,
  at         INTEGER NOT NULL,
  error      TEXT,
  run_id     TEXT
);
CREATE INDEX job_events_job ON job_events (job_id, id);
