/**
 * One JSON file per document in the output folder, and the public shape of a job
 * (`docparse status --json`, the result files, the export).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Job } from '../types.js';
import { cutName } from './names.js';
import { jsonFileText, writeJsonAtomic } from './atomic.js';
import type { GroupCommitWriter } from './group-commit.js';
import { shownPath } from '../raw-names.js';

/** The public view of a job: exactly these keys, in this order (`status --json`). */
export interface JobView {
  jobId: string;
  status: Job['status'];
  fileName: string;
  templateId: string | null;
  result: Job['result'];
  error: Job['error'];
  pageCount: number | null;
  attempts: number;
  createdAt: string;
  startedAt: string | null;
  completedAt: string | null;
  /** A failed job whose file was fixed: the job of the new content. */
  supersededBy: string | null;
  /** Higher is claimed first (`--priority`, `docparse priority`). */
  priority: number;
  /** Who cancelled it, or asked to while it was processed (`user@host pid N`); null otherwise. */
  cancelledBy: string | null;
}

export function iso(ms: number | null): string | null {
  return ms == null ? null : new Date(ms).toISOString();
}

/** The stored result with its review beside `needsReview`: when it was approved and by whom (null until then). */
function reviewedResult(job: Job): Job['result'] {
  if (!job.result) return null;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(job.result)) {
    if (k === 'reviewedAt' || k === 'reviewedBy') continue;
    out[k] = v;
    if (k === 'reviewReasons') {
      out.reviewedAt = iso(job.reviewedAt);
      out.reviewedBy = job.reviewedBy;
    }
  }
  if (!('reviewedAt' in out)) Object.assign(out, { reviewedAt: iso(job.reviewedAt), reviewedBy: job.reviewedBy });
  return out as unknown as Job['result'];
}

export function jobView(job: Job): JobView {
  return {
    jobId: job.id,
    status: job.status,
    fileName: job.fileName,
    templateId: job.result?.templateId ?? job.templateId,
    result: reviewedResult(job),
    error: job.error,
    pageCount: job.pageCount,
    attempts: job.attempts,
    createdAt: iso(job.createdAt)!,
    startedAt: iso(job.startedAt),
    completedAt: iso(job.completedAt),
    supersededBy: job.supersededBy,
    priority: job.priority,
    cancelledBy: job.cancelRequestedBy,
  };
}

/**
 * A stable, collision-free name: the file's own name made safe, plus the first 12 hex digits
 * of its content's SHA-256. Two files named alike in different folders differ in content
 * (else they are one job), so their names differ too.
 */
export function resultFileName(job: Pick<Job, 'fileName' | 'fingerprint'>): string {
  // A plain ASCII name (the common case) is one that every step of safeFileName keeps as it is:
  // one test instead of five passes over it (a no-op rerun names every job it meets).
  const safe = isPlainName(job.fileName) ? job.fileName : safeFileName(job.fileName);
  return `${safe}.${job.fingerprint.slice(0, 12)}.json`;
}

/** A file's own name made safe for a result file's name. */
export function safeFileName(name: string): string {
  // 200 bytes of name + `.<12 hex>.json`, and room for the temp name's suffixes (atomic.ts): under 255.
  return (
    cutName(
      // Bytes that are not UTF-8 as \xNN, whose backslash becomes `_` below: `caf\xe9.pdf` -> `caf_xe9.pdf`.
      shownPath(name)
        .normalize('NFC')
        .replace(/[\u0000-\u001f\u007f-\u009f/\\:*?"<>|\ufffd]+/g, '_')
        .replace(/^\.+/, '_')
        .replace(/\s+/g, ' ')
        .trim(),
      200,
    ).trim() || 'document'
  );
}

/** Whether safeFileName keeps `name` as it is, told without running it (the unit test checks both agree). */
export function isPlainName(name: string): boolean {
  return name.length > 0 && name.length <= 200 && PLAIN_NAME.test(name);
}

/** ASCII letters, digits and punctuation no step of resultFileName changes, not starting with a dot; no space. */
const PLAIN_NAME = /^[A-Za-z0-9_\-+,;=@#$%&'()[\]{}!~^][A-Za-z0-9_\-+,;=@#$%&'()[\]{}!~^.]*$/;

export interface ResultFile extends JobView {
  fingerprint: string;
  paths: string[];
}

function resultFileBody(job: Job, paths: string[]): ResultFile {
  return { ...jobView(job), fingerprint: job.fingerprint, paths };
}

export function writeResultFile(outDir: string, job: Job, paths: string[]): string {
  const file = join(outDir, resultFileName(job));
  writeJsonAtomic(file, resultFileBody(job, paths), { syncDir: false });
  return file;
}

/**
 * writeResultFile with its fsync grouped with other files' and off the event loop (a run's
 * results: see group-commit.ts). Resolves with the file's path once it is in place.
 */
export async function writeResultFileGrouped(writer: GroupCommitWriter, outDir: string, job: Job, paths: string[]): Promise<string> {
  const file = join(outDir, resultFileName(job));
  await writer.write(file, jsonFileText(resultFileBody(job, paths)));
  return file;
}

export function resultFileExists(outDir: string, job: Pick<Job, 'fileName' | 'fingerprint'>): boolean {
  return existsSync(join(outDir, resultFileName(job)));
}
