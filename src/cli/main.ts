/**
 * The command-line entry: runs the commander program (program.ts, imported here so a plain
 * `status <id>` can skip it: lean.ts) and turns errors into exit codes. This is the one place
 * that calls process.exit.
 */
import { DocparseError, environmentError, ExitCode } from '../errors.js';
import { guardOutput } from './terminal-safe.js';
import { leanStatus } from './lean.js';
export async function main(argv: string[]): Promise<number> {
  const lean = leanStatus(argv.slice(2));
  if (lean) {
    try {
      const { runStatus } = await import('./lean-status.js');
      return await runStatus(lean.id, lean.opts);
    } catch (err) {
      return reportError(err, !!process.env.DOCPARSE_DEBUG);
    }
  }
  const { buildProgram, CommanderError } = await import('./program.js');
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version exit 0; usage errors were already printed by commander.
      return err.exitCode === 0 ? 0 : ExitCode.usage;
    }
    return reportError(err, argv.includes('--verbose') || !!process.env.DOCPARSE_DEBUG);
  }
}

function reportError(err: unknown, verbose: boolean): number {
  // Out of disk, permission denied, a read-only file system: the machine's problem, said as such (exit 8, 9).
  err = environmentError(err) ?? err;
  if (err instanceof DocparseError) {
    process.stderr.write(`docparse: ${err.message}\n`);
    if (err.hint) process.stderr.write(`  ${err.hint}\n`);
    if (verbose && err.stack) process.stderr.write(err.stack + '\n');
    return err.exitCode;
  }
  const e = err as Error;
  process.stderr.write(`docparse: unexpected error: ${e?.message ?? String(err)}\n`);
  process.stderr.write(verbose && e?.stack ? e.stack + '\n' : '  Set DOCPARSE_DEBUG=1 for the stack trace, and report it if it persists.\n');
  return ExitCode.usage;
}

guardOutput();
const code = await main(process.argv);
// Let stdout drain before exiting (large --json outputs into a pipe).
process.stdout.write('', () => process.exit(code));
