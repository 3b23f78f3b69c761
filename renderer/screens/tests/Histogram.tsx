import { useTranslation } from 'react-i18next';
import { formatPlain } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import type { Tone } from '../score/grade-tone';
import type { Bin } from './item-flags';

/** A band of the grade scale from its lower edge (percent), for colouring the bars. */
export type BandEdge = { min: number; tone: Tone; label: string };

type Props = { bins: readonly Bin[]; bands: readonly BandEdge[]; passPercent: number | null };

const W = 560;
const H = 260;
const M = { top: 16, right: 12, bottom: 44, left: 40 };
const PLOT_W = W - M.left - M.right;
const PLOT_H = H - M.top - M.bottom;

function toneAt(bands: readonly BandEdge[], percent: number): Tone {
  const band = [...bands].sort((a, b) => b.min - a.min).find((b) => percent >= b.min);
  return band?.tone ?? 'none';
}

/** The score distribution: examinees per 10-percent bin, bars in the grade palette, the pass mark drawn in. */
export function Histogram({ bins, bands, passPercent }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const top = Math.max(1, ...bins.map((b) => b.count));
  const step = top <= 5 ? 1 : Math.ceil(top / 5);
  // One step of headroom above the tallest bar, for its count and the pass mark's label.
  const ticks = Array.from({ length: Math.floor(top / step) + 2 }, (_, i) => i * step);
  const yMax = ticks.at(-1) ?? top;
  const x = (percent: number) => M.left + (percent / 100) * PLOT_W;
  const y = (count: number) => M.top + PLOT_H - (count / yMax) * PLOT_H;
  const total = bins.reduce((s, b) => s + b.count, 0);
  return (
    <figure className="ts-chart" data-testid="histogram">
      <figcaption className="ts-chart-title">{t('tests.analysis.histTitle')}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('tests.analysis.histAria', { n: formatPlain(lang, total) })} className="ts-svg">
        {ticks.map((v) => (
          <g key={v}>
            <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} className="ts-grid" />
            <text x={M.left - 6} y={y(v) + 4} textAnchor="end" className="ts-tick">{formatPlain(lang, v)}</text>
          </g>
        ))}
        {bins.map((b, i) => {
          const bx = x(b.from) + 2;
          const bw = Math.max(0, x(b.to) - x(b.from) - 4);
          return (
            <rect key={i} x={bx} y={y(b.count)} width={bw} height={M.top + PLOT_H - y(b.count)} className={`ts-bar tone-fill-${toneAt(bands, b.from)}`}
              data-testid={`hist-bar-${i}`} data-count={b.count}>
              <title>{t('tests.analysis.histBar', { from: formatPlain(lang, b.from), to: formatPlain(lang, b.to), n: formatPlain(lang, b.count) })}</title>
            </rect>
          );
        })}
        {bins.map((b, i) =>
          b.count > 0 ? (
            <text key={`c${i}`} x={(x(b.from) + x(b.to)) / 2} y={y(b.count) - 4} textAnchor="middle" className="ts-value">{formatPlain(lang, b.count)}</text>
          ) : null,
        )}
        {passPercent !== null && (
          <g data-testid="hist-pass">
            <line x1={x(passPercent)} x2={x(passPercent)} y1={M.top} y2={M.top + PLOT_H} className="ts-pass-line" />
            <text x={x(passPercent) + 4} y={M.top + 10} className="ts-tick">{t('tests.analysis.passLine', { n: formatPlain(lang, passPercent) })}</text>
          </g>
        )}
        <line x1={M.left} x2={W - M.right} y1={M.top + PLOT_H} y2={M.top + PLOT_H} className="ts-axis" />
        {[0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100].map((p) => (
          <text key={p} x={x(p)} y={M.top + PLOT_H + 16} textAnchor="middle" className="ts-tick">{formatPlain(lang, p)}</text>
        ))}
        <text x={M.left + PLOT_W / 2} y={H - 6} textAnchor="middle" className="ts-axis-label">{t('tests.analysis.histX')}</text>
        <text x={12} y={M.top + PLOT_H / 2} textAnchor="middle" transform={`rotate(-90 12 ${M.top + PLOT_H / 2})`} className="ts-axis-label">{t('tests.analysis.histY')}</text>
      </svg>
      {bands.length > 0 && (
        <ul className="ts-legend">
          {bands.map((b) => (
            <li key={b.min}><span className={`ts-legend-key tone-fill-${b.tone}`} aria-hidden="true" />{b.label}</li>
          ))}
        </ul>
      )}
    </figure>
  );
}
