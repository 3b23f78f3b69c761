import { useTranslation } from 'react-i18next';
import type { TurnDetail } from '../../../../shared/api/channels/defense-types';
import type { Design } from '../../../../shared/schemas/design-schema';
import { useChangeTick } from '../../../api/use-changes';
import { useCall } from '../../../api/use-call';
import { errorText } from '../../../i18n/codes';
import { defenseLinks } from '../defense-route';
import { OthersSheets } from './OthersSheets';
import { SaveStatus } from './SaveStatus';
import { SheetEditor } from './SheetEditor';
import { useDesktopSheet } from './use-desktop-sheet';

type Props = { sessionId: number; turnId: number; memberId: number; isPaper: boolean };

function Sheet({ design, turn, memberId, isPaper, refresh }: { design: Design; turn: TurnDetail; memberId: number; isPaper: boolean; refresh: number }) {
  const { t } = useTranslation();
  const sheet = useDesktopSheet(design, turn.id, memberId, isPaper, refresh);
  if (sheet.loadError) return <p className="alert alert--error">{errorText(t, sheet.loadError)}</p>;
  if (!sheet.isLoaded) return <p className="muted">{t('score.loading')}</p>;
  const isSubmitted = sheet.own?.isSubmitted ?? false;
  const isLocked = isSubmitted || turn.status === 'confirmed';
  return (
    <>
      {isSubmitted && (
        <p className="alert alert--info" data-testid="sheet-submitted">
          {t('defense.sheet.submitted')}
          {sheet.own?.isOnBehalf ? ` · ${t('defense.sheet.paperMark')}` : ''}
        </p>
      )}
      <SheetEditor
        design={design}
        rows={sheet.rows}
        onRowsChange={sheet.setRows}
        isLocked={isLocked}
        canSubmit={sheet.save.kind !== 'conflict'}
        isSubmitting={sheet.isSubmitting}
        onSubmit={sheet.submit}
        variant="desktop"
        status={<SaveStatus save={sheet.save} onReload={sheet.reload} onKeepMine={sheet.keepMine} />}
      />
      {sheet.submitError && (
        <p className="alert alert--error" role="alert" data-testid="submit-error">
          {t(`errors.${sheet.submitError}`)}
        </p>
      )}
      <OthersSheets design={design} memberId={memberId} isSubmitted={isSubmitted} visible={sheet.visible} />
    </>
  );
}

/** A member's sheet on the desktop: scored at the laptop, or a paper sheet entered on their behalf. */
export function MemberSheetPage({ sessionId, turnId, memberId, isPaper }: Props) {
  const { t } = useTranslation();
  const tick = useChangeTick(sessionId);
  const turn = useCall('defense:turn', { turnId }, tick);
  const designId = turn.status === 'done' ? turn.value.designId : null;
  const design = useCall('template:get', designId === null ? null : { id: designId });
  const failed = [turn, design].find((s) => s.status === 'failed');
  const member = turn.status === 'done' ? turn.value.scoringMembers.find((m) => m.id === memberId) : undefined;
  return (
    <section className="page member-sheet-page" data-testid="member-sheet-page">
      <p className="def-crumbs">
        <a href={defenseLinks.session(sessionId, turnId)} data-testid="back-to-session">
          ← {t('defense.session.back')}
        </a>
      </p>
      <header className="page-header">
        <h1>{member ? t('defense.sheet.titleOf', { name: member.fullName }) : t('defense.sheet.title')}</h1>
        {turn.status === 'done' && <p className="lead">{t('defense.sheet.listener', { name: turn.value.listenerName })}</p>}
      </header>
      {failed?.status === 'failed' && <p className="alert alert--error">{errorText(t, failed.error)}</p>}
      {turn.status === 'done' && (
        <nav className="member-switch" aria-label={t('defense.sheet.chooseMember')}>
          {turn.value.scoringMembers.map((m) => (
            <a
              key={m.id}
              href={defenseLinks.sheet(sessionId, turnId, m.id, isPaper)}
              className={m.id === memberId ? 'def-pill is-active' : 'def-pill'}
              aria-current={m.id === memberId ? 'page' : undefined}
            >
              {m.fullName}
            </a>
          ))}
        </nav>
      )}
      {turn.status === 'done' && !member && <p className="alert alert--error">{t('defense.sheet.notScorer')}</p>}
      {isPaper ? (
        <p className="alert alert--info paper-banner" data-testid="paper-banner">
          {t('defense.sheet.paperBanner')} <a href={defenseLinks.sheet(sessionId, turnId, memberId)}>{t('defense.sheet.notPaper')}</a>
        </p>
      ) : (
        <p className="muted">
          <a href={defenseLinks.sheet(sessionId, turnId, memberId, true)} data-testid="to-paper">
            {t('defense.sheet.toPaper')}
          </a>
        </p>
      )}
      {member && turn.status === 'done' && design.status === 'done' && design.value.id === turn.value.designId && (
        <div className="card">
          <Sheet key={`${turnId}-${memberId}-${String(isPaper)}`} design={design.value} turn={turn.value} memberId={memberId} isPaper={isPaper} refresh={tick} />
        </div>
      )}
    </section>
  );
}
