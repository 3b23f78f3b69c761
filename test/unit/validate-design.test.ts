import { describe, expect, it } from 'vitest';
import { isAppError } from '../../shared/domain/errors';
import { parseDesign, parseDesignText } from '../../shared/domain/parse-design';
import { validateDesign } from '../../shared/domain/validate-design';
import { BUILTIN_DESIGNS, builtinDesign } from '../../shared/templates/builtin';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const codes = (d: unknown) => validateDesign(parseDesign(d)).findings.map((f) => f.code);

describe('the validator', () => {
  it('passes every built-in template (warnings allowed, no errors)', () => {
    for (const d of BUILTIN_DESIGNS) {
      const v = validateDesign(d);
      expect(v.findings.filter((f) => f.severity === 'error'), d.id).toEqual([]);
      expect(v.ok).toBe(true);
    }
  });

  it('warns not_from_source on the bands filled in for 003 and 004', () => {
    const notFromSource = (id: string) => validateDesign(builtinDesign(id)!).findings.filter((f) => f.code === 'not_from_source');
    expect(notFromSource('kz-003-project').map((f) => f.path)).toEqual(['scale.bands[3]']);
    expect(notFromSource('kz-003-mini-lesson').map((f) => f.path)).toEqual(['scale.bands[3]']);
    expect(notFromSource('kz-004-comfort-checklist')).toHaveLength(4);
    expect(notFromSource('kz-000-roadmap-defense')).toEqual([]);
  });

  it('finds overlapping grade bands (ok: false)', () => {
    const d = clone(builtinDesign('kz-000-roadmap-defense')!);
    d.scale.bands[1]!.max = 86; // good 70–86 overlaps excellent 85–100
    const v = validateDesign(parseDesign(d));
    expect(v.ok).toBe(false);
    expect(v.findings.find((f) => f.code.includes('overlap'))).toMatchObject({ severity: 'error', path: 'scale.bands[0]' });
  });

  it('finds a gap between bands and at either end', () => {
    const d = clone(builtinDesign('kz-000-roadmap-defense')!);
    d.scale.bands[1]!.min = 72; // 70–71 uncovered
    expect(codes(d)).toContain('band_gap');
    const top = clone(builtinDesign('kz-000-roadmap-defense')!);
    top.scale.bands[0]!.max = 99;
    expect(validateDesign(parseDesign(top)).findings.find((f) => f.code === 'band_gap')?.message).toMatch(/100/);
    const bottom = clone(builtinDesign('kz-003-project')!);
    bottom.scale.bands.pop(); // the filled 0–9 band removed → the source's own gap
    expect(validateDesign(parseDesign(bottom)).findings.find((f) => f.code === 'band_gap')?.message).toMatch(/0–9/);
  });

  it('finds criteria maxima that do not sum to the stated max', () => {
    const d = clone(builtinDesign('kz-002-final-project')!);
    d.max = 60;
    expect(codes(d)).toContain('criteria_max_sum');
  });

  it('finds a criterion band gap and overlap', () => {
    const d = clone(builtinDesign('kz-000-roadmap-defense')!);
    d.criteria[0]!.bands[1]!.max = 14; // mid 10–14, high 16–20 → 15 uncovered
    d.criteria[2]!.bands[1]!.max = 26; // mid 15–26 overlaps high 25–30
    const c = codes(d);
    expect(c).toContain('criterion_band_gap');
    expect(c).toContain('criterion_band_overlap');
  });

  it('percent bands are lower-inclusive: 0–49 then 50–69 is no gap; 0–49 then 60 is', () => {
    const d = clone(builtinDesign('kz-001-test-percent')!);
    expect(codes(d)).not.toContain('band_gap');
    d.scale.bands[2]!.min = 60;
    expect(codes(d)).toContain('band_gap');
  });

  it('names the field of a malformed design and tells non-JSON apart', () => {
    const d = clone(builtinDesign('kz-000-roadmap-defense')!) as unknown as { criteria: { max: unknown }[] };
    d.criteria[2]!.max = 'thirty';
    try {
      parseDesign(d);
      expect.unreachable();
    } catch (e) {
      expect(isAppError(e) && e.code).toBe('invalid_template');
      expect(isAppError(e) && e.field).toBe('criteria[2].max');
    }
    expect(() => parseDesignText('{ not json')).toThrow(/not JSON/);
  });
});
