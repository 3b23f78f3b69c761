import { useTranslation } from 'react-i18next';
import type { BankItemView } from '../../../shared/api/channels/banks-types';
import { formatPlain } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { ItemKey } from './ItemKey';
import { pathText, TYPE_ICONS } from './labels';

type Props = { items: BankItemView[]; showKeys: boolean; isLocked: boolean; onEdit: (item: BankItemView) => void; onDelete: (item: BankItemView) => void };

/** The questions of the chosen topic: type icon and name, text, facts, options (keys only when shown), actions. */
export function ItemList({ items, showKeys, isLocked, onEdit, onDelete }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  if (items.length === 0) return <p className="muted" data-testid="items-empty">{t('banks.bank.noItems')}</p>;
  return (
    <ol className="bk-items" data-testid="item-list">
      {items.map((item) => (
        <li key={item.id} className="card bk-item" data-testid="item" data-id={item.id}>
          <header className="bk-item-head">
            <span className="bk-type" title={t(`banks.type.${item.type}`)}>
              <span aria-hidden="true" className="bk-icon">{TYPE_ICONS[item.type]}</span> {t(`banks.type.${item.type}`)}
            </span>
            <code className="bk-id">{item.id}</code>
            <span className="muted bk-facts">
              {pathText(item.topic)}
              {item.difficulty !== null && ` · ${t('banks.bank.difficulty', { n: formatPlain(lang, item.difficulty) })}`}
              {` · ${t('banks.bank.points', { n: formatPlain(lang, item.points) })}`}
              {item.lang && ` · ${item.lang}`}
              {item.competencies.length > 0 && ` · ${item.competencies.join(', ')}`}
            </span>
          </header>
          <p className="bk-text" lang={item.lang ?? undefined} data-testid="item-text">{item.text}</p>
          <ItemKey item={item} showKeys={showKeys} />
          {!item.hasKey && item.type !== 'essay' && <p className="pf-bad">⚠ {t('banks.bank.noKey')}</p>}
          {!isLocked && (
            <div className="pf-actions bk-item-actions">
              <button type="button" className="pf-button pf-button--ghost pf-button--small" onClick={() => onEdit(item)} data-testid="item-edit">{t('banks.bank.edit')}</button>
              <button type="button" className="pf-button pf-button--ghost pf-button--small" onClick={() => onDelete(item)} data-testid="item-delete">{t('banks.bank.remove')}</button>
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
