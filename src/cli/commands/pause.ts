/**
 * `docparse pause`, `docparse resume` and `docparse pauses`: pausing claims of everything, of one
 * run's jobs (`--run`), or of the work below a priority (`--below`). A pause is a row in the
 * ledger that every claim reads, so every submit and worker on the ledger, on any machine, stops
 * taking that work at its next claim; documents in flight finish, and paused jobs stay `pending`.
 */
import { loadConfig, printJson, withLedger } from '../context.js';
import { colors } from '../colors.js';
import { UsageError } from '../../errors.js';
import type { Ledger, Pause, PauseSelector } from '../../ledger/port.js';
import { iso } from '../../report/results.js';
import { parsePriority } from '../parse.js';
import { actor, requireRun } from '../targets.js';
import { plural } from '../plural.js';

/** The selector of `--run` / `--below`, or null for none (everything). */
function selector(opts: Record<string, unknown>, command: 'pause' | 'resume'): PauseSelector | null {
  if (opts.run !== undefined && opts.below !== undefined) throw new UsageError(`${command}: --run and --below are two pauses; ${command} them one at a time`);
  if (opts.run !== undefined) return { runId: String(opts.run) };
  if (opts.below !== undefined) {
    if (opts.below === true) {
      if (command === 'pause') throw new UsageError('pause --below needs a priority: jobs below it are paused');
      return { below: 0 };
    }
    return { below: parsePriority(opts.below, '--below') };
  }
  return null;
}

/** `everything`, `run run_...`, `work below priority 5`. */
export function describePause(p: Pick<Pause, 'selector' | 'runId' | 'below'>): string {
  return p.selector === 'all' ? 'everything' : p.selector === 'run' ? `run ${p.runId}` : `work below priority ${p.below}`;
}

function pauseOf(sel: PauseSelector): Pick<Pause, 'selector' | 'runId' | 'below'> {
  return { selector: 'all' in sel ? 'all' : 'runId' in sel ? 'run' : 'below', runId: 'runId' in sel ? sel.runId : null, below: 'below' in sel ? sel.below : null };
}

async function checkRun(ledger: Ledger, sel: PauseSelector | null): Promise<void> {
  if (sel && 'runId' in sel) await requireRun(ledger, sel.runId);
}

export async function runPause(opts: Record<string, unknown>): Promise<number> {
  const sel = selector(opts, 'pause') ?? { all: true as const };
  const { config } = loadConfig(opts);
  const by = actor();
  return withLedger(config, async (ledger) => {
    await checkRun(ledger, sel);
    const changed = await ledger.pause(sel, by, Date.now());
    const held = await ledger.held();
    const what = describePause(pauseOf(sel));
    if (opts.json) printJson({ paused: what, changed, by, held, pauses: await ledger.pauses() });
    else if (!opts.quiet) {
      process.stderr.write(`${changed ? 'paused' : 'already paused'}: ${what}; ${plural(held, 'waiting job')} held. Submits and workers on this ledger take none of it from their next claim; documents in flight finish. \`docparse resume\` lifts it.\n`);
    }
    return 0;
  });
}

export async function runResume(opts: Record<string, unknown>): Promise<number> {
  const sel = selector(opts, 'resume');
  const { config } = loadConfig(opts);
  const by = actor();
  return withLedger(config, async (ledger) => {
    // `resume --below` lifts the priority floor whatever its value (there is one at a time).
    const target = sel;
    await checkRun(ledger, target);
    const lifted = await ledger.resume(target, by, Date.now());
    const left = await ledger.pauses();
    const held = await ledger.held();
    if (opts.json) printJson({ resumed: lifted.map(describePause), by, pauses: left, held });
    else if (!opts.quiet) {
      process.stderr.write(lifted.length ? `resumed: ${lifted.map(describePause).join(', ')}\n` : 'nothing to resume: that is not paused\n');
      if (left.length) process.stderr.write(`still paused: ${left.map(describePause).join(', ')}; ${plural(held, 'waiting job')} held\n`);
    }
    return 0;
  });
}

export async function runPauses(opts: Record<string, unknown>): Promise<number> {
  const { config } = loadConfig(opts);
  return withLedger(config, async (ledger) => {
    const pauses = await ledger.pauses();
    const held = await ledger.held();
    const events = opts.events ? await ledger.controlEvents(50) : undefined;
    if (opts.json) {
      printJson({ pauses: pauses.map((p) => ({ ...p, since: iso(p.since) })), held, ...(events ? { events: events.map((e) => ({ ...e, at: iso(e.at) })) } : {}) });
      return 0;
    }
    const c = colors(process.stdout);
    if (pauses.length === 0) process.stdout.write('nothing is paused\n');
    for (const p of pauses) process.stdout.write(`${c.yellow('paused')}  ${describePause(p)}  since ${iso(p.since)} by ${p.by ?? '?'}\n`);
    if (pauses.length) process.stdout.write(`${plural(held, 'waiting job')} held; \`docparse resume\` lifts every pause\n`);
    for (const e of events ?? []) process.stdout.write(`${iso(e.at)}  ${e.action.padEnd(6)}  ${describePause(e)}  by ${e.by ?? '?'}\n`);
    return 0;
  });
}
