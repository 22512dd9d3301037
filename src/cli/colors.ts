/**
 * Colours for what the commands print. Apart from the command context (context.ts) so a command
 * that prints plain text loads no chalk (~15 ms of `status`'s start): see paint.ts.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { colorOn } from './color-on.js';

/** Colours only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function colors(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): ChalkInstance {
  if (!colorOn(stream, env)) return new Chalk({ level: 0 });
  const forced = env.FORCE_COLOR;
  return new Chalk({ level: forced === '0' ? 0 : 1 });
}
