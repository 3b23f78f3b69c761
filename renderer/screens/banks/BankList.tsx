import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { errorText } from '../../i18n/codes';
import { formatPlain } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { sectionPath } from '../../routes';
import { formatDay } from '../programmes/ui/dates';
import { useLoad } from '../programmes/ui/use-load';
import { TestsNav } from './TestsNav';

const loadBanks = () => call('bank:list', {});

/** The stored question banks, newest first; main action *Import*. */
export function BankList() {
  const { t } = useTranslation();
  const lang = useLang();
  const { state } = useLoad(loadBanks, 'banks');
  return (
    <section className="page pf-page" data-testid="bank-list">
      <TestsNav current="banks" />
      <header className="page-header pf-header">
        <div>
          <h1>{t('banks.title')}</h1>
          <p className="lead">{t('banks.lead')}</p>
        </div>
        <a className="pf-button" href={sectionPath('tests', 'banks', 'import')} data-testid="bank-import">⤒ {t('banks.list.import')}</a>
      </header>
      {state.status === 'failed' && <p className="alert alert--error" role="alert">{errorText(t, state.error)}</p>}
      {state.status === 'loading' && <p className="muted">{t('score.loading')}</p>}
      {state.status === 'done' && state.value.length === 0 && <div className="card pf-empty" data-testid="banks-empty"><p>{t('banks.list.empty')}</p></div>}
      {state.status === 'done' && state.value.length > 0 && (
        <div className="card card--flush">
          <div className="pf-scroll">
            <table className="pf-table">
              <thead>
                <tr>
                  <th>{t('banks.list.colName')}</th>
                  <th>{t('banks.list.colFormat')}</th>
                  <th className="pf-num">{t('banks.list.colItems')}</th>
                  <th>{t('banks.list.colCreated')}</th>
                  <th>{t('banks.list.colUse')}</th>
                </tr>
              </thead>
              <tbody>
                {state.value.map((b) => (
                  <tr key={b.id} data-testid={`bank-row-${b.id}`}>
                    <td><a className="pf-strong-link" href={sectionPath('tests', 'banks', b.id)}>{b.name}</a></td>
                    <td>{b.format}</td>
                    <td className="pf-num">{formatPlain(lang, b.items)}</td>
                    <td className="pf-nowrap">{formatDay(lang, b.createdAt)}</td>
                    <td>{b.sittings > 0 ? t('banks.list.inUse', { n: formatPlain(lang, b.sittings) }) : t('banks.list.notInUse')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}
