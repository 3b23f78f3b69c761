import { useTranslation } from 'react-i18next';
import type { ItemAnalysis, OptionFigure } from '../../../shared/api/channels/sittings-types';
import { formatExact, formatPercent, formatPlain } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { excerpt, itemFlags } from './item-flags';

function Options({ item, options }: { item: ItemAnalysis; options: OptionFigure[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const label = (o: OptionFigure) => (item.type === 'truefalse' ? (o.text === 'true' ? t('tests.exam.true') : t('tests.exam.false')) : o.text);
  return (
    <details className="ts-details">
      <summary>{t('tests.analysis.options')}</summary>
      <table className="ts-options">
        <tbody>
          {options.map((o, k) => (
            <tr key={k} className={o.isKey ? 'is-key' : undefined}>
              <td>{o.isKey ? <b>✓ {t('tests.analysis.key')}</b> : ''}</td>
              <td>{label(o)}</td>
              <td className="pf-num">{formatPlain(lang, o.count)}</td>
              <td className="pf-num">{o.share === null ? '—' : formatPercent(lang, o.share * 100)}</td>
            </tr>
          ))}
          {item.omitted !== null && (
            <tr>
              <td />
              <td className="muted">{t('tests.analysis.omitted')}</td>
              <td className="pf-num">{formatPlain(lang, item.omitted)}</td>
              <td />
            </tr>
          )}
        </tbody>
      </table>
    </details>
  );
}

/** Every item analysed: facility, discrimination, how many had it, why it is weak, its options (distractors) counted. */
export function ItemTable({ items }: { items: readonly ItemAnalysis[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const fig = (v: number | null) => (v === null ? '—' : formatExact(lang, v));
  return (
    <div className="card card--flush pf-scroll">
      <div className="pf-toolbar">
        <h2 className="pf-toolbar-title">{t('tests.analysis.itemsTitle')}</h2>
      </div>
      <table className="pf-table ts-item-table" data-testid="item-table">
        <thead>
          <tr>
            <th className="pf-num">#</th>
            <th>{t('tests.analysis.colItem')}</th>
            <th>{t('tests.analysis.colType')}</th>
            <th className="pf-num">{t('tests.analysis.colN')}</th>
            <th className="pf-num">{t('tests.analysis.facility')}</th>
            <th className="pf-num">{t('tests.analysis.discrimination')}</th>
            <th>{t('tests.analysis.colFlags')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item, i) => {
            const flags = itemFlags(item);
            return (
              <tr key={item.id} data-testid={`item-row-${i + 1}`} data-weak={flags.length > 0}>
                <td className="pf-num">{formatPlain(lang, i + 1)}</td>
                <td className="ts-item-cell">
                  <span title={item.text}>{excerpt(item.text)}</span>
                  {item.topic.length > 0 && <div className="muted ts-small">{item.topic.join(' / ')}</div>}
                  {item.options && <Options item={item} options={item.options} />}
                </td>
                <td>{t(`tests.types.${item.type}`)}</td>
                <td className="pf-num">{formatPlain(lang, item.n)}</td>
                <td className="pf-num" data-testid="item-facility">{fig(item.facility)}</td>
                <td className="pf-num" data-testid="item-discrimination">{fig(item.discrimination)}</td>
                <td>{flags.map((f) => <span key={f} className="pf-tag pf-tag--bad">{t(`tests.analysis.flags.${f}`)}</span>)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
