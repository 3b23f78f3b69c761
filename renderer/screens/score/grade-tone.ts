import type { Design } from '../../../shared/schemas/design-schema';

/** The one grade palette of the app (screens.md): always shown with a text label too. */
export type Tone = 'excellent' | 'good' | 'satisfactory' | 'unsatisfactory' | 'none';

const BY_MARK: Record<number, Tone> = { 5: 'excellent', 4: 'good', 3: 'satisfactory', 2: 'unsatisfactory' };
const PASSING: readonly Tone[] = ['excellent', 'good', 'satisfactory'];

/**
 * The colour of a grade band: by its 5-point mark when it has one; otherwise a failing band
 * is unsatisfactory and passing bands take the palette from the top down (pass/fail scales,
 * comfort levels).
 */
export function gradeTone(design: Design, bandKey: string | null): Tone {
  const band = design.scale.bands.find((b) => b.key === bandKey);
  if (!band) return 'none';
  if (band.mark5 !== null) return BY_MARK[band.mark5] ?? 'none';
  if (band.pass === false) return 'unsatisfactory';
  const passing = design.scale.bands.filter((b) => b.pass !== false).sort((a, b) => b.min - a.min);
  return PASSING[passing.indexOf(band)] ?? 'satisfactory';
}
