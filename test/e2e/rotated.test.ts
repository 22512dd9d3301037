/**
 * Rotated text PDFs end to end (real CLI): fixtures/rotated (scripts/make-rotated-fixtures.mjs) holds
 * one invoice upright (the control) and the same page turned as real files turn it: (a) drawn turned
 * on a landscape page whose /Rotate 90 or 270 shows it upright; (b) drawn upright, /Rotate 90 or 270
 * showing it sideways; and the upright page with text running up and down its margins. Each must
 * read like the upright original: the same text, the same fields; (b)'s boxes stand on the page as
 * displayed (turned). Before the layout read each item in its own direction, (b) came out with a
 * wrong invoice number and no dates, and the margin note shifted and split the body's lines.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { docparse } from '../helpers/cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIR = join(ROOT, 'fixtures/rotated');
const FIELDS = ['invoiceNumber', 'invoiceDate', 'dueDate', 'subtotal', 'tax', 'total', 'currency', 'documentType'] as const;

async function run(file: string, text = false): Promise<{ json: Record<string, any>; text: string }> {
  const r = await docparse(['extract', ...(text ? ['--text', '--json'] : []), join(DIR, file)], { cwd: ROOT });
  expect(r.exitCode, String(r.stderr)).toBe(0);
  const json = JSON.parse(String(r.stdout));
  return { json, text: text ? (json.text as string[]).join('\f') : '' };
}

const values = (r: Record<string, any>) => Object.fromEntries(FIELDS.map((k) => [k, k === 'documentType' ? r[k] : (r[k]?.value ?? null)]));

describe('rotated text PDFs read like the upright original (real CLI)', () => {
  let upright: { json: Record<string, any>; text: string };
  beforeAll(async () => {
    upright = await run('upright.pdf', true);
  });

  it('control: the upright invoice reads right, unflagged', () => {
    expect(values(upright.json)).toEqual({ invoiceNumber: 'RT-4471', invoiceDate: '2025-05-12', dueDate: '2025-06-11', subtotal: 1720, tax: 344, total: 2064, currency: 'GBP', documentType: 'invoice' });
    expect(upright.json.needsReview).toBe(false);
    expect(upright.text).toMatch(/^Kettleby Surveying Ltd +INVOICE\n/);
  });

  for (const file of ['shown-upright-rotate90.pdf', 'shown-upright-rotate270.pdf', 'sideways-rotate90.pdf', 'sideways-rotate270.pdf']) {
    it(`${file}: the upright original's text and fields`, async () => {
      const r = await run(file, true);
      expect(r.text).toBe(upright.text);
      expect(values(r.json)).toEqual(values(upright.json));
      for (const k of FIELDS) if (k !== 'documentType') expect(r.json[k]?.confidence, k).toBe(upright.json[k]?.confidence);
      expect(r.json.needsReview).toBe(false);
    });
  }

  it("sideways pages: a field's box is the upright box turned with the page as displayed", async () => {
    const b0 = upright.json.total.box;
    const r90 = (await run('sideways-rotate90.pdf')).json.total.box;
    const r270 = (await run('sideways-rotate270.pdf')).json.total.box;
    // /Rotate 90 turns the page clockwise: the top edge goes right; 270: the top edge goes left.
    const near = (got: Record<string, number>, want: Record<string, number>) => {
      for (const k of ['x', 'y', 'w', 'h']) expect(got[k], k).toBeCloseTo(want[k], 3);
    };
    near(r90, { x: 1 - b0.y - b0.h, y: b0.x, w: b0.h, h: b0.w });
    near(r270, { x: b0.y, y: 1 - b0.x - b0.w, w: b0.h, h: b0.w });
  });

  it('margin-note.pdf: the body reads exactly as upright; the margin texts follow it, each on its own line', async () => {
    const r = await run('margin-note.pdf', true);
    expect(r.text.startsWith(`${upright.text}\n\n`)).toBe(true);
    const rest = r.text.slice(upright.text.length).split('\n').filter(Boolean);
    expect(rest).toEqual(['Created with Example Billing Suite 4.2 - archive copy, not a duplicate', 'RECEIVED - ACCOUNTS']);
    expect(values(r.json)).toEqual(values(upright.json));
  });
});
