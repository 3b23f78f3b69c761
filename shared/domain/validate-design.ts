import type { Design } from '../schemas/design-schema';
import { LANGS, type Localized } from './localized';

/** How serious a finding is: errors make a design unusable (`ok: false`). */
export type Severity = 'error' | 'warning' | 'info';

/** One thing the validator found, pointing at the field (`path`) that caused it. */
export type Finding = { code: string; severity: Severity; message: string; path: string };

/** The validator's verdict, as `attesta validate-template` prints it. */
export type Validation = { ok: boolean; findings: Finding[] };

type Range = { min: number; max: number; path: string; label: string };

const EPS = 1e-9;

/**
 * Checks that ranges cover lo…hi with no gap or overlap. `unit` is the smallest step between
 * two neighbouring values (1 point, 0.5 point, 1 % …); `codePrefix` names the kind of band.
 */
function checkCoverage(ranges: Range[], lo: number, hi: number, unit: number, codePrefix: string, path: string): Finding[] {
  const findings: Finding[] = [];
  for (const r of ranges) {
    if (r.min > r.max + EPS) {
      findings.push({ code: `${codePrefix}_inverted`, severity: 'error', message: `${r.label}: min ${r.min} is above max ${r.max}`, path: r.path });
    }
    if (r.min < lo - EPS || r.max > hi + EPS) {
      findings.push({ code: `${codePrefix}_out_of_range`, severity: 'error', message: `${r.label}: ${r.min}–${r.max} is outside ${lo}–${hi}`, path: r.path });
    }
  }
  const sorted = [...ranges].sort((a, b) => a.min - b.min || a.max - b.max);
  if (sorted.length === 0) return findings;
  if (sorted[0]!.min > lo + EPS) {
    findings.push({ code: `${codePrefix}_gap`, severity: 'error', message: `nothing covers ${lo}–${sorted[0]!.min - unit}`, path });
  }
  let reach = sorted[0]!;
  for (const r of sorted.slice(1)) {
    if (r.min <= reach.max + EPS) {
      findings.push({ code: `${codePrefix}_overlap`, severity: 'error', message: `${reach.label} (${reach.min}–${reach.max}) and ${r.label} (${r.min}–${r.max}) overlap`, path: r.path });
    } else if (r.min > reach.max + unit + EPS) {
      findings.push({ code: `${codePrefix}_gap`, severity: 'error', message: `nothing covers ${reach.max + unit}–${r.min - unit} (between ${reach.label} and ${r.label})`, path: r.path });
    }
    if (r.max > reach.max) reach = r;
  }
  if (reach.max < hi - EPS) {
    findings.push({ code: `${codePrefix}_gap`, severity: 'error', message: `nothing covers ${reach.max + unit}–${hi}`, path });
  }
  return findings;
}

function untranslated(text: Localized | null, path: string): Finding[] {
  if (!text) return [];
  const missing = LANGS.filter((l) => text[l].trim() === '');
  return missing.length === 0
    ? []
    : [{ code: 'missing_translation', severity: 'warning', message: `no ${missing.join(', ')} text`, path }];
}

function duplicates(ids: string[], code: string, path: string): Finding[] {
  const seen = new Set<string>();
  return ids.flatMap((id) => {
    if (!seen.has(id)) {
      seen.add(id);
      return [];
    }
    return [{ code, severity: 'error' as const, message: `"${id}" is used twice`, path }];
  });
}

function checkCriteria(design: Design): Finding[] {
  const findings: Finding[] = [];
  if (design.kind !== 'scale' && design.criteria.length === 0) {
    findings.push({ code: 'no_criteria', severity: 'error', message: `a ${design.kind} needs at least one criterion`, path: 'criteria' });
  }
  if (design.kind !== 'scale' && design.criteria.length > 0) {
    const total = design.criteria.reduce((s, c) => s + c.max, 0);
    if (Math.abs(total - design.max) > EPS) {
      findings.push({ code: 'criteria_max_sum', severity: 'error', message: `the criteria maxima sum to ${total}, the design states ${design.max}`, path: 'max' });
    }
  }
  findings.push(...duplicates(design.criteria.map((c) => c.id), 'duplicate_id', 'criteria'));
  const groupIds = new Set(design.groups.map((g) => g.id));
  design.criteria.forEach((c, i) => {
    const path = `criteria[${i}]`;
    findings.push(...untranslated(c.title, `${path}.title`));
    if (c.group !== null && !groupIds.has(c.group)) {
      findings.push({ code: 'unknown_group', severity: 'error', message: `group "${c.group}" is not defined`, path: `${path}.group` });
    }
    if (c.scale.kind === 'levels') {
      const values = c.scale.levels.map((l) => l.value);
      if (values.some((v) => v > c.max + EPS)) {
        findings.push({ code: 'level_above_max', severity: 'error', message: `a level is above the criterion's max ${c.max}`, path: `${path}.scale` });
      }
      if (Math.abs(Math.max(...values) - c.max) > EPS) {
        findings.push({ code: 'level_max_mismatch', severity: 'warning', message: `the top level is ${Math.max(...values)}, the max is ${c.max}`, path: `${path}.scale` });
      }
      findings.push(...duplicates(values.map(String), 'duplicate_level', `${path}.scale`));
    }
    if (c.bands.length > 0) {
      const unit = c.scale.kind === 'range' ? c.scale.step : 1;
      const ranges = c.bands.map((b, k) => ({ min: b.min, max: b.max, path: `${path}.bands[${k}]`, label: b.label.en || b.key }));
      findings.push(...checkCoverage(ranges, 0, c.max, unit, 'criterion_band', `${path}.bands`));
      c.bands.forEach((b, k) => {
        findings.push(...untranslated(b.label, `${path}.bands[${k}].label`), ...untranslated(b.descriptor, `${path}.bands[${k}].descriptor`));
        if (b.notFromSource) {
          findings.push({ code: 'not_from_source', severity: 'warning', message: `${c.title.en}: band ${b.min}–${b.max} is not in the source`, path: `${path}.bands[${k}]` });
        }
      });
    }
  });
  return findings;
}

function checkScale(design: Design): Finding[] {
  const { basis, bands } = design.scale;
  const hi = basis === 'percent' ? 100 : design.max;
  const unit = basis === 'percent' ? 1 : 10 ** -design.precision;
  const ranges = bands.map((b, k) => ({ min: b.min, max: b.max, path: `scale.bands[${k}]`, label: b.grade.en || b.key }));
  const findings = checkCoverage(ranges, 0, hi, unit, 'band', 'scale.bands');
  findings.push(...duplicates(bands.map((b) => b.key), 'duplicate_band_key', 'scale.bands'));
  bands.forEach((b, k) => {
    findings.push(...untranslated(b.grade, `scale.bands[${k}].grade`), ...untranslated(b.consequence, `scale.bands[${k}].consequence`));
    if (b.notFromSource) {
      findings.push({ code: 'not_from_source', severity: 'warning', message: `the band ${b.min}–${b.max} (${b.grade.en}) is not in the source; it was filled in as a setting`, path: `scale.bands[${k}]` });
    }
  });
  return findings;
}

/** Validates a parsed design: sums, band coverage, gaps, overlaps, translations, notes. */
export function validateDesign(design: Design): Validation {
  const findings: Finding[] = [
    ...untranslated(design.title, 'title'),
    ...checkCriteria(design),
    ...checkScale(design),
    ...design.notes.map((n) => ({ code: n.code, severity: 'warning' as const, message: n.message.en, path: n.path })),
  ];
  if (design.kind === 'scale' && design.criteria.length > 0) {
    findings.push({ code: 'scale_with_criteria', severity: 'warning', message: 'a scale design ignores its criteria', path: 'criteria' });
  }
  if (design.pitchMinutes && design.pitchMinutes.min > design.pitchMinutes.max) {
    findings.push({ code: 'pitch_inverted', severity: 'error', message: 'the pitch minimum is above its maximum', path: 'pitchMinutes' });
  }
  return { ok: !findings.some((f) => f.severity === 'error'), findings };
}
