import { useTranslation } from 'react-i18next';
import type { Board, DefenseResult, TurnDetail } from '../../../shared/api/channels/defense-types';
import type { Design } from '../../../shared/schemas/design-schema';
import { formatExact, formatPlain, pick } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { AggregateTable } from '../defense/AggregateTable';
import { divergenceText } from '../defense/divergence-text';
import { PitchTimer } from '../defense/PitchTimer';
import { GradeBadge } from '../score/GradeBadge';
import { gradeTone } from '../score/grade-tone';

type Props = { turn: TurnDetail; board: Board; design: Design; result: DefenseResult | null };

/** The board's content for one listener. */
export function BoardBody({ turn, board, design, result }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const { state } = board;
  const last = result?.amendments.at(-1)?.after;
  const total = last ? last.total : (result?.aggregate.total ?? null);
  const band = last ? last.band : (result?.aggregate.band ?? null);
  const grade = last ? last.grade : (result?.aggregate.grade ?? null);
  const exact = last ? last.totalExact : (result?.aggregate.totalExact ?? null);
  return (
    <div className="board-body">
      <header className="board-head">
        <p className="board-label">{t(`defense.status.${turn.status}`)}</p>
        <h1 className="board-name" data-testid="board-name">
          {turn.listenerName}
        </h1>
        {turn.topic && <p className="board-topic">{turn.topic}</p>}
      </header>
      <PitchTimer turn={turn} limits={turn.pitchMinutes} className="board-timer" />
      <section className="board-members" aria-label={t('defense.members.title')}>
        <h2>
          {t('defense.board.submitted', { done: formatPlain(lang, state.submittedMemberIds.length), total: formatPlain(lang, state.scoringMemberIds.length) })}
        </h2>
        <ul>
          {board.members
            .filter((m) => !m.isRecused)
            .map((m) => (
              <li key={m.memberId} className={m.isSubmitted ? 'is-in' : 'is-out'} data-testid={`board-member-${m.memberId}`} data-submitted={m.isSubmitted}>
                <span aria-hidden="true">{m.isSubmitted ? '✓' : '…'}</span> {m.fullName}
                <span className="sr-text">{m.isSubmitted ? t('defense.members.submitted') : t('defense.members.waiting')}</span>
              </li>
            ))}
        </ul>
      </section>
      {result && total !== null ? (
        <section className="board-result" data-testid="board-result">
          <span className="board-total" data-testid="board-total" title={exact === null ? undefined : formatExact(lang, exact)}>
            {formatPlain(lang, total)}
          </span>
          <GradeBadge tone={gradeTone(design, band)} text={grade ? pick(grade, lang) : '—'} />
          <p className="board-locked">{t('defense.board.confirmed')}</p>
        </section>
      ) : state.aggregate ? (
        <section className="board-aggregate">
          <AggregateTable design={design} aggregate={state.aggregate} showValues={false} className="aggregate--board" />
          {board.unresolved.length > 0 && (
            <ul className="board-flags" data-testid="board-flags">
              {board.unresolved.map((u) => (
                <li key={`${u.criterion ?? 'band'}-${u.reason}`}>
                  ⚠ {divergenceText(t, lang, design, u, u.criterion === null ? undefined : state.aggregate?.criteria[u.criterion - 1]?.spread)}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : (
        <p className="board-waiting" data-testid="board-waiting">
          {t('defense.board.waiting')}
        </p>
      )}
    </div>
  );
}
