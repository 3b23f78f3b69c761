import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdmittedExaminee, SittingDetail } from '../../../shared/api/channels/sittings-types';
import { formatPlain, pick } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { formatDay } from '../programmes/ui/dates';
import { kioskLink } from './labels';

type Props = { detail: SittingDetail; issued: AdmittedExaminee[]; onHide: () => void };

/** Copies text: the clipboard API where the page may use it, else a selected hidden field. */
async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall through to the old way.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'ts-offscreen';
  document.body.appendChild(area);
  area.select();
  const isDone = document.execCommand('copy');
  area.remove();
  return isDone;
}

/** Prints only the list of links (the rest of the page is hidden while printing). */
function printLinks(): void {
  document.body.classList.add('ts-printing');
  const done = () => {
    document.body.classList.remove('ts-printing');
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}

/**
 * The kiosk links of listeners just admitted (or given a new link): the core returns each token
 * once and keeps only its hash, so they are copied, opened or printed now, or replaced later.
 */
export function TokenList({ detail, issued, onHide }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [copied, setCopied] = useState<string | null>(null);
  useEffect(() => {
    if (copied === null) return;
    const timer = window.setTimeout(() => setCopied(null), 2500);
    return () => window.clearTimeout(timer);
  }, [copied]);
  const copy = async (key: string, text: string) => {
    if (await copyText(text)) setCopied(key);
  };
  const all = issued.map((a) => `${a.number}\t${a.listenerName}\t${kioskLink(a.token)}`).join('\n');
  return (
    <section className="card ts-tokens ts-print-area" data-testid="token-list">
      <div className="pf-card-head">
        <div>
          <h2>{t('tests.tokens.title')}</h2>
          <p className="ts-print-only">
            {pick(detail.title, lang)} · {detail.cohortName} · {formatDay(lang, detail.heldOn)}
            {detail.place ? ` · ${detail.place}` : ''}
          </p>
          <p className="pf-bad ts-noprint">{t('tests.tokens.lead')}</p>
        </div>
        <div className="pf-actions pf-actions--header ts-noprint">
          <button type="button" className="pf-button pf-button--ghost" onClick={() => void copy('all', all)} data-testid="tokens-copy-all">
            {copied === 'all' ? t('tests.common.copied') : t('tests.tokens.copyAll')}
          </button>
          <button type="button" className="pf-button" onClick={printLinks} data-testid="tokens-print">{t('tests.tokens.print')}</button>
          <button type="button" className="pf-button pf-button--ghost" onClick={onHide} data-testid="tokens-hide">{t('tests.tokens.hide')}</button>
        </div>
      </div>
      <table className="pf-table ts-token-table">
        <thead>
          <tr>
            <th className="pf-num">{t('tests.common.number')}</th>
            <th>{t('tests.common.name')}</th>
            <th>{t('tests.tokens.link')}</th>
            <th className="ts-noprint" />
          </tr>
        </thead>
        <tbody>
          {issued.map((a) => {
            const link = kioskLink(a.token);
            return (
              <tr key={a.examineeId} data-testid={`token-${a.number}`}>
                <td className="pf-num">{formatPlain(lang, a.number)}</td>
                <td>{a.listenerName}</td>
                <td className="mono ts-break" data-testid={`token-link-${a.number}`}>{link}</td>
                <td className="pf-row-actions ts-noprint">
                  <button type="button" className="pf-button pf-button--ghost pf-button--small" onClick={() => void copy(a.token, link)} data-testid={`token-copy-${a.number}`}>
                    {copied === a.token ? t('tests.common.copied') : t('tests.common.copy')}
                  </button>
                  <a className="pf-button pf-button--ghost pf-button--small" href={link} target="_blank" rel="noopener noreferrer" data-testid={`token-open-${a.number}`}>
                    {t('tests.tokens.open')}
                  </a>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
