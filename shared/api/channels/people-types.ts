import type { Localized } from '../../domain/localized';
import type { Design } from '../../schemas/design-schema';
import type { ListenerFields, ProgrammeSettings } from '../../schemas/programme-schema';
import type { Validation } from '../../domain/validate-design';

/** A programme with its modules and settings. */
export type Programme = {
  id: number;
  title: Localized;
  hours: number;
  designId: string;
  settings: ProgrammeSettings;
  modules: { id: number; position: number; title: Localized; hours: number; gatesAdmission: boolean }[];
  createdAt: string;
};

/** A cohort (group) of listeners on one programme. */
export type Cohort = {
  id: number;
  programmeId: number;
  name: string;
  startsOn: string | null;
  endsOn: string | null;
  format: string | null;
  place: string | null;
  listeners: number;
};

/** A listener as the app shows it. */
export type Listener = ListenerFields & { id: number; cohortId: number; deletedAt: string | null; onLeaveSince: string | null };

/** One defense of a listener across the archive, newest first. */
export type ListenerHistoryEntry = {
  sessionId: number;
  heldOn: string;
  cohortId: number;
  turnId: number;
  startedAt: string | null;
  result: { total: number; band: string | null; lockedAt: string; hash: string } | null;
  amendments: number;
};

/** A commission role. */
export type Role = 'chair' | 'member' | 'secretary';

/** A commission member of a defense session (the PIN itself never leaves the core). */
export type Member = { id: number; sessionId: number; fullName: string; role: Role; position: string | null; hasPin: boolean };

/** A defense session with its commission and recusals. */
export type DefenseSession = {
  id: number;
  cohortId: number;
  heldOn: string;
  place: string | null;
  openedAt: string;
  closedAt: string | null;
  members: Member[];
  recusals: { memberId: number; listenerId: number; reason: string }[];
};

/** Whether a listener may defend, and why not. */
export type Admission = {
  listenerId: number;
  admitted: boolean;
  reason: 'ok' | 'modules_missing' | 'on_leave' | 'admitted_by_chair';
  missingModules: { id: number; title: Localized }[];
  override: { note: string; by: number; at: string } | null;
};

/** The import report, as `attesta import-listeners` prints it. */
export type ImportReport = {
  rows: number;
  imported: number;
  duplicates: { row: number; of: number | string }[];
  errors: { row: number; field: string; message: string }[];
};

/** What an import file holds, row by row (as text), for the preview table beside the report. */
export type ImportPreview = {
  columns: ('fullName' | 'iin' | 'organisation' | 'position' | 'topic' | 'mentor')[];
  rows: { row: number; values: Record<'fullName' | 'iin' | 'organisation' | 'position' | 'topic' | 'mentor', string> }[];
};

/** A row of the audit log, newest first. */
export type AuditRow = {
  id: number;
  at: string;
  actor: string;
  onBehalfOf: string | null;
  action: string;
  entity: string;
  entityId: number | null;
  before: unknown;
  after: unknown;
};

/** Who is acting on this desktop (null: nobody signed in; actions are recorded as "desktop"). */
export type Operator = { memberId: number; fullName: string; role: Role } | null;

/** Result types of the people channels. */
export type PeopleResults = {
  'programme:list': Programme[];
  'programme:get': Programme;
  'programme:create': Programme;
  'programme:update-settings': Programme;
  'programme:set-modules': Programme;
  'design:save': { design: Design; validation: Validation };
  'design:copy': Design;
  'cohort:list': Cohort[];
  'cohort:create': Cohort;
  'listener:list': Listener[];
  'listener:add': Listener;
  'listener:update': Listener;
  'listener:delete': Listener;
  'listener:restore': Listener;
  'listener:history': ListenerHistoryEntry[];
  'listener:leave': Listener;
  'listener:search': (Listener & { cohortName: string })[];
  'listener:import-template': { fileName: string; base64: string };
  'listener:import': ImportReport;
  'listener:import-preview': { report: ImportReport; preview: ImportPreview };
  'session:list': DefenseSession[];
  'session:get': DefenseSession;
  'session:create': DefenseSession;
  'member:set-pin': Member;
  'member:recuse': DefenseSession;
  'operator:sign-in': Operator;
  'operator:sign-out': Operator;
  'operator:get': Operator;
  'admission:get': Admission;
  'admission:record-module': Admission;
  'admission:admit': Admission;
  'audit:list': AuditRow[];
};
