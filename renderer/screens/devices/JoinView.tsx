import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode, type CallErrorCode } from '../../api/client';
import { deviceJoin, deviceMembers, type DeviceSessionInfo } from '../../api/device';
import { saveDeviceAuth, type DeviceAuth } from '../../api/token';
import { formatDate } from '../defense/dates';
import type { SignedOut } from './DeviceApp';

type Props = { joinKey: string; signedOut: SignedOut; onJoined: (auth: DeviceAuth) => void };

type Members = { status: 'loading' } | { status: 'done'; info: DeviceSessionInfo } | { status: 'failed'; code: CallErrorCode };

function joinErrorKey(code: CallErrorCode): 'defense.phone.linkClosed' | `errors.${CallErrorCode}` {
  return code === 'forbidden' ? 'defense.phone.linkClosed' : `errors.${code}`;
}

/** Joining: the commission's names as large buttons, then the member's PIN. */
export function JoinView({ joinKey, signedOut, onJoined }: Props) {
  const { t } = useTranslation();
  const [members, setMembers] = useState<Members>({ status: 'loading' });
  const [chosen, setChosen] = useState<number | null>(null);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<CallErrorCode | null>(null);
  const [isBusy, setBusy] = useState(false);
  useEffect(() => {
    let isCurrent = true;
    deviceMembers(joinKey).then(
      (info) => isCurrent && setMembers({ status: 'done', info }),
      (e: unknown) => isCurrent && setMembers({ status: 'failed', code: errorCode(e) }),
    );
    return () => {
      isCurrent = false;
    };
  }, [joinKey]);
  const join = async () => {
    if (chosen === null) return;
    setBusy(true);
    setError(null);
    try {
      const res = await deviceJoin(joinKey, chosen, pin);
      const auth: DeviceAuth = { ...res, joinKey };
      saveDeviceAuth(auth);
      onJoined(auth);
    } catch (e) {
      setError(errorCode(e));
      setPin('');
    } finally {
      setBusy(false);
    }
  };
  const person = members.status === 'done' ? members.info.members.find((m) => m.id === chosen) : undefined;
  return (
    <section className="device-card join" data-testid="join">
      {signedOut === 'revoked' && (
        <p className="alert alert--error" data-testid="join-revoked">
          {t('defense.phone.revoked')}
        </p>
      )}
      {members.status === 'loading' && <p className="muted">{t('score.loading')}</p>}
      {members.status === 'failed' && (
        <p className="alert alert--error" data-testid="join-link-error">
          {t(joinErrorKey(members.code))}
        </p>
      )}
      {members.status === 'done' && !person && (
        <>
          <h1>{t('defense.phone.chooseName')}</h1>
          <p className="muted">
            {formatDate(members.info.heldOn)}
            {members.info.place ? ` · ${members.info.place}` : ''}
          </p>
          <ul className="name-list">
            {members.info.members.map((m) => (
              <li key={m.id}>
                <button type="button" className="name-button" data-testid={`join-member-${m.id}`} onClick={() => setChosen(m.id)}>
                  <span>{m.fullName}</span>
                  <span className="muted">{t(`defense.role.${m.role}`)}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {person && (
        <form
          className="pin-step"
          onSubmit={(e) => {
            e.preventDefault();
            void join();
          }}
        >
          <h1>{person.fullName}</h1>
          <label className="field-label" htmlFor="join-pin">
            {t('defense.phone.pin')}
          </label>
          <input
            id="join-pin"
            className="pin-input pin-input--big"
            type="password"
            inputMode="numeric"
            autoComplete="off"
            maxLength={8}
            autoFocus
            value={pin}
            aria-invalid={error ? true : undefined}
            data-testid="join-pin"
            onChange={(e) => {
              setPin(e.target.value.replace(/\D/g, ''));
              setError(null);
            }}
          />
          {error && (
            <p className="field-error" role="alert" data-testid="join-error" data-code={error}>
              {t(joinErrorKey(error))}
            </p>
          )}
          <button type="submit" className="button def-big" disabled={pin.length < 4 || isBusy} data-testid="join-submit">
            {t('defense.phone.enter')}
          </button>
          <button
            type="button"
            className="button def-quiet def-big"
            onClick={() => {
              setChosen(null);
              setPin('');
              setError(null);
            }}
          >
            {t('defense.phone.notMe')}
          </button>
        </form>
      )}
    </section>
  );
}
