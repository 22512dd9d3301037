/**
 * The colours a lean command uses (status, and submit's run display), loaded only when they are
 * on: plain output (a pipe, NO_COLOR) gets functions that return the text as it is, the same bytes
 * chalk at level 0 writes. A cron job's rerun into a log never loads chalk (~16 ms of imports).
 */
import { colorOn } from './color-on.js';

export type Style = 'red' | 'green' | 'yellow' | 'cyan' | 'white' | 'dim' | 'bold';
export type Paint = Record<Style, (text: string) => string>;

const same = (text: string) => text;
const PLAIN: Paint = { red: same, green: same, yellow: same, cyan: same, white: same, dim: same, bold: same };

export async function paintFor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): Promise<Paint> {
  if (!colorOn(stream, env)) return PLAIN;
  const { colors } = await import('./colors.js');
  return colors(stream, env);
}
