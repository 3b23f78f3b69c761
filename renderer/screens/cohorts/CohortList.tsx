import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cohort, Programme } from '../../../shared/api/channels/people-types';
import { call } from '../../api/client';
import { errorText } from '../../i18n/codes';
import { formatPlain, pick } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { sectionPath } from '../../routes';
import { formatDay } from '../programmes/ui/dates';
import { SortHeader } from '../programmes/ui/SortHeader';
import { useSearchSort } from '../programmes/ui/use-search-sort';
import { useLoad } from '../programmes/ui/use-load';
import { CohortCreate } from './CohortCreate';

type Column = 'name' | 'programme' | 'startsOn' | 'listeners';

async function load(): Promise<{ cohorts: Cohort[]; programmes: Programme[] }> {
  const [cohorts, programmes] = await Promise.all([call('cohort:list', {}), call('programme:list', {})]);
  return { cohorts, programmes };
}

/** Every cohort with its programme, dates and number of listeners; search, sort, create. */
export function CohortList() {
  const { t } = useTranslation();
  const lang = useLang();
  const { state } = useLoad(load, 'cohorts');
  const [isCreating, setCreating] = useState(false);
  const programmes = state.status === 'done' ? state.value.programmes : [];
  const joined = useMemo(() => {
    if (state.status !== 'done') return [];
    const byId = new Map(state.value.programmes.map((p) => [p.id, p]));
    return state.value.cohorts.map((c) => ({ c, programme: byId.get(c.programmeId) }));
  }, [state]);
  const { query, setQuery, sort, setSort, rows } = useSearchSort<(typeof joined)[number], Column>(joined, { key: 'startsOn', dir: 'desc' }, lang, {
    haystack: ({ c, programme }) => [c.name, c.place ?? '', programme ? pick(programme.title, lang) : ''],
    value: ({ c, programme }, key) => {
      if (key === 'name') return c.name;
      if (key === 'programme') return programme ? pick(programme.title, lang) : null;
      if (key === 'listeners') return c.listeners;
      return c.startsOn;
    },
  });

  return (
    <section className="page pf-page" data-testid="cohort-list">
      <header className="page-header pf-header">
        <div>
          <h1>{t('nav.cohorts')}</h1>
          <p className="lead">{t('people.cohorts.lead')}</p>
        </div>
        {!isCreating && (
          <button type="button" className="pf-button" data-testid="cohort-new" onClick={() => setCreating(true)}>
            + {t('people.cohorts.new')}
          </button>
        )}
      </header>
      {isCreating && state.status === 'done' && <CohortCreate programmes={programmes} onCancel={() => setCreating(false)} />}
      {state.status === 'failed' && <p className="alert alert--error">{errorText(t, state.error)}</p>}
      {state.status === 'loading' && <p className="muted">{t('score.loading')}</p>}
      {state.status === 'done' && state.value.cohorts.length === 0 && !isCreating && (
        <div className="card pf-empty" data-testid="cohorts-empty">
          <h2>{t('people.cohorts.emptyTitle')}</h2>
          <p>{t('people.cohorts.emptyBody')}</p>
        </div>
      )}
      {state.status === 'done' && state.value.cohorts.length > 0 && (
        <div className="card card--flush">
          <div className="pf-toolbar">
            <input type="search" className="pf-input pf-search" value={query} placeholder={t('people.cohorts.search')} aria-label={t('people.cohorts.search')}
              data-testid="cohort-search" onChange={(e) => setQuery(e.target.value)} />
            <span className="muted">{t('people.common.shown', { n: formatPlain(lang, rows.length), total: formatPlain(lang, state.value.cohorts.length) })}</span>
          </div>
          <table className="pf-table" data-testid="cohort-table">
            <thead>
              <tr>
                <SortHeader label={t('people.cohorts.name')} column="name" sort={sort} onSort={setSort} />
                <SortHeader label={t('people.cohorts.programme')} column="programme" sort={sort} onSort={setSort} />
                <SortHeader label={t('people.cohorts.dates')} column="startsOn" sort={sort} onSort={setSort} />
                <th>{t('people.cohorts.place')}</th>
                <SortHeader label={t('people.cohorts.listeners')} column="listeners" sort={sort} onSort={setSort} className="pf-num" />
              </tr>
            </thead>
            <tbody>
              {rows.map(({ c, programme }) => (
                <tr key={c.id} data-testid={`cohort-row-${c.id}`}>
                  <td><a className="pf-strong-link" href={sectionPath('cohorts', c.id)}>{c.name}</a></td>
                  <td>{programme ? pick(programme.title, lang) : '—'}</td>
                  <td className="pf-nowrap" data-testid="cohort-dates">{c.startsOn || c.endsOn ? `${formatDay(lang, c.startsOn)} – ${formatDay(lang, c.endsOn)}` : '—'}</td>
                  <td>{[c.format, c.place].filter(Boolean).join(' · ') || '—'}</td>
                  <td className="pf-num">{formatPlain(lang, c.listeners)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length === 0 && <p className="muted pf-pad">{t('people.common.noMatches')}</p>}
        </div>
      )}
    </section>
  );
}
