import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DefenseSession, Listener } from '../../../../shared/api/channels/people-types';
import { call } from '../../../api/client';
import { errorText } from '../../../i18n/codes';
import { formatPlain } from '../../../i18n/format';
import { useLang } from '../../../i18n/use-lang';
import { formatDay } from '../../programmes/ui/dates';
import { useLoad } from '../../programmes/ui/use-load';
import type { CohortData } from '../CohortPage';
import { MembersTable } from './MembersTable';
import { RecusalForm } from './RecusalForm';
import { SessionCreate } from './SessionCreate';

type Data = { sessions: DefenseSession[]; listeners: Listener[] };

async function load(cohortId: number): Promise<Data> {
  const [sessions, listeners] = await Promise.all([call('session:list', { cohortId }), call('listener:list', { cohortId })]);
  return { sessions, listeners };
}

function SessionCard({ session, listeners, onChange }: { session: DefenseSession; listeners: readonly Listener[]; onChange: (s: DefenseSession) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [isRecusing, setRecusing] = useState(false);
  const names = new Map(session.members.map((m) => [m.id, m.fullName]));
  const listenerNames = new Map(listeners.map((l) => [l.id, l.fullName]));
  const scorers = session.members.filter((m) => m.role !== 'secretary').length;
  const withPin = session.members.filter((m) => m.hasPin).length;
  return (
    <section className="card" data-testid={`session-${session.id}`}>
      <div className="pf-card-head">
        <div>
          <h2>{t('people.commission.sessionOn', { date: formatDay(lang, session.heldOn) })}</h2>
          <p className="pf-meta">
            {session.place && <span>{session.place}</span>}
            <span>{t('people.commission.scorers', { n: formatPlain(lang, scorers) })}</span>
            <span data-testid="pins-count">{t('people.commission.pinsCount', { n: formatPlain(lang, withPin), total: formatPlain(lang, session.members.length) })}</span>
            {session.closedAt && <span className="pf-tag">{t('people.commission.closed')}</span>}
          </p>
        </div>
      </div>
      <MembersTable session={session} onMember={(m) => onChange({ ...session, members: session.members.map((x) => (x.id === m.id ? m : x)) })} />
      <h3 className="pf-subhead">{t('people.commission.recusals')}</h3>
      {session.recusals.length === 0 ? (
        <p className="muted">{t('people.commission.noRecusals')}</p>
      ) : (
        <ul className="pf-recusals" data-testid="recusals">
          {session.recusals.map((r) => (
            <li key={`${r.memberId}-${r.listenerId}`} data-testid="recusal">
              <b>{names.get(r.memberId) ?? r.memberId}</b> → {listenerNames.get(r.listenerId) ?? r.listenerId}: <span className="muted">{r.reason}</span>
            </li>
          ))}
        </ul>
      )}
      {isRecusing ? (
        <RecusalForm session={session} listeners={listeners} onCancel={() => setRecusing(false)} onSaved={(s) => { setRecusing(false); onChange(s); }} />
      ) : (
        <button type="button" className="pf-button pf-button--ghost pf-button--small" data-testid="recusal-open" onClick={() => setRecusing(true)}>
          + {t('people.commission.addRecusal')}
        </button>
      )}
    </section>
  );
}

/** The cohort's defense sessions and their commissions: create one, set PINs, record recusals. */
export function CommissionPanel({ data }: { data: CohortData }) {
  const { t } = useTranslation();
  const cohortId = data.cohort.id;
  const { state, replace } = useLoad(() => load(cohortId), `commission|${cohortId}`);
  const [isCreating, setCreating] = useState(false);
  if (state.status === 'failed') return <p className="alert alert--error">{errorText(t, state.error)}</p>;
  if (state.status !== 'done') return <p className="muted">{t('score.loading')}</p>;
  const { sessions, listeners } = state.value;
  const update = (s: DefenseSession): void => replace({ listeners, sessions: sessions.map((x) => (x.id === s.id ? s : x)) });
  return (
    <div data-testid="commission-panel">
      <p className="lead">{t('people.commission.lead')}</p>
      {isCreating ? (
        <SessionCreate cohortId={cohortId} quorum={data.programme.settings.quorum} onCancel={() => setCreating(false)}
          onCreated={(s) => { setCreating(false); replace({ listeners, sessions: [s, ...sessions] }); }} />
      ) : (
        <button type="button" className="pf-button pf-page-action" data-testid="session-new" onClick={() => setCreating(true)}>
          + {t('people.commission.newSession')}
        </button>
      )}
      {sessions.length === 0 && !isCreating && <p className="muted pf-pad" data-testid="sessions-empty">{t('people.commission.empty')}</p>}
      {sessions.map((s) => (
        <SessionCard key={s.id} session={s} listeners={listeners} onChange={update} />
      ))}
    </div>
  );
}
