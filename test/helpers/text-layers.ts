/**
 * PDFs whose text layer decodes wrongly, made the way such files are: a real embedded TrueType
 * font (pdfkit subsets it as a Type0 / Identity-H font with a ToUnicode map), whose ToUnicode map
 * is then edited so some glyphs decode to control codes. The glyphs themselves are untouched, so
 * the page still shows what it says; only the text layer lies.
 *
 * The font is LiberationSans, shipped with pdf.js (pdfjs-dist/standard_fonts), so no system font
 * is needed. Streams are written uncompressed and every edit keeps its byte length, so the
 * cross-reference table stays right.
 */
import PDFDocument from 'pdfkit';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// pdf.js as pdf-parse resolves it (pdf-thread.ts does the same).
const pdfParse = createRequire(import.meta.url).resolve('pdf-parse');
const FONT = join(dirname(createRequire(pdfParse).resolve('pdfjs-dist/package.json')), 'standard_fonts', 'LiberationSans-Regular.ttf');

export const STRIPE_STYLE_LINES = ['Invoice', 'Invoice number 76253815-0004', 'Date of issue 2025-05-26', 'Date due 2025-06-30', 'Amount due $1,299.00'];

function embeddedFontPdf(lines: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 50, compress: false, info: { CreationDate: new Date(Date.UTC(2025, 0, 1)), Producer: 'docparse tests' } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.registerFont('Sans', FONT);
    doc.font('Sans').fontSize(12);
    lines.forEach((l, i) => doc.text(l, 60, 60 + i * 22));
    doc.end();
  });
}

/** Rewrites the ToUnicode map's targets (`<XXXX>` inside its bfrange array) with `map`, in place. */
function editToUnicode(pdf: Buffer, map: (unicodeHex: string, index: number) => string): Buffer {
  const text = pdf.toString('latin1');
  const start = text.indexOf('beginbfrange');
  const end = text.indexOf('endbfrange', start);
  if (start < 0 || end < 0) throw new Error('no ToUnicode bfrange in the PDF');
  const open = text.indexOf('[', start);
  let i = 0;
  const edited = text.slice(open, end).replace(/<([0-9a-f]{4})>/g, (_, hex: string) => {
    const out = map(hex, i++);
    if (!/^[0-9a-f]{4}$/.test(out)) throw new Error(`bad replacement ${out}`);
    return `<${out}>`;
  });
  const copy = Buffer.from(pdf);
  copy.write(edited, open, 'latin1');
  return copy;
}

/** An invoice whose font decodes the hyphen to NUL, as pdf.js reads Stripe-style invoices (`76253815\0` `0004`). */
export async function nulHyphenPdf(): Promise<Buffer> {
  return editToUnicode(await embeddedFontPdf(STRIPE_STYLE_LINES), (hex) => (hex === '002d' ? '0000' : hex));
}

/** The same invoice with every glyph decoding to a C0 control code: a text layer of garbage. */
export async function controlCodeLayerPdf(): Promise<Buffer> {
  const controls = [1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31];
  return editToUnicode(await embeddedFontPdf(STRIPE_STYLE_LINES), (_, i) => controls[i % controls.length].toString(16).padStart(4, '0'));
}
