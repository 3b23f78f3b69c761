import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';
import type { Configuration } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/api/contract';
import { CHANGE_CHANNEL, INVOKE_CHANNEL } from '../../shared/security/electron-policy';
import { PROJECT_ROOT } from '../../electron/core/host/renderer-build';
import { ARCH_NAMES } from '../../electron/main/bundle/before-pack';
import { BUNDLES, buildElectronBundles } from '../../electron/main/bundle/bundles';
import { NATIVE_DIR, NATIVE_FILE, shellPaths } from '../../electron/main/paths';

// electron-builder's own loader and validator, found through electron-builder (a direct
// devDependency) so the test uses exactly what `electron-builder` runs, offline.
const fromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder/package.json'));
const configLib = fromBuilder('app-builder-lib/out/util/config/config') as typeof import('app-builder-lib/out/util/config/config');
const { DebugLogger } = fromBuilder('builder-util') as typeof import('builder-util');
const { Arch } = fromBuilder('electron-builder') as typeof import('electron-builder');

type FileSet = { from: string; to: string };
type Target = { target: string; arch?: string[] };

let config: Configuration;
let out: string;

beforeAll(async () => {
  config = await configLib.getConfig(PROJECT_ROOT, null, null);
  out = mkdtempSync(join(tmpdir(), 'attesta-bundles-'));
  await buildElectronBundles(PROJECT_ROOT, out);
}, 60_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

const project = (path: string): string => join(PROJECT_ROOT, path);
const targets = (platform: unknown): string[] => (platform as { target: Target[] }).target.map((t) => t.target);
/** electron-builder's loader merges `files` into `[{ filter: [...] }]`; the patterns, flat. */
const filePatterns = (files: unknown): string[] =>
  (files as (string | { filter?: string | string[] })[]).flatMap((f) => (typeof f === 'string' ? [f] : [f.filter ?? []].flat()));

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema validation', async () => {
    // validateConfiguration normalises what it checks (files → [{ filter }]), so it gets a copy.
    await expect(configLib.validateConfiguration(structuredClone(config), new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('is really validated (a misspelt option is refused)', async () => {
    const broken = { ...structuredClone(config), nsis: { ...config.nsis, oneclick: false } } as Configuration;
    await expect(configLib.validateConfiguration(broken, new DebugLogger(false))).rejects.toThrow(/configuration\.nsis/);
  });

  it('names the app and its targets', () => {
    expect(config.appId).toBe('kz.attesta.app');
    expect(config.productName).toBe('Attesta');
    expect(targets(config.win)).toEqual(['nsis', 'portable']);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true });
    expect(targets(config.linux)).toContain('AppImage');
    expect(config.publish).toBeNull();
  });

  it('packs the app files, and every one of them exists or is built by a script', async () => {
    expect(filePatterns(config.files)).toEqual(expect.arrayContaining(['dist/renderer/**/*', 'dist-electron/**/*', 'package.json']));
    const pkg = JSON.parse(readFileSync(project('package.json'), 'utf8')) as { main: string; scripts: Record<string, string> };
    expect(pkg.main).toBe(BUNDLES.main);
    expect(pkg.scripts['build:electron']).toBeDefined();
    expect(pkg.scripts['build:renderer']).toBe('vite build');
    const { resolveConfig } = await import('vite');
    const vite = await resolveConfig({ configFile: project('vite.config.ts'), logLevel: 'silent' }, 'serve');
    expect(vite.build.outDir).toBe(project('dist/renderer'));
    for (const file of [BUNDLES.main, BUNDLES.preload, BUNDLES.renderWorker]) {
      expect(file.startsWith('dist-electron/')).toBe(true);
      expect(statSync(join(out, file)).size).toBeGreaterThan(0);
    }
  });

  it('ships fonts, templates and the Electron build of better-sqlite3 where main looks for them', () => {
    const extra = config.extraResources as FileSet[];
    expect(extra).toEqual(
      expect.arrayContaining([
        { from: 'resources/fonts', to: 'fonts' },
        { from: 'resources/templates', to: 'templates' },
        { from: `${NATIVE_DIR}/${NATIVE_FILE}`, to: `native/${NATIVE_FILE}` },
      ]),
    );
    for (const dir of ['resources/fonts', 'resources/templates']) expect(readdirSync(project(dir)).length).toBeGreaterThan(0);
    const packaged = shellPaths({ isPackaged: true, appPath: '/r/app.asar', resourcesPath: '/r' });
    expect(packaged.nativeBinding).toBe(join('/r', 'native', NATIVE_FILE));
    expect(packaged.fontDir).toBe(join('/r', 'fonts'));
    expect(shellPaths({ isPackaged: false, appPath: PROJECT_ROOT, resourcesPath: '/r' }).nativeBinding).toBe(project(join(NATIVE_DIR, NATIVE_FILE)));
  });

  it('builds better-sqlite3 for Electron in its beforePack hook, not in node_modules', async () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.beforePack).toBe(`./${BUNDLES.beforePack}`);
    const hook = (await import(pathToFileURL(join(out, BUNDLES.beforePack)).href)) as Record<string, unknown>;
    expect(typeof hook.beforePack).toBe('function');
    for (const [n, name] of Object.entries(ARCH_NAMES)) expect(Arch[name]).toBe(Number(n));
  });

  it('has an icon big enough for every target', () => {
    const png = readFileSync(project('resources/icons/icon.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(256);
    expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(256);
    expect(config.win?.icon).toBe('resources/icons/icon.png');
    expect(existsSync(project(config.linux?.icon ?? 'missing'))).toBe(true);
  });
});

describe('the built preload', () => {
  type Exposed = { invoke: (channel: unknown, input: unknown) => Promise<unknown>; onChange: (listener: (change: unknown) => void) => () => void };

  function loadPreload(): { api: Exposed; sent: unknown[][]; listeners: Map<string, Set<(...args: unknown[]) => void>> } {
    const sent: unknown[][] = [];
    const exposed: Record<string, unknown> = {};
    const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
      ipcRenderer: {
        invoke: (...args: unknown[]) => (sent.push(args), Promise.resolve('sent')),
        on: (channel: string, fn: (...args: unknown[]) => void) => listeners.set(channel, (listeners.get(channel) ?? new Set()).add(fn)),
        off: (channel: string, fn: (...args: unknown[]) => void) => listeners.get(channel)?.delete(fn),
      },
    };
    const code = readFileSync(join(out, BUNDLES.preload), 'utf8');
    const require = (name: string): unknown => {
      if (name !== 'electron') throw new Error(`the sandboxed preload may not require ${name}`);
      return electron;
    };
    runInNewContext(code, { require, module: { exports: {} }, exports: {}, Promise, Set, Object, String });
    return { api: exposed.api as Exposed, sent, listeners };
  }

  it('is one small file that needs nothing but electron', () => {
    expect(statSync(join(out, BUNDLES.preload)).size).toBeLessThan(8 * 1024);
  });

  it('exposes api.invoke and api.onChange only, and forwards the contract’s channels', async () => {
    const { api, sent } = loadPreload();
    expect(Object.keys(api)).toEqual(['invoke', 'onChange']);
    expect(Object.isFrozen(api)).toBe(true);
    for (const channel of CHANNELS) await expect(api.invoke(channel, { a: 1 })).resolves.toBe('sent');
    expect(sent).toEqual(CHANNELS.map((c) => [INVOKE_CHANNEL, c, { a: 1 }]));
  });

  it('passes the core’s change events to a listener until it stops listening', () => {
    const { api, listeners } = loadPreload();
    const seen: unknown[] = [];
    const stop = api.onChange((change) => seen.push(change));
    const forward = [...(listeners.get(CHANGE_CHANNEL) ?? [])];
    expect(forward).toHaveLength(1);
    forward[0]!({ sender: 'main' }, { sessionId: 3, turnId: 7, kind: 'sheet' });
    expect(seen).toEqual([{ sessionId: 3, turnId: 7, kind: 'sheet' }]);
    stop();
    expect(listeners.get(CHANGE_CHANNEL)?.size).toBe(0);
    expect(() => api.onChange('not a function' as never)()).not.toThrow();
    expect(listeners.get(CHANGE_CHANNEL)?.size).toBe(0);
  });

  it.each([['nope:nope'], ['__proto__'], ['toString'], [42], [null], [{ toString: () => 'template:list' }]])(
    'answers %j itself with unknown_channel',
    async (channel) => {
      const { api, sent } = loadPreload();
      await expect(api.invoke(channel, {})).resolves.toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
      expect(sent).toEqual([]);
    },
  );
});

describe('the built main', () => {
  it('keeps electron and native modules out of the bundle', () => {
    const main = readFileSync(join(out, BUNDLES.main), 'utf8');
    expect(main).toContain('require("electron")');
    expect(main).toContain('require("better-sqlite3")');
    expect(main).not.toMatch(/import\.meta/);
  });
});
