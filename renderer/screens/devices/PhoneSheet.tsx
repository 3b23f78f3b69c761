import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorCode } from '../../api/client';
import type { DeviceAuth } from '../../api/token';
import { useChangeTick, useStreamStatus } from '../../api/use-changes';
import { useCall } from '../../api/use-call';
import { errorText } from '../../i18n/codes';
import { formatPlain } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { openTurns } from '../defense/turn-pick';
import type { SignedOut } from './DeviceApp';
import { Outbox } from './outbox';
import { PhoneTurnSheet } from './PhoneTurnSheet';

type Props = { auth: DeviceAuth; onSignOut: (why: SignedOut) => void };

function useOutbox(memberId: number): Outbox {
  const outbox = useMemo(
    () =>
      new Outbox(`attesta.outbox.${memberId}`, {
        save: (turnId, scores, version, clientId) => call('sheet:save', { turnId, memberId, scores, version, onBehalf: false, clientId }),
        submit: (turnId, version, clientId) => call('sheet:submit', { turnId, memberId, version, clientId }),
        version: async (turnId) => (await call('sheet:get', { turnId, memberId })).own?.version ?? 0,
      }),
    [memberId],
  );
  useEffect(() => {
    const retry = () => void outbox.flush();
    const offline = () => outbox.setOffline();
    window.addEventListener('online', retry);
    window.addEventListener('offline', offline);
    void outbox.flush();
    return () => {
      window.removeEventListener('online', retry);
      window.removeEventListener('offline', offline);
      outbox.dispose();
    };
  }, [outbox]);
  return outbox;
}

/** The phone after joining: the listener being scored now and this member's own sheet. */
export function PhoneSheet({ auth, onSignOut }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const tick = useChangeTick(auth.sessionId);
  const outbox = useOutbox(auth.memberId);
  const box = useSyncExternalStore(outbox.subscribe, outbox.snapshot);
  const live = useStreamStatus();
  const isOnline = box.isOnline && live !== 'down';
  const queue = useCall('defense:queue', { sessionId: auth.sessionId }, tick);
  const [chosen, setChosen] = useState<number | null>(null);
  useEffect(() => {
    if (tick > 0) void outbox.flush();
  }, [tick, outbox]);
  const isRevoked = (queue.status === 'failed' && errorCode(queue.error) === 'unauthorized') || box.error === 'unauthorized';
  useEffect(() => {
    if (isRevoked) onSignOut('revoked');
  }, [isRevoked, onSignOut]);
  const open = queue.status === 'done' ? openTurns(queue.value) : [];
  const turn = open.find((o) => o.id === chosen) ?? open[0] ?? null;
  return (
    <section className="phone" data-testid="phone">
      <div className="phone-who">
        <span data-testid="phone-member">{auth.memberName}</span>
        <button type="button" className="def-link" data-testid="phone-sign-out" onClick={() => onSignOut('left')}>
          {t('defense.phone.notMe')}
        </button>
      </div>
      <p className={isOnline ? 'net-state is-online' : 'net-state is-offline'} data-testid="net-state" data-online={isOnline}>
        {isOnline ? t('defense.phone.online') : t('defense.phone.offline')}
        {box.ops.length > 0 && (
          <span data-testid="phone-pending" data-count={box.ops.length}>
            {' · '}
            {t('defense.phone.pending', { n: formatPlain(lang, box.ops.length) })}
          </span>
        )}
      </p>
      {box.error && box.error !== 'unauthorized' && (
        <p className="alert alert--error" data-testid="phone-error">
          {t(`errors.${box.error}`)}
        </p>
      )}
      {queue.status === 'failed' && !isRevoked && <p className="alert alert--error">{errorText(t, queue.error)}</p>}
      {open.length > 1 && (
        <nav className="turn-chips" aria-label={t('defense.phone.listeners')}>
          {open.map((o) => (
            <button key={o.id} type="button" className={o.id === turn?.id ? 'def-pill is-active' : 'def-pill'} onClick={() => setChosen(o.id)}>
              {o.listenerName}
            </button>
          ))}
        </nav>
      )}
      {queue.status === 'done' && !turn && (
        <p className="device-card muted" data-testid="phone-waiting">
          {t('defense.phone.waiting')}
        </p>
      )}
      {turn && <PhoneTurnSheet key={turn.id} turnId={turn.id} memberId={auth.memberId} outbox={outbox} box={box} tick={tick} />}
    </section>
  );
}
