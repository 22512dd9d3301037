/**
 * The plain `status <jobId>` answered before Node's ESM loader starts. Node 20 spends ~25-30 ms
 * setting up its ESM loader before any code of an ES module runs, a quarter of what `status`
 * cost; `npm run build` bundles this file and what it imports as CommonJS
 * (dist/cli/lean-answer.cjs, scripts/bundle.mjs), which the launcher (bin/docparse.cjs) requires.
 *
 * It answers only what it can answer alone: a plain form (lean.ts), a job (not a run), and the
 * read-only reader open on a ledger at this docparse's schema version, which found the job or
 * found that no job matches. Anything else (no ledger file, a migration due, a newer ledger,
 * PostgreSQL, a configuration error, any error opening or reading) returns null having written
 * nothing, and the launcher starts the ESM CLI (main.ts) as before, so every other message,
 * fall-back and exit code stays that path's own. This bundle has its own copy of the errors'
 * classes; none of its objects reaches the ESM path.
 */
import { leanStatus } from './lean.js';
import { loadConfig } from './context.js';
import { openJobReader } from '../ledger/open.js';
import { showJob } from './commands/status.js';
import { NotFoundError } from '../errors.js';
import { terminalSafe } from './terminal-safe.js';

/** The exit code after answering `args` (the command line after `node docparse`), or null, having written nothing, when the ESM CLI should. */
export async function leanAnswer(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number | null> {
  const lean = leanStatus(args);
  if (!lean || lean.id.startsWith('run_')) return null;
  let text: string;
  try {
    const { config } = loadConfig(lean.opts, env);
    const reader = await openJobReader(config.ledger);
    if (!reader) return null;
    try {
      text = await showJob(reader, lean.id, lean.opts);
    } finally {
      await reader.close();
    }
  } catch (err) {
    // No job matches: main.ts's report of it, unless DOCPARSE_DEBUG asks for its stack trace,
    // which names the ESM path's files.
    if (!(err instanceof NotFoundError) || env.DOCPARSE_DEBUG) return null;
    // The output guard main.ts puts on both streams (terminal-safe.ts), on each string here.
    process.stderr.write(terminalSafe(`docparse: ${err.message}\n`));
    if (err.hint) process.stderr.write(terminalSafe(`  ${err.hint}\n`));
    return err.exitCode;
  }
  process.stdout.write(terminalSafe(text));
  return 0;
}
