import type { Criterion, Design } from '../../../../shared/schemas/design-schema';

/** One column of the rubric table: a criterion band (by key) or a level (by value). */
export type RubricColumn = { kind: 'band'; key: string } | { kind: 'level'; value: number };

/**
 * The columns of the rubric: the bands' keys, highest band first, when the criteria have
 * bands; else the levels' values, highest first; else none (free points 0…max).
 */
export function rubricColumns(design: Design): RubricColumn[] {
  const withBands = design.criteria.filter((c) => c.bands.length > 0);
  if (withBands.length > 0) {
    const keys: string[] = [];
    for (const c of withBands) {
      for (const b of [...c.bands].sort((x, y) => y.min - x.min)) if (!keys.includes(b.key)) keys.push(b.key);
    }
    return keys.map((key) => ({ kind: 'band', key }));
  }
  const values = new Set<number>();
  for (const c of design.criteria) if (c.scale.kind === 'levels') for (const l of c.scale.levels) values.add(l.value);
  return [...values].sort((a, b) => b - a).map((value) => ({ kind: 'level', value }));
}

/** True when a criterion has something to show in this column. */
export function hasCell(c: Criterion, col: RubricColumn): boolean {
  if (col.kind === 'band') return c.bands.some((b) => b.key === col.key);
  return c.scale.kind === 'levels' && c.scale.levels.some((l) => l.value === col.value);
}
