import { useSyncExternalStore } from 'react';

/** The sections of the left rail, in order (screens.md). */
export const SECTIONS = ['programmes', 'cohorts', 'defenses', 'tests', 'documents', 'settings'] as const;

/** One section of the app. */
export type Section = (typeof SECTIONS)[number];

/** Where the app opens: the one working screen for now. */
export const HOME: Section = 'defenses';

/** Reads `#/<section>[/more/parts]`; anything else is the home section. */
export function sectionFromHash(hash: string): Section {
  const name = hash.replace(/^#\/?/, '').split('/')[0];
  return SECTIONS.find((s) => s === name) ?? HOME;
}

/** The parts after the section: `#/cohorts/5/import` → ['5', 'import']. */
export function subPathFromHash(hash: string): string[] {
  return hash.replace(/^#\/?/, '').split('/').slice(1).filter((p) => p !== '').map(decodeURIComponent);
}

/** A link inside a section: `sectionPath('cohorts', 5, 'import')` → `#/cohorts/5/import`. */
export function sectionPath(section: Section, ...parts: (string | number)[]): string {
  return ['#', section, ...parts.map((p) => encodeURIComponent(String(p)))].join('/');
}

/** True when the address is an examinee's kiosk link (`#exam=<token>`). */
export function isExamHash(hash: string): boolean {
  return hash.startsWith('#exam=');
}

/** True when the address is a device's join link (`#join=<key>`) or a device page (`#/device…`). */
export function isDeviceHash(hash: string): boolean {
  return hash.startsWith('#join=') || hash.startsWith('#/device');
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

/** The whole hash, re-rendering when it changes (screens read their sub-path from it). */
export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}
