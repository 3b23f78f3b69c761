import { z } from 'zod';
import type { AggregateResult } from '../domain/aggregate';
import type { GradeResult } from '../domain/grade';
import type { Localized } from '../domain/localized';
import type { Validation } from '../domain/validate-design';
import type { Design } from '../schemas/design-schema';
import { backupInputs, type BackupResults } from './channels/backups';
import { defenseInputs } from './channels/defense';
import { deviceInputs, type DeviceResults } from './channels/devices';
import { documentInputs } from './channels/documents';
import type { ExportResult, GradeDistribution } from './channels/documents-types';
import type { DefenseResults } from './channels/defense-types';
import { peopleInputs } from './channels/people';
import type { PeopleResults } from './channels/people-types';
import { sittingInputs } from './channels/sittings';
import { bankInputs } from './channels/banks';
import type { BankResults } from './channels/banks-types';
import { variantInputs } from './channels/variants';
import type { VariantResults } from './channels/variants-types';
import { jobInputs, type JobResults } from './channels/jobs';
import { privacyInputs } from './channels/privacy';
import type { PrivacyResults } from './channels/privacy-types';
import type { SittingResults } from './channels/sittings-types';

const templateId = z.string().min(1).max(100);
const score = z.number().finite();

/** Input schemas of every channel: the single source of truth for both hosts. */
export const channelInputs = {
  'template:list': z.object({}).strict(),
  'template:get': z.object({ id: templateId }).strict(),
  'template:validate': z.object({ design: z.unknown() }).strict(),
  'grade:compute': z
    .object({ template: templateId, scores: z.array(score).max(200).optional(), percent: score.optional() })
    .strict(),
  'aggregate:compute': z
    .object({
      template: templateId,
      rule: z.enum(['mean', 'median', 'trimmed']).optional(),
      sheets: z.array(z.array(score).max(200)).min(1).max(50),
    })
    .strict(),
  'demo:load': z.object({}).strict(),
  'app:info': z.object({}).strict(),
  ...peopleInputs,
  ...defenseInputs,
  ...deviceInputs,
  ...backupInputs,
  ...documentInputs,
  ...sittingInputs,
  ...bankInputs,
  ...variantInputs,
  ...privacyInputs,
  ...jobInputs,
} as const;

/** A channel name, `<domain>:<verb>`. */
export type Channel = keyof typeof channelInputs;

/** The channel names, for hosts that must list them. */
export const CHANNELS = Object.keys(channelInputs) as Channel[];

/** One row of `attesta templates`. */
export type TemplateSummary = {
  id: string;
  kind: Design['kind'];
  title: Localized;
  max: number;
  criteria: number | null;
};

/** What `attesta demo` prints. */
export type DemoIds = { programme: number; cohort: number; session: number; sitting: number | null };

/** Facts about the running core, for the About screen. */
export type AppInfo = { version: string; dataDir: string; schemaVersion: number; dbBytes: number; lastBackup: string | null };

/** The result type of every channel. */
export type ChannelResults = PeopleResults &
  DefenseResults &
  DeviceResults &
  BackupResults &
  SittingResults &
  BankResults &
  VariantResults &
  PrivacyResults &
  JobResults & {
  'template:list': TemplateSummary[];
  'template:get': Design;
  'template:validate': Validation;
  'grade:compute': GradeResult;
  'aggregate:compute': AggregateResult;
  'demo:load': DemoIds;
  'app:info': AppInfo;
  'document:export': ExportResult & { base64?: string };
  'document:distribution': GradeDistribution[];
};

/** The input a caller passes on a channel (before defaults). */
export type ChannelInput<C extends Channel> = z.input<(typeof channelInputs)[C]>;
/** The input a handler receives (parsed, defaulted). */
export type ParsedInput<C extends Channel> = z.output<(typeof channelInputs)[C]>;
/** The value a channel answers with. */
export type ChannelResult<C extends Channel> = ChannelResults[C];

/** The typed API the renderer sees as `window.api` (Electron) or over HTTP. */
export type Api = { [C in Channel]: (input: ChannelInput<C>) => Promise<ChannelResult<C>> };

/** True when a string names a channel. */
export function isChannel(name: string): name is Channel {
  return Object.hasOwn(channelInputs, name);
}
