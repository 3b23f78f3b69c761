import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, normalize } from 'node:path';

/** Where Electron's binary was found, or why it was not. */
export type ElectronLookup = { found: true; binary: string } | { found: false; reason: string };

/** Options for {@link findElectronBinary}; tests pass a platform and a short timeout. */
export type LookupOptions = { platform?: NodeJS.Platform; timeoutMs?: number };

/** The executable's path inside Electron's dist folder, as electron's install.js names it. */
export function electronExecutableName(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return platform === 'win32' ? 'electron.exe' : 'electron';
}

async function readPathTxt(electronDir: string): Promise<string | null> {
  try {
    const text = (await readFile(join(electronDir, 'path.txt'), 'utf8')).trim();
    return text === '' ? null : text;
  } catch {
    return null;
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** path.txt names a file inside dist/; anything that climbs out of it is not trusted. */
function isPlainRelative(path: string): boolean {
  return !isAbsolute(path) && !normalize(path).split(/[\\/]/).includes('..');
}

async function lookup(projectRoot: string, env: NodeJS.ProcessEnv, platform: NodeJS.Platform): Promise<ElectronLookup> {
  const electronDir = join(projectRoot, 'node_modules', 'electron');
  const pathTxt = await readPathTxt(electronDir);
  if (pathTxt !== null && !isPlainRelative(pathTxt)) return { found: false, reason: `path.txt names an unexpected path: ${pathTxt}` };
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const binary = join(override, pathTxt ?? electronExecutableName(platform));
    return (await isFile(binary))
      ? { found: true, binary }
      : { found: false, reason: `ELECTRON_OVERRIDE_DIST_PATH has no ${binary}` };
  }
  if (pathTxt === null) return { found: false, reason: 'node_modules/electron/path.txt is missing (the binary was never downloaded)' };
  const binary = join(electronDir, 'dist', pathTxt);
  return (await isFile(binary)) ? { found: true, binary } : { found: false, reason: `path.txt names ${binary}, which is missing` };
}

/**
 * Looks for the Electron binary the way `node_modules/electron/index.js` would, without
 * requiring it (that require starts a download, which fails on an offline machine).
 * A slow or hung filesystem counts as "not found" after `timeoutMs`.
 */
export async function findElectronBinary(
  projectRoot: string,
  env: NodeJS.ProcessEnv = process.env,
  options: LookupOptions = {},
): Promise<ElectronLookup> {
  const timeoutMs = options.timeoutMs ?? 2000;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<ElectronLookup>((resolve) => {
    timer = setTimeout(() => resolve({ found: false, reason: `looking for Electron took over ${timeoutMs} ms` }), timeoutMs);
    timer.unref();
  });
  try {
    return await Promise.race([lookup(projectRoot, env, options.platform ?? process.platform), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
