/**
 * Duplicate invoices in the ledger (the rule is src/duplicates.ts): each completed job keeps the
 * normalised invoice number of its result in the indexed `invoice_key` column, and completing a
 * job looks up the earlier completed jobs with the same key, in the same transaction, so the
 * result stored (and written to its file) already says what it repeats (sql/jobs.ts complete).
 */
import { flagDuplicates, invoiceKey, type DuplicateCandidate } from '../duplicates.js';
import type { DocumentResult } from '../types.js';
import type { Row } from './rows.js';
import { fromStored } from '../raw-names.js';

/** Candidates read per completion: an invoice number common to many vendors ("1") stays cheap. */
export const CANDIDATE_LIMIT = 200;

/** The other completed jobs with this invoice key (parameters: key, job id), first completed first. */
export function candidatesSql(ph: (n: number) => string): string {
  return `SELECT id, fingerprint, path, result FROM jobs WHERE invoice_key = ${ph(1)} AND status = 'completed' AND id <> ${ph(2)} ORDER BY completed_at, id LIMIT ${CANDIDATE_LIMIT}`;
}

/**
 * The result to store for a completing job whose invoice key is set: flagged with the jobs among
 * `rows` (read with candidatesSql, inside the completing transaction) that hold the same invoice.
 */
export function withDuplicates(result: DocumentResult, self: { jobId: string; fingerprint: string }, rows: Row[], json: (v: unknown) => unknown): DocumentResult {
  return flagDuplicates(result, self, rows.map((r) => toCandidate(r, json)));
}

export { invoiceKey };

function toCandidate(r: Row, json: (v: unknown) => unknown): DuplicateCandidate {
  return { jobId: String(r.id), fingerprint: String(r.fingerprint), path: fromStored(String(r.path)), result: (json(r.result) as DocumentResult | null) ?? null };
}
