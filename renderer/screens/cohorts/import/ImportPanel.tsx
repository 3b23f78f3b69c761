import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../../shared/api/channels/people-types';
import { call } from '../../../api/client';
import { errorText } from '../../../i18n/codes';
import { formatPlain } from '../../../i18n/format';
import { useLang } from '../../../i18n/use-lang';
import { sectionPath } from '../../../routes';
import { downloadBase64 } from '../../documents/download';
import { fileToBase64, MAX_IMPORT_BYTES, XLSX_TYPE } from './files';
import { ErrorList, ImportPreview } from './ImportPreview';
import type { Preview } from './preview';

type Busy = 'reading' | 'checking' | 'importing';
type Step =
  | { kind: 'idle' }
  | { kind: 'busy'; what: Busy; fileName: string }
  | { kind: 'checked'; fileName: string; base64: string; report: ImportReport; preview: Preview | null }
  | { kind: 'done'; imported: number }
  | { kind: 'failed'; text: string; fileName: string | null };

/** Import from .xlsx: the template, a dry run with a preview, then (only when clean and confirmed) the import. */
export function ImportPanel({ cohortId, onImported }: { cohortId: number; onImported: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [isConfirmed, setConfirmed] = useState(false);
  const [templateError, setTemplateError] = useState<string | null>(null);
  const round = useRef(0);

  const downloadTemplate = async (): Promise<void> => {
    setTemplateError(null);
    try {
      const file = await call('listener:import-template', { lang });
      downloadBase64(file.base64, file.fileName, XLSX_TYPE);
    } catch (error) {
      setTemplateError(errorText(t, error));
    }
  };

  const choose = async (e: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const my = ++round.current;
    setConfirmed(false);
    if (file.size > MAX_IMPORT_BYTES) return setStep({ kind: 'failed', text: t('errors.file_too_large'), fileName: file.name });
    setStep({ kind: 'busy', what: 'reading', fileName: file.name });
    try {
      const base64 = await fileToBase64(file);
      if (my !== round.current) return;
      setStep({ kind: 'busy', what: 'checking', fileName: file.name });
      const { report, preview } = await call('listener:import-preview', { cohortId, fileBase64: base64 });
      if (my === round.current) setStep({ kind: 'checked', fileName: file.name, base64, report, preview });
    } catch (error) {
      if (my === round.current) setStep({ kind: 'failed', text: errorText(t, error), fileName: file.name });
    }
  };

  const runImport = async (): Promise<void> => {
    if (step.kind !== 'checked') return;
    const my = ++round.current;
    setStep({ kind: 'busy', what: 'importing', fileName: step.fileName });
    try {
      const report = await call('listener:import', { cohortId, fileBase64: step.base64, dryRun: false });
      if (my !== round.current) return;
      onImported();
      setStep(report.errors.length > 0 ? { ...step, report } : { kind: 'done', imported: report.imported });
    } catch (error) {
      if (my === round.current) setStep({ kind: 'failed', text: errorText(t, error), fileName: step.fileName });
    }
  };

  const cancel = (): void => {
    round.current += 1;
    setStep({ kind: 'idle' });
  };
  const isBusy = step.kind === 'busy';
  const report = step.kind === 'checked' ? step.report : null;
  const canImport = report !== null && report.errors.length === 0 && report.rows > 0 && isConfirmed;
  return (
    <div className="pf-import" data-testid="import-panel">
      <section className="card">
        <h2>{t('people.import.title')}</h2>
        <ol className="pf-steps">
          <li>
            <p>{t('people.import.step1')}</p>
            <button type="button" className="pf-button pf-button--ghost" data-testid="import-template" onClick={() => void downloadTemplate()}>
              ⤓ {t('people.import.template')}
            </button>
            {templateError && <p className="field-error" role="alert">{templateError}</p>}
          </li>
          <li>
            <p>{t('people.import.step2')}</p>
            <label className={isBusy ? 'pf-button pf-file is-disabled' : 'pf-button pf-file'}>
              {t('people.import.choose')}
              <input type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" disabled={isBusy}
                data-testid="import-file" onChange={(e) => void choose(e)} />
            </label>
            <span className="pf-hint">{t('people.import.limit')}</span>
          </li>
          <li><p>{t('people.import.step3')}</p></li>
        </ol>
      </section>
      {step.kind === 'busy' && (
        <section className="card pf-busy" aria-live="polite" data-testid="import-busy">
          <p>{t(`people.import.busy_${step.what}`, { file: step.fileName })}</p>
          <progress className="pf-progress" aria-label={t(`people.import.busy_${step.what}`, { file: step.fileName })} />
          {step.what !== 'importing' && (
            <button type="button" className="pf-button pf-button--ghost pf-button--small" data-testid="import-cancel" onClick={cancel}>{t('people.common.cancel')}</button>
          )}
        </section>
      )}
      {step.kind === 'failed' && (
        <p className="alert alert--error" role="alert" data-testid="import-failed">
          {step.fileName && <b>{step.fileName}: </b>}
          {step.text}
        </p>
      )}
      {step.kind === 'done' && (
        <section className="card pf-done" role="status" data-testid="import-done">
          <p className="pf-ok">✓ {t('people.import.done', { n: formatPlain(lang, step.imported) })}</p>
          <a className="pf-button" href={sectionPath('cohorts', cohortId)} data-testid="import-to-listeners">{t('people.import.toListeners')}</a>
        </section>
      )}
      {step.kind === 'checked' && report && (
        <section className="card" data-testid="import-report">
          <h2>{t('people.import.previewTitle', { file: step.fileName })}</h2>
          <p className="pf-counts" data-testid="import-counts">
            <span>{t('people.import.rows', { n: formatPlain(lang, report.rows) })}</span>
            <span className={report.errors.length > 0 ? 'pf-bad' : 'pf-ok'}>{t('people.import.errorsCount', { n: formatPlain(lang, report.errors.length) })}</span>
            <span>{t('people.import.duplicatesCount', { n: formatPlain(lang, report.duplicates.length) })}</span>
          </p>
          {report.errors.length > 0 ? (
            <>
              <p className="alert alert--error" data-testid="import-blocked">{t('people.import.blocked')}</p>
              <ErrorList errors={report.errors} />
            </>
          ) : report.rows === 0 ? (
            <p className="alert alert--info">{t('people.import.noRows')}</p>
          ) : (
            <p className="alert alert--info">{t('people.import.clean')}</p>
          )}
          {step.preview && <ImportPreview preview={step.preview} report={report} />}
          <div className="pf-actions">
            <label className="pf-check">
              <input type="checkbox" checked={isConfirmed} disabled={report.errors.length > 0 || report.rows === 0} data-testid="import-confirm" onChange={(e) => setConfirmed(e.target.checked)} />
              {t('people.import.confirm', { n: formatPlain(lang, report.rows) })}
            </label>
            <button type="button" className="pf-button" disabled={!canImport} data-testid="import-run" onClick={() => void runImport()}>
              {t('people.import.run', { n: formatPlain(lang, report.rows) })}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
