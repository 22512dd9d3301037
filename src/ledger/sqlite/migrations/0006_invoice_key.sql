-- Duplicate invoices: the normalised invoice number of a completed job's result (src/duplicates.ts),
-- so completing a job finds earlier jobs holding the same invoice without reading every result.
-- Jobs completed before this migration have none and are not compared.
ALTER TABLE jobs ADD COLUMN invoice_key TEXT;
CREATE INDEX jobs_invoice_key ON jobs (invoice_key) WHERE invoice_key IS NOT NULL;
