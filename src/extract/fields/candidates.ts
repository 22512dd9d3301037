/**
 * Every candidate of a document for every scored field, with its features: the one input both the
 * extractor (decide.ts) and the fitter (`npm run fit`) use, so what is learnt is what runs.
 */
import { withSplitLabelsJoined } from './split-words.js';
import { withMisreadLabelsMended } from './misread.js';
import type { PageText } from '../types.js';
import { amountCandidates, printedNowhere, type AmountCandidate } from './amounts.js';
import { perRateBreakdown } from './breakdown.js';
import { includedTax } from './included.js';
import { ratedParts } from './rated.js';
import { markBeforeAdjustments } from './adjustments.js';
import { markSupersededColumns } from './correction.js';
import { markDeductedParts } from './deducted.js';
import { markPartialSums, SUM_PART } from './partial-sums.js';
import { docView, textWithoutChrome, type DocView } from './context.js';
import { dateCandidates, type DateCandidate } from './dates.js';
import { guessCurrency, inferDateOrder, type CurrencyGuess, type DateOrderGuess } from './locale.js';
import { withSplitThousandsJoined } from './split-amounts.js';
import { numberCandidates, type NumberCandidate } from './numbers.js';
import type { Features } from './learn/logistic.js';
import { documentType } from './doctype.js';
import { statesNoVat } from './exempt.js';
import { markTips } from './tips.js';
import { sameCents } from '../normalize.js';

/** The fields the model scores, and the candidate kind each picks from. */
export const SCORED_FIELDS = ['total', 'subtotal', 'tax', 'invoiceDate', 'dueDate', 'invoiceNumber'] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

export interface DocCandidates {
  view: DocView;
  text: string;
  currency: CurrencyGuess | null;
  dateOrder: DateOrderGuess;
  amounts: AmountCandidate[];
  dates: DateCandidate[];
  numbers: NumberCandidate[];
  /** A till receipt by its wording and amounts (doctype.ts): scored with its own copy of the features, reviewed at its own threshold. */
  receipt: boolean;
}

export function documentCandidates(read: PageText[]): DocCandidates {
  // Label words a text layer split apart ("Br uttosumme") joined, lengths kept (split-words.ts).
  // And label words OCR misread ("Rechnungsnurnmer", "G1asreinigung") mended, lengths kept (misread.ts),
  // and the thousands of an amount the layout set a column apart ("8   829,60"), joined back by their boxes (split-amounts.ts).
  const pages = withMisreadLabelsMended(withSplitThousandsJoined(withSplitLabelsJoined(read)));
  const view = docView(pages);
  const text = pages.map((p) => p.text).join('\n');
  const amounts = amountCandidates(view);
  // VAT included in a gross total, said under it (included.ts; here, not in amounts.ts, which it reads).
  amounts.push(...includedTax(amounts));
  // A totals block OCR damaged, mended by its VAT line's rate (rated.ts).
  amounts.push(...ratedParts(amounts, view));
  // A VAT breakdown table's rows and the amounts before discount and shipping lines (breakdown.ts, adjustments.ts).
  amounts.push(...perRateBreakdown(amounts, view));
  markBeforeAdjustments(amounts);
  // A correction's before and after columns restate other documents' amounts (correction.ts).
  markSupersededColumns(amounts, view);
  // A deducted deposit's own net and tax, printed in its line's label, are the earlier invoice's (deducted.ts).
  markDeductedParts(amounts);
  // Partial sums (labour, material) printed above the sum they make are parts of it (partial-sums.ts).
  markPartialSums(amounts);
  // A conversion block's currency signs restate the invoice in another currency: no evidence of its own.
  const currency = guessCurrency(view.converted.size ? view.lines.filter((l) => !view.converted.has(l.n)).map((l) => l.text).join('\n') : text, amounts, view.ocr, view.converted);
  const dateOrder = inferDateOrder(text, currency?.code ?? null);
  const dates = dateCandidates(view, dateOrder.order, dateOrder.decided);
  const numbers = numberCandidates(view);
  // Evidence the rules act on, as features the fit can weigh: a tip after an amount (tips.ts), a statement that no VAT is charged (exempt.ts).
  markTips(amounts.filter((c) => !printedNowhere(c)));
  if (statesNoVat(text)) for (const c of amounts) c.features['doc:noVat'] = 1;
  const receipt = documentType(textWithoutChrome(view), view.lastPage, null, amounts) === 'receipt';
  if (receipt) for (const c of [...amounts, ...dates, ...numbers]) domainCopies(c.features);
  return { view, text, currency, dateOrder, amounts, dates, numbers, receipt };
}

/**
 * Till receipts get a second copy of every feature, prefixed `receipt|`: the fit learns shared
 * weights plus what differs on receipts ("frustratingly easy domain adaptation", Daumé 2007), so a
 * linear model can weigh a label differently on a receipt than on an invoice. (A scanned invoice is
 * an invoice: OCR alone does not make the domain; `doc:ocr` says it.)
 */
function domainCopies(f: Features): void {
  for (const k of Object.keys(f)) f[`receipt|${k}`] = f[k];
}

export type AnyCandidate = AmountCandidate | DateCandidate | NumberCandidate;

/** The candidates a field is chosen from. */
export function candidatesFor(d: DocCandidates, field: ScoredField): AnyCandidate[] {
  switch (field) {
    case 'subtotal':
      // Nor is an amount before the discount and shipping lines that turn it into a later net amount (adjustments.ts).
      return d.amounts.filter((c) => !c.features['tbl:perRate'] && !c.features['adj:before'] && !c.features['col:superseded'] && !c.features['deduct:part'] && !c.features[SUM_PART]);
    case 'total':
    case 'tax':
      // A VAT breakdown table's rows that reconcile with the total line are one rate's share, not the document's (breakdown.ts).
      // A partial sum is no total either (partial-sums.ts); a tax is never so labelled.
      return d.amounts.filter((c) => !c.features['tbl:perRate'] && !c.features['col:superseded'] && !c.features['deduct:part'] && !c.features[SUM_PART]);
    case 'invoiceDate':
      return d.dates;
    case 'dueDate':
      // A due date is said to be one: a date no due label points at is never taken for it.
      // Nor is the next period's debit of a recurring invoice ("Prochain prélèvement le ...", "Next payment on ...").
      return d.dates.filter((c) => (c.features['seg:due'] || c.features['above:due'] || c.features['near:due']) && !c.features['seg:next']);
    case 'invoiceNumber':
      return d.numbers;
  }
}

/** The characters a candidate was read from on its line. */
export function spanOf(c: AnyCandidate): [number, number] {
  if ('money' in c) return [c.money.start, c.money.end];
  if ('date' in c) return [c.date.start, c.date.end];
  return [c.token.start, c.token.end];
}

/** Whether a candidate's value is the expected one (amounts to the cent, strings exactly). */
export function sameAs(c: AnyCandidate, expected: unknown): boolean {
  if (typeof c.value === 'number') return typeof expected === 'number' && sameCents(c.value, expected);
  return typeof expected === 'string' && c.value === expected.trim();
}
