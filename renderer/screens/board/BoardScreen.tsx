import { useTranslation } from 'react-i18next';
import { useChangeTick, useStreamStatus } from '../../api/use-changes';
import { useCall } from '../../api/use-call';
import { errorText } from '../../i18n/codes';
import { defenseLinks } from '../defense/defense-route';
import { boardTurn } from '../defense/turn-pick';
import { BoardBody } from './BoardBody';
import './board.css';

/**
 * The board for a projector or a second screen: the listener now, the timer, who has
 * submitted, the aggregate once all have, divergence flags and the grade. Live: it follows
 * the core's change events and covers the whole window.
 */
export function BoardScreen({ sessionId }: { sessionId: number }) {
  const { t } = useTranslation();
  const tick = useChangeTick(sessionId);
  const live = useStreamStatus();
  const queue = useCall('defense:queue', { sessionId }, tick);
  const turn = queue.status === 'done' ? boardTurn(queue.value) : null;
  const detail = useCall('defense:turn', turn ? { turnId: turn.id } : null, tick);
  const board = useCall('board:get', turn ? { turnId: turn.id } : null, tick);
  const designId = detail.status === 'done' ? detail.value.designId : null;
  const design = useCall('template:get', designId === null ? null : { id: designId });
  const result = useCall('result:get', turn?.status === 'confirmed' ? { turnId: turn.id } : null, tick);
  const failed = [queue, detail, board, design].find((s) => s.status === 'failed');
  const isReady =
    turn !== null &&
    detail.status === 'done' &&
    detail.value.id === turn.id &&
    board.status === 'done' &&
    board.value.turn.id === turn.id &&
    design.status === 'done' &&
    design.value.id === designId;
  return (
    <div className="board-screen" data-testid="board" data-turn={turn?.id ?? ''}>
      <div className="board-bar">
        <a className="board-back" href={defenseLinks.session(sessionId)} data-testid="board-back">
          ← {t('defense.board.back')}
        </a>
        <span className={`live-dot is-${live}`} data-testid="board-live">
          {t(`defense.live.${live}`)}
        </span>
        <button type="button" className="board-full" onClick={() => void document.documentElement.requestFullscreen?.().catch(() => undefined)}>
          {t('defense.board.fullscreen')}
        </button>
      </div>
      {failed?.status === 'failed' && <p className="board-error">{errorText(t, failed.error)}</p>}
      {queue.status === 'done' && turn === null && <p className="board-empty">{t('defense.board.empty')}</p>}
      {isReady && turn && detail.status === 'done' && board.status === 'done' && design.status === 'done' && (
        <BoardBody
          turn={detail.value}
          board={board.value}
          design={design.value}
          result={result.status === 'done' ? result.value : null}
        />
      )}
    </div>
  );
}
