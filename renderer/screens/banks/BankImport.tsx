import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BANK_IMPORT_FORMATS, type BankImportResult } from '../../../shared/api/channels/banks-types';
import { call } from '../../api/client';
import { errorText } from '../../i18n/codes';
import { formatPlain, pick } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { sectionPath } from '../../routes';
import { fileToBase64, MAX_IMPORT_BYTES } from '../cohorts/import/files';
import { downloadBase64, mimeOf } from '../documents/download';
import { TextField } from '../programmes/ui/TextField';
import { useLoad } from '../programmes/ui/use-load';
import { ImportReportView } from './ImportReportView';
import { TestsNav } from './TestsNav';

type Format = (typeof BANK_IMPORT_FORMATS)[number];
type Step =
  | { kind: 'idle' }
  | { kind: 'busy'; what: 'busyReading' | 'busyChecking' | 'busyImporting'; fileName: string }
  | { kind: 'checked'; fileName: string; base64: string; result: BankImportResult }
  | { kind: 'done'; bankId: number; items: number }
  | { kind: 'failed'; text: string; fileName: string | null };

const loadProgrammes = () => call('programme:list', {});

/** Import a bank: choose a file, see what the core read (a dry run), then import it whole. */
export function BankImport() {
  const { t } = useTranslation();
  const lang = useLang();
  const programmes = useLoad(loadProgrammes, 'programmes');
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [format, setFormat] = useState<Format | ''>('');
  const [name, setName] = useState('');
  const [programmeId, setProgrammeId] = useState('');
  const round = useRef(0);

  const downloadTemplate = async (): Promise<void> => {
    try {
      const file = await call('bank:import-template', {});
      downloadBase64(file.base64, file.fileName, mimeOf('xlsx'));
    } catch (error) {
      setStep({ kind: 'failed', text: errorText(t, error), fileName: null });
    }
  };

  const check = async (fileName: string, base64: string, my: number, asked: Format | ''): Promise<void> => {
    setStep({ kind: 'busy', what: 'busyChecking', fileName });
    try {
      const result = await call('bank:import', { fileBase64: base64, fileName, dryRun: true, ...(asked ? { format: asked } : {}) });
      if (my === round.current) setStep({ kind: 'checked', fileName, base64, result });
    } catch (error) {
      if (my === round.current) setStep({ kind: 'failed', text: errorText(t, error), fileName });
    }
  };

  const choose = async (e: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const my = ++round.current;
    if (file.size > MAX_IMPORT_BYTES) return setStep({ kind: 'failed', text: t('errors.file_too_large'), fileName: file.name });
    setStep({ kind: 'busy', what: 'busyReading', fileName: file.name });
    if (name.trim() === '') setName(file.name.replace(/\.[^.]+$/, ''));
    try {
      const base64 = await fileToBase64(file);
      if (my === round.current) await check(file.name, base64, my, format);
    } catch (error) {
      if (my === round.current) setStep({ kind: 'failed', text: errorText(t, error), fileName: file.name });
    }
  };

  const changeFormat = (next: Format | ''): void => {
    setFormat(next);
    if (step.kind === 'checked') void check(step.fileName, step.base64, ++round.current, next);
  };

  const runImport = async (): Promise<void> => {
    if (step.kind !== 'checked') return;
    const my = ++round.current;
    setStep({ kind: 'busy', what: 'busyImporting', fileName: step.fileName });
    try {
      const result = await call('bank:import', {
        fileBase64: step.base64, fileName: step.fileName, dryRun: false, ...(format ? { format } : {}),
        ...(name.trim() ? { name: name.trim() } : {}), ...(programmeId ? { programmeId: Number(programmeId) } : {}),
      });
      if (my !== round.current) return;
      setStep(result.written && result.bankId !== null ? { kind: 'done', bankId: result.bankId, items: result.report.items } : { ...step, result });
    } catch (error) {
      if (my === round.current) setStep({ kind: 'failed', text: errorText(t, error), fileName: step.fileName });
    }
  };

  const isBusy = step.kind === 'busy';
  const result = step.kind === 'checked' ? step.result : null;
  const canImport = result !== null && result.report.errors.length === 0 && result.report.items > 0;
  return (
    <section className="page pf-page" data-testid="bank-import-page">
      <TestsNav current="banks" />
      <a className="pf-back" href={sectionPath('tests', 'banks')}>← {t('banks.bank.back')}</a>
      <h1>{t('banks.import.title')}</h1>
      <section className="card pf-form">
        <p>{t('banks.import.step1')}</p>
        <div className="pf-row">
          <label className={isBusy ? 'pf-button pf-file is-disabled' : 'pf-button pf-file'}>
            {t('banks.import.choose')}
            <input type="file" accept=".gift,.txt,.xml,.xlsx" disabled={isBusy} data-testid="bank-file" onChange={(e) => void choose(e)} />
          </label>
          <span className="pf-hint">{t('banks.import.limit')}</span>
          <button type="button" className="pf-button pf-button--ghost" onClick={() => void downloadTemplate()} data-testid="bank-template">⤓ {t('banks.import.template')}</button>
        </div>
        <div className="pf-row">
          <label className="pf-field">
            <span className="pf-label">{t('banks.import.format')}</span>
            <select className="pf-input" value={format} disabled={isBusy} onChange={(e) => changeFormat(BANK_IMPORT_FORMATS.find((f) => f === e.target.value) ?? '')} data-testid="bank-format">
              <option value="">{t('banks.import.formatAuto')}</option>
              {BANK_IMPORT_FORMATS.map((f) => <option key={f} value={f}>{f}</option>)}
            </select>
          </label>
          <TextField id="bank-name" label={t('banks.import.name')} value={name} onChange={setName} maxLength={200} testId="bank-name" />
          <label className="pf-field">
            <span className="pf-label">{t('banks.import.programme')}</span>
            <select className="pf-input" value={programmeId} onChange={(e) => setProgrammeId(e.target.value)} data-testid="bank-programme">
              <option value="">{t('banks.import.noProgramme')}</option>
              {programmes.state.status === 'done' && programmes.state.value.map((p) => <option key={p.id} value={p.id}>{pick(p.title, lang)}</option>)}
            </select>
          </label>
        </div>
      </section>
      {step.kind === 'busy' && (
        <section className="card pf-busy" aria-live="polite" data-testid="bank-import-busy">
          <p>{t(`banks.import.${step.what}`, { file: step.fileName })}</p>
          <progress className="pf-progress" aria-label={t(`banks.import.${step.what}`, { file: step.fileName })} />
          {step.what !== 'busyImporting' && (
            <button type="button" className="pf-button pf-button--ghost pf-button--small" onClick={() => { round.current += 1; setStep({ kind: 'idle' }); }}>{t('banks.import.cancel')}</button>
          )}
        </section>
      )}
      {step.kind === 'failed' && (
        <p className="alert alert--error" role="alert" data-testid="bank-import-failed">
          {step.fileName && <b>{step.fileName}: </b>}
          {step.text}
        </p>
      )}
      {step.kind === 'done' && (
        <section className="card pf-done" role="status" data-testid="bank-import-done">
          <p className="pf-ok">✓ {t('banks.import.done', { n: formatPlain(lang, step.items) })}</p>
          <a className="pf-button" href={sectionPath('tests', 'banks', step.bankId)} data-testid="bank-import-open">{t('banks.import.open')}</a>
        </section>
      )}
      {step.kind === 'checked' && result && (
        <section className="card" data-testid="bank-import-report">
          <h2>{t('banks.import.previewTitle', { file: step.fileName })}</h2>
          <ImportReportView result={result} />
          <div className="pf-actions">
            <button type="button" className="pf-button" disabled={!canImport} data-testid="bank-import-run" onClick={() => void runImport()}>
              {t('banks.import.run', { n: formatPlain(lang, result.report.items) })}
            </button>
          </div>
        </section>
      )}
    </section>
  );
}
