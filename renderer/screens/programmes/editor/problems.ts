import { createContext, useContext } from 'react';
import type { Finding, Severity } from '../../../../shared/domain/validate-design';
import type { Design } from '../../../../shared/schemas/design-schema';

/** Something to show next to a field: a validator finding or an error from the core. */
export type Problem = { path: string; code: string; severity: Severity; text: string };

/** The problems of the design being edited, for FieldNotes to pick from. */
export const ProblemsContext = createContext<readonly Problem[]>([]);

/** The problems at exactly this path, or (within) at it and anything under it. */
export function problemsAt(problems: readonly Problem[], path: string, within: boolean): Problem[] {
  return problems.filter((p) => p.path === path || (within && (p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`))));
}

/** The problems for a field, from the editor's context. */
export function useProblems(path: string, within: boolean): Problem[] {
  return problemsAt(useContext(ProblemsContext), path, within);
}

type Range = { min: number; max: number };
const meets = (a: Range, b: Range): boolean => a.min <= b.max && b.min <= a.max;

/**
 * The validator names one band of an overlapping pair; the user may have changed the other.
 * Copies each overlap finding onto every band whose range meets the named one, so the
 * message sits next to the band that was just edited too.
 */
export function spreadOverlaps(findings: readonly Finding[], design: Design): Finding[] {
  const out: Finding[] = [...findings];
  for (const f of findings) {
    const grade = f.code === 'band_overlap' ? /^scale\.bands\[(\d+)\]$/.exec(f.path) : null;
    const crit = f.code === 'criterion_band_overlap' ? /^criteria\[(\d+)\]\.bands\[(\d+)\]$/.exec(f.path) : null;
    const bands: readonly Range[] | undefined = grade ? design.scale.bands : crit ? design.criteria[Number(crit[1])]?.bands : undefined;
    const j = Number(grade?.[1] ?? crit?.[2]);
    const named = bands?.[j];
    if (!bands || !named) continue;
    const prefix = grade ? 'scale.bands' : `criteria[${crit?.[1] ?? ''}].bands`;
    bands.forEach((b, k) => {
      const path = `${prefix}[${k}]`;
      if (k !== j && meets(b, named) && !out.some((o) => o.code === f.code && o.path === path)) out.push({ ...f, path });
    });
  }
  return out;
}
