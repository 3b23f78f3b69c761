import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cohort } from '../../../shared/api/channels/people-types';
import type { SittingSummary } from '../../../shared/api/channels/sittings-types';
import { call } from '../../api/client';
import { errorText } from '../../i18n/codes';
import { formatPlain, pick } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { sectionPath } from '../../routes';
import { formatDay } from '../programmes/ui/dates';
import { useLoad } from '../programmes/ui/use-load';
import { countsText, kindText, limitText, statusText, statusTone } from './labels';

async function load(): Promise<{ sittings: SittingSummary[]; cohorts: Cohort[] }> {
  const [sittings, cohorts] = await Promise.all([call('sitting:list', {}), call('cohort:list', {})]);
  return { sittings, cohorts };
}

/** The sittings grouped by cohort, newest first; a filter by cohort; *New sitting*. */
export function SittingList() {
  const { t } = useTranslation();
  const lang = useLang();
  const { state } = useLoad(load, 'sittings');
  const [cohortId, setCohortId] = useState<number | null>(null);
  const groups = useMemo(() => {
    if (state.status !== 'done') return [];
    const byCohort = new Map<number, { name: string; sittings: SittingSummary[] }>();
    for (const s of state.value.sittings) {
      if (cohortId !== null && s.cohortId !== cohortId) continue;
      const group = byCohort.get(s.cohortId) ?? { name: s.cohortName, sittings: [] };
      group.sittings.push(s);
      byCohort.set(s.cohortId, group);
    }
    return [...byCohort.entries()].map(([id, g]) => ({ id, ...g }));
  }, [state, cohortId]);

  return (
    <section className="page pf-page" data-testid="sitting-list">
      <header className="page-header pf-header">
        <div>
          <h1>{t('tests.title')}</h1>
          <p className="lead">{t('tests.lead')}</p>
        </div>
        <a className="pf-button" href={sectionPath('tests', 'new')} data-testid="sitting-new">
          + {t('tests.list.new')}
        </a>
      </header>
      {state.status === 'failed' && <p className="alert alert--error">{errorText(t, state.error)}</p>}
      {state.status === 'loading' && <p className="muted">{t('score.loading')}</p>}
      {state.status === 'done' && state.value.cohorts.length > 0 && (
        <div className="pf-row ts-filter">
          <label className="pf-field">
            <span className="pf-label">{t('tests.list.cohort')}</span>
            <select className="pf-input" value={cohortId ?? ''} onChange={(e) => setCohortId(e.target.value ? Number(e.target.value) : null)} data-testid="sitting-cohort-filter">
              <option value="">{t('tests.list.allCohorts')}</option>
              {state.value.cohorts.map((c) => (
                <option key={c.id} value={c.id}>{c.name}</option>
              ))}
            </select>
          </label>
        </div>
      )}
      {state.status === 'done' && groups.length === 0 && (
        <div className="card pf-empty" data-testid="sittings-empty">
          <h2>{t('tests.list.emptyTitle')}</h2>
          <p>{t('tests.list.emptyBody')}</p>
        </div>
      )}
      {groups.map((g) => (
        <div key={g.id} className="card card--flush" data-testid={`sitting-group-${g.id}`}>
          <div className="pf-toolbar">
            <h2 className="pf-toolbar-title">
              <a className="pf-strong-link" href={sectionPath('cohorts', g.id)}>{g.name}</a>
            </h2>
          </div>
          <div className="pf-scroll">
            <table className="pf-table">
              <thead>
                <tr>
                  <th>{t('tests.list.colTest')}</th>
                  <th>{t('tests.list.colKind')}</th>
                  <th>{t('tests.list.colDate')}</th>
                  <th className="pf-num">{t('tests.list.colItems')}</th>
                  <th>{t('tests.list.colTime')}</th>
                  <th>{t('tests.list.colExaminees')}</th>
                  <th>{t('tests.list.colStatus')}</th>
                </tr>
              </thead>
              <tbody>
                {g.sittings.map((s) => (
                  <tr key={s.id} data-testid={`sitting-row-${s.id}`}>
                    <td>
                      <a className="pf-strong-link" href={sectionPath('tests', s.id)}>{pick(s.title, lang)}</a>
                      {s.place && <div className="muted ts-small">{s.place}</div>}
                    </td>
                    <td>{kindText(t, s.kind)}</td>
                    <td className="pf-nowrap">{formatDay(lang, s.heldOn)}</td>
                    <td className="pf-num">{formatPlain(lang, s.itemCount)}</td>
                    <td className="pf-nowrap">{limitText(t, lang, s.timeLimitMinutes)}</td>
                    <td>{countsText(t, lang, s)}</td>
                    <td><span className={`pf-status pf-status--${statusTone(s.status)}`}>{statusText(t, s.status)}</span></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ))}
    </section>
  );
}
