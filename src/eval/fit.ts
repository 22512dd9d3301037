/**
 * `npm run fit [-- --out FILE] [--cache DIR] [--calibration-only]`: learns the generic extractor's scoring weights from
 * the development parts of the labelled corpora (corpora.ts: DOCPARSE_EVAL_DIR, default
 * ../shared/eval; the staged receipts in DOCPARSE_RECEIPTS_DIR, default ../eval-data/sroie; and
 * fixtures/eval). The validation parts are never read. Writes the model (default
 * src/extract/fields/model/weights.json): same documents, same weights, byte for byte.
 * `--calibration-only` keeps the committed model's field and joint weights and fits only the
 * calibration, the currency's confidences and the review thresholds (learn/train.ts `keep`), which it
 * prints: one per kind of document and one per core field (learn/thresholds.ts).
 */
import { writeFileSync, renameSync } from 'node:fs';
import { resolve } from 'node:path';
import { documentCandidates, type ScoredField } from '../extract/fields/candidates.js';
import { defaultModel } from '../extract/fields/model.js';
import { train, TRUTH_FIELDS, type TrainDoc } from '../extract/fields/learn/train.js';
import { parseDate } from '../extract/normalize.js';
import { idTokensIn } from '../extract/fields/tokens.js';
import { cachedReader, openRealReader, type EvalReader } from './cache.js';
import { findCorpora, rootsFromEnv } from './corpora.js';
import { readEvalDoc } from './read.js';

interface Args {
  out: string;
  cache: string | null;
  calibrationOnly: boolean;
}

function parseArgs(argv: string[], env: NodeJS.ProcessEnv): Args {
  const a: Args = { out: 'src/extract/fields/model/weights.json', cache: env.DOCPARSE_EVAL_CACHE ?? null, calibrationOnly: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') a.out = argv[++i];
    else if (argv[i] === '--cache') a.cache = argv[++i];
    else if (argv[i] === '--calibration-only') a.calibrationOnly = true;
    else throw new Error(`unexpected argument ${argv[i]} (usage: fit [--out FILE] [--cache DIR] [--calibration-only])`);
  }
  return a;
}

/** Truth in scored-field names; dates normalised to ISO, amounts as numbers. */
function truthOf(t: Record<string, unknown>): TrainDoc['truth'] {
  const out: TrainDoc['truth'] = {};
  for (const [k, f] of Object.entries(TRUTH_FIELDS)) {
    const v = t[k];
    if (v === undefined || v === null) continue;
    if (f === 'total' || f === 'subtotal' || f === 'tax') {
      const n = typeof v === 'number' ? v : Number(v);
      if (Number.isFinite(n)) out[f] = n;
    } else if (f === 'invoiceDate' || f === 'dueDate') {
      const d = /^\d{4}-\d{2}-\d{2}$/.test(String(v)) ? String(v) : parseDate(String(v))?.iso;
      if (d) out[f] = d;
    } else out[f] = String(v).trim();
  }
  return out;
}

const CORE: Record<string, ScoredField> = { invoice_number: 'invoiceNumber', date: 'invoiceDate', amount: 'total' };

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), process.env);
  const corpora = findCorpora(rootsFromEnv(process.env, process.cwd())).filter((c) => c.fit);
  if (!corpora.length) throw new Error('no corpus found to fit on');
  let real: Promise<EvalReader> | null = null;
  const open = () => openRealReader(2);
  const reader: EvalReader = args.cache ? cachedReader(resolve(args.cache), open) : { read: async (i, o) => (await (real ??= open())).read(i, o), close: async () => void (real && (await (await real).close())) };
  const docs: TrainDoc[] = [];
  try {
    for (const c of corpora) {
      let n = 0;
      let unprinted = 0;
      for (const doc of c.docs) {
        if (doc.split !== 'dev') continue;
        const read = await readEvalDoc(doc, reader).catch(() => null);
        if (!read) continue;
        const core = c.core.map((k) => CORE[k]).filter((f): f is ScoredField => !!f);
        const currency = c.core.includes('currency') && typeof read.truth.currency === 'string' ? read.truth.currency : undefined;
        const cands = documentCandidates(read.pages);
        const truth = truthOf(read.truth);
        // An invoice number the page does not print as a token ("F", "#BLR_...", an OCR misread) is a
        // label nothing on the page can teach: left out of the fit (it still counts in npm run eval).
        if (truth.invoiceNumber !== undefined && !cands.view.lines.some((l) => idTokensIn(l.text).some((t) => t.value === truth.invoiceNumber))) {
          delete truth.invoiceNumber;
          unprinted++;
        }
        docs.push({ corpus: c.id, name: doc.input, cands, truth, core, ...(currency ? { currency } : {}) });
        n++;
      }
      process.stderr.write(`${c.id}: ${n} development documents${unprinted ? ` (${unprinted} invoice numbers not printed as such, left out)` : ''}\n`);
    }
  } finally {
    await reader.close();
  }
  const model = train(docs, args.calibrationOnly ? { keep: defaultModel() } : {});
  const out = resolve(args.out);
  writeFileSync(`${out}.tmp`, JSON.stringify(model, null, 1) + '\n');
  renameSync(`${out}.tmp`, out);
  process.stderr.write(`wrote ${out}: joint ${JSON.stringify(model.joint)}, review thresholds ${model.reviewThreshold} (receipts ${model.receiptReviewThreshold})\n`);
  for (const [kind, t] of Object.entries(model.fieldThresholds ?? {})) {
    process.stderr.write(`  per field, ${kind}: ${JSON.stringify(t.thresholds)} (out of fold: ${t.unflagged} development documents unflagged, ${(t.share * 100).toFixed(1)}% fully right)\n`);
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`fit: ${(e as Error).stack ?? e}\n`);
    process.exit(1);
  },
);
