import { SectionPlaceholder } from '../../components/SectionPlaceholder';

/** Cohorts & listeners: cohorts, the listeners table, the .xlsx import (issue 4). */
export function CohortsSection() {
  return <SectionPlaceholder section="cohorts" />;
}
