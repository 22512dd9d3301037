-- Reruns write O(1) rows (issue H). A run links the jobs that are work for it (new, put back,
-- waiting, failed, or completed and waiting for a review) in run_jobs; a job it finds completed
-- with nothing left to look at is only counted here, so a cron job rerunning a folder of 100,000
-- unchanged files writes the run's row, not 100,000 links.
ALTER TABLE runs ADD COLUMN skipped INTEGER NOT NULL DEFAULT 0;
