import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../../shared/api/channels/people-types';
import { call } from '../../../api/client';
import { errorText } from '../../../i18n/codes';
import { escapeCancels } from '../../programmes/ui/keys';
import { TextField } from '../../programmes/ui/TextField';

/** True for a PIN the core accepts: 4 to 8 digits. */
export function isPinForm(pin: string): boolean {
  return /^\d{4,8}$/.test(pin);
}

type Props = { member: Member; onSaved: (m: Member) => void; onCancel: () => void };

/** Sets a member's PIN: typed twice, masked, 4–8 digits; only its hash is kept by the core. */
export function PinForm({ member, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<{ pin?: string; again?: string }>({});
  const [isBusy, setBusy] = useState(false);
  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (!isPinForm(pin)) return setError({ pin: t('people.commission.pinRule') });
    if (pin !== again) return setError({ again: t('people.commission.pinMismatch') });
    setBusy(true);
    try {
      onSaved(await call('member:set-pin', { memberId: member.id, pin }));
    } catch (err) {
      setError({ pin: errorText(t, err) });
      setBusy(false);
    }
  };
  const id = `pin-${member.id}`;
  return (
    <form className="pf-inline-form pf-pin-form" onSubmit={(e) => void submit(e)} onKeyDown={escapeCancels(onCancel)} noValidate data-testid={`pin-form-${member.id}`}>
      <TextField id={id} label={t('people.commission.pinFor', { name: member.fullName })} type="password" inputMode="numeric" maxLength={8} value={pin}
        error={error.pin} hint={t('people.commission.pinRule')} autoFocus testId="pin-input" onChange={(v) => { setPin(v.replace(/\D/g, '')); setError({}); }} />
      <TextField id={`${id}-again`} label={t('people.commission.pinAgain')} type="password" inputMode="numeric" maxLength={8} value={again}
        error={error.again} testId="pin-again" onChange={(v) => { setAgain(v.replace(/\D/g, '')); setError({}); }} />
      <div className="pf-actions">
        <button type="submit" className="pf-button pf-button--small" disabled={isBusy} data-testid="pin-save">{t('people.common.save')}</button>
        <button type="button" className="pf-button pf-button--ghost pf-button--small" onClick={onCancel}>{t('people.common.cancel')}</button>
      </div>
    </form>
  );
}
