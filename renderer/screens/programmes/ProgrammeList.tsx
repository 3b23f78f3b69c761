import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Programme } from '../../../shared/api/channels/people-types';
import type { TemplateSummary } from '../../../shared/api/contract';
import { call } from '../../api/client';
import { errorText } from '../../i18n/codes';
import { formatPlain, pick } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { sectionPath } from '../../routes';
import { isBuiltinDesign } from './builtin';
import { ImportProgrammeFile } from './ProgrammeFile';
import { formatDay } from './ui/dates';
import { SortHeader } from './ui/SortHeader';
import { useSearchSort } from './ui/use-search-sort';
import { useLoad } from './ui/use-load';

type Column = 'title' | 'design' | 'hours' | 'created';

async function load(): Promise<{ programmes: Programme[]; templates: TemplateSummary[] }> {
  const [programmes, templates] = await Promise.all([call('programme:list', {}), call('template:list', {})]);
  return { programmes, templates };
}

/** Every programme, searchable by title (any language) or design, sortable by each column. */
export function ProgrammeList({ importPath = null }: { importPath?: string | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { state } = useLoad(load, 'programmes');
  const [isImporting, setImporting] = useState(importPath !== null);
  const joined = useMemo(() => {
    if (state.status !== 'done') return [];
    const designs = new Map(state.value.templates.map((d) => [d.id, d]));
    return state.value.programmes.map((p) => ({ p, design: designs.get(p.designId) ?? null }));
  }, [state]);
  const { query, setQuery, sort, setSort, rows } = useSearchSort<(typeof joined)[number], Column>(joined, { key: 'created', dir: 'desc' }, lang, {
    haystack: ({ p, design }) => [p.title.kk, p.title.ru, p.title.en, p.designId, design ? pick(design.title, lang) : ''],
    value: ({ p, design }, key) => {
      switch (key) {
        case 'title':
          return pick(p.title, lang);
        case 'design':
          return design ? pick(design.title, lang) : p.designId;
        case 'hours':
          return p.hours;
        case 'created':
          return p.createdAt;
      }
    },
  });

  return (
    <section className="page pf-page" data-testid="programme-list">
      <header className="page-header pf-header">
        <div>
          <h1>{t('nav.programmes')}</h1>
          <p className="lead">{t('people.programmes.lead')}</p>
        </div>
        <div className="pf-actions">
          <button type="button" className="pf-button pf-button--ghost" aria-expanded={isImporting} onClick={() => setImporting(!isImporting)} data-testid="programme-import-open">
            {t('people.transfer.importOpen')}
          </button>
          <a className="pf-button" href={sectionPath('programmes', 'new')} data-testid="programme-new">
            + {t('people.programmes.new')}
          </a>
        </div>
      </header>
      {isImporting && <ImportProgrammeFile {...(importPath ? { path: importPath } : {})} />}
      {state.status === 'failed' && <p className="alert alert--error">{errorText(t, state.error)}</p>}
      {state.status === 'loading' && <p className="muted">{t('score.loading')}</p>}
      {state.status === 'done' && state.value.programmes.length === 0 && (
        <div className="card pf-empty" data-testid="programmes-empty">
          <h2>{t('people.programmes.emptyTitle')}</h2>
          <p>{t('people.programmes.emptyBody')}</p>
        </div>
      )}
      {state.status === 'done' && state.value.programmes.length > 0 && (
        <div className="card card--flush">
          <div className="pf-toolbar">
            <input
              type="search"
              className="pf-input pf-search"
              value={query}
              placeholder={t('people.programmes.search')}
              aria-label={t('people.programmes.search')}
              data-testid="programme-search"
              onChange={(e) => setQuery(e.target.value)}
            />
            <span className="muted">{t('people.common.shown', { n: formatPlain(lang, rows.length), total: formatPlain(lang, state.value.programmes.length) })}</span>
          </div>
          <table className="pf-table" data-testid="programme-table">
            <thead>
              <tr>
                <SortHeader label={t('people.programmes.colTitle')} column="title" sort={sort} onSort={setSort} />
                <SortHeader label={t('people.programmes.colDesign')} column="design" sort={sort} onSort={setSort} />
                <SortHeader label={t('people.programmes.colHours')} column="hours" sort={sort} onSort={setSort} className="pf-num" />
                <th className="pf-num">{t('people.programmes.colModules')}</th>
                <SortHeader label={t('people.programmes.colCreated')} column="created" sort={sort} onSort={setSort} />
              </tr>
            </thead>
            <tbody>
              {rows.map(({ p, design }) => (
                <tr key={p.id} data-testid={`programme-row-${p.id}`}>
                  <td>
                    <a href={sectionPath('programmes', p.id)} className="pf-strong-link">
                      {pick(p.title, lang)}
                    </a>
                  </td>
                  <td>
                    <span>{design ? pick(design.title, lang) : p.designId}</span>{' '}
                    <span className="pf-tag">{isBuiltinDesign(p.designId) ? t('people.design.builtin') : t('people.design.own')}</span>
                  </td>
                  <td className="pf-num">{formatPlain(lang, p.hours)}</td>
                  <td className="pf-num">{formatPlain(lang, p.modules.length)}</td>
                  <td>{formatDay(lang, p.createdAt)}</td>
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
