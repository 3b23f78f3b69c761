import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DevicesStatus } from '../../../shared/api/channels/devices';
import { call } from '../../api/client';
import { useInterval } from '../../api/use-changes';
import { useCall } from '../../api/use-call';
import { errorText } from '../../i18n/codes';
import { formatPlain } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { ActionError } from '../defense/ActionError';
import { useAction } from '../defense/use-action';

type Props = { sessionId: number; isClosed: boolean };

function OpenView({ status }: { status: DevicesStatus }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <div className="devices-open">
      {status.qrDataUrl && <img className="qr" src={status.qrDataUrl} alt={t('defense.devices.qrAlt')} width={200} height={200} data-testid="devices-qr" />}
      <div className="devices-facts">
        <p className="field-label">{t('defense.devices.url')}</p>
        <code className="devices-url" data-testid="devices-url">
          {status.url ?? '—'}
        </code>
        <p className="devices-connected" data-testid="devices-connected">
          {t('defense.devices.connected', { n: formatPlain(lang, status.connected) })}
        </p>
        <ul className="devices-members">
          {status.members.map((m) => (
            <li key={m.id} className={m.hasPin ? undefined : 'no-pin'}>
              {m.fullName} <span className="muted">· {t(`defense.role.${m.role}`)}</span>
              {!m.hasPin && <span className="field-error"> {t('defense.devices.noPin')}</span>}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** «Open for devices»: the address and its QR code, who may join, how many are connected; Close revokes all. */
export function DevicesPanel({ sessionId, isClosed }: Props) {
  const { t } = useTranslation();
  const [local, setLocal] = useState(0);
  const [isAsking, setAsking] = useState(false);
  const [wasOpen, setWasOpen] = useState(false);
  // While open, ask every few seconds how many phones are connected (joining sends no event).
  const polled = useInterval(3000, wasOpen);
  const status = useCall('devices:status', { sessionId }, polled + local);
  const action = useAction(() => setLocal((n) => n + 1));
  const isOpen = status.status === 'done' && status.value.isOpen;
  useEffect(() => setWasOpen(isOpen), [isOpen]);
  return (
    <section className="card devices-panel" data-testid="devices-panel">
      <div className="devices-head">
        <h2>{t('defense.devices.title')}</h2>
        {!isOpen && !isClosed && (
          <button type="button" className="button" disabled={action.isBusy} data-testid="devices-open" onClick={() => void action.run(() => call('devices:open', { sessionId }))}>
            {t('defense.devices.open')}
          </button>
        )}
        {isOpen && !isAsking && (
          <button type="button" className="button def-danger" data-testid="devices-close" onClick={() => setAsking(true)}>
            {t('defense.devices.close')}
          </button>
        )}
      </div>
      {isAsking && (
        <div className="alert alert--error confirm-step">
          <p>{t('defense.devices.closeConfirm')}</p>
          <div className="def-actions">
            <button
              type="button"
              className="button def-danger"
              data-testid="devices-close-yes"
              onClick={() => {
                setAsking(false);
                void action.run(() => call('devices:close', { sessionId }));
              }}
            >
              {t('defense.devices.closeYes')}
            </button>
            <button type="button" className="button def-quiet" onClick={() => setAsking(false)}>
              {t('defense.amend.cancel')}
            </button>
          </div>
        </div>
      )}
      <ActionError code={action.error} testId="devices-error" />
      {status.status === 'failed' && <p className="alert alert--error">{errorText(t, status.error)}</p>}
      {status.status === 'done' && (status.value.isOpen ? <OpenView status={status.value} /> : <p className="muted">{t('defense.devices.hint')}</p>)}
    </section>
  );
}
