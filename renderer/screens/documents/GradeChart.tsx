import { useTranslation } from 'react-i18next';
import type { GradeDistribution } from '../../../shared/api/channels/documents-types';
import { countAxis } from '../../../shared/documents/chart';
import { formatPlain } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';

const W = 420;
const H = 220;
const M = { top: 18, right: 10, bottom: 46, left: 34 };
const PLOT_W = W - M.left - M.right;
const PLOT_H = H - M.top - M.bottom;

/** About how wide 11-pixel text is per letter (the axis labels' size in tests.css). */
const LETTER_W = 6.2;

/** Squeezes a label that would run into its neighbours into its slot (one long word such as «Қанағаттанарлықсыз»). */
function squeeze(label: string, room: number): { textLength?: number; lengthAdjust?: 'spacingAndGlyphs' } {
  return label.length * LETTER_W > room ? { textLength: room, lengthAdjust: 'spacingAndGlyphs' } : {};
}

/** One grade distribution as an SVG bar chart: the same bars the summary's PDF draws. */
export function GradeChart({ distribution }: { distribution: GradeDistribution }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { top, step } = countAxis(Math.max(0, ...distribution.bars.map((b) => b.count)));
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
  const y = (v: number) => M.top + PLOT_H - (v / top) * PLOT_H;
  const slot = PLOT_W / Math.max(1, distribution.bars.length);
  const barW = Math.min(56, slot * 0.6);
  const total = distribution.bars.reduce((n, b) => n + b.count, 0);
  const title = t('docsUi.chartTitle', { what: distribution.title[lang] });
  return (
    <figure className="ts-chart" data-testid="doc-chart">
      <figcaption className="ts-chart-title">{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${title}. ${t('docsUi.chartAria', { n: formatPlain(lang, total) })}`} className="ts-svg">
        {ticks.map((v) => (
          <g key={v}>
            <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} className="ts-grid" />
            <text x={M.left - 6} y={y(v) + 4} textAnchor="end" className="ts-tick">{formatPlain(lang, v)}</text>
          </g>
        ))}
        {distribution.bars.map((b, i) => {
          const cx = M.left + slot * (i + 0.5);
          return (
            <g key={b.grade.kk}>
              <rect x={cx - barW / 2} y={y(b.count)} width={barW} height={M.top + PLOT_H - y(b.count)} className="ts-bar" data-testid={`doc-chart-bar-${i}`} data-count={b.count}>
                <title>{t('docsUi.chartBar', { grade: b.grade[lang], n: formatPlain(lang, b.count) })}</title>
              </rect>
              <text x={cx} y={y(b.count) - 4} textAnchor="middle" className="ts-value">{formatPlain(lang, b.count)}</text>
              <text x={cx} y={M.top + PLOT_H + 16} textAnchor="middle" className="ts-tick" {...squeeze(b.grade[lang], slot - 6)}>{b.grade[lang]}</text>
            </g>
          );
        })}
        <line x1={M.left} x2={W - M.right} y1={M.top + PLOT_H} y2={M.top + PLOT_H} className="ts-axis" />
      </svg>
    </figure>
  );
}
