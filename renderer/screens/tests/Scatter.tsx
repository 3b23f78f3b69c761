import { useTranslation } from 'react-i18next';
import { formatExact, formatPlain } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { LIMITS, type ItemFlag } from './item-flags';

/** One item on the chart: its number in the item table, its figures, and why it is weak. */
export type ScatterPoint = { no: number; facility: number; discrimination: number; flags: readonly ItemFlag[]; text: string };

const W = 560;
const H = 300;
const M = { top: 14, right: 14, bottom: 44, left: 48 };
const PLOT_W = W - M.left - M.right;
const PLOT_H = H - M.top - M.bottom;

/**
 * Facility × discrimination, one dot per item: the weak zones shaded (discrimination under
 * 0.20; facility under 0.20 or over 0.90), weak items in red and named by their number.
 */
export function Scatter({ points, notShown }: { points: readonly ScatterPoint[]; notShown: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const low = Math.min(-0.2, Math.floor(Math.min(0, ...points.map((p) => p.discrimination)) * 10) / 10);
  const x = (f: number) => M.left + f * PLOT_W;
  const y = (d: number) => M.top + ((1 - d) / (1 - low)) * PLOT_H;
  const yTicks: number[] = [];
  for (let v = Math.ceil(low * 5) / 5; v <= 1.0001; v += 0.2) yTicks.push(Math.round(v * 10) / 10);
  const weak = points.filter((p) => p.flags.length > 0).length;
  return (
    <figure className="ts-chart" data-testid="scatter">
      <figcaption className="ts-chart-title">{t('tests.analysis.scatterTitle')}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('tests.analysis.scatterAria', { n: formatPlain(lang, points.length), weak: formatPlain(lang, weak) })} className="ts-svg">
        <rect x={M.left} y={y(LIMITS.discrimination)} width={PLOT_W} height={y(low) - y(LIMITS.discrimination)} className="ts-zone-bad" />
        <rect x={M.left} y={M.top} width={x(LIMITS.hard) - M.left} height={PLOT_H} className="ts-zone-warn" />
        <rect x={x(LIMITS.easy)} y={M.top} width={x(1) - x(LIMITS.easy)} height={PLOT_H} className="ts-zone-warn" />
        {yTicks.map((v) => (
          <g key={v}>
            <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} className={v === 0 ? 'ts-axis' : 'ts-grid'} />
            <text x={M.left - 6} y={y(v) + 4} textAnchor="end" className="ts-tick">{formatPlain(lang, v)}</text>
          </g>
        ))}
        {[0, 0.2, 0.4, 0.6, 0.8, 1].map((f) => (
          <text key={f} x={x(f)} y={M.top + PLOT_H + 16} textAnchor="middle" className="ts-tick">{formatPlain(lang, f)}</text>
        ))}
        <line x1={M.left} x2={M.left} y1={M.top} y2={M.top + PLOT_H} className="ts-axis" />
        {points.map((p) => {
          const isWeak = p.flags.length > 0;
          return (
            <g key={p.no} data-testid={`point-${p.no}`} data-weak={isWeak}>
              <circle cx={x(p.facility)} cy={y(p.discrimination)} r={isWeak ? 6 : 5} className={isWeak ? 'ts-dot is-weak' : 'ts-dot'}>
                <title>{`#${p.no}: ${t('tests.analysis.facility')} ${formatExact(lang, p.facility)}, ${t('tests.analysis.discrimination')} ${formatExact(lang, p.discrimination)} — ${p.text}`}</title>
              </circle>
              {isWeak && <text x={x(p.facility) + 8} y={y(p.discrimination) + 4} className="ts-dot-label">{`#${p.no}`}</text>}
            </g>
          );
        })}
        <text x={M.left + PLOT_W / 2} y={H - 6} textAnchor="middle" className="ts-axis-label">{t('tests.analysis.scatterX')}</text>
        <text x={12} y={M.top + PLOT_H / 2} textAnchor="middle" transform={`rotate(-90 12 ${M.top + PLOT_H / 2})`} className="ts-axis-label">{t('tests.analysis.scatterY')}</text>
      </svg>
      <p className="pf-hint">
        {t('tests.analysis.legend')}
        {notShown > 0 && ` ${t('tests.analysis.notShown', { n: formatPlain(lang, notShown) })}`}
      </p>
    </figure>
  );
}
