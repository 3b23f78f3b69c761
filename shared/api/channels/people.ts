import { z } from 'zod';
import { localizedSchema } from '../../schemas/design-schema';
import { listenerFieldsSchema, moduleSchema, programmeSettingsSchema } from '../../schemas/programme-schema';

const id = z.number().int().positive();
const lang = z.enum(['kk', 'ru', 'en']);

/** Input schemas of programmes, cohorts, listeners, commissions, operators and admission. */
export const peopleInputs = {
  'programme:list': z.object({}).strict(),
  'programme:get': z.object({ id }).strict(),
  'programme:create': z
    .object({
      title: localizedSchema,
      hours: z.number().int().min(0).max(5000),
      designId: z.string().min(1),
      settings: programmeSettingsSchema.partial().optional(),
      modules: z.array(moduleSchema).max(100).optional(),
    })
    .strict(),
  'programme:update-settings': z.object({ id, settings: programmeSettingsSchema.partial() }).strict(),
  'programme:set-modules': z.object({ id, modules: z.array(moduleSchema).max(100) }).strict(),
  'design:save': z.object({ design: z.unknown() }).strict(),
  'design:copy': z.object({ id: z.string().min(1), newId: z.string().regex(/^[a-z0-9][a-z0-9-]{1,80}$/) }).strict(),
  'cohort:list': z.object({ programmeId: id.optional() }).strict(),
  'cohort:create': z
    .object({
      programmeId: id,
      name: z.string().trim().min(1).max(200),
      startsOn: z.string().nullable().optional(),
      endsOn: z.string().nullable().optional(),
      format: z.string().max(100).nullable().optional(),
      place: z.string().max(300).nullable().optional(),
    })
    .strict(),
  'listener:list': z.object({ cohortId: id, search: z.string().max(100).optional(), deleted: z.boolean().optional() }).strict(),
  'listener:add': z.object({ cohortId: id, fields: listenerFieldsSchema }).strict(),
  'listener:update': z.object({ id, fields: listenerFieldsSchema }).strict(),
  'listener:delete': z.object({ id }).strict(),
  'listener:restore': z.object({ id }).strict(),
  'listener:history': z.object({ id }).strict(),
  'listener:leave': z.object({ id, onLeave: z.boolean(), note: z.string().max(500).optional() }).strict(),
  'listener:search': z.object({ query: z.string().trim().min(2).max(100), limit: z.number().int().min(1).max(200).default(50) }).strict(),
  'listener:import-template': z.object({ lang }).strict(),
  'listener:import': z.object({ cohortId: id, fileBase64: z.string().max(28_000_000), dryRun: z.boolean() }).strict(),
  'listener:import-preview': z.object({ cohortId: id, fileBase64: z.string().max(28_000_000) }).strict(),
  'session:list': z.object({ cohortId: id }).strict(),
  'session:get': z.object({ id }).strict(),
  'session:create': z
    .object({
      cohortId: id,
      heldOn: z.string(),
      place: z.string().max(300).nullable().optional(),
      members: z.array(z.object({ fullName: z.string().max(300), role: z.enum(['chair', 'member', 'secretary']), position: z.string().max(300).nullable().optional() })).min(1).max(30),
    })
    .strict(),
  'member:set-pin': z.object({ memberId: id, pin: z.string().max(8) }).strict(),
  'member:recuse': z.object({ memberId: id, listenerId: id, reason: z.string().max(500) }).strict(),
  'operator:sign-in': z.object({ memberId: id, pin: z.string().max(8) }).strict(),
  'operator:sign-out': z.object({}).strict(),
  /** Who operates this desktop now (their id goes into the audit trail), or null. */
  'operator:get': z.object({}).strict(),
  'admission:get': z.object({ listenerId: id }).strict(),
  'admission:record-module': z.object({ listenerId: id, moduleId: id, passed: z.boolean(), note: z.string().max(500).nullable().optional() }).strict(),
  'admission:admit': z.object({ listenerId: id, chairId: id, pin: z.string().max(8), note: z.string().max(1000) }).strict(),
  'audit:list': z.object({ entity: z.string().max(50).optional(), entityId: id.optional() }).strict(),
} as const;
