import { useTranslation } from 'react-i18next';
import type { TopicNode } from '../../../shared/api/channels/banks-types';
import { formatPlain } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';

const keyOf = (path: readonly string[]) => JSON.stringify(path);

/** The bank's topics as an indented list of buttons, each with the questions it holds (its own and below). */
export function TopicTree({ topics, selected, onSelect }: { topics: TopicNode[]; selected: readonly string[]; onSelect: (path: string[]) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <nav className="card bk-tree" aria-label={t('banks.bank.topics')} data-testid="topic-tree">
      <h2>{t('banks.bank.topics')}</h2>
      <ul>
        {topics.map((node) => {
          const isCurrent = keyOf(node.path) === keyOf(selected);
          return (
            <li key={keyOf(node.path)} style={{ paddingInlineStart: `${node.depth * 0.9}rem` }}>
              <button type="button" className={isCurrent ? 'bk-topic is-current' : 'bk-topic'} aria-current={isCurrent ? 'true' : undefined}
                onClick={() => onSelect(node.path)} data-testid="topic" data-path={node.path.join('/')}>
                <span className="bk-topic-name">{node.depth === 0 ? t('banks.bank.allTopics') : node.name}</span>
                <span className="bk-count" data-testid="topic-count" title={t('banks.bank.topicCount', { n: formatPlain(lang, node.total) })}>{formatPlain(lang, node.total)}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
