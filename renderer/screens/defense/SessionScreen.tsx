import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BOARD_WINDOW_NAME } from '../../../shared/security/electron-policy';
import { useChangeTick, useStreamStatus } from '../../api/use-changes';
import { useCall } from '../../api/use-call';
import { errorText } from '../../i18n/codes';
import { DevicesPanel } from '../devices/DevicesPanel';
import { CloseSession } from './CloseSession';
import { formatDate } from './dates';
import { defenseLinks } from './defense-route';
import { OperatorControl } from './OperatorControl';
import { QueuePane } from './QueuePane';
import { SheetsPane } from './SheetsPane';
import { defaultTurn } from './turn-pick';
import { TurnPane } from './TurnPane';

type Props = { sessionId: number; turnId: number | null };

/** Defense day: the queue, the listener now, and the commission's sheets and result — live. */
export function SessionScreen({ sessionId, turnId }: Props) {
  const { t } = useTranslation();
  const tick = useChangeTick(sessionId);
  const live = useStreamStatus();
  const [local, setLocal] = useState(0);
  const refresh = tick + local;
  const onChanged = useCallback(() => setLocal((n) => n + 1), []);
  const session = useCall('session:get', { id: sessionId }, refresh);
  const queue = useCall('defense:queue', { sessionId }, refresh);
  const turns = queue.status === 'done' ? queue.value : [];
  // Opened without a listener: pick one once and stay on it (a confirmation must not jump away).
  const [autoId, setAutoId] = useState<number | null>(null);
  const fallback = autoId ?? defaultTurn(turns)?.id ?? null;
  useEffect(() => {
    if (autoId === null && fallback !== null) setAutoId(fallback);
  }, [autoId, fallback]);
  const selectedId = turnId ?? fallback;
  const detail = useCall('defense:turn', selectedId === null ? null : { turnId: selectedId }, refresh);
  const designId = detail.status === 'done' ? detail.value.designId : null;
  const design = useCall('template:get', designId === null ? null : { id: designId });
  const failed = [session, queue, detail, design].find((s) => s.status === 'failed');
  const s = session.status === 'done' ? session.value : null;
  const isClosed = s?.closedAt !== null && s?.closedAt !== undefined;
  const turn = detail.status === 'done' && detail.value.id === selectedId ? detail.value : null;
  const d = design.status === 'done' && design.value.id === designId ? design.value : null;
  return (
    <section className="page page--wide session-page" data-testid="session-screen">
      <p className="def-crumbs">
        <a href={defenseLinks.tab('sessions')}>← {t('defense.sessions.title')}</a>
      </p>
      <header className="page-header session-header">
        <div>
          <h1>{s ? t('defense.session.title', { date: formatDate(s.heldOn) }) : t('defense.title')}</h1>
          {s?.place && <p className="lead">{s.place}</p>}
        </div>
        <div className="header-actions">
          {s && !isClosed && <OperatorControl members={s.members} />}
          <span className={`live-dot is-${live}`} data-testid="live-status">
            {t(`defense.live.${live}`)}
          </span>
          <a className="button def-quiet" href={defenseLinks.board(sessionId)} data-testid="open-board">
            {t('defense.session.board')}
          </a>
          {window.api && (
            <button type="button" className="button def-quiet" onClick={() => window.open(defenseLinks.board(sessionId), BOARD_WINDOW_NAME)}>
              {t('defense.session.boardWindow')}
            </button>
          )}
          {s && <CloseSession session={s} onChanged={onChanged} />}
        </div>
      </header>
      {failed?.status === 'failed' && (
        <p className="alert alert--error" data-testid="session-error">
          {errorText(t, failed.error)}
        </p>
      )}
      <div className="session-panes">
        <QueuePane sessionId={sessionId} turns={turns} selectedId={selectedId} design={d} />
        {turn && s ? <TurnPane turn={turn} turns={turns} members={s.members} isClosed={isClosed} onChanged={onChanged} /> : <div className="pane muted">{t('score.loading')}</div>}
        {turn && s && d ? (
          <SheetsPane sessionId={sessionId} turn={turn} design={d} members={s.members} isClosed={isClosed} refresh={refresh} onChanged={onChanged} />
        ) : (
          <div className="pane" />
        )}
      </div>
      <DevicesPanel sessionId={sessionId} isClosed={isClosed} />
    </section>
  );
}
