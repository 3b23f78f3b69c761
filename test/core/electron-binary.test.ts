import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { electronExecutableName, findElectronBinary } from '../../electron/core/electron-binary';

let root: string;
const electronDir = (): string => join(root, 'node_modules', 'electron');

function put(path: string, text = ''): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'attesta-electron-'));
  mkdirSync(electronDir(), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('findElectronBinary', () => {
  it('finds the binary that path.txt names in dist/', async () => {
    put(join(electronDir(), 'path.txt'), 'electron');
    const binary = put(join(electronDir(), 'dist', 'electron'), '#!');
    expect(await findElectronBinary(root, {}, { platform: 'linux' })).toEqual({ found: true, binary });
  });

  it('reads a macOS path.txt (with a trailing newline)', async () => {
    put(join(electronDir(), 'path.txt'), 'Electron.app/Contents/MacOS/Electron\n');
    const binary = put(join(electronDir(), 'dist', 'Electron.app', 'Contents', 'MacOS', 'Electron'));
    expect(await findElectronBinary(root, {}, { platform: 'darwin' })).toEqual({ found: true, binary });
  });

  it('reports absent when the package was installed but never downloaded (this machine)', async () => {
    put(join(electronDir(), 'package.json'), '{"name":"electron"}');
    const result = await findElectronBinary(root, {});
    expect(result.found).toBe(false);
    if (!result.found) expect(result.reason).toMatch(/path\.txt is missing/);
  });

  it('reports absent when there is no electron package at all', async () => {
    rmSync(join(root, 'node_modules'), { recursive: true });
    expect((await findElectronBinary(root, {})).found).toBe(false);
  });

  it('reports absent when path.txt exists but the binary does not', async () => {
    put(join(electronDir(), 'path.txt'), 'electron');
    const result = await findElectronBinary(root, {}, { platform: 'linux' });
    expect(result.found).toBe(false);
    if (!result.found) expect(result.reason).toMatch(/missing/);
  });

  it('does not take a folder for the binary', async () => {
    put(join(electronDir(), 'path.txt'), 'electron');
    mkdirSync(join(electronDir(), 'dist', 'electron'), { recursive: true });
    expect((await findElectronBinary(root, {}, { platform: 'linux' })).found).toBe(false);
  });

  it('refuses a path.txt that climbs out of dist/', async () => {
    put(join(electronDir(), 'path.txt'), '../../../bin/sh');
    put(join(root, 'bin', 'sh'));
    expect((await findElectronBinary(root, {}, { platform: 'linux' })).found).toBe(false);
  });

  it('uses ELECTRON_OVERRIDE_DIST_PATH with the platform’s executable name', async () => {
    const dist = join(root, 'custom-dist');
    const binary = put(join(dist, electronExecutableName('win32')));
    const env = { ELECTRON_OVERRIDE_DIST_PATH: dist };
    expect(await findElectronBinary(root, env, { platform: 'win32' })).toEqual({ found: true, binary });
    expect((await findElectronBinary(root, env, { platform: 'linux' })).found).toBe(false);
  });

  it('uses ELECTRON_OVERRIDE_DIST_PATH with the name path.txt gives, ignoring dist/', async () => {
    put(join(electronDir(), 'path.txt'), 'electron');
    put(join(electronDir(), 'dist', 'electron'));
    const dist = join(root, 'elsewhere');
    const env = { ELECTRON_OVERRIDE_DIST_PATH: dist };
    expect((await findElectronBinary(root, env, { platform: 'linux' })).found).toBe(false);
    const binary = put(join(dist, 'electron'));
    expect(await findElectronBinary(root, env, { platform: 'linux' })).toEqual({ found: true, binary });
  });

  it.skipIf(process.platform === 'win32')('gives up on a filesystem that does not answer', async () => {
    const fifo = join(electronDir(), 'path.txt');
    execFileSync('mkfifo', [fifo]);
    const started = Date.now();
    const result = await findElectronBinary(root, {}, { timeoutMs: 150 });
    expect(result.found).toBe(false);
    if (!result.found) expect(result.reason).toMatch(/took over 150 ms/);
    expect(Date.now() - started).toBeLessThan(2000);
    writeFileSync(fifo, 'electron'); // unblocks the pending read so the worker can exit
  });
});
