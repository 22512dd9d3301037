// The kind of a review reason (fields/index.ts uncertain(), fields/checks.ts runChecks, the notes of
// fields/generic.ts, ../second-look.ts): what it says with the values it names taken out, so reasons
// can be counted by kind (scripts/review-reasons.mjs).

/** A reason's kind: what it says with the values it names taken out. */
export function reasonKind(reason) {
  const kinds = [
    [/^(invoice number|invoice date|total|currency) .* is uncertain \(confidence [\d.]+ < ([\d.]+)\)$/, (m) => `${m[1]} is uncertain (< ${m[2]})`],
    [/^(invoice date|due date) \S+ is ambiguous \(/, (m) => `${m[1]} is ambiguous (day/month order)`],
    [/^labelled amounts disagree:/, () => 'labelled amounts disagree (subtotal + tax != total)'],
    [/^total \S+ derived from cash tendered less change/, () => 'total derived from cash tendered less change'],
    [/^total \S+ derived from the card payment/, () => 'total derived from the card payment'],
    [/^required field (.+) is missing$/, (m) => `required field ${m[1]} is missing`],
    [/^subtotal \S+ \+ tax \S+ .*does not equal total/, () => 'subtotal + tax does not equal total'],
    [/^subtotal \S+ is larger than total/, () => 'subtotal is larger than total'],
    [/^line items add up to/, () => 'line items match neither subtotal nor total'],
    [/^(invoice date|due date) \S+ is (before 1990|more than a year in the future|far in the future)$/, (m) => `${m[1]} is ${m[2]}`],
    [/^due date \S+ is before invoice date/, () => 'due date is before invoice date'],
    [/^total \S+ is negative/, () => 'total is negative'],
    [/ read from .+: check against the image$/, () => 'values read from another reading (second look)'],
    [/^template ([^:]+):/, () => 'template warning'],
  ];
  for (const [re, name] of kinds) {
    const m = re.exec(reason);
    if (m) return name(m);
  }
  return reason.replace(/-?\d[\d.,:/-]*/g, '#');
}

