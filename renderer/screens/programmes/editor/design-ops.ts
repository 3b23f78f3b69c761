import type { Localized } from '../../../../shared/domain/localized';
import type { Criterion, CriterionBand, Design, GradeBand } from '../../../../shared/schemas/design-schema';

const EMPTY: Localized = { kk: '', ru: '', en: '' };

/** A key not yet used among `keys`: `<prefix>1`, `<prefix>2`, … */
export function freeKey(prefix: string, keys: readonly string[]): string {
  for (let n = keys.length + 1; ; n += 1) if (!keys.includes(`${prefix}${n}`)) return `${prefix}${n}`;
}

const replaceAt = <T>(list: readonly T[], i: number, item: T): T[] => list.map((x, k) => (k === i ? item : x));
const removeAt = <T>(list: readonly T[], i: number): T[] => list.filter((_, k) => k !== i);

/** Changes some fields of criterion i. */
export function updateCriterion(d: Design, i: number, patch: Partial<Criterion>): Design {
  const c = d.criteria[i];
  return c ? { ...d, criteria: replaceAt(d.criteria, i, { ...c, ...patch }) } : d;
}

/** Adds an empty criterion at the end (10 points, any whole points). */
export function addCriterion(d: Design): Design {
  const id = freeKey('c', d.criteria.map((c) => c.id));
  const c: Criterion = { id, title: EMPTY, max: 10, scale: { kind: 'range', step: 1 }, bands: [], group: null, modules: [] };
  return { ...d, criteria: [...d.criteria, c] };
}

/** Removes criterion i. */
export function removeCriterion(d: Design, i: number): Design {
  return { ...d, criteria: removeAt(d.criteria, i) };
}

/** Changes some fields of band k of criterion i. */
export function updateCriterionBand(d: Design, i: number, k: number, patch: Partial<CriterionBand>): Design {
  const c = d.criteria[i];
  const b = c?.bands[k];
  return c && b ? updateCriterion(d, i, { bands: replaceAt(c.bands, k, { ...b, ...patch }) }) : d;
}

/** Adds a band to criterion i (the whole range when it is the first). */
export function addCriterionBand(d: Design, i: number): Design {
  const c = d.criteria[i];
  if (!c) return d;
  const band: CriterionBand = { key: freeKey('b', c.bands.map((b) => b.key)), min: 0, max: c.bands.length === 0 ? c.max : 0, label: EMPTY, descriptor: null, notFromSource: false };
  return updateCriterion(d, i, { bands: [...c.bands, band] });
}

/** Removes band k of criterion i. */
export function removeCriterionBand(d: Design, i: number, k: number): Design {
  const c = d.criteria[i];
  return c ? updateCriterion(d, i, { bands: removeAt(c.bands, k) }) : d;
}

/** Switches criterion i between free points (range) and fixed levels (0…max, whole points). */
export function setScaleKind(d: Design, i: number, kind: 'range' | 'levels'): Design {
  const c = d.criteria[i];
  if (!c || c.scale.kind === kind) return d;
  if (kind === 'range') return updateCriterion(d, i, { scale: { kind: 'range', step: 1 } });
  const top = Math.max(1, Math.min(10, Math.floor(c.max)));
  const levels = Array.from({ length: top + 1 }, (_, v) => ({ value: v, label: EMPTY }));
  return updateCriterion(d, i, { scale: { kind: 'levels', levels } });
}

/** Changes level l of criterion i. */
export function updateLevel(d: Design, i: number, l: number, patch: Partial<{ value: number; label: Localized }>): Design {
  const c = d.criteria[i];
  if (!c || c.scale.kind !== 'levels') return d;
  const level = c.scale.levels[l];
  return level ? updateCriterion(d, i, { scale: { kind: 'levels', levels: replaceAt(c.scale.levels, l, { ...level, ...patch }) } }) : d;
}

/** Adds a level above the highest, or removes level l (a scale keeps at least two). */
export function addLevel(d: Design, i: number): Design {
  const c = d.criteria[i];
  if (!c || c.scale.kind !== 'levels') return d;
  const top = Math.max(...c.scale.levels.map((x) => x.value));
  return updateCriterion(d, i, { scale: { kind: 'levels', levels: [...c.scale.levels, { value: top + 1, label: EMPTY }] } });
}

/** Removes level l of criterion i, keeping at least two. */
export function removeLevel(d: Design, i: number, l: number): Design {
  const c = d.criteria[i];
  if (!c || c.scale.kind !== 'levels' || c.scale.levels.length <= 2) return d;
  return updateCriterion(d, i, { scale: { kind: 'levels', levels: removeAt(c.scale.levels, l) } });
}

/** Changes some fields of grade band k. */
export function updateGradeBand(d: Design, k: number, patch: Partial<GradeBand>): Design {
  const b = d.scale.bands[k];
  return b ? { ...d, scale: { ...d.scale, bands: replaceAt(d.scale.bands, k, { ...b, ...patch }) } } : d;
}

/** Adds an empty grade band. */
export function addGradeBand(d: Design): Design {
  const band: GradeBand = {
    key: freeKey('band', d.scale.bands.map((b) => b.key)), min: 0, max: 0, grade: EMPTY,
    mark5: null, pass: null, certificate: null, consequence: null, notFromSource: false,
  };
  return { ...d, scale: { ...d.scale, bands: [...d.scale.bands, band] } };
}

/** Removes grade band k (a scale keeps at least one). */
export function removeGradeBand(d: Design, k: number): Design {
  return d.scale.bands.length <= 1 ? d : { ...d, scale: { ...d.scale, bands: removeAt(d.scale.bands, k) } };
}

/** A localized text that may be absent: empty in every language means absent. */
export function optionalText(text: Localized): Localized | null {
  return text.kk.trim() || text.ru.trim() || text.en.trim() ? text : null;
}

/** An absent text as three empty strings, for the fields. */
export function textOrEmpty(text: Localized | null): Localized {
  return text ?? EMPTY;
}
