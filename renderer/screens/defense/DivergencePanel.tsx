import { useTranslation } from 'react-i18next';
import type { Board } from '../../../shared/api/channels/defense-types';
import type { AggregateResult } from '../../../shared/domain/aggregate';
import type { Design } from '../../../shared/schemas/design-schema';
import { useLang } from '../../i18n/use-lang';
import { divergenceText } from './divergence-text';
import { ResolveForm } from './ResolveForm';

type Props = { design: Design; board: Board; aggregate: AggregateResult; isOpen: boolean; onChanged: () => void };

function extremes(board: Board, aggregate: AggregateResult, criterion: number | null): number[] {
  const row = criterion === null ? undefined : aggregate.criteria[criterion - 1];
  if (!row) return [];
  const ids = board.state.submittedMemberIds;
  const lo = Math.min(...row.values);
  const hi = Math.max(...row.values);
  return ids.filter((_, i) => row.values[i] === lo || row.values[i] === hi);
}

/** The divergence flags still to resolve, each with its form, and what was decided already. */
export function DivergencePanel({ design, board, aggregate, isOpen, onChanged }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  if (aggregate.divergence.length === 0 && board.resolutions.length === 0) return null;
  const nameOf = (id: number | null) => board.members.find((m) => m.memberId === id)?.fullName ?? '';
  return (
    <section className="divergence" data-testid="divergence">
      <h3>{t('defense.divergence.title')}</h3>
      {board.unresolved.length === 0 ? (
        <p className="ok-note" data-testid="divergence-resolved">
          ✓ {t('defense.divergence.allResolved')}
        </p>
      ) : (
        <ul className="divergence-list">
          {board.unresolved.map((u, i) => {
            const spread = u.criterion === null ? undefined : aggregate.criteria[u.criterion - 1]?.spread;
            return (
              <li key={`${u.criterion ?? 'band'}-${u.reason}`} className="divergence-item" data-testid={`unresolved-${i}`}>
                <p className="flag-text">⚠ {divergenceText(t, lang, design, u, spread)}</p>
                {isOpen && <ResolveForm turnId={board.turn.id} item={u} members={board.members} suggested={extremes(board, aggregate, u.criterion)} onChanged={onChanged} index={i} />}
              </li>
            );
          })}
        </ul>
      )}
      {board.resolutions.length > 0 && (
        <ul className="resolution-list" data-testid="resolutions">
          {board.resolutions.map((r) => (
            <li key={r.id} data-resolution={r.resolution}>
              <b>{t(`defense.divergence.${r.resolution}`)}</b> — {divergenceText(t, lang, design, r)}
              {r.resolution === 'dissent' && (
                <span className="dissent">
                  {' '}
                  {nameOf(r.memberId)}: «{r.text}»
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
