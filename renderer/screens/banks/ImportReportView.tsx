import { useTranslation } from 'react-i18next';
import type { BankImportResult } from '../../../shared/api/channels/banks-types';
import { formatPlain } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { pathText, TYPE_ICONS, whereText } from './labels';

/**
 * What a dry run found: counts, then the questions that could not be read (where, why), the
 * types left out by name, topics with their counts, and the first questions as a table.
 */
export function ImportReportView({ result }: { result: BankImportResult }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { report } = result;
  const n = (v: number) => formatPlain(lang, v);
  return (
    <>
      <p className="muted">{t('banks.import.detected', { format: result.format, encoding: result.encoding ?? 'xlsx' })}</p>
      <p className="pf-counts" data-testid="bank-import-counts">
        <span data-testid="bank-import-items">{t('banks.import.items', { n: n(report.items) })}</span>
        <span className={report.errors.length > 0 ? 'pf-bad' : 'pf-ok'}>{t('banks.import.errors', { n: n(report.errors.length) })}</span>
        <span>{t('banks.import.unsupported', { n: n(report.unsupported.length) })}</span>
        <span>{t('banks.import.handScored', { n: n(report.handScored.length) })}</span>
      </p>
      {report.errors.length > 0 ? (
        <p className="alert alert--error" data-testid="bank-import-blocked">{t('banks.import.blocked')}</p>
      ) : report.items === 0 ? (
        <p className="alert alert--info">{t('banks.import.noItems')}</p>
      ) : (
        <p className="alert alert--info" data-testid="bank-import-clean">{t('banks.import.clean')}</p>
      )}
      {report.errors.length > 0 && (
        <>
          <h3>{t('banks.import.errorsTitle')}</h3>
          <table className="pf-table" data-testid="bank-import-errors">
            <thead><tr><th>{t('banks.import.colWhere')}</th><th>{t('banks.import.colReason')}</th></tr></thead>
            <tbody>
              {report.errors.map((e, i) => (
                <tr key={i} className="bk-bad-row"><td className="pf-nowrap">{whereText(t, e.where)}</td><td lang="en">{e.message}</td></tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {report.unsupported.length > 0 && (
        <>
          <h3>{t('banks.import.unsupportedTitle')}</h3>
          <ul className="bk-plain-list" data-testid="bank-import-unsupported">
            {report.unsupported.map((u, i) => <li key={i}><b>{u.type}</b> — {whereText(t, u.where)}</li>)}
          </ul>
        </>
      )}
      <h3>{t('banks.import.topicsTitle')}</h3>
      <ul className="bk-plain-list" data-testid="bank-import-topics">
        {report.topics.map((tp, i) => <li key={i}>{pathText(tp.path) || t('banks.bank.allTopics')}: <b>{n(tp.items)}</b></li>)}
      </ul>
      {result.preview.length > 0 && (
        <div className="pf-scroll bk-preview">
          <table className="pf-table" data-testid="bank-import-preview">
            <thead>
              <tr><th>{t('banks.import.colWhere')}</th><th>{t('banks.import.colType')}</th><th>{t('banks.import.colId')}</th><th>{t('banks.import.colTopic')}</th><th>{t('banks.import.colText')}</th></tr>
            </thead>
            <tbody>
              {result.preview.map((p) => (
                <tr key={p.id}>
                  <td className="pf-nowrap">{whereText(t, p.where)}</td>
                  <td className="pf-nowrap" title={t(`banks.type.${p.type}`)}><span aria-hidden="true" className="bk-icon">{TYPE_ICONS[p.type]}</span> {t(`banks.type.${p.type}`)}</td>
                  <td>{p.id}</td>
                  <td>{pathText(p.topic)}</td>
                  <td className="bk-clip">{p.text}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {result.more > 0 && <p className="muted">{t('banks.import.more', { n: n(result.more) })}</p>}
        </div>
      )}
    </>
  );
}
