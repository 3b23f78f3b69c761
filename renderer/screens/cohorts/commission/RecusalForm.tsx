import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DefenseSession, Listener } from '../../../../shared/api/channels/people-types';
import { call } from '../../../api/client';
import { errorText } from '../../../i18n/codes';
import { escapeCancels } from '../../programmes/ui/keys';
import { TextField } from '../../programmes/ui/TextField';

type Props = { session: DefenseSession; listeners: readonly Listener[]; onSaved: (s: DefenseSession) => void; onCancel: () => void };

/** Records that a member will not score a listener (e.g. their mentee), with the reason. */
export function RecusalForm({ session, listeners, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const scorers = session.members.filter((m) => m.role !== 'secretary');
  const [memberId, setMemberId] = useState(scorers[0]?.id ?? 0);
  const [listenerId, setListenerId] = useState(listeners[0]?.id ?? 0);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<{ reason?: string; form?: string }>({});
  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (!reason.trim()) return setError({ reason: t('people.commission.reasonRequired') });
    try {
      onSaved(await call('member:recuse', { memberId, listenerId, reason: reason.trim() }));
    } catch (err) {
      setError({ form: errorText(t, err) });
    }
  };
  if (listeners.length === 0) return <p className="muted">{t('people.commission.noListeners')}</p>;
  return (
    <form className="pf-form pf-recusal-form" onSubmit={(e) => void submit(e)} onKeyDown={escapeCancels(onCancel)} noValidate data-testid="recusal-form">
      <div className="pf-row">
        <div className="pf-field">
          <label className="pf-label" htmlFor={`recuse-member-${session.id}`}>{t('people.commission.member')}</label>
          <select id={`recuse-member-${session.id}`} className="select" value={memberId} data-testid="recuse-member" onChange={(e) => setMemberId(Number(e.target.value))}>
            {scorers.map((m) => <option key={m.id} value={m.id}>{m.fullName}</option>)}
          </select>
        </div>
        <div className="pf-field pf-field--grow">
          <label className="pf-label" htmlFor={`recuse-listener-${session.id}`}>{t('people.commission.listener')}</label>
          <select id={`recuse-listener-${session.id}`} className="select" value={listenerId} data-testid="recuse-listener" onChange={(e) => setListenerId(Number(e.target.value))}>
            {listeners.map((l) => <option key={l.id} value={l.id}>{l.fullName}</option>)}
          </select>
        </div>
      </div>
      <TextField id={`recuse-reason-${session.id}`} label={t('people.commission.reason')} value={reason} error={error.reason} hint={t('people.commission.reasonHint')}
        autoFocus testId="recuse-reason" onChange={(v) => { setReason(v); setError({}); }} />
      {error.form && <p className="alert alert--error" role="alert">{error.form}</p>}
      <div className="pf-actions">
        <button type="submit" className="pf-button pf-button--small" data-testid="recuse-save">{t('people.commission.recuse')}</button>
        <button type="button" className="pf-button pf-button--ghost pf-button--small" onClick={onCancel}>{t('people.common.cancel')}</button>
      </div>
    </form>
  );
}
