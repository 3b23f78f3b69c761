import { useTranslation } from 'react-i18next';
import { errorText } from '../../i18n/codes';
import { formatPlain } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { formatDate } from './dates';
import { defenseLinks } from './defense-route';
import type { SessionsState } from './use-sessions';

/** The defense sessions to pick from: date, place, cohort, commission, open or closed. */
export function SessionsList({ state }: { state: SessionsState }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (state.status === 'loading') return <p className="muted">{t('score.loading')}</p>;
  if (state.status === 'failed') {
    return (
      <p className="alert alert--error" data-testid="sessions-error">
        {errorText(t, state.error)}
      </p>
    );
  }
  return (
    <section className="sessions" data-testid="sessions">
      <h2>{t('defense.sessions.title')}</h2>
      {state.rows.length === 0 ? (
        <p className="muted" data-testid="sessions-empty">
          {t('defense.sessions.empty')}
        </p>
      ) : (
        <ul className="session-cards">
          {state.rows.map(({ session, cohort }) => (
            <li key={session.id} className="card session-card">
              <a className="session-link" href={defenseLinks.session(session.id)} data-testid={`session-${session.id}`}>
                <span className="session-date">{formatDate(session.heldOn)}</span>
                <span className="session-cohort">{cohort.name}</span>
              </a>
              {session.place && <p className="muted">{session.place}</p>}
              <p className="session-meta">
                <span>{t('defense.sessions.members', { n: formatPlain(lang, session.members.length) })}</span>
                <span className={session.closedAt ? 'status-chip status-confirmed' : 'status-chip status-in_progress'}>
                  {session.closedAt ? t('defense.sessions.closed') : t('defense.sessions.open')}
                </span>
                <a href={defenseLinks.board(session.id)}>{t('defense.session.board')}</a>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
