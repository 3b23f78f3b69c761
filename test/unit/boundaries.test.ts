import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const full = join(ROOT, dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(join(dir, name));
    return /\.(ts|tsx|mts|cts)$/.test(name) ? [join(dir, name)] : [];
  });
}

/** Every module specifier a file imports or requires. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|(?<!['"`])require\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm)) {
    found.push((m[1] ?? m[2] ?? m[3] ?? m[4])!);
  }
  return found;
}

const NODE_BUILTINS = new Set(['fs', 'path', 'os', 'crypto', 'http', 'https', 'net', 'child_process', 'url', 'util', 'worker_threads', 'stream', 'zlib', 'events', 'buffer']);
const NATIVE_OR_HOST = /^(electron|react|react-dom|better-sqlite3|exceljs|pdfkit|playwright-core)(\/|$)/;

describe('process boundaries (house-style.md)', () => {
  it('shared/ imports nothing from Node, Electron, React or native libraries, nor from electron/ or renderer/', () => {
    const bad = sourceFiles('shared').flatMap((f) =>
      importsOf(f)
        .filter((s) => s.startsWith('node:') || NODE_BUILTINS.has(s) || NATIVE_OR_HOST.test(s) || /(^|\/)(electron|renderer)\//.test(s))
        .map((s) => `${f}: ${s}`),
    );
    expect(bad).toEqual([]);
  });

  it('only electron/main and electron/preload import electron', () => {
    const all = [...sourceFiles('electron'), ...sourceFiles('shared'), ...sourceFiles('test')].concat(
      statSync(join(ROOT, 'renderer'), { throwIfNoEntry: false }) ? sourceFiles('renderer') : [],
    );
    const bad = all
      .filter((f) => !/^electron\/(main|preload)\//.test(f))
      .flatMap((f) => importsOf(f).filter((s) => /^electron(\/|$)/.test(s)).map((s) => `${f}: ${s}`));
    expect(bad).toEqual([]);
  });

  it('renderer/ talks to the core only through shared/ (no electron/, Node or native imports)', () => {
    if (!statSync(join(ROOT, 'renderer'), { throwIfNoEntry: false })) return;
    const bad = sourceFiles('renderer').flatMap((f) =>
      importsOf(f)
        .filter((s) => s.startsWith('node:') || NODE_BUILTINS.has(s) || /^(electron|better-sqlite3|exceljs|pdfkit)(\/|$)/.test(s) || /(^|\/)electron\//.test(s))
        .map((s) => `${f}: ${s}`),
    );
    expect(bad).toEqual([]);
  });

  it('the checker itself sees imports (so the checks above can fail)', () => {
    expect(importsOf(relative(ROOT, join(ROOT, 'test/unit/boundaries.test.ts')))).toContain('node:fs');
  });
});
