import type { ImportPreview } from '../../../../shared/api/channels/people-types';
import type { ListenerFields } from '../../../../shared/schemas/programme-schema';

/** A roster column. */
export type Field = keyof ListenerFields;

/** The roster columns in the template's order. */
export const FIELDS: readonly Field[] = ['fullName', 'iin', 'organisation', 'position', 'topic', 'mentor'];

/** One data row of the file, by roster column. */
export type PreviewRow = { row: number; values: Record<Field, string> };

/** What the file holds, laid out like the listeners table (read by the core). */
export type Preview = ImportPreview;
