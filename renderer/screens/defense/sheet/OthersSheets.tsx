import { useTranslation } from 'react-i18next';
import type { SheetView } from '../../../../shared/domain/defense';
import type { Design } from '../../../../shared/schemas/design-schema';
import { formatPlain } from '../../../i18n/format';
import { useLang } from '../../../i18n/use-lang';

type Props = { design: Design; memberId: number; isSubmitted: boolean; visible: readonly SheetView[] };

/**
 * The other members' submitted sheets, which the core returns only once this member has
 * submitted (the blind rule); before that, a note saying why nothing is shown.
 */
export function OthersSheets({ design, memberId, isSubmitted, visible }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const others = visible.filter((s) => s.memberId !== memberId);
  if (!isSubmitted) {
    return (
      <p className="blind-note" data-testid="others-hidden">
        {t('defense.sheet.othersHidden')}
      </p>
    );
  }
  return (
    <section className="others" data-testid="others">
      <h3>{t('defense.sheet.othersTitle')}</h3>
      {others.length === 0 ? (
        <p className="muted">{t('defense.sheet.othersNone')}</p>
      ) : (
        <div className="table-scroll">
          <table className="def-table">
            <thead>
              <tr>
                <th>{t('defense.sheet.member')}</th>
                {design.criteria.map((c, i) => (
                  <th key={c.id} className="num">
                    {formatPlain(lang, i + 1)}
                  </th>
                ))}
                <th className="num">{t('defense.sheet.total')}</th>
              </tr>
            </thead>
            <tbody>
              {others.map((s) => (
                <tr key={s.sheetId} data-testid={`other-${s.memberId}`}>
                  <td>{s.memberName}</td>
                  {s.scores.map((v, i) => (
                    <td key={i} className="num">
                      {v === null ? '—' : formatPlain(lang, v)}
                    </td>
                  ))}
                  <td className="num">{formatPlain(lang, s.scores.reduce<number>((a, v) => a + (v ?? 0), 0))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
