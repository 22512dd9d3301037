/** When commands colour their output; apart from chalk so plain output need not load it (paint.ts, colors.ts). */

/** Whether output to `stream` is coloured: only on a terminal, never with NO_COLOR (https://no-color.org) or TERM=dumb. */
export function colorOn(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): boolean {
  return !!stream.isTTY && (env.NO_COLOR === undefined || env.NO_COLOR === '') && env.TERM !== 'dumb';
}
