/**
 * The built-in template ids of decisions §3. Kept here rather than imported from
 * shared/templates/builtin, which would pull every built-in design into the renderer bundle.
 */
const BUILTIN_IDS: ReadonlySet<string> = new Set([
  'kz-000-roadmap-defense',
  'kz-001-test-percent',
  'kz-002-final-project',
  'kz-003-project',
  'kz-003-mini-lesson',
  'kz-004-comfort-checklist',
]);

/** True for a built-in template: it is never edited in place, only copied. */
export function isBuiltinDesign(id: string): boolean {
  return BUILTIN_IDS.has(id);
}

/** A free id for a copy: `<id>-copy`, then `<id>-copy-2`, … (ids: lowercase, digits, dashes). */
export function copyId(id: string, taken: ReadonlySet<string>): string {
  const base = `${id}-copy`.slice(0, 70);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The same rule the core applies to a design id. */
export const DESIGN_ID = /^[a-z0-9][a-z0-9-]{1,80}$/;
