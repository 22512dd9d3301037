/**
 * `docparse status <id>` without commander. Declaring the whole program (commander and its
 * node:child_process, every command's options and help) is ~40% of what `status` costs beyond
 * Node's own start, and `status` is what a script or a person waits on. Only the plain forms
 * are taken here: the id and `--ledger <path>`, `--events`, `--json`, each at most once. Anything
 * else (another flag, `--help`, `--config`, a value that looks like a flag, a repeated option)
 * goes through commander as before, so its parsing, help and errors stay the only ones.
 */
export interface LeanStatus {
  id: string;
  /** The options exactly as commander hands them to the status action for these arguments. */
  opts: Record<string, unknown>;
}

/** The status call `args` (the command line after `node docparse`) makes, or null when commander should parse it. */
export function leanStatus(args: readonly string[]): LeanStatus | null {
  if (args[0] !== 'status') return null;
  let id: string | undefined;
  const opts: Record<string, unknown> = {};
  for (let i = 1; i < args.length; i++) {
    const a = args[i];
    if (a === '--json' || a === '--events') {
      const key = a.slice(2);
      if (key in opts) return null;
      opts[key] = true;
    } else if (a === '--ledger' || a.startsWith('--ledger=')) {
      const value = a === '--ledger' ? args[++i] : a.slice('--ledger='.length);
      if ('ledger' in opts || value === undefined || value === '' || value.startsWith('-')) return null;
      opts.ledger = value;
    } else if (a.startsWith('-') || id !== undefined) {
      return null;
    } else {
      id = a;
    }
  }
  return id === undefined ? null : { id, opts };
}
