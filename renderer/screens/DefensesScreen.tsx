import { useTranslation } from 'react-i18next';
import { assertNever } from '../assert-never';
import { subPathFromHash, useHash } from '../routes';
import { BoardScreen } from './board/BoardScreen';
import { defenseLinks, defenseRoute } from './defense/defense-route';
import { SessionScreen } from './defense/SessionScreen';
import { SessionsList } from './defense/SessionsList';
import { MemberSheetPage } from './defense/sheet/MemberSheetPage';
import { useSessions } from './defense/use-sessions';
import { ScoreScreen } from './score/ScoreScreen';

/**
 * The Defenses landing page: the sessions to open, and the one-sheet calculator
 * («Қорғауды бағалау»). With no session yet, the calculator is what opens.
 */
function DefensesHome({ tab }: { tab: 'sessions' | 'score' | null }) {
  const { t } = useTranslation();
  const sessions = useSessions();
  const hasSessions = sessions.status === 'done' && sessions.rows.length > 0;
  const shown = tab ?? (sessions.status === 'loading' ? null : hasSessions ? 'sessions' : 'score');
  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('nav.defenses')}</h1>
        <p className="lead">{t('defense.intro')}</p>
      </header>
      <nav className="def-tabs" aria-label={t('nav.defenses')}>
        {(['sessions', 'score'] as const).map((name) => (
          <a
            key={name}
            href={defenseLinks.tab(name)}
            className={shown === name ? 'def-tab is-active' : 'def-tab'}
            aria-current={shown === name ? 'page' : undefined}
            data-testid={`tab-${name}`}
          >
            {t(`defense.tabs.${name}`)}
          </a>
        ))}
      </nav>
      {shown === 'sessions' && <SessionsList state={sessions} />}
      {shown === 'score' && <ScoreScreen />}
    </section>
  );
}

/** The Defenses section: its landing page, a session's defense day, a member's sheet, the board. */
export function DefensesScreen() {
  const route = defenseRoute(subPathFromHash(useHash()));
  switch (route.kind) {
    case 'home':
      return <DefensesHome tab={route.tab} />;
    case 'session':
      return <SessionScreen key={route.sessionId} sessionId={route.sessionId} turnId={route.turnId} />;
    case 'sheet':
      return <MemberSheetPage sessionId={route.sessionId} turnId={route.turnId} memberId={route.memberId} isPaper={route.isPaper} />;
    case 'board':
      return <BoardScreen key={route.sessionId} sessionId={route.sessionId} />;
    default:
      return assertNever(route);
  }
}
