import { resolve } from 'node:path';
import { loadConfig, printJson } from '../context.js';
import { colors } from '../colors.js';
import { ExitCode } from '../../errors.js';
import { GENERIC_TEMPLATE, loadTemplates } from '../../extract/templates/index.js';
import { inspectForCli } from '../inspect.js';
import { plural } from '../plural.js';

/** `docparse templates list`: every template that loads, and the ones that do not, with why. */
export async function runTemplatesList(opts: Record<string, unknown>): Promise<number> {
  const { config } = loadConfig(opts);
  const loaded = config.templates ? loadTemplates(resolve(config.templates)) : { templates: [], failures: [] };
  const all = [GENERIC_TEMPLATE, ...loaded.templates];
  if (opts.json) {
    printJson({
      templates: all.map((t) => ({ id: t.id, issuer: t.issuer, keywords: t.keywords, excludeKeywords: t.excludeKeywords, priority: t.priority, file: t.file })),
      failures: loaded.failures,
    });
    return loaded.failures.length ? ExitCode.someFailed : ExitCode.ok;
  }
  const c = colors(process.stdout);
  for (const t of all) {
    const kw = t.generic ? c.dim('(built-in generic extractor: used when no template matches)') : t.keywords.join(', ');
    process.stdout.write(`${c.bold(t.id)}  ${t.issuer}  ${c.dim(`priority ${priorityText(t.priority)}`)}  ${kw}\n`);
  }
  for (const f of loaded.failures) process.stderr.write(`${c.red('not loaded')}  ${f.file}: ${f.reason}\n`);
  process.stderr.write(`${plural(all.length, 'template')}${loaded.failures.length ? `, ${loaded.failures.length} could not be loaded` : ''}\n`);
  return loaded.failures.length ? ExitCode.someFailed : ExitCode.ok;
}

/** `docparse templates test FILE`: which template matched and why, what it extracted, the text it saw. */
export async function runTemplatesTest(file: string, opts: Record<string, unknown>): Promise<number> {
  const { config } = loadConfig(opts);
  const inspected = await inspectForCli(file, config, true);
  if (typeof inspected === 'number') return inspected;
  const { result, match, pages } = inspected;
  if (opts.json) {
    printJson({ templateId: match.templateId, reason: match.reason, candidates: match.candidates, result, text: pages.map((p) => p.text) });
    return ExitCode.ok;
  }
  const c = colors(process.stdout);
  const out: string[] = [];
  out.push(`${c.bold('template')}  ${match.templateId}  (${match.reason === 'forced' ? 'chosen with --template' : match.reason === 'keywords' ? 'all its keywords matched' : 'no template matched: generic extractor'})`);
  const shown = match.candidates.filter((cand) => cand.matched || cand.keywords.hit.length > 0).slice(0, 10);
  if (shown.length) out.push(c.bold('candidates'));
  for (const cand of shown) {
    const why = cand.keywords.excludedBy.length
      ? c.red(`excluded by ${cand.keywords.excludedBy.join(', ')}`)
      : cand.matched
        ? c.green('matched')
        : `missing ${cand.keywords.missed.map((k) => JSON.stringify(k)).join(', ')}`;
    out.push(`  ${cand.id}  priority ${priorityText(cand.priority)}  hit ${cand.keywords.hit.length}/${cand.keywords.hit.length + cand.keywords.missed.length}  ${why}`);
  }
  out.push(c.bold('fields'));
  const f = (label: string, v: { value: unknown; confidence: number; source: string } | null) =>
    out.push(`  ${label.padEnd(14)}${v ? `${JSON.stringify(v.value)}  ${c.dim(`${v.source}, confidence ${v.confidence.toFixed(2)}`)}` : c.dim('-')}`);
  f('invoiceNumber', result.invoiceNumber);
  f('invoiceDate', result.invoiceDate);
  f('dueDate', result.dueDate);
  f('vendor', result.vendor.name);
  f('customer', result.customer.name);
  f('currency', result.currency);
  f('subtotal', result.subtotal);
  f('tax', result.tax);
  f('total', result.total);
  out.push(`  ${'lineItems'.padEnd(14)}${result.lineItems.length}`);
  for (const [k, v] of Object.entries(result.extra)) out.push(`  ${k.padEnd(14)}${JSON.stringify(v)}  ${c.dim('template field')}`);
  if (result.needsReview) out.push(c.yellow(`needs review: ${result.reviewReasons.join('; ')}`));
  out.push(c.bold('text it saw'));
  for (const p of pages) out.push(c.dim(`--- page ${p.page} (${p.source}) ---`), p.text);
  process.stdout.write(out.join('\n') + '\n');
  return ExitCode.ok;
}

/** A priority as a user reads it: the built-in template's -Infinity (it never wins over a matching template) is "lowest". */
function priorityText(priority: number): string {
  return Number.isFinite(priority) ? String(priority) : priority < 0 ? 'lowest' : 'highest';
}
