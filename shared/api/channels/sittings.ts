import { z } from 'zod';
import { blueprintSchema } from '../../domain/bank/blueprint';

const id = z.number().int().positive();
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as yyyy-mm-dd');
const clientId = z.string().min(8).max(100).optional();
/** An item of an examinee's variant as the examinee knows it: an opaque reference, not the bank's item id. */
const ref = z.string().regex(/^[0-9a-f]{12}$/, 'an item reference from exam:get');
const choice = z.number().int().min(0).max(199);

/** The kinds of test sitting: entrance and exit (003, linked for the gain), final, module. */
export const SITTING_KINDS = ['entrance', 'exit', 'final', 'module'] as const;

/** An answer as the examinee gives it; option and right-hand indexes are in the order the examinee sees them. */
export const examResponseSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('single'), choice: choice.nullable() }).strict(),
  z.object({ type: z.literal('multiple'), choices: z.array(choice).max(200) }).strict(),
  z.object({ type: z.literal('truefalse'), answer: z.boolean().nullable() }).strict(),
  z.object({ type: z.literal('matching'), rights: z.array(choice.nullable()).max(200) }).strict(),
  z.object({ type: z.literal('short'), text: z.string().max(1000) }).strict(),
  z.object({ type: z.literal('numeric'), text: z.string().max(100) }).strict(),
  z.object({ type: z.literal('essay'), text: z.string().max(50_000) }).strict(),
]);

/** An examinee's answer to one item (see examResponseSchema). */
export type ExamResponse = z.infer<typeof examResponseSchema>;

/** Which examinee an exam:* call is for; on a kiosk or device the host forces it from the token. */
const examinee = { examineeId: id, sittingId: id.optional() };

/** Input schemas of test sittings: the examiner's channels and the examinee's exam:* channels. */
export const sittingInputs = {
  'sitting:list': z.object({ cohortId: id.optional() }).strict(),
  'sitting:create': z
    .object({
      cohortId: id,
      bankId: id,
      /** A built-in blueprint id (e.g. `kz-001-final-test`) or a whole blueprint. */
      blueprint: z.union([z.string().min(1).max(100), blueprintSchema]),
      /** The topic path the blueprint's quotas are relative to (e.g. one module for a module test). */
      root: z.array(z.string().max(300)).max(20).optional(),
      kind: z.enum(SITTING_KINDS),
      heldOn: date,
      place: z.string().max(300).nullable().optional(),
      /** Overrides the blueprint's time limit; null: untimed. */
      timeLimitMinutes: z.number().int().min(1).max(600).nullable().optional(),
      layout: z.enum(['one', 'all']).default('one'),
      /** Overrides the blueprint's grade scale (a percent-scale design id); null: no grade. */
      gradeScale: z.string().min(1).max(100).nullable().optional(),
      /** The draw's seed; a random one when omitted. */
      seed: z.string().min(1).max(100).optional(),
    })
    .strict(),
  'sitting:get': z.object({ sittingId: id }).strict(),
  'sitting:admit': z.object({ sittingId: id, listenerIds: z.array(id).min(1).max(2000) }).strict(),
  'sitting:reissue': z.object({ examineeId: id }).strict(),
  /** Computes and locks the result set; `force` first submits whoever is still writing. */
  'sitting:release': z.object({ sittingId: id, force: z.boolean().default(false) }).strict(),
  'sitting:close': z.object({ sittingId: id }).strict(),
  'sitting:results': z.object({ sittingId: id }).strict(),
  'sitting:analysis': z.object({ sittingId: id }).strict(),
  'sitting:link': z.object({ exitId: id, entranceId: id }).strict(),
  'sitting:gain': z.object({ exitId: id }).strict(),
  'sitting:essays': z.object({ sittingId: id }).strict(),
  'essay:score': z.object({ examineeId: id, itemId: z.string().min(1).max(300), points: z.number().finite().min(0), note: z.string().max(2000).optional() }).strict(),
  'exam:get': z.object(examinee).strict(),
  'exam:start': z.object(examinee).strict(),
  'exam:answer': z.object({ ...examinee, ref, response: examResponseSchema, clientId }).strict(),
  'exam:flag': z.object({ ...examinee, ref, flagged: z.boolean(), clientId }).strict(),
  /** Submitting needs `confirm: true`: the screen asks first, and a stray call cannot end a test. */
  'exam:submit': z.object({ ...examinee, confirm: z.literal(true), clientId }).strict(),
} as const;

/** The channels an examinee's kiosk token may call (every other channel is refused). */
export const EXAMINEE_CHANNELS = ['exam:get', 'exam:start', 'exam:answer', 'exam:flag', 'exam:submit'] as const;
