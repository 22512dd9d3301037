/** `1 file`, `2 files`: counts in messages read as English at 1 too. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
