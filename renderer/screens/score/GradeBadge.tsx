import type { Tone } from './grade-tone';

/** A grade in its colour, with the grade's own words: colour is never the only signal. */
export function GradeBadge({ tone, text }: { tone: Tone; text: string }) {
  return (
    <span className={`grade-badge tone-${tone}`} data-testid="grade-label" data-tone={tone}>
      <span className="grade-swatch" aria-hidden="true" />
      {text}
    </span>
  );
}
