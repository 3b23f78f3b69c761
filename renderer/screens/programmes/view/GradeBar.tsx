import { useTranslation } from 'react-i18next';
import type { Design } from '../../../../shared/schemas/design-schema';
import { formatPlain, pick } from '../../../i18n/format';
import { useLang } from '../../../i18n/use-lang';
import { gradeTone } from '../../score/grade-tone';

/** The top of the scale and the smallest step between two totals (1 point, 1 %, 0.1 …). */
export function scaleSpan(design: Design): { hi: number; unit: number; isPercent: boolean } {
  const isPercent = design.scale.basis === 'percent';
  return { hi: isPercent ? 100 : design.max, unit: isPercent ? 1 : 10 ** -design.precision, isPercent };
}

const pct = (value: number, hi: number): number => Math.min(100, Math.max(0, (value / hi) * 100));

/**
 * The grade scale as one bar from 0 to the maximum, a coloured segment per band (the app's
 * one palette, with the grade written in it when it fits) and the band edges written under it.
 */
export function GradeBar({ design }: { design: Design }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { hi, unit, isPercent } = scaleSpan(design);
  if (!(hi > 0)) return null;
  const bands = design.scale.bands.map((b, k) => ({ b, k })).sort((x, y) => x.b.min - y.b.min);
  const edges = [...new Set([...bands.map(({ b }) => b.min), hi])].filter((v) => v >= 0 && v <= hi).sort((a, b) => a - b);
  const suffix = isPercent ? ' %' : '';
  return (
    <figure className="pf-bar-figure" data-path="scale" data-testid="grade-bar">
      <div className="pf-bar" role="img" aria-label={t('people.design.barLabel', { max: `${formatPlain(lang, hi)}${suffix}` })}>
        {bands.map(({ b, k }) => {
          const left = pct(b.min, hi);
          const width = Math.max(0.5, pct(Math.min(b.max + unit, hi), hi) - left);
          const grade = pick(b.grade, lang) || b.key;
          return (
            <div
              key={`${b.key}-${k}`}
              className={`pf-bar-seg tone-${gradeTone(design, b.key)}`}
              style={{ left: `${left}%`, width: `${width}%` }}
              title={`${grade}: ${formatPlain(lang, b.min)}–${formatPlain(lang, b.max)}${suffix}`}
              data-testid={`bar-seg-${k}`}
            >
              {width >= 12 && <span className="pf-bar-text">{grade}</span>}
            </div>
          );
        })}
      </div>
      <div className="pf-bar-edges" aria-hidden="true" data-testid="bar-edges">
        {edges.map((v) => (
          <span key={v} className="pf-bar-edge" style={{ left: `${pct(v, hi)}%` }}>
            {formatPlain(lang, v)}
          </span>
        ))}
      </div>
    </figure>
  );
}

/** The bands in words: grade, range, 5-point mark, pass, certificate and the consequence text. */
export function GradeLegend({ design }: { design: Design }) {
  const { t } = useTranslation();
  const lang = useLang();
  const suffix = design.scale.basis === 'percent' ? ' %' : '';
  const yesNo = (v: boolean | null): string => (v === null ? '—' : v ? t('people.common.yes') : t('people.common.no'));
  const bands = design.scale.bands.map((b, k) => ({ b, k })).sort((x, y) => y.b.min - x.b.min);
  return (
    <ul className="pf-legend" data-testid="grade-legend">
      {bands.map(({ b, k }) => (
        <li key={`${b.key}-${k}`} className="pf-legend-row" data-path={`scale.bands[${k}]`}>
          <span className={`grade-badge pf-legend-badge tone-${gradeTone(design, b.key)}`}>
            <span className="grade-swatch" aria-hidden="true" />
            {pick(b.grade, lang) || b.key}
          </span>
          <div className="pf-legend-body">
            <div className="pf-legend-facts">
              <b className="pf-range">
                {formatPlain(lang, b.min)}–{formatPlain(lang, b.max)}
                {suffix}
              </b>
              {b.mark5 !== null && <span>{t('score.mark5')}: {formatPlain(lang, b.mark5)}</span>}
              <span>{t('people.design.pass')}: {yesNo(b.pass)}</span>
              {b.certificate !== null && <span>{t('people.design.certificate')}: {yesNo(b.certificate)}</span>}
              {b.notFromSource && <span className="pf-tag pf-tag--warn">{t('people.design.notFromSource')}</span>}
            </div>
            {b.consequence && <p className="pf-consequence">{pick(b.consequence, lang)}</p>}
          </div>
        </li>
      ))}
    </ul>
  );
}
