import type { AfterPackContext, Arch } from 'electron-builder';
import { buildElectronNative } from './native';

/** electron-builder's Arch enum by number (a type-only import keeps electron-builder out of the bundle). */
export const ARCH_NAMES = { 0: 'ia32', 1: 'x64', 2: 'armv7l', 3: 'arm64', 4: 'universal' } as const satisfies Record<Arch, string>;

const PLATFORMS: Readonly<Record<string, NodeJS.Platform>> = { win32: 'win32', linux: 'linux', darwin: 'darwin', mas: 'darwin' };

/**
 * electron-builder `beforePack` hook (runs once per platform and arch, before the app files and
 * extraResources are copied): builds better-sqlite3 for the Electron being packaged into
 * build/electron-native, which electron-builder.yml ships as resources/native/.
 */
export async function beforePack(context: AfterPackContext): Promise<void> {
  const platform = PLATFORMS[context.electronPlatformName];
  if (!platform) throw new Error(`Attesta does not package for ${context.electronPlatformName}`);
  await buildElectronNative(
    context.packager.projectDir,
    { electronVersion: context.packager.info.framework.version, platform, arch: ARCH_NAMES[context.arch] },
    (line) => process.stdout.write(`  • attesta  ${line}\n`),
  );
}

export default beforePack;
