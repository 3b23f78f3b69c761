import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { builtinDesign } from '../../shared/templates/builtin';
import { tempDir } from '../helpers/temp-dir';

let dir: string;
let remove: () => void;
beforeAll(() => ({ dir, remove } = tempDir()));
afterAll(() => remove());

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string; json: () => any }> {
  let out = '';
  let err = '';
  const code = await runCli([...argv, '--data-dir', dir], { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err, json: () => JSON.parse(out) };
}

describe('attesta grade', () => {
  it('16,16,25,8,16 on the roadmap → 81, Жақсы / Хорошо / Good', async () => {
    const r = await cli('grade', '--template', 'kz-000-roadmap-defense', '--scores', '16,16,25,8,16');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.json()).toMatchObject({
      template: 'kz-000-roadmap-defense',
      totalExact: 81,
      total: 81,
      max: 100,
      percent: 81,
      band: 'good',
      grade: { kk: 'Жақсы', ru: 'Хорошо', en: 'Good' },
      mark5: 4,
      pass: true,
      certificate: null,
      warnings: [],
    });
    expect(Object.keys(r.json())).toEqual([
      'template', 'totalExact', 'total', 'max', 'percent', 'band', 'grade', 'mark5', 'pass', 'certificate', 'consequence', 'warnings',
    ]);
  });

  const edges: [string, string, number, string][] = [
    ['kz-000-roadmap-defense', '0,0,0,0,0', 0, 'unsatisfactory'],
    ['kz-000-roadmap-defense', '10,10,15,4,10', 49, 'unsatisfactory'],
    ['kz-000-roadmap-defense', '10,10,15,5,10', 50, 'satisfactory'],
    ['kz-000-roadmap-defense', '14,14,21,6,14', 69, 'satisfactory'],
    ['kz-000-roadmap-defense', '14,14,22,6,14', 70, 'good'],
    ['kz-000-roadmap-defense', '17,17,25,8,17', 84, 'good'],
    ['kz-000-roadmap-defense', '17,17,26,8,17', 85, 'excellent'],
    ['kz-000-roadmap-defense', '20,20,30,10,20', 100, 'excellent'],
    ['kz-002-final-project', '6,6,6,6,5', 29, 'fail'],
    ['kz-002-final-project', '6,6,6,6,6', 30, 'pass'],
    ['kz-003-project', '2,2,2,2,1,0,0,0,0,0', 9, 'unsatisfactory'],
    ['kz-003-project', '2,2,2,2,2,0,0,0,0,0', 10, 'satisfactory'],
    ['kz-003-project', '2,2,2,2,2,2,1,0,0,0', 13, 'satisfactory'],
    ['kz-003-project', '2,2,2,2,2,2,2,0,0,0', 14, 'good'],
    ['kz-003-project', '2,2,2,2,2,2,2,2,0,0', 16, 'good'],
    ['kz-003-project', '2,2,2,2,2,2,2,2,1,0', 17, 'excellent'],
    ['kz-003-mini-lesson', '3,3,3,1,0,0,0', 10, 'unsatisfactory'],
    ['kz-003-mini-lesson', '3,3,3,2,0,0,0', 11, 'satisfactory'],
    ['kz-003-mini-lesson', '3,3,3,3,2,0,0', 14, 'satisfactory'],
    ['kz-003-mini-lesson', '3,3,3,3,3,0,0', 15, 'good'],
    ['kz-003-mini-lesson', '3,3,3,3,3,3,0', 18, 'good'],
    ['kz-003-mini-lesson', '3,3,3,3,3,3,1', 19, 'excellent'],
  ];
  it.each(edges)('%s %s → %i %s', async (template, scores, total, band) => {
    const r = await cli('grade', '--template', template, '--scores', scores);
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ total, band });
  });

  it.each([
    ['49.9', 'unsatisfactory', false],
    ['50', 'satisfactory', true],
    ['69', 'satisfactory', true],
    ['70', 'good', true],
    ['89', 'good', true],
    ['90', 'excellent', true],
  ])('kz-001 --percent %s → %s, certificate %s', async (p, band, certificate) => {
    const r = await cli('grade', '--template', 'kz-001-test-percent', '--percent', p);
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ band, certificate, percent: Number(p), total: null });
  });

  it('warns not_from_source on a filled band', async () => {
    const r = await cli('grade', '--template', 'kz-003-project', '--scores', '0,0,0,0,0,0,0,0,0,0');
    expect(r.json().warnings).toEqual([expect.objectContaining({ code: 'not_from_source' })]);
  });
});

describe('bad input exits 2 with one line naming the field', () => {
  it.each([
    [['grade', '--template', 'kz-000-roadmap-defense', '--scores', '16,16,31,8,16'], /^error: out_of_range: scores\[3\] \(.+\) = 31 is above the maximum 30\n$/],
    [['grade', '--template', 'kz-000-roadmap-defense', '--scores=16,-1,25,8,16'], /^error: out_of_range: scores\[2\] .* is negative/],
    [['grade', '--template', 'kz-000-roadmap-defense', '--scores', '16,16,25,8'], /^error: wrong_count: scores has 4 values; kz-000-roadmap-defense has 5 criteria\n$/],
    [['grade', '--template', 'kz-000-roadmap-defense', '--scores', '16,x,25,8,16'], /^error: bad_input: scores\[2\] = "x" is not a number\n$/],
    [['grade', '--template', 'kz-003-project', '--scores', '2,2,2,2,2,2,2,2,2,1.5'], /^error: not_a_step: scores\[10\]/],
    [['grade', '--template', 'nope', '--scores', '1'], /^error: unknown_template: /],
    [['grade', '--template', 'kz-001-test-percent', '--percent', '101'], /^error: out_of_range: percent/],
    [['grade', '--template', 'kz-000-roadmap-defense'], /^error: bad_input: give either --scores/],
    [['aggregate', '--template', 'kz-000-roadmap-defense', '--rule', 'trimmed', '--sheets', '1,1,1,1,1;2,2,2,2,2'], /^error: too_few_for_trimmed: /],
    [['aggregate', '--template', 'kz-000-roadmap-defense', '--rule', 'mode', '--sheets', '1,1,1,1,1'], /^error: bad_input: --rule/],
    [['frobnicate'], /^error: bad_input: unknown command "frobnicate"/],
    [['grade', '--bogus'], /^error: bad_input: /],
    [['export-template', 'nope'], /^error: unknown_template: /],
  ])('%j', async (argv, message) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
});

describe('templates, export-template, validate-template', () => {
  it('lists the six built-ins in the fixed shape', async () => {
    const list = (await cli('templates')).json();
    expect(list.map((t: { id: string }) => t.id)).toContain('kz-003-mini-lesson');
    expect(list.find((t: { id: string }) => t.id === 'kz-000-roadmap-defense')).toEqual({
      id: 'kz-000-roadmap-defense',
      kind: 'rubric',
      title: expect.objectContaining({ kk: expect.stringContaining('Жол картасы') }),
      max: 100,
      criteria: 5,
    });
    expect(list.find((t: { id: string }) => t.id === 'kz-001-test-percent').criteria).toBeNull();
  });

  it('exports a design that validate-template reads back as ok', async () => {
    const exported = await cli('export-template', 'kz-000-roadmap-defense');
    expect(exported.json()).toEqual(builtinDesign('kz-000-roadmap-defense'));
    expect(exported.json().scale.bands[0]).toMatchObject({ min: 85, max: 100 });
    const file = join(dir, 'roadmap.json');
    writeFileSync(file, exported.out);
    const v = await cli('validate-template', file);
    expect(v.code).toBe(0);
    expect(v.json().ok).toBe(true);
  });

  it('reports overlapping bands as ok:false with an overlap finding (exit 0)', async () => {
    const d = structuredClone(builtinDesign('kz-000-roadmap-defense')!);
    d.scale.bands[1]!.max = 90;
    const file = join(dir, 'overlap.json');
    writeFileSync(file, JSON.stringify(d));
    const v = await cli('validate-template', file);
    expect(v.code).toBe(0);
    expect(v.json().ok).toBe(false);
    expect(v.json().findings.some((f: { code: string }) => f.code.includes('overlap'))).toBe(true);
  });

  it('exits 2 on a file that is not JSON, a missing file, and a wrong shape naming the field', async () => {
    const notJson = join(dir, 'bad.json');
    writeFileSync(notJson, '{ "format": ');
    expect(await cli('validate-template', notJson)).toMatchObject({ code: 2, err: expect.stringMatching(/^error: not_json: /) });
    expect(await cli('validate-template', join(dir, 'missing.json'))).toMatchObject({ code: 2, err: expect.stringMatching(/^error: bad_input: cannot read/) });
    const wrong = join(dir, 'wrong.json');
    writeFileSync(wrong, JSON.stringify({ ...builtinDesign('kz-002-final-project'), max: -5 }));
    expect(await cli('validate-template', wrong)).toMatchObject({ code: 2, err: expect.stringMatching(/^error: invalid_template: max: /) });
  });
});

describe('attesta aggregate', () => {
  it('prints criteria, total, grade and divergence in the fixed shape', async () => {
    const r = await cli('aggregate', '--template', 'kz-000-roadmap-defense', '--rule', 'mean', '--sheets', '16,10,20,5,10;10,10,28,5,10');
    expect(r.code).toBe(0);
    const j = r.json();
    expect(j).toMatchObject({ template: 'kz-000-roadmap-defense', rule: 'mean', totalExact: 62, total: 62, band: 'satisfactory', mark5: 3, pass: true });
    expect(j.criteria[0]).toEqual({ index: 1, values: [16, 10], aggregate: 13, spread: 6, divergent: true });
    expect(j.divergence.map((d: { criterion: number | null; reason: string }) => [d.criterion, d.reason])).toEqual([
      [1, 'spread'],
      [3, 'spread'],
    ]);
  });
});

describe('the real command line', () => {
  it('npm run -s attesta -- grade prints JSON only and exit codes 0 / 2', async () => {
    const ok = spawnSync('npm', ['run', '-s', 'attesta', '--', 'grade', '--template', 'kz-000-roadmap-defense', '--scores', '16,16,25,8,16', '--data-dir', dir], {
      encoding: 'utf8',
    });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ total: 81, grade: { kk: 'Жақсы' } });
    const bad = spawnSync('npm', ['run', '-s', 'attesta', '--', 'grade', '--template', 'kz-000-roadmap-defense', '--scores', '16,16,25,8,99', '--data-dir', dir], {
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^error: out_of_range: scores\[5\]/);
  });
});
