import { z } from 'zod';

const TEXT = 20_000;
const fraction = z.object({ num: z.number().int().min(-1_000_000).max(1_000_000), den: z.number().int().min(1).max(1_000_000) }).strict();
const text = z.string().max(TEXT);
const short = z.string().max(1_000);

const base = {
  name: z.string().trim().max(255).nullable().default(null),
  text,
  format: z.enum(['plain', 'html', 'markdown']).default('plain'),
  lang: z.enum(['kk', 'ru', 'en']).nullable().default(null),
  difficulty: z.number().int().min(1).max(5).nullable().default(null),
  competencies: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
  points: z.number().positive().max(1000).default(1),
  feedback: text.default(''),
};
const choice = z.object({ text, weight: fraction, feedback: text.default('') }).strict();

/** An item as the editor sends it (no id, no topic: the channel carries those), by type. */
export const itemDraftSchema = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('single'), options: z.array(choice).max(50), shuffle: z.boolean().default(true) }).strict(),
  z.object({ ...base, type: z.literal('multiple'), options: z.array(choice).max(50), shuffle: z.boolean().default(true) }).strict(),
  z.object({ ...base, type: z.literal('truefalse'), answer: z.boolean(), feedbackTrue: text.default(''), feedbackFalse: text.default('') }).strict(),
  z
    .object({
      ...base,
      type: z.literal('matching'),
      pairs: z.array(z.object({ left: text, right: short }).strict()).max(50),
      distractors: z.array(short).max(50).default([]),
      shuffle: z.boolean().default(true),
    })
    .strict(),
  z
    .object({
      ...base,
      type: z.literal('short'),
      answers: z.array(z.object({ text: short, weight: fraction, feedback: text.default('') }).strict()).max(50),
      ignoreCase: z.boolean().default(true),
      ignoreSpaces: z.boolean().default(true),
    })
    .strict(),
  z
    .object({
      ...base,
      type: z.literal('numeric'),
      answers: z.array(z.object({ value: z.string().max(40), tolerance: z.string().max(40).default('0'), weight: fraction, feedback: text.default('') }).strict()).max(50),
    })
    .strict(),
  z.object({ ...base, type: z.literal('essay') }).strict(),
]);

/** An item draft after parsing. */
export type ItemDraftInput = z.infer<typeof itemDraftSchema>;
