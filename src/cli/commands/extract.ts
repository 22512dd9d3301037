import { resolve } from 'node:path';
import { loadConfig, printJson } from '../context.js';
import { JobError, ExitCode } from '../../errors.js';
import { inspectFile } from '../../extract/single.js';

/** `docparse extract FILE`: one document's result JSON on stdout; the ledger is not touched. */
export async function runExtract(file: string, opts: Record<string, unknown>): Promise<number> {
  const { config } = loadConfig(opts);
  try {
    const { result, templateFailures } = await inspectFile(resolve(file), {
      extractor: 'auto',
      lang: config.lang,
      template: config.template,
      templatesDir: config.templates ? resolve(config.templates) : null,
      ocrWorkers: Math.min(config.ocrWorkers, 2),
      pageTimeoutMs: config.pageTimeoutMs,
      maxPixels: config.maxPixels,
      keepText: !!opts.text,
    });
    for (const f of templateFailures) process.stderr.write(`docparse: template ${f.file} skipped: ${f.reason}\n`);
    printJson(result);
    return result.needsReview && opts.failOn === 'review' ? ExitCode.needsReview : ExitCode.ok;
  } catch (err) {
    if (err instanceof JobError) {
      process.stderr.write(`docparse: ${file}: ${err.errorClass}: ${err.message}\n  ${err.hint}\n`);
      return ExitCode.someFailed;
    }
    throw err;
  }
}
