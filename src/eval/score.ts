/** Scoring extraction results against invoice2data-style expected JSON. Pure functions. */

export const CORE_FIELDS = ['invoice_number', 'date', 'amount', 'currency'] as const;
/** Keys in expected outputs that describe the template, not the document. */
const IGNORED = new Set(['desc']);

export type Verdict = 'correct' | 'wrong' | 'missing';

export interface DocScore {
  name: string;
  input: string;
  templateId: string | null;
  fields: Record<string, { verdict: Verdict; expected: unknown; actual: unknown }>;
  error?: string;
}

/** Deep equality with a cent tolerance for numbers and numeric strings compared as numbers. */
export function sameValue(expected: unknown, actual: unknown): boolean {
  if (typeof expected === 'number' && typeof actual === 'number') return Math.abs(expected - actual) < 0.005;
  if (typeof expected === 'number' && typeof actual === 'string') return actual.trim() !== '' && sameValue(expected, Number(actual));
  if (typeof expected === 'string' && typeof actual === 'string') return expected.trim() === actual.trim();
  if (typeof expected === 'string' && typeof actual === 'number') return false;
  if (Array.isArray(expected) && Array.isArray(actual)) return expected.length === actual.length && expected.every((e, i) => sameValue(e, actual[i]));
  if (expected && actual && typeof expected === 'object' && typeof actual === 'object' && !Array.isArray(expected) && !Array.isArray(actual)) {
    const ek = Object.keys(expected);
    return ek.length === Object.keys(actual).length && ek.every((k) => sameValue((expected as Record<string, unknown>)[k], (actual as Record<string, unknown>)[k]));
  }
  return expected === actual;
}

export function scoreDoc(name: string, input: string, expected: Record<string, unknown>, actual: Record<string, unknown>, templateId: string | null): DocScore {
  const fields: DocScore['fields'] = {};
  for (const [k, e] of Object.entries(expected)) {
    if (IGNORED.has(k)) continue;
    const a = actual[k];
    const verdict: Verdict = a === undefined || a === null ? 'missing' : sameValue(e, a) ? 'correct' : 'wrong';
    fields[k] = { verdict, expected: e, actual: a ?? null };
  }
  return { name, input, templateId, fields };
}

export interface Summary {
  documents: number;
  perField: Record<string, { correct: number; wrong: number; missing: number }>;
  overall: { correct: number; total: number; share: number };
  core: { correct: number; total: number; share: number };
}

export function summarize(docs: DocScore[]): Summary {
  const perField: Summary['perField'] = {};
  let correct = 0;
  let total = 0;
  let coreCorrect = 0;
  let coreTotal = 0;
  for (const d of docs) {
    for (const [k, v] of Object.entries(d.fields)) {
      const row = (perField[k] ??= { correct: 0, wrong: 0, missing: 0 });
      row[v.verdict]++;
      total++;
      if (v.verdict === 'correct') correct++;
      if ((CORE_FIELDS as readonly string[]).includes(k)) {
        coreTotal++;
        if (v.verdict === 'correct') coreCorrect++;
      }
    }
  }
  const share = (a: number, b: number) => (b === 0 ? 0 : a / b);
  return {
    documents: docs.length,
    perField,
    overall: { correct, total, share: share(correct, total) },
    core: { correct: coreCorrect, total: coreTotal, share: share(coreCorrect, coreTotal) },
  };
}

export function renderTable(docs: DocScore[], s: Summary): string {
  const rows = Object.entries(s.perField).sort((a, b) => {
    const ca = (CORE_FIELDS as readonly string[]).indexOf(a[0]);
    const cb = (CORE_FIELDS as readonly string[]).indexOf(b[0]);
    return (ca < 0 ? 99 : ca) - (cb < 0 ? 99 : cb) || a[0].localeCompare(b[0]);
  });
  const w = Math.max(12, ...rows.map(([k]) => k.length));
  const lines = [`${'field'.padEnd(w)}  correct  wrong  missing`];
  for (const [k, r] of rows) lines.push(`${k.padEnd(w)}  ${String(r.correct).padStart(7)}  ${String(r.wrong).padStart(5)}  ${String(r.missing).padStart(7)}`);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  lines.push('');
  lines.push(`documents: ${s.documents}`);
  lines.push(`all fields exactly right: ${s.overall.correct}/${s.overall.total} (${pct(s.overall.share)})`);
  lines.push(`core fields (${CORE_FIELDS.join(', ')}): ${s.core.correct}/${s.core.total} (${pct(s.core.share)})`);
  const bad = docs.flatMap((d) =>
    d.error
      ? [`  ${d.input}: ERROR ${d.error}`]
      : Object.entries(d.fields)
          .filter(([, v]) => v.verdict !== 'correct')
          .map(([k, v]) => `  ${d.input} [${d.templateId}] ${k}: expected ${JSON.stringify(v.expected).slice(0, 80)}, got ${JSON.stringify(v.actual).slice(0, 80)}`),
  );
  if (bad.length) lines.push('', 'not exactly right:', ...bad);
  return lines.join('\n');
}
