-- Review of results and fixed files.
-- `docparse approve`: who accepted a result that needs review, and when (ms). needsReview stays in
-- the result; approved ones no longer count for --fail-on review.
ALTER TABLE jobs ADD COLUMN reviewed_at bigint;
ALTER TABLE jobs ADD COLUMN reviewed_by text;
-- A failed job whose file was fixed: the job of the file's new content (same settings). It stays
-- failed, as history, and leaves the failures report.
ALTER TABLE jobs ADD COLUMN superseded_by text COLLATE "C";
-- Audit events that change no state: kind 'approved' or 'superseded' (NULL for state changes),
-- and who did it.
ALTER TABLE job_events ADD COLUMN kind text;
ALTER TABLE job_events ADD COLUMN actor text;
