import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DefenseResult } from '../../../shared/api/channels/defense-types';
import type { Member } from '../../../shared/api/channels/people-types';
import { call } from '../../api/client';
import { readNumber } from '../score/parse-points';
import { ActionError } from './ActionError';
import { useAction } from './use-action';

type Props = { result: DefenseResult; chair: Member; onChanged: () => void };

/** An amendment after locking: the chair's PIN, a reason and the new exact total. */
export function AmendForm({ result, chair, onChanged }: Props) {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [total, setTotal] = useState('');
  const [pin, setPin] = useState('');
  const action = useAction(onChanged);
  const value = readNumber(total);
  const isValid = reason.trim() !== '' && typeof value === 'number' && value >= 0 && pin.length >= 4;
  if (!isOpen) {
    return (
      <button type="button" className="button def-quiet" data-testid="amend-open" onClick={() => setOpen(true)}>
        {t('defense.amend.open')}
      </button>
    );
  }
  const amend = async () => {
    if (typeof value !== 'number') return;
    const ok = await action.run(() => call('result:amend', { resultId: result.id, chairId: chair.id, pin, reason: reason.trim(), totalExact: value }));
    if (ok) {
      setOpen(false);
      setReason('');
      setTotal('');
      setPin('');
    }
  };
  return (
    <form
      className="amend-form"
      data-testid="amend-form"
      onSubmit={(e) => {
        e.preventDefault();
        void amend();
      }}
    >
      <h4>{t('defense.amend.title')}</h4>
      <label className="field-label" htmlFor="amend-reason">
        {t('defense.amend.reason')}
      </label>
      <textarea id="amend-reason" className="def-textarea" rows={2} value={reason} data-testid="amend-reason" onChange={(e) => setReason(e.target.value)} />
      <label className="field-label" htmlFor="amend-total">
        {t('defense.amend.total')}
      </label>
      <input id="amend-total" className="def-input narrow" inputMode="decimal" value={total} data-testid="amend-total" onChange={(e) => setTotal(e.target.value)} />
      {value === null && <p className="field-error">{t('input.notANumber')}</p>}
      <label className="field-label" htmlFor="amend-pin">
        {t('defense.confirm.pin', { name: chair.fullName })}
      </label>
      <input
        id="amend-pin"
        className="pin-input"
        type="password"
        inputMode="numeric"
        autoComplete="off"
        maxLength={8}
        value={pin}
        data-testid="amend-pin"
        onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))}
      />
      <div className="def-actions">
        <button type="submit" className="button" disabled={!isValid || action.isBusy} data-testid="amend-submit">
          {t('defense.amend.submit')}
        </button>
        <button type="button" className="button def-quiet" onClick={() => setOpen(false)}>
          {t('defense.amend.cancel')}
        </button>
      </div>
      <ActionError code={action.error} testId="amend-error" />
    </form>
  );
}
