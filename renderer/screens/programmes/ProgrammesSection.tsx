import { SectionPlaceholder } from '../../components/SectionPlaceholder';

/** Programmes: the list, a programme's design, the design editor (issue 4). */
export function ProgrammesSection() {
  return <SectionPlaceholder section="programmes" />;
}
