import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Channel } from '../../shared/api/contract';
import { openCore, type Core } from '../../electron/core/core';
import { dispatch } from '../../electron/core/dispatch';
import { startHost, type RunningHost } from '../../electron/core/host/server';
import { tempDir } from '../helpers/temp-dir';

const LAN = '127.0.0.2';
let core: Core;
let host: RunningHost;
let remove: () => void;
let ids: { session: number };

beforeEach(async () => {
  process.env.ATTESTA_LAN_ADDRESS = LAN;
  const t = tempDir();
  remove = t.remove;
  core = openCore(t.dir);
  host = await startHost({ core, rendererDir: null });
  const e = await dispatch(core.handlers, 'demo:load', {});
  if (!e.ok) throw new Error(e.error.message);
  ids = e.value as { session: number };
});
afterEach(async () => {
  await host.close();
  core.close();
  remove();
  delete process.env.ATTESTA_LAN_ADDRESS;
});

type Reply = { status: number; body: any };
function post(address: string, port: number, path: string, body: unknown, token?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const data = JSON.stringify(body);
    const req = request(
      { host: address, port, path, method: 'POST', agent: false, headers: { 'Content-Type': 'application/json', Host: `${address}:${port}`, ...(token ? { Authorization: `Bearer ${token}` } : {}) } },
      (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null }));
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}
const desk = (channel: Channel, input: unknown) => post('127.0.0.1', host.port, `/api/${channel}`, input, host.token);

async function openDevices() {
  const r = await desk('devices:open', { sessionId: ids.session });
  expect(r.body.ok).toBe(true);
  const url = new URL(r.body.value.url as string);
  return { port: Number(url.port), joinKey: url.hash.replace('#join=', ''), status: r.body.value };
}

describe('a session for devices', () => {
  it('listens on the network only while open, and closing revokes every device token', async () => {
    const closed = post(LAN, host.port + 1, '/device/members', {});
    await expect(closed).rejects.toThrow(/ECONNREFUSED/);
    const { port, joinKey, status } = await openDevices();
    expect(status).toMatchObject({ isOpen: true, connected: 0 });
    expect(status.qrDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    const members = await post(LAN, port, '/device/members', { joinKey });
    expect(members.body.value.members.map((m: { fullName: string }) => m.fullName)).toHaveLength(5);
    const chairId = members.body.value.members[0].id as number;
    const joined = await post(LAN, port, '/device/join', { joinKey, memberId: chairId, pin: '1111' });
    expect(joined.body).toMatchObject({ ok: true, value: { memberId: chairId } });
    const token = joined.body.value.token as string;
    expect((await post(LAN, port, '/api/defense:queue', {}, token)).body.value).toHaveLength(12);
    const stored = core.ctx.db.prepare('SELECT token_hash FROM device_token').all() as { token_hash: string }[];
    expect(stored.map((r) => r.token_hash)).not.toContain(token);
    await desk('devices:close', { sessionId: ids.session });
    await expect(post(LAN, port, '/api/defense:queue', {}, token)).rejects.toThrow(/ECONNREFUSED/);
    expect((await post('127.0.0.1', host.port, '/api/defense:queue', {}, token)).status).toBe(401);
  });

  it('refuses a guessed token, the launch token over the LAN, a wrong join key, and another member\'s PIN', async () => {
    const { port, joinKey } = await openDevices();
    expect((await post(LAN, port, '/api/defense:queue', {}, 'A'.repeat(43))).status).toBe(401);
    expect((await post(LAN, port, '/api/template:list', {}, host.token)).status).toBe(401);
    expect((await post(LAN, port, '/device/members', { joinKey: 'guess' })).status).toBe(403);
    const members = (await post(LAN, port, '/device/members', { joinKey })).body.value.members as { id: number }[];
    const wrong = await post(LAN, port, '/device/join', { joinKey, memberId: members[1]!.id, pin: '1111' }); // the chair's PIN
    expect(wrong.body.error.code).toBe('wrong_pin');
  });

  it('locks a member out after 5 wrong PINs', async () => {
    const { port, joinKey } = await openDevices();
    const memberId = ((await post(LAN, port, '/device/members', { joinKey })).body.value.members as { id: number }[])[2]!.id;
    for (let i = 0; i < 5; i += 1) expect((await post(LAN, port, '/device/join', { joinKey, memberId, pin: `000${i}` })).body.error.code).toBe('wrong_pin');
    expect((await post(LAN, port, '/device/join', { joinKey, memberId, pin: '3333' })).body.error.code).toBe('pin_locked');
  });

  it("scopes a member's token to their own sheet, never on behalf, only defense channels", async () => {
    const { port, joinKey } = await openDevices();
    const members = (await post(LAN, port, '/device/members', { joinKey })).body.value.members as { id: number }[];
    const me = members[1]!.id;
    const token = (await post(LAN, port, '/device/join', { joinKey, memberId: me, pin: '2222' })).body.value.token as string;
    const turn = ((await post(LAN, port, '/api/defense:queue', {}, token)).body.value as { id: number; status: string }[]).find((t) => t.status === 'waiting')!;
    const other = members[2]!.id;
    expect((await post(LAN, port, '/api/sheet:save', { turnId: turn.id, memberId: other, scores: [1, 1, 1, 1, 1], version: 0 }, token)).status).toBe(403);
    const saved = await post(LAN, port, '/api/sheet:save', { turnId: turn.id, scores: [16, 16, 25, 8, 16], version: 0, onBehalf: true, clientId: 'phone-1-0001' }, token);
    expect(saved.body.value).toMatchObject({ memberId: me, isOnBehalf: false, enteredBy: `member:${me}` });
    expect((await post(LAN, port, '/api/listener:list', { cohortId: 1 }, token)).status).toBe(403);
    expect((await post(LAN, port, '/api/session:close', { sessionId: ids.session, presentMemberIds: [] }, token)).status).toBe(403);
  });

  it('a resent write (same client id) is stored once', async () => {
    const { port, joinKey } = await openDevices();
    const me = ((await post(LAN, port, '/device/join', { joinKey, memberId: ((await post(LAN, port, '/device/members', { joinKey })).body.value.members as { id: number }[])[3]!.id, pin: '4444' })).body.value) as {
      token: string;
      memberId: number;
    };
    const turn = ((await post(LAN, port, '/api/defense:queue', {}, me.token)).body.value as { id: number; status: string }[]).find((t) => t.status === 'waiting')!;
    const input = { turnId: turn.id, scores: [10, 10, 20, 5, 10], version: 0, clientId: 'phone-4-0001' };
    const first = await post(LAN, port, '/api/sheet:save', input, me.token);
    const again = await post(LAN, port, '/api/sheet:save', input, me.token);
    expect(again.body).toEqual(first.body);
    expect(core.ctx.db.prepare('SELECT count(*) AS n FROM member_sheet WHERE turn_id = ? AND member_id = ?').get(turn.id, me.memberId)).toEqual({ n: 1 });
    const audit = core.ctx.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'score' AND actor = ?").get(`member:${me.memberId}`) as { n: number };
    expect(audit.n).toBe(5);
  });
});

describe("examinees' own devices for a test sitting", () => {
  it('the network listens only while the sitting is open for devices; an examinee token reaches only exam:*', async () => {
    const demo = (await desk('demo:load', {})).body.value as { sitting: number };
    const sitting = (await desk('sitting:get', { sittingId: demo.sitting })).body.value as { examinees: { id: number; status: string }[] };
    const ready = sitting.examinees.find((e) => e.status === 'ready')!;
    const token = (await desk('sitting:reissue', { examineeId: ready.id })).body.value.token as string;
    await expect(post(LAN, host.port, '/api/exam:get', {}, token)).rejects.toThrow(/ECONNREFUSED/);
    const opened = (await desk('devices:open-sitting', { sittingId: demo.sitting })).body.value as { baseUrl: string };
    const port = Number(new URL(opened.baseUrl).port);
    expect(new URL(opened.baseUrl).hostname).toBe(LAN);
    expect((await post(LAN, port, '/api/exam:get', {}, token)).body.value.status).toBe('ready');
    expect((await post(LAN, port, '/api/sitting:results', { sittingId: demo.sitting }, token)).status).toBe(403);
    await desk('devices:close-sitting', { sittingId: demo.sitting });
    await expect(post(LAN, port, '/api/exam:get', {}, token)).rejects.toThrow(/ECONNREFUSED/);
  });
});
