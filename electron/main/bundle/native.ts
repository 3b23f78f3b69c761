import { copyFileSync, cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { NATIVE_DIR, NATIVE_FILE } from '../paths';

/** What an Electron-ABI build is for. */
export type NativeTarget = { electronVersion: string; platform: NodeJS.Platform; arch: string };

type Stamp = NativeTarget & { betterSqlite3: string };

function packageVersion(dir: string): string {
  const pkg: unknown = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const version = typeof pkg === 'object' && pkg !== null && 'version' in pkg ? pkg.version : null;
  if (typeof version !== 'string') throw new Error(`no version in ${join(dir, 'package.json')}`);
  return version;
}

/** The Electron version installed in node_modules (read from its package.json, never required). */
export function installedElectronVersion(projectRoot: string): string {
  return packageVersion(join(projectRoot, 'node_modules', 'electron'));
}

/** The development target: this machine and the installed Electron. */
export function hostTarget(projectRoot: string): NativeTarget {
  return { electronVersion: installedElectronVersion(projectRoot), platform: process.platform, arch: process.arch };
}

/** The Electron-ABI addon's path under the project. */
export function nativeBindingFile(projectRoot: string): string {
  return join(projectRoot, NATIVE_DIR, NATIVE_FILE);
}

function stampOf(projectRoot: string, target: NativeTarget): Stamp {
  return { ...target, betterSqlite3: packageVersion(join(projectRoot, 'node_modules', 'better-sqlite3')) };
}

/** True when the addon on disk was built for exactly this Electron, platform, arch and better-sqlite3. */
export function isNativeBuildCurrent(projectRoot: string, target: NativeTarget): boolean {
  const stampFile = join(projectRoot, NATIVE_DIR, 'stamp.json');
  if (!existsSync(nativeBindingFile(projectRoot)) || !existsSync(stampFile)) return false;
  return readFileSync(stampFile, 'utf8') === JSON.stringify(stampOf(projectRoot, target));
}

/**
 * The NODE_MODULE_VERSION an addon was built for, read from Node's refusal to load it, or
 * 'node' when this Node loads it (then it is Node's build, not Electron's).
 */
export function compiledAbi(file: string): number | 'node' | null {
  try {
    process.dlopen({ exports: {} }, file);
    return 'node';
  } catch (e) {
    const match = /NODE_MODULE_VERSION (\d+)\. This version/.exec(e instanceof Error ? e.message : '');
    return match ? Number(match[1]) : null;
  }
}

/** Refuses an addon built on this machine whose ABI is not the installed Electron's. */
function checkAbi(projectRoot: string, target: NativeTarget, file: string): void {
  const isHost = target.platform === process.platform && target.arch === process.arch;
  if (!isHost || target.electronVersion !== installedElectronVersion(projectRoot)) return;
  const expected = Number(readFileSync(join(projectRoot, 'node_modules', 'electron', 'abi_version'), 'utf8').trim());
  const actual = compiledAbi(file);
  if (actual === expected || actual === null) return;
  rmSync(file, { force: true });
  throw new Error(`better-sqlite3 was built for ${actual === 'node' ? 'this Node' : `NODE_MODULE_VERSION ${actual}`}, Electron needs ${expected}`);
}

/** Runs `task` without npm's `nodedir` (Debian's npm sets /usr: node-gyp would use Node's headers). */
async function withoutNodedir<T>(task: () => Promise<T>): Promise<T> {
  const saved = Object.entries(process.env).filter(([key]) => key.toLowerCase() === 'npm_config_nodedir');
  for (const [key] of saved) delete process.env[key];
  try {
    return await task();
  } finally {
    for (const [key, value] of saved) process.env[key] = value;
  }
}

/**
 * Builds better-sqlite3 for Electron's ABI in a staged copy under build/electron-native, using
 * @electron/rebuild (what electron-builder itself uses: a prebuilt binary when one exists, else
 * node-gyp against Electron's headers). node_modules keeps Node's build for tests and the CLI.
 * Needs the internet (headers or prebuilt binaries); cannot cross-compile to another OS.
 */
export async function buildElectronNative(projectRoot: string, target: NativeTarget, log: (line: string) => void): Promise<string> {
  if (isNativeBuildCurrent(projectRoot, target)) {
    log(`better-sqlite3 for Electron ${target.electronVersion} (${target.platform}-${target.arch}) is up to date`);
    return nativeBindingFile(projectRoot);
  }
  const source = join(projectRoot, 'node_modules', 'better-sqlite3');
  const stage = join(projectRoot, NATIVE_DIR, 'stage');
  const staged = join(stage, 'node_modules', 'better-sqlite3');
  rmSync(stage, { recursive: true, force: true });
  cpSync(source, staged, { recursive: true, filter: (path) => relative(source, path).split(sep)[0] !== 'build' });
  const stamp = stampOf(projectRoot, target);
  writeFileSync(join(stage, 'package.json'), JSON.stringify({ name: 'attesta-native-stage', private: true, dependencies: { 'better-sqlite3': stamp.betterSqlite3 } }));
  log(`building better-sqlite3 ${stamp.betterSqlite3} for Electron ${target.electronVersion} (${target.platform}-${target.arch})`);
  const { rebuild } = await import('@electron/rebuild');
  await withoutNodedir(async () => {
    await rebuild({
      buildPath: stage,
      electronVersion: target.electronVersion,
      platform: target.platform,
      arch: target.arch,
      onlyModules: ['better-sqlite3'],
      types: ['prod'],
      force: true,
    });
  });
  const out = nativeBindingFile(projectRoot);
  copyFileSync(join(staged, 'build', 'Release', NATIVE_FILE), out);
  checkAbi(projectRoot, target, out);
  writeFileSync(join(projectRoot, NATIVE_DIR, 'stamp.json'), JSON.stringify(stamp));
  rmSync(stage, { recursive: true, force: true });
  return out;
}
