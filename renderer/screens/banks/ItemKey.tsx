import { useTranslation } from 'react-i18next';
import type { BankItemView } from '../../../shared/api/channels/banks-types';
import { weightToPercent } from '../../../shared/domain/bank/numbers';
import { assertNever } from '../../assert-never';

/**
 * An item's answers: the options are always listed (they are the question), but which are
 * right, the pairs, the accepted answers and the true/false key only when keys are shown.
 */
export function ItemKey({ item, showKeys }: { item: BankItemView; showKeys: boolean }) {
  const { t } = useTranslation();
  switch (item.type) {
    case 'single':
    case 'multiple':
      return (
        <ol className="bk-options" type="A">
          {item.options.map((o, i) => {
            const share = weightToPercent(o.weight);
            const isRight = o.weight.num > 0;
            return (
              <li key={i} className={showKeys && isRight ? 'is-right' : undefined}>
                {o.text}
                {showKeys && <span className={isRight ? 'bk-key pf-ok' : 'bk-key muted'} data-testid="item-key"> {isRight ? '✓' : ''} {share} %</span>}
              </li>
            );
          })}
        </ol>
      );
    case 'truefalse':
      return showKeys ? <p className="bk-key" data-testid="item-key">{t('banks.bank.key')}: {item.answer ? '✓ TRUE' : '✗ FALSE'}</p> : null;
    case 'matching':
      return (
        <ul className="bk-options">
          {item.pairs.map((p, i) => <li key={i}>{p.left}{showKeys && <span className="bk-key" data-testid="item-key"> → {p.right}</span>}</li>)}
          {showKeys && item.distractors.map((d, i) => <li key={`d${i}`} className="muted" data-testid="item-key">∅ → {d}</li>)}
        </ul>
      );
    case 'short':
      return showKeys ? (
        <p className="bk-key" data-testid="item-key">{t('banks.bank.key')}: {item.answers.map((a) => `${a.text} (${weightToPercent(a.weight)} %)`).join('; ')}</p>
      ) : null;
    case 'numeric':
      return showKeys ? (
        <p className="bk-key" data-testid="item-key">{t('banks.bank.key')}: {item.answers.map((a) => `${a.value} ± ${a.tolerance} (${weightToPercent(a.weight)} %)`).join('; ')}</p>
      ) : null;
    case 'essay':
      return null;
    default:
      return assertNever(item);
  }
}
