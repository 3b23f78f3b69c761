import { z } from 'zod';

const id = z.number().int().positive();
const pin = z.string().max(8);

/** Input schemas of defense day: queue, questions, sheets, board, confirmation, amendments. */
export const defenseInputs = {
  'defense:queue': z.object({ sessionId: id }).strict(),
  'defense:turn': z.object({ turnId: id }).strict(),
  'defense:start': z.object({ turnId: id }).strict(),
  'defense:end': z.object({ turnId: id }).strict(),
  'defense:pitch': z.object({ turnId: id, action: z.enum(['start', 'stop']) }).strict(),
  'defense:ask': z.object({ turnId: id, memberId: id, questionIndex: z.number().int().min(0).nullable().optional(), text: z.string().trim().min(1).max(2000), answerNote: z.string().max(2000).optional() }).strict(),
  'defense:note': z.object({ turnId: id, notes: z.string().max(10_000) }).strict(),
  'sheet:get': z.object({ turnId: id, memberId: id }).strict(),
  'sheet:save': z
    .object({ turnId: id, memberId: id, scores: z.array(z.number().finite().nullable()).max(200), version: z.number().int().min(0), onBehalf: z.boolean().default(false), clientId: z.string().min(8).max(100).optional() })
    .strict(),
  'sheet:submit': z.object({ turnId: id, memberId: id, version: z.number().int().min(1), clientId: z.string().min(8).max(100).optional() }).strict(),
  'sheet:revote': z.object({ turnId: id, memberId: id }).strict(),
  'board:get': z.object({ turnId: id }).strict(),
  'divergence:resolve': z
    .object({
      turnId: id,
      criterion: z.number().int().min(1).nullable(),
      reason: z.enum(['spread', 'band_straddle']),
      resolution: z.enum(['revote', 'keep', 'dissent']),
      memberId: id.nullable().optional(),
      text: z.string().max(5000).optional(),
    })
    .strict(),
  'result:confirm': z.object({ turnId: id, chairId: id, pin }).strict(),
  'result:get': z.object({ turnId: id }).strict(),
  'result:amend': z.object({ resultId: id, chairId: id, pin, reason: z.string().trim().min(1).max(2000), totalExact: z.number().finite().min(0) }).strict(),
  'session:close': z.object({ sessionId: id, presentMemberIds: z.array(id).max(30) }).strict(),
} as const;
