import type { Lang } from '../../../shared/domain/localized';
import type { Criterion } from '../../../shared/schemas/design-schema';
import { formatPlain, pick } from '../../i18n/format';

const EPS = 1e-9;

type Props = { criterion: Criterion; value: number | null; lang: Lang; onPickLevel: (value: number) => void };

/**
 * What a criterion's points mean: its bands (the one the typed points fall into is marked,
 * with its descriptor below; every descriptor is on hover) or its levels with their labels.
 */
export function CriterionScale({ criterion, value, lang, onPickLevel }: Props) {
  const scale = criterion.scale;
  if (scale.kind === 'levels') {
    return (
      <ul className="chips" data-testid="levels">
        {scale.levels.map((l) => {
          const isActive = value !== null && Math.abs(l.value - value) < EPS;
          return (
            <li key={l.value}>
              <button
                type="button"
                tabIndex={-1}
                className={isActive ? 'chip is-active' : 'chip'}
                onClick={() => onPickLevel(l.value)}
              >
                <b>{formatPlain(lang, l.value)}</b> {pick(l.label, lang)}
              </button>
            </li>
          );
        })}
      </ul>
    );
  }
  if (criterion.bands.length === 0) return null;
  const active = value === null ? undefined : criterion.bands.find((b) => value >= b.min - EPS && value <= b.max + EPS);
  const bands = [...criterion.bands].sort((a, b) => b.min - a.min);
  return (
    <div className="bands" data-testid="bands">
      <ul className="chips">
        {bands.map((b) => (
          <li
            key={b.key}
            className={b === active ? 'chip is-active' : 'chip'}
            title={b.descriptor ? pick(b.descriptor, lang) : undefined}
          >
            <b>
              {formatPlain(lang, b.min)}–{formatPlain(lang, b.max)}
            </b>{' '}
            {pick(b.label, lang)}
          </li>
        ))}
      </ul>
      {active?.descriptor && (
        <p className="descriptor" data-testid="active-descriptor">
          {pick(active.descriptor, lang)}
        </p>
      )}
    </div>
  );
}
