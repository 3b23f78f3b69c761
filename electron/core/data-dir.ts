import { homedir } from 'node:os';
import { join } from 'node:path';

/** The environment variable that overrides the data folder (below `--data-dir`). */
export const DATA_DIR_ENV = 'ATTESTA_DATA_DIR';

/** The database file's name inside the data folder. */
export const DB_FILE = 'attesta.sqlite';

/**
 * Where the data lives: `--data-dir`, then $ATTESTA_DATA_DIR, then the user's data folder
 * as Electron's `app.getPath('userData')` would give it for "Attesta".
 */
export function resolveDataDir(flag?: string | null, env: NodeJS.ProcessEnv = process.env): string {
  if (flag) return flag;
  const fromEnv = env[DATA_DIR_ENV];
  if (fromEnv) return fromEnv;
  if (process.platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Attesta');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Attesta');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Attesta');
}
