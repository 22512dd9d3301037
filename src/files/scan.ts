/**
 * Scan: walk the inputs, fingerprint each file (or reuse the fingerprint when size, mtime, inode
 * and change time are as recorded: see 0009_file_ctime.sql), and register jobs in the ledger in batches. The scan is an async
 * generator: its caller reads the batches with `for await` (engine/submit.ts wakes the engine
 * at each), so the scan calls nothing back.
 */
import { basename } from 'node:path';
import pLimit from 'p-limit';
import type { FileRecord, Ledger, RegisterItem, RegisterResult } from '../ledger/port.js';
import type { JobSettings } from '../types.js';
import { fingerprintFile } from './fingerprint.js';
import { ignoredReason, kindFromExtension, readHeadOrEmpty } from '../sniff.js';
import { fsPath } from '../raw-names.js';
import { walkSync, type WalkOptions } from './walk.js';
import { environmentError, LINK_CYCLE, toJobError, type EnvironmentError } from '../errors.js';

export interface ScanOptions extends WalkOptions {
  runId: string;
  settings: JobSettings;
  settingsKey: string;
  maxAttempts: number;
  /** Priority of the jobs this scan creates or requeues (`--priority`); default 0. */
  priority?: number;
  force: boolean;
  /** Re-hash every file instead of trusting size + mtime + inode. */
  verify: boolean;
  /** Register nothing; report what would happen. */
  dryRun: boolean;
  batchSize?: number;
  hashConcurrency?: number;
  now: () => number;
  signal?: AbortSignal;
}

/** A file the scan could not fingerprint (so no job can be keyed by its content). */
export interface ScanFailure {
  path: string;
  errorClass: string;
  message: string;
  hint: string;
  /** A folder that could not be read: not a file, so counted apart from the files (`files.foldersUnreadable`). */
  folder?: true;
}

export type ScannedFile =
  /** `sameAs`: the path this run met the same content under first (one job for both: the second is not read again). */
  | { type: 'registered'; result: RegisterResult; hashed: boolean; sameAs?: string }
  | { type: 'would-register'; path: string; fingerprint: string; existing: { jobId: string; status: string } | null }
  | { type: 'ignored'; path: string; reason: string }
  | { type: 'failed'; failure: ScanFailure };

export interface ScanStats {
  files: number;
  hashed: number;
  ignored: number;
  failed: ScanFailure[];
  bytes: number;
  /** Failed jobs whose file the scan found fixed (new content at their path): superseded by the new job. */
  superseded?: number;
  /**
   * Out of disk (or not writable) registering into the ledger: the scan stopped there, and these are
   * its figures up to then, so the run can still write its summary and failures report.
   */
  stopped?: EnvironmentError;
  /** The ignored files by name, with why (the first IGNORED_NAMED of them; `ignored` counts them all). */
  ignoredFiles?: Array<{ path: string; reason: string }>;
  /** Files whose content this run met first under another path (the first IGNORED_NAMED; `sameContentCount` counts them all). */
  sameContent?: SameContent[];
  sameContentCount?: number;
}

/** A file with the same content as one met before in the run: one job, read once, both paths in its result. */
export interface SameContent {
  path: string;
  sameAs: string;
  jobId: string;
}

/** How many ignored files a run names in its summary (a folder may hold thousands of others). */
export const IGNORED_NAMED = 1000;

/** Counts a file the scan leaves alone, and names it (to the caller and, up to IGNORED_NAMED, in the stats). */
export function noteIgnored(stats: ScanStats, found: ScannedFile[], path: string, reason: string): void {
  stats.ignored++;
  found.push({ type: 'ignored', path, reason });
  stats.ignoredFiles ??= [];
  if (stats.ignoredFiles.length < IGNORED_NAMED) stats.ignoredFiles.push({ path, reason });
}

/** Why a file the walk met is not ours, read from its first bytes (a document in another format says which and what to do). */
export function whyIgnored(path: string): string {
  // gone or unreadable since it was hashed: no bytes, the plain reason
  return ignoredReason(readHeadOrEmpty(fsPath(path)));
}

/** What the scan found since its last batch, in the order found, and its figures so far. */
export interface ScanBatch {
  /** Registered (their jobs are in the ledger now), ignored, failed; or, in a dry run, would-register. */
  files: ScannedFile[];
  /** The scan's figures so far: the last batch's are the scan's. */
  stats: ScanStats;
}

/** A 0-byte file named like a document (or named on the command line). */
const EMPTY_FILE = { errorClass: 'empty', message: 'empty file (0 bytes): there is nothing to read', hint: 'Check where it came from (an upload or a copy that did not finish?) and replace it.' };

/** A folder the walk could not open or read to its end: it names the folder, and what to do. */
export function folderFailure(path: string, err: NodeJS.ErrnoException): ScanFailure {
  const code = err.code ?? 'error';
  const base = { path, errorClass: 'unreadable', folder: true as const };
  if (code === 'EACCES' || code === 'EPERM') {
    return { ...base, message: `folder ${path} could not be read: permission denied (${code}); none of its files were read`, hint: `Give the user running docparse read and execute permission on it (chmod u+rx '${path}', or run as its owner), then run submit again.` };
  }
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return { ...base, message: `folder ${path} was removed or renamed while the run walked it (${code})`, hint: 'If it was moved on purpose, submit it where it is now; otherwise run submit again.' };
  }
  return { ...base, message: `folder ${path} could not be read (${code}: ${err.message})`, hint: 'Check the disk or share it is on, then run submit again.' };
}

/** Why a symlink the walk met is left out, as the user is told. */
const LINK_REASONS = {
  'broken-link': 'a broken symlink (what it points to does not exist)',
  'link-cycle': LINK_CYCLE,
  'symlink-loop': 'a symlink back into a folder already walked (walked once)',
};

/**
 * Walks the roots and yields what it found a batch at a time, each once its files are registered
 * in the ledger; a last batch (empty, when nothing was left) follows the walk, so every scan
 * yields at least one and the last one's stats are final.
 */
export async function* scan(ledger: Ledger, roots: string[], opts: ScanOptions): AsyncGenerator<ScanBatch> {
  const stats: ScanStats = { files: 0, hashed: 0, ignored: 0, failed: [], bytes: 0, superseded: 0 };
  /** What the next batch hands over. */
  let found: ScannedFile[] = [];
  const take = (): ScanBatch => {
    const files = found;
    found = [];
    return { files, stats };
  };
  const fail = (failure: ScanFailure) => {
    stats.failed.push(failure);
    found.push({ type: 'failed', failure });
  };
  /** The path each job of this run is read from, for the jobs with work to do (a rerun's settled ones are left out: memory stays flat). */
  const firstPath = new Map<string, string>();
  const batchSize = opts.batchSize ?? 256;
  const hashLimit = pLimit(opts.hashConcurrency ?? 4);
  let batch: Array<{ path: string; size: number; mtimeMs: number; ino: number; ctimeMs: number; explicit: boolean }> = [];

  const flush = async () => {
    if (batch.length === 0 || stats.stopped) return;
    const current = batch;
    batch = [];
    // With --force or a dry run nothing is counted as settled: no need to read the jobs with the files.
    const known = opts.verify ? new Map<string, FileRecord>() : await ledger.lookupFiles(current.map((f) => f.path), opts.force || opts.dryRun ? undefined : opts.settingsKey);
    /** Paths whose content was read (not the fast path): candidates for superseding a failed job. */
    const hashed = new Set<string>();
    // Files exactly as remembered are taken at once; only the others wait their turn to be read
    // (a rerun of unchanged files queues nothing).
    const items = current.map((f): RegisterItem | null | undefined => {
      const k = known.get(f.path);
      // Built field by field: a spread of the record cost more than the rest of this line (profile).
      return k && k.size === f.size && k.mtimeMs === f.mtimeMs && k.ino === f.ino && k.ctimeMs === f.ctimeMs
        ? { path: k.path, size: k.size, mtimeMs: k.mtimeMs, ino: k.ino, ctimeMs: k.ctimeMs, fingerprint: k.fingerprint, kind: k.kind, fileName: basename(f.path), unchanged: true }
        : undefined;
    });
    await Promise.all(
      current.map((f, i) =>
        items[i] !== undefined
          ? null
          : hashLimit(async () => {
              items[i] = await readItem(f);
            }),
      ),
    );
    async function readItem(f: (typeof current)[number]): Promise<RegisterItem | null> {
      try {
        const fp = await fingerprintFile(f.path, f.size);
        stats.hashed++;
        hashed.add(f.path);
        const kind = fp.kind;
        // Not a document by content nor by name: not ours (a README beside the invoices).
        if (!kind && !kindFromExtension(f.path) && !f.explicit) {
          noteIgnored(stats, found, f.path, whyIgnored(f.path));
          return null;
        }
        return { path: f.path, size: fp.bytes, mtimeMs: f.mtimeMs, ino: f.ino, ctimeMs: f.ctimeMs, fingerprint: fp.fingerprint, kind, fileName: basename(f.path) };
      } catch (err) {
        const je = toJobError(err);
        const failure = { path: f.path, errorClass: je.errorClass, message: je.message, hint: je.hint };
        stats.failed.push(failure);
        found.push({ type: 'failed', failure });
        return null;
      }
    }
    const ready = items.filter((x): x is RegisterItem => !!x);
    for (const it of ready) stats.bytes += it.size;
    if (opts.dryRun) {
      for (const it of ready) {
        const existing = await ledger.findJob(it.fingerprint, opts.settingsKey);
        found.push({ type: 'would-register', path: it.path, fingerprint: it.fingerprint, existing: existing ? { jobId: existing.id, status: existing.status } : null });
      }
      return;
    }
    if (ready.length === 0) return;
    let results: RegisterResult[] | null = null;
    try {
      // A batch all found as recorded, every job settled as read with its file: counted, not registered.
      const settled = ready.every((it) => it.unchanged && known.get(it.path)?.job?.settled);
      if (settled) results = await ledger.countSettled(ready.map((it) => ({ path: it.path, fingerprint: it.fingerprint, job: known.get(it.path)!.job! })), opts.runId);
      results ??= await ledger.register(ready, {
        runId: opts.runId,
        settings: opts.settings,
        settingsKey: opts.settingsKey,
        maxAttempts: opts.maxAttempts,
        ...(opts.priority !== undefined ? { priority: opts.priority } : {}),
        force: opts.force,
        now: opts.now(),
      });
      // Content that was read again may be a fixed file: its failed job (other content, same path
      // and settings) is then superseded by this one. Unchanged files (the fast path) cannot be.
      const reread = results.filter((r) => hashed.has(r.path)).map((r) => ({ path: r.path, jobId: r.jobId }));
      if (reread.length) stats.superseded! += (await ledger.supersede(reread, opts.settingsKey, opts.now())).length;
    } catch (err) {
      // The batch's transaction rolled back; the machine, not a file, is what failed.
      const env = environmentError(err, `the ledger ${ledger.location}`);
      if (!env) throw err;
      stats.stopped = env;
      return;
    }
    // Of one content under several paths in a batch, the job reads the last (register.ts): the
    // others are the ones skipped as the same content, so the lines that follow name the one read.
    const last = new Map<string, string>();
    for (const r of results) last.set(r.jobId, r.path);
    for (const r of results) {
      const first = firstPath.get(r.jobId) ?? (last.get(r.jobId) !== r.path ? last.get(r.jobId) : undefined);
      if (first !== undefined && first !== r.path) {
        stats.sameContentCount = (stats.sameContentCount ?? 0) + 1;
        stats.sameContent ??= [];
        if (stats.sameContent.length < IGNORED_NAMED) stats.sameContent.push({ path: r.path, sameAs: first, jobId: r.jobId });
        found.push({ type: 'registered', result: r, hashed: hashed.has(r.path), sameAs: first });
        continue;
      }
      if (first === undefined && (r.outcome !== 'existing' || r.status !== 'completed')) firstPath.set(r.jobId, r.path);
      found.push({ type: 'registered', result: r, hashed: hashed.has(r.path) });
    }
  };

  for (const item of walkSync(roots, opts)) {
    if (opts.signal?.aborted || stats.stopped) break;
    if (item.type === 'file') {
      stats.files++;
      const explicit = item.path === item.root;
      if (item.stat.size === 0) {
        if (!explicit && !kindFromExtension(item.path)) noteIgnored(stats, found, item.path, 'an empty file, not named like a document');
        // Nothing to read, so no content to key a job by: it fails under its own name, every time
        // (two empty files are not one document seen twice).
        else fail({ path: item.path, ...EMPTY_FILE });
        continue;
      }
      batch.push({ path: item.path, size: item.stat.size, mtimeMs: item.stat.mtimeMs, ino: item.stat.ino, ctimeMs: item.stat.ctimeMs, explicit });
      if (batch.length >= batchSize) {
        await flush();
        yield take();
      }
    } else if (item.type === 'error') {
      if (item.folder) fail(folderFailure(item.path, item.error));
      else {
        const je = toJobError(item.error);
        fail({ path: item.path, errorClass: je.errorClass, message: je.message, hint: je.hint });
      }
    } else if (item.reason in LINK_REASONS) {
      found.push({ type: 'ignored', path: item.path, reason: LINK_REASONS[item.reason as keyof typeof LINK_REASONS] });
    }
  }
  await flush();
  yield take();
}
