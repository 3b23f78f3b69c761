import { useTranslation } from 'react-i18next';
import type { SittingAnalysis, SittingDetail, SittingResultSet } from '../../../shared/api/channels/sittings-types';
import type { Lang } from '../../../shared/domain/localized';
import type { Design } from '../../../shared/schemas/design-schema';
import { call } from '../../api/client';
import { errorText } from '../../i18n/codes';
import { formatExact, formatPercent, formatPlain, pick } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { gradeTone } from '../score/grade-tone';
import { useLoad } from '../programmes/ui/use-load';
import { Histogram, type BandEdge } from './Histogram';
import { excerpt, itemFlags, percentBins } from './item-flags';
import { ItemTable } from './ItemTable';
import { sittingKey } from './ResultsTab';
import { Scatter, type ScatterPoint } from './Scatter';

type Loaded = { analysis: SittingAnalysis; results: SittingResultSet; design: Design | null };

async function load(detail: SittingDetail): Promise<Loaded> {
  const [analysis, results] = await Promise.all([call('sitting:analysis', { sittingId: detail.id }), call('sitting:results', { sittingId: detail.id })]);
  // The colours of the bars only: a scale that cannot be read leaves them neutral.
  const design = detail.gradeScale ? await call('template:get', { id: detail.gradeScale }).catch(() => null) : null;
  return { analysis, results, design };
}

function bandsOf(design: Design | null, lang: Lang): BandEdge[] {
  if (!design || design.scale.basis !== 'percent') return [];
  return [...design.scale.bands].sort((a, b) => a.min - b.min).map((b) => ({ min: b.min, tone: gradeTone(design, b.key), label: `${pick(b.grade, lang)} (${formatPlain(lang, b.min)}–${formatPlain(lang, b.max)} %)` }));
}

function Figures({ a }: { a: SittingAnalysis }) {
  const { t } = useTranslation();
  const lang = useLang();
  const r = a.reliability;
  const num = (v: number | null) => (v === null ? '—' : formatExact(lang, v));
  const facts: [string, string, string, string?][] = [
    ['n', t('tests.analysis.n'), formatPlain(lang, a.n)],
    ['k', t('tests.analysis.k'), formatPlain(lang, r.k)],
    ['mean', t('tests.analysis.mean'), num(a.mean)],
    ['sd', t('tests.analysis.sd'), num(a.sd), t('tests.analysis.sdHint')],
    ['meanPercent', t('tests.analysis.meanPercent'), a.meanPercent === null ? '—' : formatPercent(lang, a.meanPercent)],
    ['alpha', r.kind === 'kr20' ? t('tests.analysis.kr20') : t('tests.analysis.alpha'), num(r.alpha)],
    ['sem', t('tests.analysis.sem'), num(r.sem), t('tests.analysis.semHint')],
  ];
  return (
    <div className="ts-stats" data-testid="analysis-figures">
      {facts.map(([key, label, value, hint]) => (
        <div key={key} className="ts-stat" data-testid={`stat-${key}`} title={hint}>
          <span className="ts-stat-label">{label}</span>
          <span className="ts-stat-value">{value}</span>
        </div>
      ))}
    </div>
  );
}

/** Item analysis: the cautions first, the test's figures, the two charts, the weak items named, every item's figures. */
export function AnalysisTab({ detail }: { detail: SittingDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { state } = useLoad(() => load(detail), sittingKey(detail));
  if (state.status === 'failed') return <p className="alert alert--error">{errorText(t, state.error)}</p>;
  if (state.status !== 'done') return <p className="muted">{t('score.loading')}</p>;
  const { analysis: a, results, design } = state.value;
  const percents = results.rows.filter((r) => r.status === 'submitted' && r.percent && r.pendingEssays === 0).map((r) => r.percent!.value);
  const points: ScatterPoint[] = a.items.flatMap((item, i) =>
    item.facility === null || item.discrimination === null ? [] : [{ no: i + 1, facility: item.facility, discrimination: item.discrimination, flags: itemFlags(item), text: excerpt(item.text, 60) }],
  );
  const weak = a.items.map((item, i) => ({ item, no: i + 1, flags: itemFlags(item) })).filter((w) => w.flags.length > 0);
  return (
    <div data-testid="analysis-tab">
      <div className="ts-cautions" data-testid="analysis-warnings">
        {a.warnings.map((w) => (
          <p key={w.code} className="alert ts-provisional" role="note" data-code={w.code} data-testid={`warning-${w.code}`}>
            {w.code === 'small_sample' ? t('tests.analysis.smallSample', { n: formatPlain(lang, a.n) }) : t('tests.analysis.noVariance')}
          </p>
        ))}
        {a.reliability.method === 'random_variants' && <p className="alert alert--info">{t('tests.analysis.randomVariants')}</p>}
      </div>
      {a.n === 0 ? (
        <p className="card muted" data-testid="analysis-empty">{t('tests.analysis.noData')}</p>
      ) : (
        <>
          <Figures a={a} />
          <div className="ts-charts">
            <Histogram bins={percentBins(percents)} bands={bandsOf(design, lang)} passPercent={results.passPercent} />
            <Scatter points={points} notShown={a.items.length - points.length} />
          </div>
          <section className="card" data-testid="weak-items">
            <h2>{t('tests.analysis.weakTitle')}</h2>
            {weak.length === 0 ? (
              <p className="pf-ok">{t('tests.analysis.weakNone')}</p>
            ) : (
              <ul className="ts-weak">
                {weak.map((w) => (
                  <li key={w.item.id} data-testid={`weak-${w.no}`}>
                    <b>#{w.no}</b> {excerpt(w.item.text)} — {w.flags.map((f) => t(`tests.analysis.flags.${f}`)).join(', ')}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <ItemTable items={a.items} />
        </>
      )}
    </div>
  );
}
