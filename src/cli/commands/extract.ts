import { loadConfig, printJson } from '../context.js';
import { ExitCode } from '../../errors.js';
import { inspectForCli } from '../inspect.js';

/** `docparse extract FILE`: one document's result JSON on stdout; the ledger is not touched. */
export async function runExtract(file: string, opts: Record<string, unknown>): Promise<number> {
  const { config } = loadConfig(opts);
  const inspected = await inspectForCli(file, config, !!opts.text);
  if (typeof inspected === 'number') return inspected;
  printJson(inspected.result);
  return inspected.result.needsReview && opts.failOn === 'review' ? ExitCode.needsReview : ExitCode.ok;
}
