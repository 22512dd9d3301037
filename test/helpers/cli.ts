/**
 * Runs the real CLI (bin/docparse.cjs, package.json's bin -> dist/) through execa.
 */
import { execa, type Options, type ResultPromise } from 'execa';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/docparse.cjs', import.meta.url));

export function docparse(args: string[], opts: Options & { cwd: string }) {
  return execa('node', [BIN, ...args], { reject: false, env: { NO_COLOR: '1', ...opts.env }, ...opts }) as ResultPromise<Options & { cwd: string }>;
}
