/** Text tables for `npm run eval`: per corpus and field, dev and validation side by side, and reliability. */
import type { DocScore, ReliabilityRow, Summary } from './score.js';

export interface PartReport {
  part: string;
  docs: DocScore[];
  summary: Summary;
  reliability: ReliabilityRow[];
  /** Party names with a value by confidence bin, right by the name comparison. */
  nameReliability?: ReliabilityRow[];
}

export interface CorpusReport {
  id: string;
  title: string;
  core: string[];
  parts: PartReport[];
  /** Documents that could not be scored, with why. */
  skipped: string[];
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const frac = (a: number, b: number) => `${a}/${b}${b ? ` (${pct(a / b)})` : ''}`;

function fieldOrder(core: string[], a: string, b: string): number {
  const ca = core.indexOf(a);
  const cb = core.indexOf(b);
  return (ca < 0 ? 99 : ca) - (cb < 0 ? 99 : cb) || a.localeCompare(b);
}

/**
 * One corpus: a row per field with correct/wrong/missing per part, then the summary lines; with
 * `misses`, the fields not exactly right (of part `onlyPart` alone when given, so a held-out
 * validation part's misses need never be printed).
 */
export function renderCorpus(r: CorpusReport, misses: boolean, onlyPart: string | null = null): string {
  const fields = [...new Set(r.parts.flatMap((p) => Object.keys(p.summary.perField)))].sort((a, b) => fieldOrder(r.core, a, b));
  const named = (k: string) => r.parts.some((p) => p.summary.names?.[k]);
  const w = Math.max(16, ...fields.map((k) => k.length + (named(k) ? 8 : 2)));
  const colW = 22;
  const head = `${'field'.padEnd(w)}${r.parts.map((p) => `${p.part} (${p.summary.documents} docs)`.padStart(colW)).join('')}`;
  const lines = [`== ${r.id}: ${r.title}`, head, `${''.padEnd(w)}${r.parts.map(() => 'right/wrong/missing'.padStart(colW)).join('')}`];
  for (const k of fields) {
    const cells = r.parts.map((p) => {
      const t = p.summary.perField[k];
      return (t ? `${t.correct}/${t.wrong}/${t.missing}` : '-').padStart(colW);
    });
    lines.push(`${(r.core.includes(k) ? `${k} *` : k).padEnd(w)}${cells.join('')}`);
    // A party name again under the name comparison (case, punctuation, spacing ignored).
    if (named(k)) {
      const named = r.parts.map((p) => {
        const t = p.summary.names?.[k];
        return (t ? `${t.correct}/${t.wrong}/${t.missing}` : '-').padStart(colW);
      });
      lines.push(`${`${k} ~name`.padEnd(w)}${named.join('')}`);
    }
  }
  const row = (label: string, f: (s: Summary) => string) => lines.push(`${label.padEnd(w)}${r.parts.map((p) => f(p.summary).padStart(colW)).join('')}`);
  row('core fields *', (s) => frac(s.core.correct, s.core.total));
  row('all fields', (s) => frac(s.overall.correct, s.overall.total));
  row('conf>=0.9 right', (s) => frac(s.confident.right, s.confident.fields));
  row('unflagged right', (s) => frac(s.unflagged.fullyRight, s.unflagged.documents));
  // The strict figure stays visible: how many invoice numbers above are right only by the number-sign rule.
  if (fields.includes('invoice_number')) row('invoice_number by # rule', (s) => String(s.numberSign));
  if (r.parts.some((p) => p.summary.creditSign)) row('amounts by credit-note sign', (s) => String(s.creditSign));
  lines.push('', `reliability (core fields with a value: confidence bin -> share right)`);
  lines.push(`${'confidence'.padEnd(w)}${r.parts.map((p) => p.part.padStart(colW)).join('')}`);
  const binRows = (get: (p: PartReport) => ReliabilityRow[] | undefined) =>
    (get(r.parts[0]) ?? []).forEach((b, i) => {
      const label = `${b.from.toFixed(2)}-${b.to.toFixed(2)}`;
      lines.push(`${label.padEnd(w)}${r.parts.map((p) => {
        const x = get(p)?.[i];
        return (x?.fields ? `${frac(x.right, x.fields)} ~${x.meanConfidence.toFixed(2)}` : '-').padStart(colW);
      }).join('')}`);
    });
  binRows((p) => p.reliability);
  if (r.parts.some((p) => p.nameReliability?.some((x) => x.fields))) {
    lines.push('', 'reliability of party names (issuer, partner_name with a value; right by the name comparison)');
    binRows((p) => p.nameReliability);
  }
  if (r.skipped.length) lines.push('', `not scored: ${r.skipped.join(', ')}`);
  if (misses) {
    const bad = r.parts.filter((p) => onlyPart === null || p.part === onlyPart).flatMap((p) =>
      p.docs.flatMap((d) =>
        d.error
          ? [`  [${p.part}] ${d.input}: ERROR ${d.error}`]
          : Object.entries(d.fields)
              .filter(([, v]) => v.verdict !== 'correct')
              .map(([k, v]) => `  [${p.part}] ${d.input} [${d.templateId}] ${k}: expected ${JSON.stringify(v.expected).slice(0, 80)}, got ${JSON.stringify(v.actual).slice(0, 80)}${v.confidence !== null ? ` (confidence ${v.confidence})` : ''}`),
      ),
    );
    if (bad.length) lines.push('', 'not exactly right:', ...bad);
  }
  return lines.join('\n');
}

/** One line per corpus and part: the core share, for a quick overview at the end. */
export function renderOverview(reports: CorpusReport[]): string {
  const lines = ['== overview (core fields exactly right; conf>=0.9 right; unflagged documents fully right)'];
  for (const r of reports) {
    for (const p of r.parts) {
      const s = p.summary;
      lines.push(`${`${r.id} ${p.part}`.padEnd(30)} core ${frac(s.core.correct, s.core.total).padEnd(20)} conf>=0.9 ${frac(s.confident.right, s.confident.fields).padEnd(20)} unflagged ${frac(s.unflagged.fullyRight, s.unflagged.documents)}`);
    }
  }
  return lines.join('\n');
}
