/**
 * The shape of the source tree, as README's "Where things are" draws it: imports go down the
 * floors and never round in a loop, the CLI commands are leaves, and files stay small.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/** Lowest first; a module may import from its own top folder or from a lower floor. */
const FLOORS: string[][] = [
  ['types.ts'],
  ['errors.ts', 'sniff.ts', 'duplicates.ts', 'redact.ts', 'raw-names.ts', 'lazy-crypto.ts', 'owner.ts'],
  ['make-dirs.ts'],
  ['ledger', 'extract'],
  ['report', 'config'],
  ['files'],
  ['engine'],
  ['cli', 'eval', 'index.ts'],
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const files = sources(SRC).map((p) => relative(SRC, p).split(sep).join('/'));

/** Relative imports of a file (static, re-exports, dynamic; `import type` too), as paths under src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(SRC, file), 'utf8');
  const out: string[] = [];
  const re = /(?:^|\n)\s*(?:import|export)\s[^'";]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const spec = m[1] ?? m[2] ?? m[3];
    if (!spec.startsWith('.')) continue;
    out.push(relative(SRC, resolve(SRC, dirname(file), spec.replace(/\.js$/, '.ts'))).split(sep).join('/'));
  }
  return out;
}

const graph = new Map(files.map((f) => [f, importsOf(f)]));

/** Strongly connected components with more than one node (Tarjan). */
function loops(nodes: string[], edges: (n: string) => string[]): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges(v)) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const c: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        c.push(w);
      } while (w !== v);
      if (c.length > 1) found.push(c.sort());
    }
  };
  for (const n of nodes) if (!index.has(n)) visit(n);
  return found;
}

const top = (f: string) => f.split('/')[0];

describe('source structure', () => {
  it('finds the modules it checks', () => {
    expect(files).toContain('cli/main.ts');
    expect(graph.get('cli/commands/submit.ts')!.length).toBeGreaterThan(3);
  });

  it('has no import loops between files', () => {
    expect(loops(files, (f) => (graph.get(f) ?? []).filter((t) => graph.has(t)))).toEqual([]);
  });

  it('has no import loops between sibling folders (extract/fields <-> extract/templates, say)', () => {
    const folderOf = (f: string) => dirname(f);
    const folders = [...new Set(files.map(folderOf))].filter((d) => d !== '.');
    // Edges between two different folders with the same parent.
    const edges = (d: string) => [
      ...new Set(
        files
          .filter((f) => folderOf(f) === d || folderOf(f).startsWith(d + '/'))
          .flatMap((f) => graph.get(f)!)
          .map((t) => folders.find((o) => o !== d && dirname(o) === dirname(d) && (folderOf(t) === o || folderOf(t).startsWith(o + '/'))))
          .filter((o): o is string => !!o),
      ),
    ];
    expect(loops(folders, edges)).toEqual([]);
  });

  it('imports go down the floors: nothing imports the CLI, the ledger and the extractors import neither each other nor the engine', () => {
    const floor = (f: string) => FLOORS.findIndex((names) => names.includes(top(f)));
    for (const f of files) expect(floor(f), `${f} is on no floor`).toBeGreaterThanOrEqual(0);
    const upward: string[] = [];
    for (const [f, targets] of graph) {
      for (const t of targets) {
        if (top(t) !== top(f) && floor(t) >= floor(f)) upward.push(`${f} -> ${t}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('CLI commands are leaves: none imports another', () => {
    const commands = files.filter((f) => f.startsWith('cli/commands/'));
    expect(commands.length).toBeGreaterThan(5);
    const between = commands.flatMap((f) => graph.get(f)!.filter((t) => t.startsWith('cli/commands/')).map((t) => `${f} -> ${t}`));
    expect(between).toEqual([]);
  });

  it('keeps every file under 400 lines (no exceptions)', () => {
    const lines = (f: string) => readFileSync(join(SRC, f), 'utf8').replace(/\n$/, '').split('\n').length;
    const long = files.filter((f) => lines(f) > 400);
    expect(long).toEqual([]);
  });
});
