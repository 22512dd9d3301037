/**
 * The result files of jobs a run found done already. Such a job is counted on the run, not linked
 * to it (ledger register), so closing the run does not page through it; but a kill between a
 * job's completion in the ledger and its result file, or a result file deleted since, must still
 * be made good by the next run ("a run writes any result file that is missing from --out"). The
 * scan hands each such job here; its file name is looked up in one listing of --out, read once
 * (a stat per file cost more than the rest of a no-op rerun), and closeRun writes what is missing.
 */
import { readdirSync } from 'node:fs';
import type { RegisterResult } from '../ledger/port.js';
import { resultFileName } from '../report/results.js';

export class MissingResults {
  private names: Set<string> | null = null;
  /** Ids of the jobs whose result file is missing, each once. */
  readonly jobIds = new Set<string>();

  constructor(private readonly outDir: string) {}

  /** A file the scan registered: when it is a job found done already, is its result file there? */
  check(r: RegisterResult): void {
    if (r.linked || r.status !== 'completed') return;
    this.names ??= listing(this.outDir);
    if (!this.names.has(resultFileName(r))) this.jobIds.add(r.jobId);
  }
}

/** The names in a folder; none when it does not exist yet (or cannot be read: writing will say why). */
function listing(dir: string): Set<string> {
  try {
    return new Set(readdirSync(dir));
  } catch {
    return new Set();
  }
}
