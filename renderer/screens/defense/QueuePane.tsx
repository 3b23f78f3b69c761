import { useTranslation } from 'react-i18next';
import type { Turn } from '../../../shared/api/channels/defense-types';
import type { Design } from '../../../shared/schemas/design-schema';
import { formatPlain, pick } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { gradeTone } from '../score/grade-tone';
import { defenseLinks } from './defense-route';

type Props = { sessionId: number; turns: readonly Turn[]; selectedId: number | null; design: Design | null };

/** The queue: every listener in order with where they stand and, once confirmed, the grade. */
export function QueuePane({ sessionId, turns, selectedId, design }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <nav className="pane queue-pane" aria-label={t('defense.queue.title')} data-testid="queue">
      <h2>{t('defense.queue.title')}</h2>
      <ol className="queue-list">
        {turns.map((turn) => {
          const tone = design && turn.result ? gradeTone(design, turn.result.band) : 'none';
          return (
            <li key={turn.id}>
              <a
                href={defenseLinks.session(sessionId, turn.id)}
                className={turn.id === selectedId ? 'queue-item is-selected' : 'queue-item'}
                aria-current={turn.id === selectedId ? 'true' : undefined}
                data-testid={`queue-${turn.position}`}
                data-status={turn.status}
              >
                <span className="queue-pos">{formatPlain(lang, turn.position)}</span>
                <span className="queue-body">
                  <span className="queue-name">{turn.listenerName}</span>
                  <span className={`status-chip status-${turn.status}`}>{t(`defense.status.${turn.status}`)}</span>
                </span>
                {turn.result && (
                  <span className={`queue-grade tone-${tone}`} data-testid={`queue-grade-${turn.position}`}>
                    <b>{formatPlain(lang, turn.result.total)}</b>
                    {turn.result.grade && <span>{pick(turn.result.grade, lang)}</span>}
                  </span>
                )}
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
