import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Listener } from '../../../../shared/api/channels/people-types';
import type { ListenerFields } from '../../../../shared/schemas/programme-schema';
import { ApiCallError, call } from '../../../api/client';
import { errorText } from '../../../i18n/codes';
import { escapeCancels } from '../../programmes/ui/keys';
import { TextField } from '../../programmes/ui/TextField';
import { iinError, iinProblemOf, iinProblemText } from './iin';

type Key = keyof ListenerFields;
type Draft = Record<Key, string>;
const KEYS: readonly Key[] = ['fullName', 'iin', 'organisation', 'position', 'topic', 'mentor'];

function toDraft(l: Listener | null): Draft {
  return { fullName: l?.fullName ?? '', iin: l?.iin ?? '', organisation: l?.organisation ?? '', position: l?.position ?? '', topic: l?.topic ?? '', mentor: l?.mentor ?? '' };
}

function toFields(d: Draft): ListenerFields {
  const opt = (s: string): string | null => (s.trim() === '' ? null : s.trim());
  return { fullName: d.fullName.trim(), iin: opt(d.iin), organisation: opt(d.organisation), position: opt(d.position), topic: opt(d.topic), mentor: opt(d.mentor) };
}

/** The field an error from the core names (`fields.iin`, `iin`), if it is one of the form's. */
function fieldOf(error: unknown): Key | null {
  const field = error instanceof ApiCallError ? (error.field ?? '').replace(/^fields\./, '') : '';
  return KEYS.find((k) => k === field) ?? null;
}

type Props = { cohortId: number; listener: Listener | null; onSaved: (l: Listener) => void; onCancel: () => void };

/** Adds or edits a listener: name required, IIN checked as typed (translated), Enter saves, Esc cancels. */
export function ListenerForm({ cohortId, listener, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => toDraft(listener));
  const [touched, setTouched] = useState(false);
  const [serverErrors, setServerErrors] = useState<Partial<Record<Key | 'form', string>>>({});
  const [isBusy, setBusy] = useState(false);
  const iinProblem = iinError(t, draft.iin);
  // Said while typing only once 12 characters are in (or after a first Save), not at every digit.
  const localIin = touched || draft.iin.trim().length >= 12 ? iinProblem : null;
  const nameError = touched && !draft.fullName.trim() ? t('people.listeners.nameRequired') : null;
  const set = (k: Key, v: string): void => {
    setDraft((d) => ({ ...d, [k]: v }));
    setServerErrors((e) => ({ ...e, [k]: undefined, form: undefined }));
  };
  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    setTouched(true);
    if (!draft.fullName.trim() || iinProblem) return;
    setBusy(true);
    try {
      const fields = toFields(draft);
      onSaved(listener ? await call('listener:update', { id: listener.id, fields }) : await call('listener:add', { cohortId, fields }));
    } catch (error) {
      const field = fieldOf(error);
      const problem = error instanceof ApiCallError ? iinProblemOf(error.message) : null;
      const text =
        field === 'iin' && error instanceof ApiCallError && error.code === 'duplicate'
          ? t('people.listeners.iinDuplicate')
          : problem
            ? iinProblemText(t, problem)
            : errorText(t, error);
      setServerErrors({ [field ?? 'form']: text });
      setBusy(false);
    }
  };
  const field = (k: Key, label: string, extra: { error?: string | null; hint?: string; isRequired?: boolean; inputMode?: 'numeric' } = {}) => (
    <TextField id={`listener-${k}`} label={label} value={draft[k]} onChange={(v) => set(k, v)} error={extra.error ?? serverErrors[k] ?? null}
      hint={extra.hint} isRequired={extra.isRequired} inputMode={extra.inputMode} autoFocus={k === 'fullName'} testId={`listener-${k}`} />
  );
  return (
    <form className="card pf-form" onSubmit={(e) => void submit(e)} onKeyDown={escapeCancels(onCancel)} noValidate data-testid="listener-form">
      <h2>{listener ? t('people.listeners.edit') : t('people.listeners.add')}</h2>
      <div className="pf-grid-2">
        {field('fullName', t('people.listeners.fullName'), { error: nameError, isRequired: true })}
        {field('iin', t('people.listeners.iin'), { error: localIin, hint: t('people.listeners.iinHint'), inputMode: 'numeric' })}
        {field('organisation', t('people.listeners.organisation'))}
        {field('position', t('people.listeners.position'))}
        {field('topic', t('people.listeners.topic'))}
        {field('mentor', t('people.listeners.mentor'))}
      </div>
      {serverErrors.form && <p className="alert alert--error" role="alert">{serverErrors.form}</p>}
      <div className="pf-actions">
        <button type="submit" className="pf-button" disabled={isBusy} data-testid="listener-save">{t('people.common.save')}</button>
        <button type="button" className="pf-button pf-button--ghost" onClick={onCancel}>{t('people.common.cancel')}</button>
        <span className="pf-keys">{t('people.common.keysHint')}</span>
      </div>
    </form>
  );
}
