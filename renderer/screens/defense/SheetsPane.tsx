import { useTranslation } from 'react-i18next';
import type { Turn } from '../../../shared/api/channels/defense-types';
import type { Member } from '../../../shared/api/channels/people-types';
import type { Design } from '../../../shared/schemas/design-schema';
import { useCall } from '../../api/use-call';
import { errorText } from '../../i18n/codes';
import { AggregateTable } from './AggregateTable';
import { ConfirmForm } from './ConfirmForm';
import { DivergencePanel } from './DivergencePanel';
import { MembersStatus } from './MembersStatus';
import { ResultCard } from './ResultCard';

type Props = { sessionId: number; turn: Turn; design: Design; members: readonly Member[]; isClosed: boolean; refresh: number; onChanged: () => void };

/** The right pane: members' sheet status; once all submitted, the aggregate, divergence and Confirm; then the locked result. */
export function SheetsPane({ sessionId, turn, design, members, isClosed, refresh, onChanged }: Props) {
  const { t } = useTranslation();
  const board = useCall('board:get', { turnId: turn.id }, refresh);
  const isConfirmed = turn.status === 'confirmed';
  const result = useCall('result:get', isConfirmed ? { turnId: turn.id } : null, refresh);
  const chair = members.find((m) => m.role === 'chair');
  if (board.status === 'failed') return <p className="alert alert--error">{errorText(t, board.error)}</p>;
  if (board.status !== 'done' || board.value.turn.id !== turn.id) return <p className="muted">{t('score.loading')}</p>;
  const b = board.value;
  const aggregate = b.state.aggregate;
  const isOpen = !isClosed && !isConfirmed;
  return (
    <aside className="pane sheets-pane" data-testid="sheets-pane">
      <MembersStatus sessionId={sessionId} board={b} isOpen={isOpen} onChanged={onChanged} />
      {isConfirmed ? (
        result.status === 'done' && result.value ? (
          <ResultCard result={result.value} design={design} chair={chair} onChanged={onChanged} />
        ) : (
          <p className="muted">{t('score.loading')}</p>
        )
      ) : (
        <>
          {aggregate ? (
            <>
              <h3>{t('defense.aggregate.title')}</h3>
              <AggregateTable design={design} aggregate={aggregate} />
              <DivergencePanel design={design} board={b} aggregate={aggregate} isOpen={isOpen} onChanged={onChanged} />
            </>
          ) : (
            <p className="blind-note" data-testid="aggregate-hidden">
              {t('defense.aggregate.hidden')}
            </p>
          )}
          {isOpen && <ConfirmForm board={b} chair={chair} onChanged={onChanged} />}
        </>
      )}
    </aside>
  );
}
