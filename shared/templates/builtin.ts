import type { Design } from '../schemas/design-schema';
import { parseDesign } from '../domain/parse-design';
import roadmap from '../../resources/templates/kz-000-roadmap-defense.json' with { type: 'json' };
import testPercent from '../../resources/templates/kz-001-test-percent.json' with { type: 'json' };
import finalProject from '../../resources/templates/kz-002-final-project.json' with { type: 'json' };
import project003 from '../../resources/templates/kz-003-project.json' with { type: 'json' };
import miniLesson from '../../resources/templates/kz-003-mini-lesson.json' with { type: 'json' };
import comfort from '../../resources/templates/kz-004-comfort-checklist.json' with { type: 'json' };

/** The ids of decisions §3, in order. */
export const BUILTIN_IDS = [
  'kz-000-roadmap-defense',
  'kz-001-test-percent',
  'kz-002-final-project',
  'kz-003-project',
  'kz-003-mini-lesson',
  'kz-004-comfort-checklist',
] as const;

/** One of the built-in template ids. */
export type BuiltinId = (typeof BUILTIN_IDS)[number];

/** Every built-in design, parsed and defaulted, from the seed programmes. */
export const BUILTIN_DESIGNS: readonly Design[] = [roadmap, testPercent, finalProject, project003, miniLesson, comfort].map(
  (json) => parseDesign(json),
);

/** The built-in design with this id, or undefined. */
export function builtinDesign(id: string): Design | undefined {
  return BUILTIN_DESIGNS.find((d) => d.id === id);
}
