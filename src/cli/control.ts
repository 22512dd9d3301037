/**
 * The job-control commands (`priority`, `pause`, `resume`, `pauses`, `cancel`), declared like the
 * others in main.ts (lazy-importing their module), kept here so main.ts stays readable.
 */
import type { Command } from 'commander';
import { ledgerOption } from './options.js';

export function declareControlCommands(program: Command): void {
  program
    .command('priority')
    .description('change the priority of waiting jobs: higher is processed first by every submit and worker')
    .argument('<targets...>', 'job ids (job_...) and run ids (run_...: their waiting jobs), then the priority: a whole number, or high (10), normal (0), low (-10)')
    .addOption(ledgerOption())
    .option('--json', 'print {priority, by, changed, unchanged} as JSON')
    .option('-q, --quiet', 'print only the jobs left unchanged')
    .addHelpText('after', '\nExamples:\n  $ docparse priority run_01jf3k... high        a run\'s waiting jobs before everything at 0\n  $ docparse priority job_01jf3k... job_01jf3m... 50\n\nJobs being processed or finished keep theirs (`retry --priority` puts finished ones back at one).\nExit codes: 0 done, 1 usage, 4 unknown job or run id.')
    .action(async (targets: string[], opts: Record<string, unknown>) => {
      const { runPriority } = await import('./commands/priority.js');
      process.exitCode = await runPriority(targets, opts);
    });
  const selectors = (verb: 'pause' | 'resume', what: string, below: string, json: string, help: string) =>
    program
      .command(verb)
      .description(what)
      .option('--run <runId>', verb === 'pause' ? 'only this run\'s jobs' : 'only the pause of this run')
      .option(below, verb === 'pause' ? 'only jobs with a priority below this ("pause non-critical processing")' : 'only the pause of the work below a priority')
      .addOption(ledgerOption())
      .option('--json', `print ${json} as JSON`)
      .option('-q, --quiet', 'print nothing')
      .addHelpText('after', help)
      .action(async (opts: Record<string, unknown>) => {
        const run = await import('./commands/pause.js');
        process.exitCode = await (verb === 'pause' ? run.runPause : run.runResume)(opts);
      });
  selectors(
    'pause',
    'stop every submit and worker on this ledger, on any machine, from taking more work: everything, one run, or the work below a priority',
    '--below <n>',
    '{paused, changed, by, held, pauses}',
    '\nExamples:\n  $ docparse pause                      nothing more is started; documents in flight finish\n  $ docparse pause --below 10           only urgent work (priority 10 and up) goes on\n  $ docparse pause --run run_01jf3k...\n\nPaused jobs stay pending. An attached submit whose remaining work is all paused exits 11;\nworker --once exits 0 and says so. `docparse resume` lifts it; `docparse pauses` lists pauses.\nExit codes: 0 done, 1 usage, 4 unknown run id.',
  );
  selectors(
    'resume',
    'lift pauses: every one, or the one named by --run / --below',
    '--below [n]',
    '{resumed, by, pauses, held}',
    '\nExamples:\n  $ docparse resume                     lift every pause\n  $ docparse resume --run run_01jf3k...\n  $ docparse resume --below\n\nRunning workers take the work again at their next poll. Exit codes: 0 done, 1 usage, 4 unknown run id.',
  );
  program
    .command('pauses')
    .description('list what is paused, since when and by whom, and how many waiting jobs it holds')
    .addOption(ledgerOption())
    .option('--events', 'add the pause and resume audit trail (latest 50, newest first)')
    .option('--json', 'print {pauses, held, events} as JSON')
    .addHelpText('after', '\nExamples:\n  $ docparse pauses\n  $ docparse pauses --events --json\n\nExit codes: 0.')
    .action(async (opts: Record<string, unknown>) => {
      const { runPauses } = await import('./commands/pause.js');
      process.exitCode = await runPauses(opts);
    });
  program
    .command('cancel')
    .description('cancel jobs: waiting ones end at once; one being processed is stopped by the process running it, on any machine, within about a second')
    .argument('<ids...>', 'job ids (job_...) and run ids (run_...: their unfinished jobs)')
    .addOption(ledgerOption())
    .option('--webhook <url>', 'write and send job.failed for the jobs cancelled here [env DOCPARSE_WEBHOOK]')
    .option('--json', 'print {by, cancelled, requested, skipped} as JSON')
    .option('-q, --quiet', 'print only the jobs skipped (finished already)')
    .addHelpText('after', '\nExamples:\n  $ docparse cancel job_01jf3k...             submitted by mistake\n  $ docparse cancel run_01jf3k...             every unfinished job of a run\n\nA cancelled job is failed with error class "cancelled": not retried, listed in failures.json;\n`docparse retry <jobId>` runs it again. Who cancelled it (user@host pid N) is in its audit trail.\nExit codes: 0 done (finished jobs are listed as skipped), 1 usage, 4 unknown job or run id.')
    .action(async (ids: string[], opts: Record<string, unknown>) => {
      const { runCancel } = await import('./commands/cancel.js');
      process.exitCode = await runCancel(ids, opts);
    });
}
