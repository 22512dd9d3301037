-- Job control (issue I): priority, pause/resume, cancel.
-- Higher priority is claimed first, oldest first within a priority (`submit --priority`, `docparse priority`).
ALTER TABLE jobs ADD COLUMN priority INTEGER NOT NULL DEFAULT 0;
-- `docparse cancel` of a job being processed: the request, seen by the process holding the job's
-- lease at its next lease check (about a second), which aborts the work and fails the job as
-- `cancelled`. Who asked: user@host pid N.
ALTER TABLE jobs ADD COLUMN cancel_requested_at INTEGER;
ALTER TABLE jobs ADD COLUMN cancel_requested_by TEXT;
-- The claim is one walk down this index: waiting jobs, highest priority first, oldest first
-- (a retry not yet due is stepped over). The claim's WHERE repeats this WHERE word for word, as
-- SQLite needs to use a partial index.
CREATE INDEX jobs_waiting ON jobs (priority DESC, created_at, id) WHERE status IN ('pending', 'retrying');
-- A submit (or retry) claims its own run's jobs: those it created are found here in one lookup,
-- however many other runs' jobs wait ahead of them in jobs_waiting.
CREATE INDEX jobs_waiting_run ON jobs (run_id, priority DESC, created_at, id) WHERE status IN ('pending', 'retrying');
-- What is paused (`docparse pause`): 'all', 'run:<runId>' or 'below' (jobs with priority < below).
-- Read by every claim, so every process on any machine honours it at its next claim.
CREATE TABLE pauses (
  selector   TEXT PRIMARY KEY,
  run_id     TEXT,
  below      INTEGER,
  created_at INTEGER NOT NULL,
  created_by TEXT
);
-- The audit trail of what is not one job's: pause and resume.
CREATE TABLE control_events (
  id       INTEGER PRIMARY KEY AUTOINCREMENT,
  action   TEXT NOT NULL,
  selector TEXT NOT NULL,
  run_id   TEXT,
  below    INTEGER,
  at       INTEGER NOT NULL,
  actor    TEXT
);
