import type { IncomingMessage, ServerResponse } from 'node:http';
import { fail } from '../../../shared/api/envelope';
import { isAppError } from '../../../shared/domain/errors';
import { requestActor } from '../context';
import type { Core } from '../core';
import { dispatch, type ErrorSink } from '../dispatch';
import { getSession } from '../services/commission';
import { deviceScope, joinMember, sessionOfJoinKey, type DeviceScope } from '../services/devices';
import { scopeDeviceRequest } from './device-access';
import { examineeScope, scopeExamineeRequest, type ExamineeScope } from './examinee-access';
import { streamEvents } from './events';
import { checkHostAndOrigin, checkToken, sameSecret } from './guard';
import { readJson, refuse, SECURITY_HEADERS, sendJson } from './http-io';
import { readStatic } from './static-files';

/** Who a request speaks for: the desktop (launch token), a member's device, or an examinee's kiosk. */
type Caller = { kind: 'desktop' } | { kind: 'device'; scope: DeviceScope } | { kind: 'examinee'; scope: ExamineeScope };

/** What the routes need: the core, the launch token, the allowed Host values, and which listener this is. */
export type RouteContext = {
  core: Core;
  token: string;
  allowedHosts: ReadonlySet<string>;
  rendererDir: string | null;
  onInternal?: ErrorSink;
};

function callerOf(rc: RouteContext, token: string, isLan: boolean): Caller | null {
  if (!isLan && sameSecret(token, rc.token)) return { kind: 'desktop' };
  const scope = deviceScope(rc.core.ctx.db, token);
  if (scope) return { kind: 'device', scope };
  const exam = examineeScope(rc.core.ctx.db, token);
  return exam ? { kind: 'examinee', scope: exam } : null;
}

async function api(rc: RouteContext, req: IncomingMessage, res: ServerResponse, channel: string, caller: Caller): Promise<void> {
  if (channel === 'events' && req.method === 'GET') {
    streamEvents(rc.core.ctx, res, SECURITY_HEADERS, (e) => caller.kind === 'desktop' || (caller.kind === 'device' && e.sessionId === caller.scope.defenseSessionId));
    return;
  }
  if (req.method !== 'POST') return sendJson(res, 405, fail({ code: 'bad_input', message: 'API calls are POST' }));
  const body = await readJson(req);
  if (!body.ok) return sendJson(res, body.status, fail({ code: 'bad_input', message: body.message }));
  let input = body.value;
  if (caller.kind !== 'desktop') {
    const scoped = caller.kind === 'device' ? scopeDeviceRequest(rc.core.ctx.db, channel, input, caller.scope) : scopeExamineeRequest(rc.core.ctx.db, channel, input, caller.scope);
    if ('status' in scoped) return refuse(res, scoped);
    input = scoped.input;
  }
  const run = () => dispatch(rc.core.handlers, channel, input, rc.onInternal);
  const actor = caller.kind === 'device' ? `member:${caller.scope.memberId}` : caller.kind === 'examinee' ? `examinee:${caller.scope.examineeId}` : null;
  const envelope = actor ? await requestActor.run(actor, run) : await run();
  sendJson(res, !envelope.ok && envelope.error.code === 'unknown_channel' ? 404 : 200, envelope);
}

async function device(rc: RouteContext, req: IncomingMessage, res: ServerResponse, action: string): Promise<void> {
  if (req.method !== 'POST') return sendJson(res, 405, fail({ code: 'bad_input', message: 'POST only' }));
  const body = await readJson(req, 16 * 1024);
  if (!body.ok) return sendJson(res, body.status, fail({ code: 'bad_input', message: body.message }));
  const input = body.value as { joinKey?: unknown; memberId?: unknown; pin?: unknown };
  const joinKey = typeof input.joinKey === 'string' ? input.joinKey : '';
  const { db } = rc.core.ctx;
  try {
    if (action === 'members') {
      const sessionId = sessionOfJoinKey(db, joinKey);
      if (sessionId === null) return refuse(res, { status: 403, code: 'forbidden', message: 'this join link is not open' });
      const s = getSession(db, sessionId);
      const members = s.members.filter((m) => m.role !== 'secretary').map((m) => ({ id: m.id, fullName: m.fullName, role: m.role }));
      return sendJson(res, 200, { ok: true, value: { sessionId, heldOn: s.heldOn, place: s.place, members } });
    }
    if (action === 'join' && typeof input.memberId === 'number' && typeof input.pin === 'string') {
      const joined = joinMember(db, { joinKey, memberId: input.memberId, pin: input.pin.slice(0, 8), address: req.socket.remoteAddress ?? 'unknown' }, rc.core.ctx.now());
      return sendJson(res, 200, { ok: true, value: { token: joined.token, memberId: joined.scope.memberId, memberName: joined.memberName, sessionId: joined.scope.defenseSessionId } });
    }
    return sendJson(res, 404, fail({ code: 'not_found', message: 'no such device action' }));
  } catch (e) {
    if (isAppError(e)) return sendJson(res, 200, fail({ code: e.code, message: e.message, field: e.field }));
    throw e;
  }
}

/** Handles one request on the local listener (`isLan` false) or the LAN listener. */
export async function route(rc: RouteContext, req: IncomingMessage, res: ServerResponse, isLan: boolean): Promise<void> {
  const facts = { host: req.headers.host, origin: req.headers.origin, authorization: req.headers.authorization };
  const hostRefusal = checkHostAndOrigin(facts, rc.allowedHosts);
  if (hostRefusal) return refuse(res, hostRefusal);
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  if (path.startsWith('/device/')) return device(rc, req, res, path.slice('/device/'.length));
  if (path.startsWith('/api/')) {
    let caller: Caller | null = null;
    const tokenRefusal = checkToken(facts, (t) => (caller = callerOf(rc, t, isLan)) !== null);
    if (tokenRefusal || !caller) return refuse(res, tokenRefusal ?? { status: 401, code: 'unauthorized', message: 'a valid session token is needed' });
    let channel: string;
    try {
      channel = decodeURIComponent(path.slice('/api/'.length));
    } catch {
      return sendJson(res, 400, fail({ code: 'bad_input', message: 'bad channel name' }));
    }
    return api(rc, req, res, channel, caller);
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, fail({ code: 'bad_input', message: 'GET only' }));
  const file = rc.rendererDir ? readStatic(rc.rendererDir, path) : null;
  if (!file) return sendJson(res, 404, fail({ code: 'not_found', message: 'not found' }));
  res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': file.type });
  res.end(req.method === 'HEAD' ? undefined : file.body);
}
