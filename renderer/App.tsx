import { assertNever } from './assert-never';
import { Rail } from './components/Rail';
import { ErrorBoundary } from './components/ErrorBoundary';
import { SectionPlaceholder } from './components/SectionPlaceholder';
import { useSection, type Section } from './routes';
import { DefensesScreen } from './screens/DefensesScreen';
import { SettingsScreen } from './screens/SettingsScreen';

function Screen({ section }: { section: Section }) {
  switch (section) {
    case 'defenses':
      return <DefensesScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'programmes':
    case 'cohorts':
    case 'tests':
    case 'documents':
      return <SectionPlaceholder section={section} />;
    default:
      return assertNever(section);
  }
}

/** The app shell: the left rail and the current section, each section behind its own boundary. */
export function App() {
  const section = useSection();
  return (
    <div className="shell">
      <Rail current={section} />
      <main className="content" data-section={section}>
        <ErrorBoundary key={section}>
          <Screen section={section} />
        </ErrorBoundary>
      </main>
    </div>
  );
}
