import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { docparse } from '../helpers/cli.js';
import { tempDir, writeBytes, writeInvoiceFolder } from '../helpers/fixtures.js';
import { openSqliteLedger } from '../../src/ledger/sqlite/index.js';
import { exportResults } from '../../src/engine/export.js';

describe('docparse export', () => {
  it('writes every result and the failures report from the ledger alone', async () => {
    const dir = tempDir('docparse-export-');
    await writeInvoiceFolder(join(dir, 'in'), 5);
    writeBytes(join(dir, 'in', 'bad.pdf'), 'not a pdf at all');
    const ledger = join(dir, 'ledger.db');
    const run = await docparse(['submit', join(dir, 'in'), '--ledger', ledger, '--out', join(dir, 'out'), '--extractor', 'text', '--json'], { cwd: dir });
    expect(run.exitCode).toBe(2);
    const runId = JSON.parse(String(run.stdout)).runId;

    const r = await docparse(['export', '--ledger', ledger, '--out', join(dir, 'exported'), '--json'], { cwd: dir });
    expect(r.exitCode).toBe(2);
    expect(JSON.parse(String(r.stdout))).toMatchObject({ results: 5, failures: 1 });
    const original = readdirSync(join(dir, 'out')).filter((f) => f.startsWith('inv-')).sort();
    expect(readdirSync(join(dir, 'exported')).filter((f) => f.startsWith('inv-')).sort()).toEqual(original);
    for (const f of original) expect(readFileSync(join(dir, 'exported', f), 'utf8')).toBe(readFileSync(join(dir, 'out', f), 'utf8'));
    expect(JSON.parse(readFileSync(join(dir, 'exported', 'failures.json'), 'utf8'))[0]).toMatchObject({ errorClass: 'corrupt', path: join(dir, 'in', 'bad.pdf') });

    const missing = await docparse(['export', '--ledger', ledger, '--out', join(dir, 'x'), '--run', 'run_nope'], { cwd: dir });
    expect(missing.exitCode).toBe(4);

    // Page by page: a page size smaller than the ledger still exports everything once.
    const l = openSqliteLedger(ledger);
    const seen: string[] = [];
    const s = await exportResults({ ledger: l, outDir: join(dir, 'paged'), runId, pageSize: 2, onJob: (id) => seen.push(id) });
    await l.close();
    expect(s).toMatchObject({ results: 5, failures: 1 });
    expect(new Set(seen).size).toBe(6);
    expect(seen).toHaveLength(6);
  });
});
