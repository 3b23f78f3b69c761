import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Configuration } from 'electron-builder';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../electron/core/host/renderer-build';

// electron-builder's own loader and validator (offline), as builder-config.test.ts does.
const fromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder/package.json'));
const configLib = fromBuilder('app-builder-lib/out/util/config/config') as typeof import('app-builder-lib/out/util/config/config');
const { DebugLogger } = fromBuilder('builder-util') as typeof import('builder-util');

let config: Configuration;
beforeAll(async () => {
  config = await configLib.getConfig(PROJECT_ROOT, null, null);
});

type Target = { target: string; arch?: string[] };
const targets = (platform: unknown): Target[] => (platform as { target: Target[] }).target;

describe('the installers (issue 10)', () => {
  it('validates against electron-builder’s schema with the file association', async () => {
    await expect(configLib.validateConfiguration(structuredClone(config), new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('Windows: a per-user NSIS installer and a portable .exe; Linux: an AppImage and a .deb; all x64', () => {
    expect(targets(config.win)).toEqual([{ target: 'nsis', arch: ['x64'] }, { target: 'portable', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false });
    expect(targets(config.linux)).toEqual([{ target: 'AppImage', arch: ['x64'] }, { target: 'deb', arch: ['x64'] }]);
    for (const artifact of [config.nsis?.artifactName, config.portable?.artifactName, config.appImage?.artifactName, config.deb?.artifactName]) {
      expect(artifact).toMatch(/^\$\{productName\}-\$\{version\}-/);
    }
    expect(new Set([config.nsis?.artifactName, config.portable?.artifactName]).size).toBe(2);
  });

  it('opens .attesta files: an association with a MIME type for Linux, the app icon for Windows', () => {
    const associations = [config.fileAssociations ?? []].flat();
    expect(associations).toEqual([expect.objectContaining({ ext: 'attesta', mimeType: 'application/x-attesta', name: 'Attesta programme' })]);
    // no icon named: NSIS falls back to the app's own icon, so there is no .ico to go missing
    expect(associations[0]?.icon).toBeUndefined();
    expect(existsSync(join(PROJECT_ROOT, config.win?.icon ?? 'missing'))).toBe(true);
    expect(existsSync(join(PROJECT_ROOT, config.linux?.icon ?? 'missing'))).toBe(true);
  });

  it('the README states the minimum operating systems and how to build each package', () => {
    const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
    expect(readme).toMatch(/Windows 10 or later/);
    expect(readme).toMatch(/64-bit Linux with glibc 2\.28/);
    expect(readme).toMatch(/npm run dist/);
    expect(readme).toMatch(/\.attesta/);
  });
});
