/**
 * The checks that fail a job before any parsing: the file is missing, changed, empty, too large,
 * or not a document at all.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { hostname } from 'node:os';
import type { Job } from '../types.js';
import { permanent, transient } from '../errors.js';
import { readHeadOrEmpty, whyNotOurs } from '../sniff.js';
import { fsPath, shownPath } from '../raw-names.js';

export function preflight(job: Job, maxFileSize: number): void {
  let st;
  try {
    st = statSync(fsPath(job.path));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      // No parent folder either: more likely a share not mounted on this machine (many
      // workers reading one submitted path) than a deleted file. That can heal: retry.
      if (!existsSync(fsPath(dirname(job.path)))) {
        throw transient('file_unavailable', `the folder ${shownPath(dirname(job.path))} is not there on ${hostname()}`, 'Workers read files at the path they were submitted with: mount the share at the same path on every worker machine.');
      }
      throw permanent('unreadable', `the file is gone: ${shownPath(job.path)} was moved or deleted after it was scanned`, 'Put the file back, or submit the folder again to pick up its new location.');
    }
    throw err;
  }
  if (!st.isFile()) throw permanent('unsupported', `${shownPath(job.path)} is not a regular file`);
  if (st.size === 0) throw permanent('empty', 'the file is empty (0 bytes)');
  if (st.size > maxFileSize) {
    throw permanent('too_large', `the file is ${formatBytes(st.size)}, over the ${formatBytes(maxFileSize)} limit (--max-file-size)`);
  }
  // A size change is caught here; same-size edits by the extractor, which hashes what it reads.
  if (st.size !== job.size) {
    throw permanent('unreadable', 'the file changed after it was scanned, so this job\'s content is gone', 'Run submit again: the new content becomes a new job.');
  }
  if (!job.kind) {
    const why = whyNotOurs(shownPath(job.fileName), readHeadOrEmpty(fsPath(job.path)));
    if (why) throw permanent(why.errorClass, why.message, why.hint);
    throw permanent('unsupported', `${shownPath(job.fileName)} is not a PDF, PNG, JPEG, TIFF or e-invoice XML file (its content matches none of them)`);
  }
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(2)} GB`;
}

/** The start of a file (what foreignContent needs), or nothing when it cannot be read now. */
