/**
 * An e-mail's header block, as a message printed from a mail client or webmail shows it (and once
 * more for each forwarded or quoted message): "From: / Sent: / To: / Subject:", "Von: / Gesendet: /
 * An: / Betreff:", "De : / Envoyé : / À : / Objet :", "Van: / Verzonden: / Aan: / Onderwerp:", "Da:
 * / Inviato: / A: / Oggetto:", "De: / Enviado: / Para: / Asunto:", each with "Date:" / "Datum:" /
 * "Data:" / "Fecha:" in some clients. The date it prints is when the message was sent or forwarded,
 * not the invoice's date.
 */
import type { DocView } from './context.js';

const SENDER = ['from', 'von', 'de', 'van', 'da', 'absender', 'exp[ée]diteur'];
const RECIPIENT = ['to', 'an', '[àa]', 'aan', 'a', 'para', 'cc', 'bcc', 'cci', 'empf[äa]nger', 'destinataire'];
const OTHER = ['sent', 'gesendet', 'envoy[ée]', 'verzonden', 'verstuurd', 'inviato', 'enviado', 'date', 'datum', 'data', 'fecha', 'subject', 'betreff', 'objet', 'onderwerp', 'oggetto', 'asunto'];
/** A header line: one of the labels above at the line's start, then a colon. */
const HEADER = new RegExp(`^\\s*(${[...SENDER, ...RECIPIENT, ...OTHER].join('|')})\\s*:`, 'iu');
const IS_SENDER = new RegExp(`^(?:${SENDER.join('|')})$`, 'iu');
const IS_RECIPIENT = new RegExp(`^(?:${RECIPIENT.join('|')})$`, 'iu');

/**
 * The line numbers (DocView numbering) of e-mail header blocks: runs of header lines (at most one
 * other line between two) of three lines or more that name a sender and a recipient.
 */
export function mailHeaderLines(v: DocView): Set<number> {
  const out = new Set<number>();
  let run: { n: number; page: number; label: string }[] = [];
  let gap = 0;
  const close = () => {
    if (run.length >= 3 && run.some((h) => IS_SENDER.test(h.label)) && run.some((h) => IS_RECIPIENT.test(h.label))) for (const h of run) out.add(h.n);
    run = [];
  };
  for (const l of v.lines) {
    if (!l.text.trim()) continue;
    const m = HEADER.exec(l.text);
    if (!m) {
      if (run.length && ++gap > 1) close();
      continue;
    }
    if (run.length && run[0].page !== l.page) close();
    run.push({ n: l.n, page: l.page, label: m[1] });
    gap = 0;
  }
  close();
  return out;
}
