import { useTranslation } from 'react-i18next';
import type { Cohort, Programme } from '../../../shared/api/channels/people-types';
import { ApiCallError, call } from '../../api/client';
import { errorText } from '../../i18n/codes';
import { formatPlain, pick } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { sectionPath } from '../../routes';
import { formatDay } from '../programmes/ui/dates';
import { Toast, useToast } from '../programmes/ui/Toast';
import { useLoad } from '../programmes/ui/use-load';
import { ListenerPage } from './admission/ListenerPage';
import { CommissionPanel } from './commission/CommissionPanel';
import { ImportPanel } from './import/ImportPanel';
import { ListenersPanel } from './listeners/ListenersPanel';
import { RecycleBin } from './listeners/RecycleBin';

/** The views of a cohort page. */
export type CohortTab = 'listeners' | 'import' | 'commission' | 'bin';

/** A cohort and its programme, as every tab needs them. */
export type CohortData = { cohort: Cohort; programme: Programme };

async function load(id: number): Promise<CohortData> {
  const cohort = (await call('cohort:list', {})).find((c) => c.id === id);
  if (!cohort) throw new ApiCallError('not_found', `no cohort ${id}`);
  return { cohort, programme: await call('programme:get', { id: cohort.programmeId }) };
}

/** A cohort: its header, the tabs (listeners, import, commission, recycle bin) and a listener's page. */
export function CohortPage({ id, tab, listenerId }: { id: number; tab: CohortTab; listenerId: number | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { state, reload } = useLoad(() => load(id), String(id));
  const [toast, showToast, dismiss] = useToast();
  if (state.status !== 'done') {
    return (
      <section className="page pf-page">
        <a className="pf-back" href={sectionPath('cohorts')}>← {t('nav.cohorts')}</a>
        <h1>{t('nav.cohorts')}</h1>
        {state.status === 'failed' ? <p className="alert alert--error" data-testid="page-error">{errorText(t, state.error)}</p> : <p className="muted">{t('score.loading')}</p>}
      </section>
    );
  }
  const { cohort, programme } = state.value;
  const tabs: { key: CohortTab; label: string }[] = [
    { key: 'listeners', label: t('people.cohorts.tabListeners', { n: formatPlain(lang, cohort.listeners) }) },
    { key: 'import', label: t('people.cohorts.tabImport') },
    { key: 'commission', label: t('people.cohorts.tabCommission') },
    { key: 'bin', label: t('people.cohorts.tabBin') },
  ];
  const dates = cohort.startsOn || cohort.endsOn ? `${formatDay(lang, cohort.startsOn)} – ${formatDay(lang, cohort.endsOn)}` : null;
  return (
    <section className="page pf-page pf-page--wide" data-testid="cohort-page">
      <header className="page-header pf-header">
        <div>
          <a className="pf-back" href={sectionPath('cohorts')}>← {t('nav.cohorts')}</a>
          <h1 data-testid="cohort-title">{cohort.name}</h1>
          <p className="pf-meta">
            <a href={sectionPath('programmes', programme.id)}>{pick(programme.title, lang)}</a>
            {dates && <span data-testid="cohort-page-dates">{dates}</span>}
            {cohort.format && <span>{cohort.format}</span>}
            {cohort.place && <span>{cohort.place}</span>}
          </p>
        </div>
        {tab !== 'import' && (
          <a className="pf-button" href={sectionPath('cohorts', id, 'import')} data-testid="import-open">
            {t('people.import.open')}
          </a>
        )}
      </header>
      <nav className="pf-tabs" aria-label={t('people.cohorts.tabsLabel')}>
        {tabs.map((x) => (
          <a key={x.key} href={x.key === 'listeners' ? sectionPath('cohorts', id) : sectionPath('cohorts', id, x.key)}
            className={x.key === tab && listenerId === null ? 'pf-tab is-active' : 'pf-tab'} aria-current={x.key === tab && listenerId === null ? 'page' : undefined} data-testid={`tab-${x.key}`}>
            {x.label}
          </a>
        ))}
      </nav>
      {listenerId !== null ? (
        <ListenerPage data={state.value} listenerId={listenerId} />
      ) : tab === 'import' ? (
        <ImportPanel cohortId={id} onImported={reload} />
      ) : tab === 'commission' ? (
        <CommissionPanel data={state.value} />
      ) : tab === 'bin' ? (
        <RecycleBin cohortId={id} onChanged={reload} showToast={showToast} />
      ) : (
        <ListenersPanel cohortId={id} onChanged={reload} showToast={showToast} />
      )}
      <Toast toast={toast} onDismiss={dismiss} closeLabel={t('people.common.close')} />
    </section>
  );
}
