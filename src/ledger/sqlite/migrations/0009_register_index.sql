-- No-op reruns (issue H): registering a batch asks, for each content, "is there a job with these
-- settings, and is it settled (completed, with no review flag)?" Answered from the jobs table, that
-- read every ~2 KB job row (its result, for the flag): at 10,000 files the rerun's largest read.
-- This index holds every column that question reads, the flag included as the very expression
-- register.ts selects (SQLite reads an indexed expression from the index when the query's is the
-- same), so the lookup never touches a job row. A test checks the plan still says COVERING INDEX.
-- PostgreSQL needs no counterpart: there the same read locks the rows (FOR UPDATE), so it visits
-- them anyway.
CREATE INDEX jobs_register ON jobs (
  settings_key, fingerprint, id, status, path, file_name,
  (CASE WHEN status = 'completed' AND NOT (coalesce(json_extract(result, '$.needsReview'), 0) = 1) THEN 1 ELSE 0 END)
);
