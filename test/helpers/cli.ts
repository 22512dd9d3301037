/**
 * Runs the real CLI (bin/docparse.cjs, package.json's bin -> dist/) through execa.
 */
import { execa, type Options, type ResultPromise } from 'execa';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/docparse.cjs', import.meta.url));

export function docparse(args: string[], opts: Options & { cwd: string }) {
  return execa('node', [BIN, ...args], { reject: false, env: { NO_COLOR: '1', ...opts.env }, ...opts }) as ResultPromise<Options & { cwd: string }>;
}

const once = new Map<string, ReturnType<typeof docparse>>();

/**
 * The CLI run with these arguments in this folder, started on first call and shared after: for a
 * test file whose tests each assert on one output (an `extract` of the same document). Each caller
 * still checks the exit code and parses the output itself.
 */
export function docparseOnce(args: string[], opts: { cwd: string }) {
  const key = JSON.stringify([opts.cwd, ...args]);
  let run = once.get(key);
  if (!run) {
    run = docparse(args, opts);
    once.set(key, run);
  }
  return run;
}
