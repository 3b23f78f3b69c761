import { useEffect, useState } from 'react';
import type { AdmittedExaminee } from '../../../shared/api/channels/sittings-types';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { errorText } from '../../i18n/codes';
import { formatPlain, pick } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { sectionPath } from '../../routes';
import { formatDay, formatMoment } from '../programmes/ui/dates';
import { useLoad } from '../programmes/ui/use-load';
import { AnalysisTab } from './AnalysisTab';
import { EssaysTab } from './EssaysTab';
import { ExamineesTab } from './ExamineesTab';
import { GainTab } from './GainTab';
import { kindText, limitText, statusText, statusTone } from './labels';
import { ResultsTab } from './ResultsTab';
import { SittingActions } from './SittingActions';
import { SittingWarnings } from './SittingWarnings';

/** The views of a sitting page, in tab order. */
export const SITTING_TABS = ['examinees', 'results', 'essays', 'analysis', 'gain'] as const;

/** One view of a sitting page. */
export type SittingTab = (typeof SITTING_TABS)[number];

/** While someone writes, the examiner's view follows every this many milliseconds. */
const LIVE_MS = 10_000;

/** A sitting: what it is, the blueprint's warnings, release and close, and its tabs. */
export function SittingPage({ id, tab }: { id: number; tab: SittingTab }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { state, reload } = useLoad(() => call('sitting:get', { sittingId: id }), String(id));
  // Kiosk links exist only in this answer of the core: kept here so a change of tab keeps them.
  const [issued, setIssued] = useState<AdmittedExaminee[]>([]);
  const isLive = state.status === 'done' && state.value.status === 'open' && state.value.counts.inProgress > 0;
  useEffect(() => {
    if (!isLive) return;
    const timer = window.setInterval(reload, LIVE_MS);
    return () => window.clearInterval(timer);
  }, [isLive, reload]);

  if (state.status !== 'done') {
    return (
      <section className="page pf-page">
        <a className="pf-back" href={sectionPath('tests')}>← {t('tests.title')}</a>
        {state.status === 'failed' ? <p className="alert alert--error" data-testid="page-error">{errorText(t, state.error)}</p> : <p className="muted">{t('score.loading')}</p>}
      </section>
    );
  }
  const s = state.value;
  const hasGain = s.kind === 'entrance' || s.kind === 'exit';
  const tabs = SITTING_TABS.filter((x) => x !== 'gain' || hasGain);
  const shown: SittingTab = tabs.includes(tab) ? tab : 'examinees';
  return (
    <section className="page pf-page pf-page--wide" data-testid="sitting-page" data-status={s.status}>
      <header className="page-header pf-header">
        <div>
          <a className="pf-back" href={sectionPath('tests')}>← {t('tests.title')}</a>
          <h1 data-testid="sitting-title">{pick(s.title, lang)}</h1>
          <p className="pf-meta">
            <a href={sectionPath('cohorts', s.cohortId)}>{s.cohortName}</a>
            <span>{kindText(t, s.kind)}</span>
            <span>{formatDay(lang, s.heldOn)}</span>
            {s.place && <span>{s.place}</span>}
            <span data-testid="sitting-items">{t('tests.page.items', { n: formatPlain(lang, s.itemCount) })}</span>
            <span>{limitText(t, lang, s.timeLimitMinutes)}</span>
            <span>{t(`tests.layout.${s.layout}`)}</span>
          </p>
          <p className="pf-meta">
            <span className={`pf-status pf-status--${statusTone(s.status)}`} data-testid="sitting-status">{statusText(t, s.status)}</span>
            {s.releasedAt && <span>{t('tests.page.releasedAt', { at: formatMoment(lang, s.releasedAt) })}</span>}
            {s.hash && <span className="mono" data-testid="sitting-hash">{t('tests.page.hash')}: {s.hash}</span>}
            <span className="mono" title={t('tests.page.seedHint')}>{t('tests.page.seed')}: {s.seed}</span>
          </p>
        </div>
        <SittingActions detail={s} onChanged={reload} />
      </header>
      <SittingWarnings detail={s} />
      <nav className="pf-tabs" aria-label={t('tests.page.tabsLabel')}>
        {tabs.map((x) => (
          <a key={x} href={x === 'examinees' ? sectionPath('tests', id) : sectionPath('tests', id, x)} className={x === shown ? 'pf-tab is-active' : 'pf-tab'}
            aria-current={x === shown ? 'page' : undefined} data-testid={`tab-${x}`}>
            {t(`tests.page.tabs.${x}`)}
          </a>
        ))}
      </nav>
      {shown === 'examinees' && <ExamineesTab detail={s} onChanged={reload} issued={issued} onIssued={setIssued} />}
      {shown === 'results' && <ResultsTab detail={s} />}
      {shown === 'essays' && <EssaysTab detail={s} onChanged={reload} />}
      {shown === 'analysis' && <AnalysisTab detail={s} />}
      {shown === 'gain' && <GainTab detail={s} onChanged={reload} />}
    </section>
  );
}
