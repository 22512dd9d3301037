/**
 * results.csv and results.xlsx: CSV cells that a spreadsheet would run as formulas are escaped
 * (read back with a real CSV parser), numbers stay numbers; XLSX cells are typed (read back with
 * exceljs, the library that wrote them).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Job } from '../../src/types.js';
import { emptyResult } from '../../src/extract/result.js';
import { csvSink, ndjsonSink, xlsxSink } from '../../src/report/sinks.js';
import { failuresCsv } from '../../src/report/failures.js';
import { RESULT_COLUMNS, csvLine } from '../../src/report/csv.js';
import { isoDateToDate } from '../../src/report/xlsx.js';
import { tempDir } from '../helpers/fixtures.js';

const f = <T>(value: T, confidence = 0.9) => ({ value, confidence, source: 'generic:test', page: 1 });

function job(id: string, over: (r: ReturnType<typeof emptyResult>) => void): Job {
  const result = emptyResult('text_pdf', [{ page: 1, source: 'text', ocrConfidence: null, chars: 100 }]);
  over(result);
  return {
    id, fingerprint: id.padEnd(64, '0'), settingsKey: 'k', settings: { extractor: 'auto', extractorVersion: '4', template: null, templatesDigest: null, lang: 'eng' },
    status: 'completed', path: `/in/${id}.pdf`, fileName: `${id}.pdf`, size: 1, kind: 'pdf', templateId: 'invoice', attempts: 1, maxAttempts: 3,
    nextAttemptAt: null, leaseOwner: null, leaseExpiresAt: null, leaseToken: 1, result, error: null, pageCount: 1, runId: 'run_1',
    createdAt: 1, startedAt: 1, completedAt: 2, updatedAt: 2,
  };
}

const HOSTILE = ['=HYPERLINK("http://evil.example","x")', '+1+2', '-2+3', '@SUM(A1:A2)', '\t=1', '\r=1'];

const jobs = [
  job('a', (r) => {
    r.invoiceNumber = f('=1+1');
    r.invoiceDate = f('2025-03-14');
    r.dueDate = f('2025-04-13');
    r.vendor.name = f(HOSTILE[0]);
    r.vendor.taxId = f('@DE123');
    r.customer.name = f('Comma, "Quoted"\nand a line break');
    r.currency = f('EUR');
    r.subtotal = f(-100.5, 0.4);
    r.tax = f(-19.1);
    r.total = f(-119.6);
    r.needsReview = true;
    r.reviewReasons = ['+total does not add up', '-second reason'];
    r.duplicateOf = ['job_x', 'job_y'];
  }),
  job('b', (r) => {
    r.invoiceNumber = f('INV-2');
    r.invoiceDate = f('2025-02-30'); // not a date: stays text
    r.total = f(1010.62);
  }),
];

describe('results.csv', () => {
  it('escapes every cell a spreadsheet would run as a formula, keeps numbers as numbers, and parses back', async () => {
    const dir = tempDir();
    const sink = csvSink(dir);
    for (const j of jobs) sink.add(j, []);
    await sink.commit();
    const text = readFileSync(join(dir, 'results.csv'), 'utf8');
    expect(text.split('\r\n')[0]).toBe(RESULT_COLUMNS.join(','));
    const rows = parse(text, { columns: true, relax_column_count: false }) as Record<string, string>[];
    expect(rows).toHaveLength(2);
    const a = rows[0];
    expect(a.invoiceNumber).toBe("'=1+1");
    expect(a.vendorName).toBe(`'${HOSTILE[0]}`);
    expect(a.vendorTaxId).toBe("'@DE123");
    expect(a.customerName).toBe('Comma, "Quoted"\nand a line break');
    // Numbers, negative ones too, are not escaped: they are numbers, not formulas.
    expect([a.subtotal, a.tax, a.total]).toEqual(['-100.5', '-19.1', '-119.6']);
    expect(a.lowestConfidence).toBe('0.4');
    expect(a.needsReview).toBe('true');
    expect(a.duplicateOf).toBe('job_x | job_y');
    expect(a.reasons).toBe("'+total does not add up | -second reason");
    expect(rows[1]).toMatchObject({ invoiceNumber: 'INV-2', total: '1010.62', needsReview: 'false', duplicateOf: '', reasons: '' });
    // No cell of the file starts with a formula character unless escaped or a number.
    for (const r of rows) for (const v of Object.values(r)) if (/^[=+\-@\t\r]/.test(v)) expect(Number.isFinite(Number(v)), v).toBe(true);
  });

  it.each(HOSTILE)('escapes %j in any column, failures.csv too', (s) => {
    const [cell] = parse(csvLine([s, 5]), { relax_quotes: true }) as string[][];
    expect(cell).toEqual([`'${s}`, '5']);
    const [, row] = parse(failuresCsv([{ path: s, jobId: null, fingerprint: null, errorClass: 'corrupt', message: s, attempts: 1, retryable: false, hint: 'h' }])) as string[][];
    expect(row[0]).toBe(`'${s}`);
    expect(row[4]).toBe(`'${s}`);
  });

  it('a sink that is aborted leaves no file and no temp file', async () => {
    const dir = tempDir();
    const sink = csvSink(dir);
    sink.add(jobs[0], []);
    await sink.abort();
    expect(() => readFileSync(join(dir, 'results.csv'))).toThrow();
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('results.xlsx', () => {
  it('types its cells: numbers, dates, booleans, text that never becomes a formula (read back with exceljs)', async () => {
    const dir = tempDir();
    const sink = await xlsxSink(dir);
    for (const j of jobs) sink.add(j, [j.path]);
    sink.addFailure({ path: '/in/bad.pdf', jobId: 'job_bad', fingerprint: null, errorClass: 'corrupt', message: '=cmd|x', attempts: 1, retryable: false, hint: 'fix it' });
    await sink.commit();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'results.xlsx'));
    const ws = wb.getWorksheet('Results')!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([...RESULT_COLUMNS]);
    const col = (name: string) => RESULT_COLUMNS.indexOf(name) + 1;
    const a = ws.getRow(2);
    expect(a.getCell(col('total')).type).toBe(ExcelJS.ValueType.Number);
    expect(a.getCell(col('total')).value).toBe(-119.6);
    expect(a.getCell(col('lowestConfidence')).value).toBe(0.4);
    expect(a.getCell(col('invoiceDate')).type).toBe(ExcelJS.ValueType.Date);
    expect((a.getCell(col('invoiceDate')).value as Date).toISOString()).toBe('2025-03-14T00:00:00.000Z');
    expect(a.getCell(col('invoiceDate')).numFmt).toBe('yyyy-mm-dd');
    expect(a.getCell(col('needsReview')).type).toBe(ExcelJS.ValueType.Boolean);
    expect(a.getCell(col('needsReview')).value).toBe(true);
    // Text read off an invoice is a string cell, whatever it starts with; no formula anywhere.
    expect(a.getCell(col('vendorName')).type).toBe(ExcelJS.ValueType.String);
    expect(a.getCell(col('vendorName')).value).toBe(HOSTILE[0]);
    expect(a.getCell(col('invoiceNumber')).value).toBe('=1+1');
    ws.eachRow((row) => row.eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula)));
    const b = ws.getRow(3);
    expect(b.getCell(col('invoiceDate')).value).toBe('2025-02-30');
    expect(b.getCell(col('needsReview')).value).toBe(false);
    const failures = wb.getWorksheet('Failures')!;
    expect(failures.getRow(2).getCell(5).value).toBe('=cmd|x');
    expect(failures.getRow(2).getCell(5).type).toBe(ExcelJS.ValueType.String);
  });

  it('reads ISO dates only when they are real days', () => {
    expect(isoDateToDate('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(isoDateToDate('2025-02-29')).toBeNull();
    expect(isoDateToDate('14.03.2025')).toBeNull();
    expect(isoDateToDate(null)).toBeNull();
  });
});

describe('results.ndjson', () => {
  it('holds one result file body per line', async () => {
    const dir = tempDir();
    const sink = ndjsonSink(dir);
    for (const j of jobs) sink.add(j, [j.path, '/other/copy.pdf']);
    await sink.commit();
    const lines = readFileSync(join(dir, 'results.ndjson'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.jobId)).toEqual(['a', 'b']);
    expect(lines[0]).toMatchObject({ status: 'completed', fingerprint: jobs[0].fingerprint, paths: ['/in/a.pdf', '/other/copy.pdf'] });
    expect(lines[0].result.duplicateOf).toEqual(['job_x', 'job_y']);
  });
});
