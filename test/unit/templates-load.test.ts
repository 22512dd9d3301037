import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadTemplates, pyRegex, templateFromObject } from '../../src/extract/templates/index.js';
import { evalCorpus } from '../helpers/shared.js';

const OWN = fileURLToPath(new URL('../../fixtures/templates/templates', import.meta.url));

describe('loadTemplates (invoice2data templates)', () => {
  it('loads YAML and JSON templates from a folder and fails a broken one alone, with its reason', () => {
    const r = loadTemplates(OWN);
    expect(r.templates.map((t) => t.id).sort()).toEqual(['lines', 'regex-fields', 'tables']);
    expect(r.failures).toHaveLength(1);
    expect(r.failures[0].file.endsWith('broken.yml')).toBe(true);
    expect(r.failures[0].reason).toMatch(/fields\.amount: cannot translate Python regex/);
  });
  it('fails one template clearly instead of crashing', () => {
    expect(() => templateFromObject({ issuer: 'x', keywords: ['a'], fields: { amount: 'Total (\\d+' } }, 'bad')).toThrow(/fields\.amount: cannot translate Python regex/);
    expect(() => templateFromObject({ issuer: 'x', fields: {} }, 'bad')).toThrow(/missing `keywords`/);
  });
});

const shared = evalCorpus('invoice2data/templates');
if (shared.dir) {
  describe("loadTemplates on invoice2data's 215 templates", () => {
    it('loads them, reporting each failure with a reason', () => {
      const r = loadTemplates(shared.dir!);
      expect(r.templates.length + r.failures.length).toBe(215);
      expect(r.templates.length).toBeGreaterThanOrEqual(213);
      for (const f of r.failures) expect(f.reason).toMatch(/\S{5,}/);
      // nl.gulf.yml has an unbalanced "(" that Python's re rejects too.
      expect(r.failures.map((f) => f.file.split('/').pop())).toEqual(['nl.gulf.yml']);
      expect(new Set(r.templates.map((t) => t.id)).size).toBe(r.templates.length);
    });
  });
} else {
  describe.skip(`loadTemplates on invoice2data's 215 templates: skipped, ${shared.skipReason}`, () => {
    it('needs the evaluation corpus', () => {});
  });
}

describe('Python regex translation', () => {
  it('translates named groups, backreferences, inline flags and anchors', () => {
    expect(pyRegex('(?P<n>\\d+)-(?P=n)').exec('12-12')?.groups?.n).toBe('12');
    expect(pyRegex('(?i)total').test('TOTAL')).toBe(true);
    expect(pyRegex('end\\Z').test('the end')).toBe(true);
    expect(pyRegex('end$').test('the end\n')).toBe(true);
    expect(pyRegex('\\w+').exec('Grundgebühr')?.[0]).toBe('Grundgebühr');
    expect(pyRegex('a{x}').test('a{x}')).toBe(true);
    expect(pyRegex('[\\w-.]+').exec('a-b.c')?.[0]).toBe('a-b.c');
    expect(pyRegex('\\:\\ ').test(': ')).toBe(true);
  });
});
