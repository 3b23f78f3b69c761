import type { ChannelResult, ParsedInput } from '../../shared/api/contract';
import type { PeopleResults } from '../../shared/api/channels/people-types';
import { AppError } from '../../shared/domain/errors';
import { actorOf, type CoreContext } from './context';
import { admissionOf, admitByChair, recordModuleControl } from './services/admission';
import { auditTrail } from './services/audit';
import { createCohort, listCohorts } from './services/cohorts';
import { createSession, getSession, listSessions, recuse, requirePin, setPin } from './services/commission';
import { copyDesign, saveDesign } from './services/designs';
import { importListeners, importListenersWithPreview, listenerTemplateXlsx, MAX_IMPORT_BYTES } from './services/listener-import';
import { listenerHistory, searchListeners } from './services/listener-history';
import { queue } from './services/defense/turns';
import { addListener, deleteListener, listListeners, restoreListener, setAcademicLeave, updateListener } from './services/listeners';
import { createProgramme, getProgramme, listProgrammes, setModules, updateProgrammeSettings } from './services/programmes';

type PeopleChannel = keyof PeopleResults;
/** The handlers of the people channels. */
export type PeopleHandlers = { [C in PeopleChannel]: (input: ParsedInput<C>) => ChannelResult<C> | Promise<ChannelResult<C>> };

function decodeFile(base64: string): Buffer {
  const buffer = Buffer.from(base64, 'base64');
  if (buffer.length > MAX_IMPORT_BYTES) throw new AppError('file_too_large', `the file is ${buffer.length} bytes; at most 20 MB`, 'file');
  return buffer;
}

/** Programmes, cohorts, listeners, commissions, operators and admission over one context. */
export function createPeopleHandlers(ctx: CoreContext): PeopleHandlers {
  const { db } = ctx;
  const actor = () => actorOf(ctx);
  return {
    'programme:list': () => listProgrammes(db),
    'programme:get': ({ id }) => getProgramme(db, id),
    'programme:create': (input) => createProgramme(db, input, ctx.now()),
    'programme:update-settings': ({ id, settings }) => updateProgrammeSettings(db, id, settings),
    'programme:set-modules': ({ id, modules }) => {
      setModules(db, id, modules);
      return getProgramme(db, id);
    },
    'design:save': ({ design }) => saveDesign(db, design, ctx.now()),
    'design:copy': ({ id, newId }) => copyDesign(db, id, newId, ctx.now()),
    'cohort:list': ({ programmeId }) => listCohorts(db, programmeId),
    'cohort:create': (input) => createCohort(db, input, ctx.now()),
    'listener:list': ({ cohortId, search, deleted }) => listListeners(db, cohortId, { search, deleted }),
    'listener:add': ({ cohortId, fields }) => addListener(db, cohortId, fields, actor(), ctx.now()),
    'listener:update': ({ id, fields }) => updateListener(db, id, fields, actor(), ctx.now()),
    'listener:delete': ({ id }) => deleteListener(db, id, actor(), ctx.now()),
    'listener:restore': ({ id }) => restoreListener(db, id, actor(), ctx.now()),
    'listener:history': ({ id }) => listenerHistory(db, id),
    'listener:leave': ({ id, onLeave, note }) => setAcademicLeave(db, id, onLeave, note ?? '', actor(), ctx.now()),
    'listener:search': ({ query, limit }) => searchListeners(db, query, limit),
    'listener:import-template': async ({ lang }) => ({
      fileName: `attesta-listeners-${lang}.xlsx`,
      base64: (await listenerTemplateXlsx(lang)).toString('base64'),
    }),
    'listener:import': ({ cohortId, fileBase64, dryRun }) => importListeners(db, cohortId, decodeFile(fileBase64), { dryRun, actor: actor(), now: ctx.now() }),
    'listener:import-preview': ({ cohortId, fileBase64 }) => importListenersWithPreview(db, cohortId, decodeFile(fileBase64), { dryRun: true, actor: actor(), now: ctx.now() }),
    'session:list': ({ cohortId }) => listSessions(db, cohortId),
    'session:get': ({ id }) => getSession(db, id),
    'session:create': (input) => createSession(db, input, actor(), ctx.now()),
    'member:set-pin': ({ memberId, pin }) => setPin(db, memberId, pin, actor(), ctx.now()),
    'member:recuse': ({ memberId, listenerId, reason }) => {
      const session = recuse(db, memberId, listenerId, reason, actor(), ctx.now());
      // Boards and devices of this session learn who no longer scores the listener.
      const turn = queue(db, session.id).find((t) => t.listenerId === listenerId);
      ctx.events.emit('change', { sessionId: session.id, turnId: turn?.id ?? null, kind: 'recuse' });
      return session;
    },
    'operator:sign-in': ({ memberId, pin }) => {
      const m = requirePin(db, memberId, pin);
      ctx.operator = { memberId: m.id, fullName: m.fullName, role: m.role };
      return ctx.operator;
    },
    'operator:sign-out': () => {
      ctx.operator = null;
      return null;
    },
    'operator:get': () => ctx.operator,
    'admission:get': ({ listenerId }) => admissionOf(db, listenerId),
    'admission:record-module': (input) => recordModuleControl(db, input, actor(), ctx.now()),
    'admission:admit': (input) => admitByChair(db, input, ctx.now()),
    'audit:list': ({ entity, entityId }) => auditTrail(db, entity, entityId),
  };
}
