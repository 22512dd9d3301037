/**
 * The package's programmatic API, imported by its name as a user's script would (`import 'docparse'`).
 */
import { describe, expect, it } from 'vitest';
import { execa } from 'execa';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const script = `
import { extractFile, JobError, EXTRACTORS } from 'docparse';
const out = { extractors: EXTRACTORS };
const xml = await extractFile('fixtures/einvoice/peppol-bis3-invoice.xml');
out.xml = { profile: xml.einvoice.profile, total: xml.total.value, source: xml.total.source };
const pdf = await extractFile('fixtures/invoices/de-kessler-feinmechanik.pdf', { einvoice: 'ignore' });
out.pdf = { number: pdf.invoiceNumber.value, kind: pdf.documentKind };
try { await extractFile('README.md'); } catch (e) { out.error = { isJobError: e instanceof JobError, errorClass: e.errorClass }; }
console.log(JSON.stringify(out));
`;

describe('programmatic API', () => {
  it('extractFile reads a document by the package name, and throws JobError for what it cannot read', async () => {
    const r = await execa('node', ['--input-type=module', '-e', script], { cwd: ROOT });
    expect(JSON.parse(r.stdout)).toEqual({
      extractors: ['auto', 'text', 'noop'],
      xml: { profile: 'PEPPOL BIS 3.0', total: 782179.43, source: 'e-invoice' },
      pdf: { number: 'RE-2025-00873', kind: 'text_pdf' },
      error: { isJobError: true, errorClass: 'unsupported' },
    });
  });
});
