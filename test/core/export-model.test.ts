import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, shortHash, snapshotQrPayload } from '../../shared/documents/canonical-json';
import { formatNumber, placeHeader, placeRow } from '../../shared/documents/cells';
import { checkDocument, countRows } from '../../shared/documents/check';
import type { DocumentModel } from '../../shared/documents/view-model';
import { snapshotHash } from '../../electron/core/export/snapshot-hash';
import { KAZAKH_LETTERS, KAZAKH_NAMES, LONG_NAME, sampleDocument } from '../reference/documents/sample-model';

describe('canonicalJson (decisions §6)', () => {
  it('sorts keys recursively and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 'x' }], c: null } })).toBe('{"a":{"c":null,"d":[3,{"y":"x","z":1}]},"b":1}');
  });

  it('gives the same text whatever the key order', () => {
    expect(canonicalJson({ x: 1, y: [1, 2], z: { q: true, p: false } })).toBe(canonicalJson({ z: { p: false, q: true }, y: [1, 2], x: 1 }));
  });

  it('keeps arrays in order, leaves undefined members out, writes Kazakh text as is', () => {
    expect(canonicalJson({ a: undefined, b: [2, 1], name: 'Әбілқасымова' })).toBe('{"b":[2,1],"name":"Әбілқасымова"}');
  });

  it('refuses values that are not JSON data', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(/finite/);
    expect(() => canonicalJson({ n: Number.POSITIVE_INFINITY })).toThrow(/finite/);
    expect(() => canonicalJson(new Map() as unknown as { [k: string]: number })).toThrow(/plain object/);
  });

  it('uses toJSON (dates become ISO strings)', () => {
    expect(canonicalJson({ at: new Date('2026-11-25T09:00:00Z') })).toBe('{"at":"2026-11-25T09:00:00.000Z"}');
  });
});

describe('snapshotHash', () => {
  it('is SHA-256 over the canonical JSON, printed as its first 12 hex characters', () => {
    const value = { b: 2, a: 'Ғ' };
    const h = snapshotHash(value);
    expect(h.full).toBe(createHash('sha256').update('{"a":"Ғ","b":2}', 'utf8').digest('hex'));
    expect(h.full).toMatch(/^[0-9a-f]{64}$/);
    expect(h.short).toBe(h.full.slice(0, 12));
    expect(shortHash(h.full)).toBe(h.short);
    expect(snapshotHash({ a: 'Ғ', b: 2 })).toEqual(h);
  });

  it('the QR payload carries the number and the full hash', () => {
    const full = 'ab'.repeat(32);
    expect(snapshotQrPayload('17', full)).toBe(`Attesta\n№ 17\nSHA-256: ${full}`);
  });
});

describe('cell layout', () => {
  it('places cells with colSpan on the grid', () => {
    const placed = placeRow([{ value: 'Орташа', colSpan: 2 }, 1.5, null, { value: 3, bold: true }]);
    expect(placed.map((c) => [c.col, c.span])).toEqual([[0, 2], [2, 1], [3, 1], [4, 1]]);
    expect(placed[3]?.bold).toBe(true);
  });

  it('lays out a two-row header: ungrouped columns span both rows', () => {
    const cols = ['№', 'Аты', 'К1', 'К2', 'Барлығы'].map((header) => ({ header, width: 1 }));
    const h = placeHeader(cols, [{ text: null, span: 2 }, { text: 'Критерийлер', span: 2 }, { text: null, span: 1 }]);
    expect(h.filter((c) => c.rowSpan === 2).map((c) => c.text)).toEqual(['№', 'Аты', 'Барлығы']);
    expect(h.find((c) => c.text === 'Критерийлер')).toMatchObject({ col: 2, span: 2, row: 0 });
    expect(h.filter((c) => c.row === 1).map((c) => c.text)).toEqual(['К1', 'К2']);
  });

  it('formats numbers per language', () => {
    expect(formatNumber(84.5, 2, 'kk')).toBe('84,50');
    expect(formatNumber(84.5, 2, 'ru')).toBe('84,50');
    expect(formatNumber(84.5, 2, 'en')).toBe('84.50');
    expect(formatNumber(1234.5, 1, 'ru')).toBe('1234,5');
    expect(formatNumber(72, 0, 'kk')).toBe('72');
  });
});

describe('checkDocument', () => {
  it('accepts the samples', () => {
    for (const lang of ['kk', 'ru', 'en'] as const) expect(checkDocument(sampleDocument({ lang }))).toEqual([]);
  });

  it('finds rows that do not cover the columns and totals that are not what the formula gives', () => {
    const good = sampleDocument({ lang: 'kk', rows: 3 });
    const section = good.sections[1];
    const block = section?.blocks[0];
    if (!section || block?.kind !== 'table') throw new Error('sample changed');
    const bad: DocumentModel = {
      ...good,
      sections: [
        {
          ...section,
          blocks: [{ kind: 'table', table: { ...block.table, rows: [...block.table.rows, ['only one cell']], totals: ['x', { value: 999, formula: 'sum' }] } }],
        },
      ],
    };
    const messages = checkDocument(bad).map((p) => p.message);
    expect(messages.some((m) => /covers 1 of 2/.test(m))).toBe(true);
    expect(messages.some((m) => /sum of the rows is 3, the cell says 999/.test(m))).toBe(true);
  });

  it('counts data and totals rows for progress', () => {
    expect(countRows(sampleDocument({ lang: 'en', rows: 200 }))).toBe(200 + 1 + 4 + 1);
  });
});

describe('the sample data', () => {
  it('uses every Kazakh letter in its names, and a 300-character name', () => {
    const text = KAZAKH_NAMES.join(' ');
    for (const ch of KAZAKH_LETTERS) expect(text, ch).toContain(ch);
    expect(LONG_NAME).toHaveLength(300);
  });
});
