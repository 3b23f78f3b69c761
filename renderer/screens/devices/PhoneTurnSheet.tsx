import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/use-call';
import { errorText } from '../../i18n/codes';
import { OthersSheets } from '../defense/sheet/OthersSheets';
import { SheetEditor } from '../defense/sheet/SheetEditor';
import { checkRow, emptyRows, hasProblem, rowsFromScores, sameScores, scoresOf, type Row } from '../defense/sheet/sheet-model';
import { newClientId, type Outbox, type OutboxSnapshot } from './outbox';

type Props = { turnId: number; memberId: number; outbox: Outbox; box: OutboxSnapshot; tick: number };

const QUEUE_DELAY_MS = 400;

/**
 * The member's own sheet for one listener on the phone. Every change goes to the outbox
 * (localStorage first), so nothing typed is lost offline or on a reload; what is queued
 * shows over what the core last stored.
 */
export function PhoneTurnSheet({ turnId, memberId, outbox, box, tick }: Props) {
  const { t } = useTranslation();
  const turn = useCall('defense:turn', { turnId }, tick);
  const designId = turn.status === 'done' ? turn.value.designId : null;
  const design = useCall('template:get', designId === null ? null : { id: designId });
  const sheet = useCall('sheet:get', { turnId, memberId }, tick + box.sent);
  const d = design.status === 'done' && design.value.id === designId ? design.value : null;
  const mine = box.ops.filter((o) => o.turnId === turnId);
  const queuedSave = [...mine].reverse().find((o) => o.kind === 'save');
  const [rows, setRows] = useState<Row[] | null>(null);
  const [isTyping, setTyping] = useState(false);
  const lastQueued = useRef<(number | null)[] | null>(queuedSave?.kind === 'save' ? queuedSave.scores : null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const seenVersion = useRef<number | null>(null);

  // First rows: a queued draft wins over the stored sheet; later, a change made elsewhere
  // (a re-vote, a paper sheet) is taken over when nothing of ours is waiting.
  useEffect(() => {
    if (!d || sheet.status !== 'done') return;
    const own = sheet.value.own;
    const isQuiet = mine.length === 0 && timer.current === null;
    if (rows === null) {
      setRows(queuedSave?.kind === 'save' ? rowsFromScores(d, queuedSave.scores) : own ? rowsFromScores(d, own.scores) : emptyRows(d));
    } else if (isQuiet && own && seenVersion.current !== null && own.version !== seenVersion.current) {
      const current = scoresOf(d.criteria.map((c, i) => checkRow(c, rows[i] ?? { text: '', band: null })));
      if (!sameScores(current, own.scores)) setRows(rowsFromScores(d, own.scores));
    }
    if (isQuiet) seenVersion.current = own?.version ?? 0;
    // Runs when a sheet arrives, not on every keystroke: the rows are read, not followed.
  }, [d, sheet]);

  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  const queueSave = (next: Row[]): void => {
    if (!d) return;
    const checks = d.criteria.map((c, i) => checkRow(c, next[i] ?? { text: '', band: null }));
    if (checks.some(hasProblem)) return;
    const scores = scoresOf(checks);
    const stored = sheet.status === 'done' ? (sheet.value.own?.scores ?? null) : null;
    if (sameScores(scores, lastQueued.current ?? stored ?? [])) return;
    lastQueued.current = scores;
    outbox.push({ kind: 'save', clientId: newClientId(), turnId, scores, at: new Date().toISOString() });
  };

  const onRowsChange = (next: Row[]): void => {
    setRows(next);
    setTyping(true);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      setTyping(false);
      queueSave(next);
    }, QUEUE_DELAY_MS);
  };

  const submit = (): void => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    setTyping(false);
    if (rows) queueSave(rows);
    outbox.push({ kind: 'submit', clientId: newClientId(), turnId, at: new Date().toISOString() });
  };

  const failed = [turn, design, sheet].find((s) => s.status === 'failed');
  if (failed?.status === 'failed') return <p className="alert alert--error">{errorText(t, failed.error)}</p>;
  if (!d || rows === null || turn.status !== 'done' || sheet.status !== 'done') return <p className="muted">{t('score.loading')}</p>;
  if (!turn.value.scoringMembers.some((m) => m.id === memberId)) {
    return (
      <p className="alert alert--info" data-testid="phone-not-scoring">
        {turn.value.listenerName}: {t('defense.sheet.notScorer')}
      </p>
    );
  }
  const isSubmitted = sheet.value.own?.isSubmitted ?? false;
  const isSubmitPending = mine.some((o) => o.kind === 'submit');
  const isLocked = isSubmitted || isSubmitPending || turn.value.status === 'confirmed';
  return (
    <div className="phone-turn" data-testid="phone-turn" data-turn={turnId}>
      <h1 className="phone-listener" data-testid="phone-listener">
        {turn.value.listenerName}
      </h1>
      {turn.value.topic && <p className="muted">{turn.value.topic}</p>}
      {isSubmitted && (
        <p className="alert alert--info" data-testid="phone-submitted">
          ✓ {t('defense.sheet.submitted')}
        </p>
      )}
      {!isSubmitted && isSubmitPending && (
        <p className="alert alert--info" data-testid="phone-submit-pending">
          {t('defense.phone.submitPending')}
        </p>
      )}
      <SheetEditor
        design={d}
        rows={rows}
        onRowsChange={onRowsChange}
        isLocked={isLocked}
        canSubmit
        isSubmitting={false}
        onSubmit={submit}
        variant="phone"
        status={
          mine.length > 0 || isTyping ? (
            <span className="save-state" data-testid="save-state" data-state="queued">
              {box.isOnline ? t('defense.sheet.saving') : t('defense.phone.savedHere')}
            </span>
          ) : sheet.value.own ? (
            <span className="save-state is-saved" data-testid="save-state" data-state="saved">
              ✓ {t('defense.sheet.saved')}
            </span>
          ) : null
        }
      />
      <OthersSheets design={d} memberId={memberId} isSubmitted={isSubmitted} visible={sheet.value.visible} />
    </div>
  );
}
