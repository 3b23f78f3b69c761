import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Programme } from '../../../shared/api/channels/people-types';
import type { Design } from '../../../shared/schemas/design-schema';
import type { ProgrammeSettings } from '../../../shared/schemas/programme-schema';
import { ApiCallError, call } from '../../api/client';
import { errorText } from '../../i18n/codes';
import { formatPlain } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { escapeCancels } from './ui/keys';
import { TextField } from './ui/TextField';

type Rule = ProgrammeSettings['aggregationRule'];
type Draft = { quorum: string; rule: Rule; threshold: string; requiresModules: boolean; extension: string; alternative: boolean; attempts: string };
type Field = 'quorum' | 'threshold' | 'extension' | 'attempts';

function toDraft(s: ProgrammeSettings): Draft {
  return {
    quorum: String(s.quorum),
    rule: s.aggregationRule,
    threshold: s.divergenceThreshold === null ? '' : String(Math.round(s.divergenceThreshold * 1000) / 10),
    requiresModules: s.admissionRequiresModules,
    extension: String(s.retake.maxExtensionDays),
    alternative: s.retake.allowAlternativeTask,
    attempts: String(s.retake.maxAttempts),
  };
}

function int(text: string, min: number, max: number): number | null {
  const n = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(n) && n >= min && n <= max ? n : null;
}

/** Reads the form; the settings to send, or the fields in error. */
function readDraft(d: Draft): { settings: Partial<ProgrammeSettings> | null; bad: Set<Field> } {
  const bad = new Set<Field>();
  const quorum = int(d.quorum, 1, 50);
  const extension = int(d.extension, 0, 365);
  const attempts = int(d.attempts, 1, 10);
  const t = d.threshold.trim().replace(',', '.');
  const threshold = t === '' ? null : Number(t);
  if (quorum === null) bad.add('quorum');
  if (extension === null) bad.add('extension');
  if (attempts === null) bad.add('attempts');
  if (threshold !== null && !(threshold > 0 && threshold <= 100)) bad.add('threshold');
  if (bad.size > 0 || quorum === null || extension === null || attempts === null) return { settings: null, bad };
  return {
    settings: {
      quorum,
      aggregationRule: d.rule,
      divergenceThreshold: threshold === null ? null : threshold / 100,
      admissionRequiresModules: d.requiresModules,
      retake: { maxExtensionDays: extension, allowAlternativeTask: d.alternative, maxAttempts: attempts },
    },
    bad,
  };
}

/** The programme's own settings over its design: quorum, combining rule, divergence, admission, retakes. */
export function SettingsForm({ programme, design, onSaved }: { programme: Programme; design: Design; onSaved: (p: Programme) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [draft, setDraft] = useState<Draft>(() => toDraft(programme.settings));
  const [bad, setBad] = useState<Set<Field>>(new Set());
  const [status, setStatus] = useState<{ kind: 'saved' } | { kind: 'failed'; text: string } | null>(null);
  const [isBusy, setBusy] = useState(false);
  const set = (patch: Partial<Draft>): void => {
    setDraft((d) => ({ ...d, ...patch }));
    setStatus(null);
  };
  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const read = readDraft(draft);
    setBad(read.bad);
    if (!read.settings) return;
    setBusy(true);
    try {
      const saved = await call('programme:update-settings', { id: programme.id, settings: read.settings });
      onSaved(saved);
      setDraft(toDraft(saved.settings));
      setStatus({ kind: 'saved' });
    } catch (error) {
      const field = error instanceof ApiCallError && error.field ? ` (${error.field})` : '';
      setStatus({ kind: 'failed', text: `${errorText(t, error)}${field}` });
    } finally {
      setBusy(false);
    }
  };
  const reset = (): void => {
    setDraft(toDraft(programme.settings));
    setBad(new Set());
    setStatus(null);
  };
  const ruleName = (r: NonNullable<Rule>): string => t(`people.settings.rule_${r}`);
  const field = (name: Field, label: string, error: string, hint?: string) => (
    <TextField id={`settings-${name}`} label={label} value={draft[name]} inputMode="decimal" className="pf-field--setting"
      error={bad.has(name) ? error : null} hint={hint} testId={`settings-${name}`} onChange={(v) => set({ [name]: v })} />
  );
  return (
    <form className="pf-form pf-settings" onSubmit={(e) => void submit(e)} onKeyDown={escapeCancels(reset)} noValidate data-testid="settings-form">
      <div className="pf-settings-grid">
        {field('quorum', t('people.settings.quorum'), t('people.settings.quorumRange'))}
        <div className="pf-field" data-path="aggregation">
          <label className="pf-label" htmlFor="settings-rule">{t('people.settings.rule')}</label>
          <select id="settings-rule" className="select" value={draft.rule ?? ''} data-testid="settings-rule"
            onChange={(e) => set({ rule: e.target.value === 'mean' || e.target.value === 'median' || e.target.value === 'trimmed' ? e.target.value : null })}>
            <option value="">{t('people.settings.ruleDesign', { rule: ruleName(design.aggregation.rule) })}</option>
            {(['mean', 'median', 'trimmed'] as const).map((r) => <option key={r} value={r}>{ruleName(r)}</option>)}
          </select>
        </div>
        {field('threshold', t('people.settings.threshold'), t('people.settings.thresholdRange'),
          t('people.settings.thresholdHint', { value: formatPlain(lang, design.aggregation.divergenceThreshold * 100) }))}
      </div>
      <label className="pf-check">
        <input type="checkbox" checked={draft.requiresModules} data-testid="settings-requires-modules" onChange={(e) => set({ requiresModules: e.target.checked })} />
        {t('people.settings.requiresModules')}
      </label>
      <h3 className="pf-subhead">{t('people.settings.retake')}</h3>
      <div className="pf-settings-grid">
        {field('extension', t('people.settings.extension'), t('people.settings.extensionRange'))}
        {field('attempts', t('people.settings.attempts'), t('people.settings.attemptsRange'))}
        <label className="pf-check pf-check--inline">
          <input type="checkbox" checked={draft.alternative} data-testid="settings-alternative" onChange={(e) => set({ alternative: e.target.checked })} />
          {t('people.settings.alternative')}
        </label>
      </div>
      <div className="pf-actions">
        <button type="submit" className="pf-button" disabled={isBusy} data-testid="settings-save">{t('people.common.save')}</button>
        <button type="button" className="pf-button pf-button--ghost" onClick={reset}>{t('people.common.reset')}</button>
        {status?.kind === 'saved' && <span className="pf-ok" role="status" data-testid="settings-saved">✓ {t('people.common.saved')}</span>}
        {status?.kind === 'failed' && <span className="field-error" role="alert">{status.text}</span>}
      </div>
    </form>
  );
}
