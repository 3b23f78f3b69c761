import { SectionPlaceholder } from '../../components/SectionPlaceholder';

/** Tests: banks, blueprints, sittings, results and item analysis (issues 6, 7). */
export function TestsSection() {
  return <SectionPlaceholder section="tests" />;
}
