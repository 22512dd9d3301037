/**
 * Exit codes and the error classes that carry them.
 *
 * The set is closed and documented in the README; tests assert it. Only the CLI
 * entry point turns an error into a process exit.
 */
export const ExitCode = {
  /** Every file completed (or was already done). */
  ok: 0,
  /** Bad flag, bad config value, nothing to do because of the user's input. */
  usage: 1,
  /** The run finished, but at least one file failed (see failures.json). */
  someFailed: 2,
  /** A required dependency or data package is missing (e.g. an OCR language). */
  missingDependency: 3,
  /** `status` / `retry` got an id, path or fingerprint that matches no job or run. */
  notFound: 4,
  /** The ledger cannot be used: corrupt, locked, or written by a newer docparse. */
  ledger: 5,
  /** An idempotency key was reused with different inputs (HTTP 409 in the hosted APIs). */
  idempotencyConflict: 6,
  /** `--fail-on review`: the run finished but some results need review. */
  needsReview: 7,
  /** Out of disk space (or quota) writing results, reports or the ledger. */
  noSpace: 8,
  /** Permission denied, or a read-only file system or ledger, where docparse must write. */
  notWritable: 9,
  /** The ledger's server cannot be reached: connection refused, unknown host, TLS handshake failed. */
  unreachable: 10,
  /** An attached submit (or retry) stopped because all of its remaining work is paused (`docparse pause`). */
  paused: 11,
  /** Interrupted by SIGINT/SIGTERM; in-flight work was released for the next run. */
  interrupted: 130,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * The README's order for a run to which more than one exit code applies (or a `retry` of several
 * runs): 8 or 9 (the run stopped) > 130 > 11 > 2 > 7 > 0. Codes that end a command where they arise
 * (1, 3, 4, 5, 6, 10) stand alone, before all of these.
 */
const RUN_EXIT_ORDER: readonly number[] = [ExitCode.noSpace, ExitCode.notWritable, ExitCode.interrupted, ExitCode.paused, ExitCode.someFailed, ExitCode.needsReview, ExitCode.ok];
const exitRank = (code: number): number => (code === ExitCode.notWritable ? 0 : RUN_EXIT_ORDER.indexOf(code));

/** Of the exit codes that apply, the one that comes first in that order (of 8 and 9, the first given); 0 for none. */
export function firstExitCode(...codes: number[]): number {
  let best: number = ExitCode.ok;
  for (const c of codes) if (exitRank(c) < exitRank(best)) best = c;
  return best;
}

/** Base class: every docparse error has an exit code and may carry a hint a user can act on. */
export class DocparseError extends Error {
  readonly exitCode: ExitCode;
  readonly hint?: string;
  constructor(message: string, opts: { exitCode?: ExitCode; hint?: string; cause?: unknown } = {}) {
    super(message, { cause: opts.cause });
    this.name = new.target.name;
    this.exitCode = opts.exitCode ?? ExitCode.usage;
    this.hint = opts.hint;
  }
}

export class UsageError extends DocparseError {
  constructor(message: string, hint?: string) {
    super(message, { exitCode: ExitCode.usage, hint });
  }
}

export class NotFoundError extends DocparseError {
  constructor(message: string, hint?: string) {
    super(message, { exitCode: ExitCode.notFound, hint });
  }
}

export class LedgerError extends DocparseError {
  constructor(message: string, hint?: string, cause?: unknown) {
    super(message, { exitCode: ExitCode.ledger, hint, cause });
  }
}

export class MissingDependencyError extends DocparseError {
  constructor(message: string, hint?: string) {
    super(message, { exitCode: ExitCode.missingDependency, hint });
  }
}

export class IdempotencyConflictError extends DocparseError {
  constructor(message: string, hint?: string) {
    super(message, { exitCode: ExitCode.idempotencyConflict, hint });
  }
}

/**
 * The machine, not the input: out of disk, no permission, a read-only ledger, a server out of reach.
 * Stops the run (other documents would meet the same), after it has written what it could of its
 * summary and failures report; the exit code says which (8, 9, 10).
 */
export class EnvironmentError extends DocparseError {
  constructor(message: string, exitCode: ExitCode, hint: string, cause?: unknown) {
    super(message, { exitCode, hint, cause });
  }
}

/**
 * An error of the file system or SQLite as the EnvironmentError it is, or null. `where` names what
 * was being written (`the results folder`, `the ledger`), for the message. `atStart`: nothing has
 * run yet (opening the ledger), so the hint says only what to do, not what was kept.
 */
export function environmentError(err: unknown, where?: string, atStart = false): EnvironmentError | null {
  if (err instanceof EnvironmentError) return err;
  const e = err as { code?: string; path?: string; message?: string } | null;
  const code = String(e?.code ?? '');
  const at = where ? ` writing ${where}` : '';
  const path = e?.path ? ` (${e.path})` : '';
  const again = atStart
    ? 'then run the same command again (nothing was done: no file was read, no result written).'
    : 'then run the same command again: finished results are kept in the ledger, and the next run writes the missing result files.';
  // What to point elsewhere: the ledger (SQLite's own errors, or writing it), the results folder, or either when unknown.
  const ledger = code.startsWith('SQLITE_') || !!where?.startsWith('the ledger');
  const flag = ledger ? '--ledger' : where ? '--out' : '--out / --ledger';
  // 53100: PostgreSQL's disk_full (the server's disk, reported by the server).
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL' || code === '53100') {
    return new EnvironmentError(`out of disk space${at}${path}`, ExitCode.noSpace, `Free space on that disk (or point ${flag} at another), ${again}`, err);
  }
  if (code === 'EROFS' || code.startsWith('SQLITE_READONLY')) {
    const what = code === 'EROFS' ? 'a read-only file system' : 'the ledger is read-only';
    const fix = code.startsWith('SQLITE_READONLY')
      ? 'docparse must write the ledger: make it writable (the ledger file and its folder, for the user running docparse: chmod u+w, remount, or run as their owner) or point --ledger at another file'
      : `docparse must write there: make it writable (remount, chmod, or run as its owner) or choose another ${flag}`;
    return new EnvironmentError(`${what}${at}${path}: ${e?.message ?? code}`, ExitCode.notWritable, `${fix}, ${again}`, err);
  }
  if (code === 'EACCES' || code === 'EPERM') {
    if (!where) return new EnvironmentError(`permission denied${path}`, ExitCode.notWritable, 'Give the user running docparse access there (or choose another path), then run the command again.', err);
    return new EnvironmentError(`permission denied${at}${path}`, ExitCode.notWritable, `Give the user running docparse write access there, or choose another ${flag}, ${again}`, err);
  }
  return null;
}

export class InterruptedError extends DocparseError {
  constructor(message = 'interrupted') {
    super(message, { exitCode: ExitCode.interrupted });
  }
}

/**
 * Error classes recorded for a failed job. The class decides whether a retry can help.
 * Permanent classes fail the job at once; transient ones retry with backoff.
 */
export const PERMANENT_CLASSES = [
  'corrupt', // the file cannot be parsed as what it claims to be
  'encrypted', // password-protected PDF
  'unsupported', // not a PDF/PNG/JPEG/TIFF, or a variant we cannot read
  'empty', // 0 bytes, or a document with no pages
  'too_large', // over --max-file-size, --max-pages, the pixel caps or a decoded-stream cap (bombs)
  'unreadable', // permission denied, or the file vanished/changed and cannot be read
  'no_text', // nothing could be read from any page (text layer empty and OCR found nothing)
  'not_einvoice', // --einvoice only: the document carries no e-invoice XML
  'cancelled', // `docparse cancel`: a person asked; not retried until `docparse retry`
] as const;
export const TRANSIENT_CLASSES = [
  'timeout', // a page or document took longer than its time limit
  'worker_crashed', // an OCR or parser worker thread died
  'resource_busy', // EBUSY, EMFILE, ENFILE, EAGAIN
  'out_of_memory', // a worker ran out of memory
  'file_unavailable', // the file could not be read now (shared mount hiccup); may succeed later
  'internal', // an unexpected error; retried, then reported
] as const;
export type PermanentClass = (typeof PERMANENT_CLASSES)[number];
export type TransientClass = (typeof TRANSIENT_CLASSES)[number];
export type ErrorClass = PermanentClass | TransientClass;

const HINTS: Record<ErrorClass, string> = {
  corrupt: 'The file is damaged or truncated. Re-export or re-download it, then run submit again.',
  encrypted: 'The PDF is password-protected. Remove the password (e.g. `qpdf --decrypt --password=... in.pdf out.pdf`) and submit the decrypted copy.',
  unsupported: 'Only PDF, PNG, JPEG and TIFF files and e-invoice XML (UBL, CII) are processed. Convert the file or exclude it with --exclude.',
  empty: 'The file is empty or has no pages. Check where it came from and replace it.',
  too_large: 'The file is over a size, page or pixel limit (the message names it). Raise that limit (--max-file-size, --max-pages, maxPixels) if the file is genuine, or split or downscale it.',
  unreadable: 'The file could not be read (permissions, or it was moved or changed during the run). Fix access and run submit again.',
  not_einvoice: 'With --einvoice only, documents without e-invoice XML (ZUGFeRD, Factur-X, XRechnung, Peppol) fail. Use --einvoice prefer (the default) to read their pages instead.',
  cancelled: 'It was cancelled on request (docparse cancel) and is not retried; `docparse retry <jobId>` runs it again.',
  no_text: 'No text could be read from any page. Check the scan quality (300 dpi is best) and the --lang setting.',
  timeout: 'Processing took too long. It was retried; if it keeps failing, raise --timeout or check the file.',
  worker_crashed: 'A worker crashed while processing this file. It was retried; if it keeps failing, report it with the file.',
  resource_busy: 'The system was out of file handles or the file was busy. Lower --concurrency or retry later.',
  out_of_memory: 'Processing ran out of memory. Lower --concurrency, or split the document.',
  file_unavailable: 'The file could not be read at the moment (network or shared mount?). It will be retried; check the mount if it persists.',
  internal: 'An unexpected error. Run `docparse retry <jobId>`; if it fails again, report it with the message.',
};

/** What to do about a failure of this class (failures.json, status). */
export function hintFor(c: ErrorClass): string {
  return HINTS[c];
}

export function isTransientClass(c: ErrorClass): boolean {
  return (TRANSIENT_CLASSES as readonly string[]).includes(c);
}

/** An error that fails one job (not the run). */
export class JobError extends Error {
  readonly errorClass: ErrorClass;
  readonly retryable: boolean;
  readonly hint: string;
  constructor(errorClass: ErrorClass, message: string, opts: { hint?: string; cause?: unknown } = {}) {
    super(message, { cause: opts.cause });
    this.name = 'JobError';
    this.errorClass = errorClass;
    this.retryable = isTransientClass(errorClass);
    this.hint = opts.hint ?? HINTS[errorClass];
  }
}

export function permanent(errorClass: PermanentClass, message: string, hint?: string): JobError {
  return new JobError(errorClass, message, { hint });
}
export function transient(errorClass: TransientClass, message: string, hint?: string): JobError {
  return new JobError(errorClass, message, { hint });
}

/**
 * Maps anything thrown while processing one job to a JobError, so the retry decision is made
 * in one place. Node's errno codes for temporary resource trouble are transient; a missing
 * or forbidden file is permanent.
 */
/** A symlink whose links point at each other (ELOOP), as the user is told. */
export const LINK_CYCLE = 'a symlink loop (the links point at each other, never at a file)';

export function toJobError(err: unknown): JobError {
  if (err instanceof JobError) return err;
  if (err instanceof DocparseError) throw err; // run-level problems (missing language data...) stop the run
  const e = err as NodeJS.ErrnoException | undefined;
  const code = e?.code;
  const message = e?.message ?? String(err);
  switch (code) {
    case 'EBUSY':
    case 'EMFILE':
    case 'ENFILE':
    case 'EAGAIN':
      return new JobError('resource_busy', message, { cause: err });
    case 'ENOENT':
      return new JobError('unreadable', `file not found: ${message}`, { cause: err });
    case 'EACCES':
    case 'EPERM':
      return new JobError('unreadable', `permission denied: ${message}`, { cause: err });
    case 'EISDIR':
      return new JobError('unsupported', message, { cause: err });
    case 'ELOOP':
      return new JobError('unreadable', `${LINK_CYCLE}: ${message}`, { cause: err, hint: 'Point the link at the file, or give the file itself.' });
    case 'ERR_WORKER_OUT_OF_MEMORY':
      return new JobError('out_of_memory', message, { cause: err });
    case 'ETIMEDOUT':
      return new JobError('timeout', message, { cause: err });
    case 'EIO':
    case 'ESTALE':
    case 'ENOTCONN':
    case 'EHOSTDOWN':
    case 'EHOSTUNREACH':
    case 'ECONNRESET':
      // Network filesystems: the share hiccuped or is not mounted right now.
      return new JobError('file_unavailable', message, { cause: err });
  }
  if (/out of memory|allocation failed|heap limit/i.test(message)) return new JobError('out_of_memory', message, { cause: err });
  if (/worker.*(terminated|exited|crash)/i.test(message)) return new JobError('worker_crashed', message, { cause: err });
  return new JobError('internal', message, { cause: err });
}
