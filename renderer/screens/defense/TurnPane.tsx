import { useTranslation } from 'react-i18next';
import type { Turn, TurnDetail } from '../../../shared/api/channels/defense-types';
import type { Member } from '../../../shared/api/channels/people-types';
import { call } from '../../api/client';
import { ActionError } from './ActionError';
import { defenseLinks } from './defense-route';
import { NotesField } from './NotesField';
import { PitchTimer } from './PitchTimer';
import { QuestionLog } from './QuestionLog';
import { nextWaiting } from './turn-pick';
import { useAction } from './use-action';

type Props = { turn: TurnDetail; turns: readonly Turn[]; members: readonly Member[]; isClosed: boolean; onChanged: () => void };

/** The listener now: start and end, the pitch timer, the questions asked, the notes. */
export function TurnPane({ turn, turns, members, isClosed, onChanged }: Props) {
  const { t } = useTranslation();
  const action = useAction(onChanged);
  const isOpen = !isClosed && turn.status !== 'confirmed';
  const next = nextWaiting(turns, turn.position);
  const isPitching = turn.pitchStartedAt !== null && turn.pitchEndedAt === null;
  const startNext = async () => {
    if (!next) return;
    if (await action.run(() => call('defense:start', { turnId: next.id }))) window.location.hash = defenseLinks.session(turn.sessionId, next.id);
  };
  return (
    <section className="pane turn-pane" data-testid="turn-pane">
      <header className="turn-head">
        <h2 data-testid="turn-name">{turn.listenerName}</h2>
        {turn.topic && <p className="turn-topic">{turn.topic}</p>}
        <span className={`status-chip status-${turn.status}`} data-testid="turn-status">
          {t(`defense.status.${turn.status}`)}
        </span>
        {!turn.admission.admitted && (
          <p className="alert alert--error" data-testid="not-admitted">
            {t('defense.turn.notAdmitted')} {t(`defense.admission.${turn.admission.reason}`)}
          </p>
        )}
      </header>
      <div className="def-actions">
        {turn.status === 'waiting' && !isClosed && (
          <button type="button" className="button" data-testid="turn-start" disabled={action.isBusy} onClick={() => void action.run(() => call('defense:start', { turnId: turn.id }))}>
            {t('defense.turn.start')}
          </button>
        )}
        {turn.status === 'in_progress' && !isClosed && (
          <button type="button" className="button def-quiet" data-testid="turn-end" disabled={action.isBusy} onClick={() => void action.run(() => call('defense:end', { turnId: turn.id }))}>
            {t('defense.turn.end')}
          </button>
        )}
        {(turn.status === 'ended' || turn.status === 'confirmed') && next && !isClosed && (
          <button type="button" className="button" data-testid="turn-next" disabled={action.isBusy} onClick={() => void startNext()}>
            {t('defense.turn.next', { name: next.listenerName })}
          </button>
        )}
      </div>
      <ActionError code={action.error} testId="turn-error" />
      <div className="timer-block">
        <PitchTimer turn={turn} limits={turn.pitchMinutes} />
        {isOpen && (
          <button
            type="button"
            className={isPitching ? 'button def-quiet' : 'button'}
            data-testid="pitch-toggle"
            disabled={action.isBusy}
            onClick={() => void action.run(() => call('defense:pitch', { turnId: turn.id, action: isPitching ? 'stop' : 'start' }))}
          >
            {isPitching ? t('defense.timer.stop') : turn.pitchStartedAt ? t('defense.timer.restart') : t('defense.timer.start')}
          </button>
        )}
      </div>
      <QuestionLog key={turn.id} turn={turn} members={members} isOpen={isOpen} onChanged={onChanged} />
      <NotesField turnId={turn.id} notes={turn.notes} isOpen={isOpen} />
    </section>
  );
}
