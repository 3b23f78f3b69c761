import { useSyncExternalStore } from 'react';

/** The sections of the left rail, in order (screens.md). */
export const SECTIONS = ['programmes', 'cohorts', 'defenses', 'tests', 'documents', 'settings'] as const;

/** One section of the app. */
export type Section = (typeof SECTIONS)[number];

/** Where the app opens: the one working screen for now. */
export const HOME: Section = 'defenses';

/** Reads `#/<section>`; anything else is the home section. */
export function sectionFromHash(hash: string): Section {
  const name = hash.replace(/^#\/?/, '');
  return SECTIONS.find((s) => s === name) ?? HOME;
}

/** The link to a section (hash routing works from http:// and file:// alike). */
export function sectionHref(section: Section): string {
  return `#/${section}`;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The section in the address bar, re-rendering when it changes. */
export function useSection(): Section {
  return useSyncExternalStore(subscribe, () => sectionFromHash(window.location.hash));
}
