/**
 * Duplicate invoices: the same invoice sent twice under other content (a scan and the PDF, a
 * re-sent copy with new metadata), a classic costly error in accounts payable. Two documents
 * hold the same invoice when their vendor is the same (tax id when both have one, else the
 * normalised name), their invoice numbers are the same once normalised, and their totals are
 * equal when both have one. The same content (one fingerprint) is never its own duplicate: that
 * is one file seen twice, which the ledger already keeps as one job.
 *
 * The ledger looks up the other completed jobs with the same `invoiceKey` (an indexed column)
 * in the transaction that completes a job, and stores the result `flagDuplicates` gives: the
 * copy completed later names the one completed first, so of two copies finishing at once the
 * second to commit names the first. A job is never flagged against a copy that was itself
 * flagged as a copy of this content (reprocessed with --force or other settings, the original
 * stays the original). Pure functions; no I/O.
 */
import type { DocumentResult } from './types.js';

/** Another completed job with the same invoice key (any content, this one's included). */
export interface DuplicateCandidate {
  jobId: string;
  fingerprint: string;
  path: string;
  result: DocumentResult | null;
}

/** Most earlier jobs named in one result. */
export const MAX_DUPLICATES = 10;

/** Letters and digits only, upper case, accents dropped: `re-2025/0042` and `RE 2025 0042` agree. */
function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The normalised invoice number a duplicate must share, or null when the result cannot have one. */
export function invoiceKey(r: DocumentResult | null): string | null {
  if (!r) return null;
  const n = r.invoiceNumber?.value ? fold(r.invoiceNumber.value) : '';
  if (!n) return null;
  // Without a vendor there is nothing to tell two suppliers' "1001" apart: no key.
  return vendorTaxId(r) || vendorName(r) ? n : null;
}

function vendorTaxId(r: DocumentResult): string | null {
  const v = r.vendor?.taxId?.value ? fold(r.vendor.taxId.value) : '';
  return v || null;
}

function vendorName(r: DocumentResult): string | null {
  const v = r.vendor?.name?.value
    ? r.vendor.name.value
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim()
    : '';
  return v || null;
}

/** Whether two results hold the same invoice (their contents differ: the caller checks fingerprints). */
export function sameInvoice(a: DocumentResult, b: DocumentResult): boolean {
  const key = invoiceKey(a);
  if (!key || key !== invoiceKey(b)) return false;
  const ta = vendorTaxId(a);
  const tb = vendorTaxId(b);
  if (ta && tb) {
    if (ta !== tb) return false;
  } else {
    const na = vendorName(a);
    if (!na || na !== vendorName(b)) return false;
  }
  const xa = a.total?.value;
  const xb = b.total?.value;
  if (typeof xa === 'number' && typeof xb === 'number' && Math.abs(xa - xb) >= 0.005) return false;
  return true;
}

/**
 * The result to store for job `self`: `result` with `duplicateOf` (the jobs holding the same
 * invoice under other content, one per content), a review reason and `needsReview`, when any
 * candidate is one; else `result` itself.
 */
export function flagDuplicates(result: DocumentResult, self: { jobId: string; fingerprint: string }, candidates: DuplicateCandidate[]): DocumentResult {
  // This content's jobs: a copy flagged against one of them is the duplicate, not this.
  const mine = new Set([self.jobId, ...candidates.filter((c) => c.fingerprint === self.fingerprint).map((c) => c.jobId)]);
  const seen = new Set<string>([self.fingerprint]);
  const dups: DuplicateCandidate[] = [];
  for (const c of candidates) {
    if (seen.has(c.fingerprint) || !c.result || !sameInvoice(result, c.result)) continue;
    if (c.result.duplicateOf?.some((id) => mine.has(id))) continue;
    seen.add(c.fingerprint);
    dups.push(c);
    if (dups.length === MAX_DUPLICATES) break;
  }
  if (dups.length === 0) return result;
  const what = [`invoice ${result.invoiceNumber!.value}`, result.vendor?.name?.value ? `from ${result.vendor.name.value}` : null, typeof result.total?.value === 'number' ? `total ${result.total.value}` : null]
    .filter(Boolean)
    .join(', ');
  const where = dups.map((d) => `${d.jobId} (${d.path})`).join(', ');
  return {
    ...result,
    duplicateOf: dups.map((d) => d.jobId),
    needsReview: true,
    reviewReasons: [...result.reviewReasons, `possible duplicate invoice: ${what} was already read from ${where}`],
  };
}
