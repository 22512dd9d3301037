/**
 * Reminders (Mahnung, Zahlungserinnerung, relance, rappel, sollecito, herinnering, recordatorio,
 * payment reminder): a letter that restates an unpaid invoice, in a table ("Rechnung Nr. |
 * Rechnungsdatum | fällig am | Betrag") or a sentence ("unsere Rechnung 2025-0412 vom 14.03.2025").
 * A bookkeeper books the invoice it restates, so the invoice date is the restated invoice's, not the
 * letter's own ("Datum 02.05.2025", "Nantes, le 15/04/2026"), which heads it like any letter's date.
 */
import type { AmountCandidate } from './amounts.js';
import type { DateCandidate } from './dates.js';
import type { DocView } from './context.js';
import { cells, type Line } from './cells.js';
import { sameCents } from '../normalize.js';

/** The title of a reminder, in the languages of the lexicon. */
const REMINDER_WORDS = [
  '(?:zahlungs|payment\\s*|betalings)?(?:erinnerung|reminder|herinnering)', '(?:\\d+\\.\\s*|erste|zweite|dritte|letzte)?\\s*mahnung', 'mahnschreiben', 'zahlungsaufforderung',
  'relance(?:\\s*de\\s*paiement)?', '(?:lettre\\s*de\\s*|\\d+(?:e|er|[èe]me)\\s*)?rappel(?:\\s*de\\s*paiement)?', 'mise\\s*en\\s*demeure',
  'sollecito(?:\\s*di\\s*pagamento)?', 'aanmaning', 'recordatorio(?:\\s*de\\s*pago)?', 'aviso\\s*de\\s*(?:cobro|impago)', 'overdue\\s*notice', 'final\\s*notice',
  'lembrete(?:\\s*de\\s*pagamento)?', 'przypomnienie(?:\\s*o\\s*p[łl]atno[śs]ci)?', 'wezwanie\\s*do\\s*zap[łl]aty', 'upom[íi]nka',
];
const REMINDER = new RegExp(`^(?:${REMINDER_WORDS.join('|')})(?![\\p{L}])`, 'iu');

/**
 * The document is a reminder: a line of at most six words begins with a reminder's title
 * ("1. Mahnung", "Zahlungserinnerung", "Relance – facture impayée", "Payment reminder"); a word in
 * a sentence ("eine Mahnung erfolgt …") or the terms of an invoice does not make one.
 */
export function isReminder(v: DocView): boolean {
  const head = headLines(v);
  return v.lines.some((l) => {
    const t = l.text.trim();
    return (t.split(/\s+/).length <= 6 && REMINDER.test(t)) || (head.has(l) && titleCell(l));
  });
}

/** The lines of a page's head in which a title may stand in a cell of its own, beside the letterhead. */
const HEAD_LINES = 6;

/** Each page's first HEAD_LINES non-blank lines, found in one pass. */
function headLines(v: DocView): Set<Line> {
  const head = new Set<Line>();
  const seen = new Map<number, number>();
  for (const l of v.lines) {
    if (!l.text.trim() || (seen.get(l.page) ?? 0) >= HEAD_LINES) continue;
    seen.set(l.page, (seen.get(l.page) ?? 0) + 1);
    head.add(l);
  }
  return head;
}

/**
 * The title printed at the right of the letterhead's first lines ("Sprachinstitut … GmbH
 * Zahlungserinnerung"): a cell of at most three words (the line is one of its page's head lines).
 */
function titleCell(l: Line): boolean {
  return cells(l.text).slice(1).some((c) => c.text.split(/\s+/).length <= 3 && REMINDER.test(c.text));
}

/** The date is labelled as an invoice's (its own label or its column's: "Rechnungsdatum", "Facture n° | du") and as no deadline. */
function restatedIssue(c: DateCandidate): boolean {
  const f = c.features;
  const issue = f['seg:issue'] || f['above:issue'] || (f['seg:docword'] && f['near:of']) || f['above:of'];
  const due = f['seg:due'] || f['above:due'] || f['near:due'] || f['seg:other'] || f['above:other'];
  return !!issue && !due && !f['fmt:altReading'];
}

/**
 * On a reminder, the date chosen for the invoice's when its own label does not say so (the letter's
 * date) yields to an earlier date labelled as the restated invoice's. Null when nothing changes.
 */
export function restatedInvoiceDate<O extends { best: DateCandidate; value: string }>(v: DocView, chosen: O | null, opts: Array<O | null>): O | null {
  if (!chosen || chosen.best.features['seg:issue'] || chosen.best.features['above:issue'] || !isReminder(v)) return null;
  return opts.find((o): o is O => !!o && o.value < chosen.value && restatedIssue(o.best)) ?? null;
}

/** The amount is labelled as a net amount (its own label, its row's or its column's: "Summe netto", "Montant HT"). */
export const netLabelled = (c: AmountCandidate): boolean => ['seg', 'row', 'above'].some((p) => c.features[`${p}:net`] || c.features[`${p}:excl`]);

/**
 * On a reminder, a subtotal of the total's value is the restated invoice's gross amount printed
 * again ("Rechnungsbetrag | offen", "offener Rechnungsbetrag"), not its net: a reminder prints the
 * invoice's net only under a net label ("Montant HT"), and then it differs from the total. So such
 * a subtotal is given only when some amount of that value is labelled as a net.
 */
export function reminderRepeatsGross(v: DocView, subtotal: number, total: number, amounts: readonly AmountCandidate[]): boolean {
  if (!sameCents(subtotal, total) || !isReminder(v)) return false;
  return !amounts.some((c) => sameCents(c.value, total) && netLabelled(c));
}
