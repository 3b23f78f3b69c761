import { z } from 'zod';

/** Input schemas of backups (decisions §6: SQLite's online backup, never a file copy). */
export const backupInputs = {
  'backup:now': z.object({ folder: z.string().min(1).max(1000).optional(), password: z.string().min(8).max(200).optional() }).strict(),
  'backup:list': z.object({}).strict(),
  'backup:preview': z.object({ file: z.string().min(1).max(1000), password: z.string().max(200).optional() }).strict(),
  'backup:restore': z.object({ file: z.string().min(1).max(1000), password: z.string().max(200).optional() }).strict(),
  'programme:export-file': z.object({ id: z.number().int().positive(), password: z.string().min(8).max(200).optional() }).strict(),
  'programme:import-file': z.object({ fileBase64: z.string().max(280_000_000), password: z.string().max(200).optional() }).strict(),
  /** The same from a path on this computer (the desktop app opened with an .attesta file). */
  'programme:import-path': z.object({ file: z.string().min(1).max(1000), password: z.string().max(200).optional() }).strict(),
} as const;

/** What a backup holds (the restore preview); an encrypted one tells its schema and counts only with its password. */
export type BackupInfo = {
  file: string;
  name: string;
  bytes: number;
  createdAt: string;
  isEncrypted: boolean;
  schemaVersion: number | null;
  counts: { programmes: number; cohorts: number; listeners: number; results: number } | null;
  isNewer: boolean;
};

/** Result types of the backup channels. */
export type BackupResults = {
  'backup:now': BackupInfo;
  'backup:list': BackupInfo[];
  'backup:preview': BackupInfo;
  'backup:restore': { restored: BackupInfo; keptCurrent: BackupInfo };
  'programme:export-file': { fileName: string; base64: string };
  'programme:import-file': { programme: number; rows: Record<string, number> };
  'programme:import-path': { programme: number; rows: Record<string, number> };
};
