import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Admission, Programme } from '../../../../shared/api/channels/people-types';
import { call } from '../../../api/client';
import { errorText } from '../../../i18n/codes';
import { formatPlain, pick } from '../../../i18n/format';
import { useLang } from '../../../i18n/use-lang';
import { formatMoment } from '../../programmes/ui/dates';
import type { ModuleState } from './module-state';

type Props = { programme: Programme; listenerId: number; states: ReadonlyMap<number, ModuleState>; admission: Admission; onRecorded: () => void };

/** The programme's modules for one listener: recorded passed / not passed, and the buttons to record it. */
export function ModulesControl({ programme, listenerId, states, admission, onRecorded }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [error, setError] = useState<string | null>(null);
  const missing = new Set(admission.missingModules.map((m) => m.id));
  const record = async (moduleId: number, passed: boolean): Promise<void> => {
    setError(null);
    try {
      await call('admission:record-module', { listenerId, moduleId, passed });
      onRecorded();
    } catch (e) {
      setError(errorText(t, e));
    }
  };
  if (programme.modules.length === 0) return <p className="muted">{t('people.modules.none')}</p>;
  return (
    <>
      <table className="pf-table" data-testid="module-controls">
        <thead>
          <tr>
            <th>{t('people.modules.heading')}</th>
            <th className="pf-num">{t('people.modules.hours')}</th>
            <th>{t('people.admission.control')}</th>
            <th><span className="pf-sr">{t('people.common.actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          {programme.modules.map((m) => {
            const s = states.get(m.id);
            return (
              <tr key={m.id} data-testid="module-control" data-module={m.id}>
                <td>
                  {pick(m.title, lang)}
                  {m.gatesAdmission && <span className="pf-tag">{t('people.modules.gatesShort')}</span>}
                  {missing.has(m.id) && <span className="pf-tag pf-tag--bad">{t('people.admission.blocks')}</span>}
                </td>
                <td className="pf-num">{formatPlain(lang, m.hours)}</td>
                <td data-testid="module-state">
                  {s ? (
                    <span className={s.passed ? 'pf-status pf-status--ok' : 'pf-status pf-status--bad'} title={formatMoment(lang, s.at)}>
                      {s.passed ? `✓ ${t('people.admission.passed')}` : `✗ ${t('people.admission.notPassed')}`}
                    </span>
                  ) : (
                    <span className="muted">{t('people.admission.notRecorded')}</span>
                  )}
                </td>
                <td className="pf-row-actions">
                  <button type="button" className="pf-button pf-button--ghost pf-button--small" aria-pressed={s?.passed === true} data-testid="module-pass" onClick={() => void record(m.id, true)}>
                    {t('people.admission.markPassed')}
                  </button>
                  <button type="button" className="pf-button pf-button--ghost pf-button--small" aria-pressed={s?.passed === false} data-testid="module-fail" onClick={() => void record(m.id, false)}>
                    {t('people.admission.markFailed')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {error && <p className="alert alert--error" role="alert">{error}</p>}
    </>
  );
}
