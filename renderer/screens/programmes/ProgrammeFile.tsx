import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelResult } from '../../../shared/api/contract';
import { call } from '../../api/client';
import { errorText } from '../../i18n/codes';
import { formatPlain } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { sectionPath } from '../../routes';
import { fileToBase64 } from '../cohorts/import/files';
import { downloadBase64 } from '../documents/download';

type Outcome<T> = { status: 'idle' } | { status: 'busy' } | { status: 'done'; value: T } | { status: 'failed'; error: unknown };

/** A password of at least 8 characters, or none (decisions §6: the .attesta envelope). */
function passwordProblem(password: string): boolean {
  return password.length > 0 && password.length < 8;
}

function PasswordField({ value, onChange, testId, hint }: { value: string; onChange: (v: string) => void; testId: string; hint: string }) {
  const { t } = useTranslation();
  const isBad = passwordProblem(value);
  return (
    <label className="pf-field">
      <span className="pf-label">{t('people.transfer.password')}</span>
      <input className="pf-input" type="password" autoComplete="new-password" value={value} maxLength={200} aria-invalid={isBad || undefined}
        onChange={(e) => onChange(e.target.value)} data-testid={testId} />
      <span className={isBad ? 'pf-hint pf-bad' : 'pf-hint'}>{isBad ? t('people.transfer.tooShort') : hint}</span>
    </label>
  );
}

/** Moves this programme to another computer: the whole programme as one `.attesta` file, optionally sealed with a password. */
export function ExportProgrammeFile({ programmeId }: { programmeId: number }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [outcome, setOutcome] = useState<Outcome<string>>({ status: 'idle' });
  const exportNow = async () => {
    setOutcome({ status: 'busy' });
    try {
      const file = await call('programme:export-file', { id: programmeId, ...(password ? { password } : {}) });
      downloadBase64(file.base64, file.fileName, 'application/octet-stream');
      setOutcome({ status: 'done', value: file.fileName });
    } catch (error) {
      setOutcome({ status: 'failed', error });
    }
  };
  return (
    <div className="pf-form" data-testid="programme-export-file">
      <p className="pf-hint">{t('people.transfer.exportLead')}</p>
      <PasswordField value={password} onChange={setPassword} testId="export-file-password" hint={t('people.transfer.passwordHint')} />
      <button type="button" className="pf-button" disabled={outcome.status === 'busy' || passwordProblem(password)} onClick={() => void exportNow()} data-testid="export-file-run">
        {t('people.transfer.export')}
      </button>
      {outcome.status === 'done' && <p className="pf-ok" role="status" data-testid="export-file-done">✓ {t('people.transfer.exported', { file: outcome.value })}</p>}
      {outcome.status === 'failed' && <p className="alert alert--error" role="alert">{errorText(t, outcome.error)}</p>}
    </div>
  );
}

/**
 * Brings a programme from another computer: an `.attesta` file (and its password, if sealed),
 * all or nothing. `path`: the file the desktop app was opened with (a double click).
 */
export function ImportProgrammeFile({ path }: { path?: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [file, setFile] = useState<File | null>(null);
  const [password, setPassword] = useState('');
  const [outcome, setOutcome] = useState<Outcome<ChannelResult<'programme:import-file'>>>({ status: 'idle' });
  const importNow = async () => {
    if (!file && !path) return;
    setOutcome({ status: 'busy' });
    try {
      const secret = password ? { password } : {};
      const value = file ? await call('programme:import-file', { fileBase64: await fileToBase64(file), ...secret }) : await call('programme:import-path', { file: path ?? '', ...secret });
      setOutcome({ status: 'done', value });
    } catch (error) {
      setOutcome({ status: 'failed', error });
    }
  };
  const rows = outcome.status === 'done' ? Object.values(outcome.value.rows).reduce((a, b) => a + b, 0) : 0;
  return (
    <section className="card pf-form" data-testid="programme-import-file">
      <h2>{t('people.transfer.importTitle')}</h2>
      <p className="pf-hint">{t('people.transfer.importLead')}</p>
      <label className="pf-field">
        <span className="pf-label">{t('people.transfer.file')}</span>
        {path ? (
          <span className="mono" data-testid="import-file-path">{path}</span>
        ) : (
          <input className="pf-input" type="file" accept=".attesta" onChange={(e) => setFile(e.target.files?.[0] ?? null)} data-testid="import-file-input" />
        )}
      </label>
      <PasswordField value={password} onChange={setPassword} testId="import-file-password" hint={t('people.transfer.passwordIfSealed')} />
      <button type="button" className="pf-button" disabled={(!file && !path) || outcome.status === 'busy'} onClick={() => void importNow()} data-testid="import-file-run">
        {t('people.transfer.import')}
      </button>
      {outcome.status === 'failed' && <p className="alert alert--error" role="alert" data-testid="import-file-error">{errorText(t, outcome.error)}</p>}
      {outcome.status === 'done' && (
        <p className="pf-ok" role="status" data-testid="import-file-done">
          ✓ {t('people.transfer.imported', { rows: formatPlain(lang, rows) })}{' '}
          <a href={sectionPath('programmes', outcome.value.programme)} data-testid="import-file-open">{t('people.transfer.open')}</a>
        </p>
      )}
    </section>
  );
}
