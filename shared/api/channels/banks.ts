import { z } from 'zod';
import { blueprintSchema } from '../../domain/bank/blueprint';
import { itemDraftSchema } from '../../schemas/bank-item-schema';
import { BANK_EXPORT_FORMATS, BANK_IMPORT_FORMATS } from './banks-types';

const id = z.number().int().positive();
const itemId = z.string().min(1).max(300);
const topic = z.array(z.string().trim().min(1).max(300)).max(20);
/** A built-in or saved blueprint id, or a whole blueprint (as edited on the screen). */
const blueprint = z.union([z.string().min(1).max(100), blueprintSchema]);


/** Input schemas of the test banks (issue 6): bank list, items, import preview, blueprints. */
export const bankInputs = {
  'bank:list': z.object({ programmeId: id.nullable().optional() }).strict(),
  'bank:get': z.object({ bankId: id }).strict(),
  /**
   * A bank file as base64 (at most 20 MB, refused before parsing). `dryRun`: the report and a
   * preview, nothing written; otherwise all or nothing — any item that did not parse, and
   * nothing is written.
   */
  'bank:import': z
    .object({
      // 32 MB of base64 is what the host lets through; the 20 MB limit is checked on the bytes.
      fileBase64: z.string().max(32 * 1024 * 1024),
      fileName: z.string().trim().min(1).max(255),
      format: z.enum(BANK_IMPORT_FORMATS).optional(),
      programmeId: id.nullable().optional(),
      name: z.string().trim().min(1).max(200).optional(),
      dryRun: z.boolean(),
    })
    .strict(),
  /** The .xlsx template a secretary fills in (columns, type and language lists, help in kk/ru/en). */
  'bank:import-template': z.object({}).strict(),
  /** Creates an item (no `itemId`) or replaces one, in a topic of the bank (created when new). */
  'bank:item-save': z.object({ bankId: id, itemId: itemId.optional(), topic, item: itemDraftSchema }).strict(),
  /** Moves an item to the bank's recycle bin (undo with `bank:item-restore`). */
  'bank:item-delete': z.object({ bankId: id, itemId }).strict(),
  'bank:item-restore': z.object({ binId: id }).strict(),
  'bank:delete': z.object({ bankId: id }).strict(),
  'bank:export': z.object({ bankId: id, format: z.enum(BANK_EXPORT_FORMATS) }).strict(),
  /** The built-in blueprints, then the saved ones. */
  'blueprint:list': z.object({}).strict(),
  /** A blueprint against a bank: each quota beside what the bank holds, the total, the warnings. */
  'blueprint:check': z.object({ bankId: id, blueprint, root: z.array(z.string().max(300)).max(20).optional() }).strict(),
  /** Saves a custom blueprint under its id (a built-in id is refused: save a copy). */
  'blueprint:save': z.object({ blueprint: blueprintSchema }).strict(),
  'blueprint:delete': z.object({ id: z.string().min(1).max(100) }).strict(),
} as const satisfies Record<string, z.ZodTypeAny>;
