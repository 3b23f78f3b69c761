import { join } from 'node:path';

/** Where the Electron-ABI build of better-sqlite3 lives in development (never node_modules). */
export const NATIVE_DIR = join('build', 'electron-native');

/** The addon's file name, in development and in a package's `resources/native/`. */
export const NATIVE_FILE = 'better_sqlite3.node';

/** The files the shell loads. */
export type ShellPaths = { rendererDir: string; preload: string; nativeBinding: string; fontDir: string };

/** What the shell knows about where it runs (from Electron's `app` and `process`). */
export type ShellPlace = { isPackaged: boolean; appPath: string; resourcesPath: string };

/**
 * The renderer and preload sit in the app (the project in development, app.asar when
 * packaged); the native addon and the PDF fonts sit outside asar: `<resources>/native/` and
 * `<resources>/fonts/` when packaged (electron-builder.yml extraResources), under the project
 * in development.
 */
export function shellPaths(place: ShellPlace): ShellPaths {
  return {
    rendererDir: join(place.appPath, 'dist', 'renderer'),
    preload: join(place.appPath, 'dist-electron', 'preload', 'index.cjs'),
    nativeBinding: place.isPackaged
      ? join(place.resourcesPath, 'native', NATIVE_FILE)
      : join(place.appPath, NATIVE_DIR, NATIVE_FILE),
    fontDir: place.isPackaged ? join(place.resourcesPath, 'fonts') : join(place.appPath, 'resources', 'fonts'),
  };
}

/** `--data-dir DIR` or `--data-dir=DIR` among Electron's arguments, else null. */
export function dataDirFlag(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--data-dir') return argv[i + 1] || null;
    if (arg?.startsWith('--data-dir=')) return arg.slice('--data-dir='.length) || null;
  }
  return null;
}

/**
 * The `.attesta` file the app was opened with (a double click, "Open with"), or null: the last
 * argument that names one, never an option or the value of --data-dir.
 */
export function attestaFileArg(argv: readonly string[]): string | null {
  const dataDir = dataDirFlag(argv);
  const named = argv.filter((a, i) => !a.startsWith('-') && argv[i - 1] !== '--data-dir' && a !== dataDir && /\.attesta$/i.test(a));
  return named.at(-1) ?? null;
}

/** The app's address that opens the import of an `.attesta` file at `path`. */
export function importFileHash(path: string): string {
  return `#/programmes/import-file/${encodeURIComponent(path)}`;
}
