import { describe, expect, it } from 'vitest';
import { prepareInput, runTemplate, templateFromObject } from '../../src/extract/templates/index.js';
import { fillUneceCodes, uneceCode } from '../../src/extract/templates/unece.js';
import { parseTemplateYaml } from '../../src/extract/templates/load.js';

describe('UN/ECE unit codes (invoice2data lines parser)', () => {
  it('maps printed units case- and space-insensitively, and knows nothing it was not told', () => {
    expect(uneceCode('kg')).toBe('KGM');
    expect(uneceCode(' Units ')).toBe('H87');
    expect(uneceCode('g')).toBe('GRM');
    expect(uneceCode('Stück')).toBe('H87');
    expect(uneceCode('widgets')).toBeNull();
    expect(uneceCode('')).toBeNull();
    expect(uneceCode(undefined)).toBeNull();
    expect(uneceCode('constructor')).toBeNull();
  });

  it('fills a missing or empty unece_code, never overwrites one, leaves unknown units alone', () => {
    const rows: Record<string, unknown>[] = [{ uom: 'kg' }, { uom: 'l', unece_code: '' }, { uom: 'pcs', unece_code: 'EA' }, { uom: 'widgets' }, { name: 'no unit' }];
    fillUneceCodes(rows);
    expect(rows).toEqual([{ uom: 'kg', unece_code: 'KGM' }, { uom: 'l', unece_code: 'LTR' }, { uom: 'pcs', unece_code: 'EA' }, { uom: 'widgets' }, { name: 'no unit' }]);
    expect(() => fillUneceCodes({ not: 'a list' })).not.toThrow();
  });

  it('is applied by the `lines` field parser', () => {
    const t = templateFromObject(
      {
        issuer: 'Acme',
        keywords: ['Acme'],
        fields: {
          lines: {
            parser: 'lines',
            start: 'Items',
            end: 'Total',
            line: '(?P<name>\\w+)\\s+(?P<qty>\\d+)\\s+((?P<unece_code>LTR)|(?P<uom>\\w+))$',
            types: { qty: 'int' },
          },
        },
      },
      'acme',
    );
    const run = runTemplate(t, prepareInput(t, ['Acme\nItems\nBeeswax 2 kg\nOil 1 LTR\nChair 3 Units\nThing 1 bags\nTotal']));
    expect(run.output.lines).toEqual([
      { name: 'Beeswax', qty: 2, unece_code: 'KGM', uom: 'kg' },
      { name: 'Oil', qty: 1, unece_code: 'LTR', uom: '' },
      { name: 'Chair', qty: 3, unece_code: 'H87', uom: 'Units' },
      { name: 'Thing', qty: 1, unece_code: '', uom: 'bags' },
    ]);
  });
});

describe('template YAML (PyYAML semantics)', () => {
  it('keeps a leading-zero number that is not octal as a string, reads octal ones as PyYAML does', () => {
    expect(parseTemplateYaml('coc: 04080176\nmode: 0755\nq: "0123"\nn: 10\nd: 2022-01-01\n')).toEqual({ coc: '04080176', mode: 493, q: '0123', n: 10, d: '2022-01-01' });
  });
  it('still rejects broken YAML', () => {
    expect(() => parseTemplateYaml('a: [1, 2\n')).toThrow();
  });
});
