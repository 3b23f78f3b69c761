import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DefenseSession } from '../../../shared/api/channels/people-types';
import { call } from '../../api/client';
import { ActionError } from './ActionError';
import { formatDateTime } from './dates';
import { useAction } from './use-action';

type Props = { session: DefenseSession; onChanged: () => void };

/** Closing the session: who was present, asked once; nothing in the session changes afterwards. */
export function CloseSession({ session, onChanged }: Props) {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  const [present, setPresent] = useState<number[]>(() => session.members.map((m) => m.id));
  const action = useAction(onChanged);
  if (session.closedAt) {
    return (
      <p className="alert alert--info" data-testid="session-closed">
        {t('defense.close.closed', { at: formatDateTime(session.closedAt) })}
      </p>
    );
  }
  if (!isOpen) {
    return (
      <button type="button" className="button def-quiet" data-testid="close-open" onClick={() => setOpen(true)}>
        {t('defense.close.open')}
      </button>
    );
  }
  return (
    <section className="card close-session" data-testid="close-session">
      <h3>{t('defense.close.title')}</h3>
      <fieldset className="def-checks">
        <legend>{t('defense.close.present')}</legend>
        {session.members.map((m) => (
          <label key={m.id} className="def-check">
            <input
              type="checkbox"
              checked={present.includes(m.id)}
              data-testid={`present-${m.id}`}
              onChange={(e) => setPresent((p) => (e.target.checked ? [...p, m.id] : p.filter((id) => id !== m.id)))}
            />
            {m.fullName} <span className="muted">· {t(`defense.role.${m.role}`)}</span>
          </label>
        ))}
      </fieldset>
      <p className="alert alert--error">{t('defense.close.warning')}</p>
      <div className="def-actions">
        <button
          type="button"
          className="button def-danger"
          disabled={action.isBusy}
          data-testid="close-confirm"
          onClick={() => void action.run(() => call('session:close', { sessionId: session.id, presentMemberIds: present }))}
        >
          {t('defense.close.action')}
        </button>
        <button type="button" className="button def-quiet" onClick={() => setOpen(false)}>
          {t('defense.amend.cancel')}
        </button>
      </div>
      <ActionError code={action.error} />
    </section>
  );
}
