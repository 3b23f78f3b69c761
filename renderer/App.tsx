import { assertNever } from './assert-never';
import { Rail } from './components/Rail';
import { ErrorBoundary } from './components/ErrorBoundary';
import { SectionPlaceholder } from './components/SectionPlaceholder';
import { isDeviceHash, isExamHash, useHash, useSection, type Section } from './routes';
import { ExamApp } from './screens/exam/ExamApp';
import { TestsSection } from './screens/tests/TestsSection';
import { CohortsSection } from './screens/cohorts/CohortsSection';
import { DeviceApp } from './screens/devices/DeviceApp';
import { DocumentsSection } from './screens/documents/DocumentsSection';
import { ProgrammesSection } from './screens/programmes/ProgrammesSection';
import { DefensesScreen } from './screens/DefensesScreen';
import { SettingsScreen } from './screens/SettingsScreen';

function Screen({ section }: { section: Section }) {
  switch (section) {
    case 'defenses':
      return <DefensesScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'programmes':
      return <ProgrammesSection />;
    case 'cohorts':
      return <CohortsSection />;
    case 'tests':
      return <TestsSection />;
    case 'documents':
      return <DocumentsSection />;
    default:
      return assertNever(section);
  }
}

/** The app shell: the left rail and the current section, each section behind its own boundary. */
export function App() {
  const section = useSection();
  const hash = useHash();
  if (isExamHash(hash)) {
    return (
      <ErrorBoundary>
        <ExamApp />
      </ErrorBoundary>
    );
  }
  if (isDeviceHash(hash)) {
    return (
      <ErrorBoundary>
        <DeviceApp />
      </ErrorBoundary>
    );
  }
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
