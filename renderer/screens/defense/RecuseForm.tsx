import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { ActionError } from './ActionError';
import { useAction } from './use-action';

type Props = { memberId: number; memberName: string; listenerId: number; onChanged: () => void };

/**
 * A member steps aside from this listener (a conflict of interest declared at the table): a
 * reason is required; the core refuses once the member has submitted or the result is confirmed.
 */
export function RecuseForm({ memberId, memberName, listenerId, onChanged }: Props) {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const action = useAction(onChanged);
  if (!isOpen) {
    return (
      <button type="button" className="button def-quiet def-small" data-testid={`recuse-${memberId}`} onClick={() => setOpen(true)}>
        {t('defense.members.recuse')}
      </button>
    );
  }
  const submit = async () => {
    if (!reason.trim()) return;
    if (await action.run(() => call('member:recuse', { memberId, listenerId, reason: reason.trim() }))) setOpen(false);
  };
  return (
    <form
      className="recuse-form"
      data-testid={`recuse-form-${memberId}`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label className="field-label" htmlFor={`recuse-reason-${memberId}`}>
        {t('defense.members.recuseReason', { name: memberName })}
      </label>
      <input
        id={`recuse-reason-${memberId}`}
        value={reason}
        maxLength={500}
        autoFocus
        required
        data-testid={`recuse-reason-${memberId}`}
        onChange={(e) => setReason(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
      />
      <button type="submit" className="button" disabled={action.isBusy || !reason.trim()} data-testid={`recuse-confirm-${memberId}`}>
        {t('defense.members.recuseConfirm')}
      </button>
      <button type="button" className="button def-quiet" onClick={() => setOpen(false)}>
        {t('defense.members.cancel')}
      </button>
      <ActionError code={action.error} />
    </form>
  );
}
