import type { Tone } from '../score/grade-tone';

const TONES: readonly Tone[] = ['excellent', 'good', 'satisfactory', 'unsatisfactory'];

/**
 * The colour of a test grade: the band's own key when it is one of the palette's four (as the
 * built-in percent scale's are), else unsatisfactory for a fail and neutral otherwise.
 */
export function toneOf(band: string | null, pass: boolean | null): Tone {
  const named = TONES.find((x) => x === band);
  if (named) return named;
  return pass === false ? 'unsatisfactory' : 'none';
}

/** A grade in the app's one palette, always with its words (colour is never the only signal). */
export function GradeTag({ band, pass, text }: { band: string | null; pass: boolean | null; text: string }) {
  const tone = toneOf(band, pass);
  return (
    <span className={`grade-badge ts-grade tone-${tone}`} data-tone={tone}>
      <span className="grade-swatch" aria-hidden="true" />
      {text}
    </span>
  );
}
