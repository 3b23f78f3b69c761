import { useTranslation } from 'react-i18next';
import type { Board } from '../../../shared/api/channels/defense-types';
import { formatPlain } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { defenseLinks } from './defense-route';
import { RecuseForm } from './RecuseForm';

type Props = { sessionId: number; board: Board; isOpen: boolean; onChanged: () => void };

/** Who has submitted (never what they scored: that waits until all have), with links to each sheet. */
export function MembersStatus({ sessionId, board, isOpen, onChanged }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const { state } = board;
  return (
    <section className="members-status" data-testid="members-status">
      <h3>
        {t('defense.members.title')}{' '}
        <span className="count" data-testid="submitted-count">
          {t('defense.members.count', { done: formatPlain(lang, state.submittedMemberIds.length), total: formatPlain(lang, state.scoringMemberIds.length) })}
        </span>
      </h3>
      <ul className="member-list">
        {board.members.map((m) => {
          const status = m.isRecused ? 'recused' : m.isSubmitted ? 'submitted' : 'waiting';
          return (
            <li key={m.memberId} className={`member-row is-${status}`} data-testid={`member-${m.memberId}`} data-status={status}>
              <span className="member-mark" aria-hidden="true">
                {status === 'submitted' ? '✓' : status === 'recused' ? '—' : '…'}
              </span>
              <span className="member-name">
                {m.fullName}
                <span className="member-role">{t(`defense.role.${m.role}`)}</span>
              </span>
              <span className={`status-chip member-${status}`}>{t(`defense.members.${status}`)}</span>
              {!m.isRecused && isOpen && (
                <span className="member-links">
                  <a href={defenseLinks.sheet(sessionId, board.turn.id, m.memberId)} data-testid={`sheet-link-${m.memberId}`}>
                    {t('defense.members.sheet')}
                  </a>
                  <a href={defenseLinks.sheet(sessionId, board.turn.id, m.memberId, true)} data-testid={`paper-link-${m.memberId}`}>
                    {t('defense.members.paper')}
                  </a>
                  {!m.isSubmitted && <RecuseForm memberId={m.memberId} memberName={m.fullName} listenerId={board.turn.listenerId} onChanged={onChanged} />}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
