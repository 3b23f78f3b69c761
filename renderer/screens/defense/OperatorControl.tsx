import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../shared/api/channels/people-types';
import { call } from '../../api/client';
import { useCall } from '../../api/use-call';
import { ActionError } from './ActionError';
import { useAction } from './use-action';

type Props = { members: readonly Member[] };

/**
 * Who operates this computer (usually the secretary): signed in with their PIN, their id goes
 * into the audit trail instead of "desktop". Members without a PIN cannot be chosen.
 */
export function OperatorControl({ members }: Props) {
  const { t } = useTranslation();
  const [tick, setTick] = useState(0);
  const operator = useCall('operator:get', {}, tick);
  const [isOpen, setOpen] = useState(false);
  const withPin = members.filter((m) => m.hasPin);
  const [memberId, setMemberId] = useState<number | null>(null);
  const [pin, setPin] = useState('');
  const action = useAction(() => setTick((n) => n + 1));
  const current = operator.status === 'done' ? operator.value : null;
  const chosen = memberId ?? withPin.find((m) => m.role === 'secretary')?.id ?? withPin[0]?.id ?? null;

  if (current && !isOpen) {
    return (
      <span className="operator" data-testid="operator">
        {t('defense.operator.current', { name: current.fullName, role: t(`defense.role.${current.role}`) })}{' '}
        <button type="button" className="button def-quiet def-small" data-testid="operator-sign-out" onClick={() => void action.run(() => call('operator:sign-out', {}))}>
          {t('defense.operator.signOut')}
        </button>
      </span>
    );
  }
  if (!isOpen) {
    return (
      <span className="operator" data-testid="operator">
        {t('defense.operator.none')}{' '}
        <button type="button" className="button def-quiet def-small" data-testid="operator-open" disabled={withPin.length === 0} title={withPin.length === 0 ? t('defense.operator.noPins') : undefined} onClick={() => setOpen(true)}>
          {t('defense.operator.signIn')}
        </button>
      </span>
    );
  }
  const submit = async () => {
    if (chosen === null) return;
    if (await action.run(() => call('operator:sign-in', { memberId: chosen, pin }))) {
      setPin('');
      setOpen(false);
    }
  };
  return (
    <form
      className="operator operator-form"
      data-testid="operator-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label>
        {t('defense.operator.who')}{' '}
        <select value={chosen ?? ''} data-testid="operator-member" onChange={(e) => setMemberId(Number(e.target.value))}>
          {withPin.map((m) => (
            <option key={m.id} value={m.id}>
              {m.fullName} · {t(`defense.role.${m.role}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('defense.operator.pin')}{' '}
        <input type="password" inputMode="numeric" autoComplete="off" maxLength={8} size={6} value={pin} data-testid="operator-pin" onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))} />
      </label>
      <button type="submit" className="button" disabled={pin.length < 4 || action.isBusy} data-testid="operator-sign-in">
        {t('defense.operator.signIn')}
      </button>
      <button type="button" className="button def-quiet" onClick={() => setOpen(false)}>
        {t('defense.members.cancel')}
      </button>
      <ActionError code={action.error} />
    </form>
  );
}
