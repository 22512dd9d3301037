import { loadConfig, printJson } from '../context.js';
import { ExitCode } from '../../errors.js';
import { inspectForCli } from '../inspect.js';

/**
 * `docparse extract FILE`: one document's result JSON on stdout; the ledger is not touched.
 * `--text` prints the text that was read instead, pages separated by form feeds as pdftotext
 * does; `--text --json` keeps the JSON and adds the pages' text to it.
 */
export async function runExtract(file: string, opts: Record<string, unknown>): Promise<number> {
  const { config } = loadConfig(opts);
  const inspected = await inspectForCli(file, config, !!opts.text, !!opts.quiet);
  if (typeof inspected === 'number') return inspected;
  if (opts.text && !opts.json) process.stdout.write(inspected.pages.map((p) => (p.text.endsWith('\n') ? p.text : p.text + '\n')).join('\f'));
  else printJson(inspected.result);
  return inspected.result.needsReview && opts.failOn === 'review' ? ExitCode.needsReview : ExitCode.ok;
}
