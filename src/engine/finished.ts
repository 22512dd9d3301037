/**
 * The finished jobs of a run, or of the whole ledger, read a page at a time (keyset pagination),
 * so `export` and `report` keep memory flat on ledgers of any size.
 */
import type { Ledger } from '../ledger/port.js';
import type { Job, JobState } from '../types.js';

/** The completed and failed jobs of a run (or of the ledger), oldest first, read a page at a time. */
export async function* finishedJobs(ledger: Ledger, o: { runId?: string; since?: number; pageSize?: number }): AsyncGenerator<Job> {
  const pageSize = o.pageSize ?? 500;
  const status: JobState[] = ['completed', 'failed'];
  let after: { createdAt: number; id: string } | undefined;
  for (;;) {
    const page = await ledger.findJobs({ status, runId: o.runId, since: o.since, limit: pageSize, after });
    yield* page;
    if (page.length < pageSize) return;
    const last = page[page.length - 1];
    after = { createdAt: last.createdAt, id: last.id };
  }
}
