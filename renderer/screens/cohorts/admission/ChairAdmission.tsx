import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Admission, Member } from '../../../../shared/api/channels/people-types';
import { ApiCallError, call } from '../../../api/client';
import { errorText } from '../../../i18n/codes';
import { escapeCancels } from '../../programmes/ui/keys';
import { TextField } from '../../programmes/ui/TextField';

type Props = { listenerId: number; chairs: readonly Member[]; onAdmitted: (a: Admission) => void };

/** The chair admits a listener despite missing controls: chair, PIN (masked) and a note, all recorded. */
export function ChairAdmission({ listenerId, chairs, onAdmitted }: Props) {
  const { t } = useTranslation();
  const [chairId, setChairId] = useState(chairs[0]?.id ?? 0);
  const [pin, setPin] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<{ pin?: string; note?: string; form?: string }>({});
  const [isBusy, setBusy] = useState(false);
  const reset = (): void => {
    setPin('');
    setNote('');
    setError({});
  };
  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const next: typeof error = {};
    if (!/^\d{4,8}$/.test(pin)) next.pin = t('people.commission.pinRule');
    if (!note.trim()) next.note = t('people.admission.noteRequired');
    setError(next);
    if (Object.keys(next).length > 0) return;
    setBusy(true);
    try {
      onAdmitted(await call('admission:admit', { listenerId, chairId, pin, note: note.trim() }));
      reset();
    } catch (err) {
      const code = err instanceof ApiCallError ? err.code : null;
      setError(code === 'wrong_pin' || code === 'pin_locked' ? { pin: errorText(t, err) } : { form: errorText(t, err) });
      setPin('');
    } finally {
      setBusy(false);
    }
  };
  if (chairs.length === 0) return <p className="muted" data-testid="no-chair">{t('people.admission.noChair')}</p>;
  return (
    <form className="pf-form" onSubmit={(e) => void submit(e)} onKeyDown={escapeCancels(reset)} noValidate data-testid="chair-admission">
      <div className="pf-row">
        <div className="pf-field">
          <label className="pf-label" htmlFor="admit-chair">{t('people.commission.role_chair')}</label>
          <select id="admit-chair" className="select" value={chairId} onChange={(e) => setChairId(Number(e.target.value))}>
            {chairs.map((c) => <option key={c.id} value={c.id}>{c.fullName}</option>)}
          </select>
        </div>
        <TextField id="admit-pin" label={t('people.commission.pin')} type="password" inputMode="numeric" maxLength={8} value={pin} error={error.pin}
          className="pf-field--narrow" testId="admit-pin" onChange={(v) => setPin(v.replace(/\D/g, ''))} />
      </div>
      <TextField id="admit-note" label={t('people.admission.note')} value={note} error={error.note} hint={t('people.admission.noteHint')} testId="admit-note" onChange={setNote} />
      {error.form && <p className="alert alert--error" role="alert">{error.form}</p>}
      <div className="pf-actions">
        <button type="submit" className="pf-button" disabled={isBusy} data-testid="admit-submit">{t('people.admission.admit')}</button>
      </div>
    </form>
  );
}
