import { loadConfig, colors, printJson, withLedger } from '../context.js';
import { NotFoundError, UsageError } from '../../errors.js';
import { createExtractor } from '../../extract/index.js';
import { runJobsAgain } from '../../pipeline/retry.js';
import { RunDisplay } from '../progress.js';
import { interruptSignal } from './submit.js';

export async function runRetry(jobIds: string[], opts: Record<string, unknown>): Promise<number> {
  if (!opts.failed && jobIds.length === 0) throw new UsageError('name the jobs to retry, or use --failed for every failed job');
  const { config } = loadConfig(opts);
  return withLedger(config, async (ledger) => {
    const ids = opts.failed ? (await ledger.findJobs({ status: ['failed'] })).map((j) => j.id) : jobIds;
    for (const id of jobIds) {
      if (!(await ledger.getJob(id))) throw new NotFoundError(`no job with id ${id} in ${ledger.location}`, '`docparse jobs --status failed` lists failed jobs.');
    }
    const display = new RunDisplay({ tty: !!process.stderr.isTTY, quiet: !!opts.quiet, c: colors(process.stderr) });
    if (ids.length === 0) {
      process.stderr.write('no failed jobs to retry\n');
      return 0;
    }
    // Every job keeps the settings it was created with; retry runs each with its own extractor.
    const first = (await ledger.getJob(ids[0]))!;
    const extractor = await createExtractor({
      extractor: first.settings.extractor as 'auto',
      lang: first.settings.lang === '-' ? config.lang : first.settings.lang,
      template: first.settings.template,
      templatesDir: config.templates,
      ocrWorkers: config.ocrWorkers,
      pageTimeoutMs: config.pageTimeoutMs,
      maxPixels: config.maxPixels,
      keepText: false,
    });
    const { signal, dispose } = interruptSignal();
    try {
      const { summary } = await runJobsAgain({
        ledger,
        extractor,
        jobIds: ids,
        outDir: config.out,
        concurrency: config.concurrency,
        maxAttempts: config.maxAttempts,
        backoff: config.backoff,
        leaseMs: config.leaseMs,
        jobTimeoutMs: config.timeoutMs,
        maxFileSize: config.maxFileSize,
        signal,
        onEvent: (e) => display.onEvent(e),
      });
      display.finish(summary);
      if (opts.json) printJson(summary);
      return summary.exitCode;
    } finally {
      dispose();
      await extractor.close();
    }
  });
}
