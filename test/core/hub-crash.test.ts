import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/core';
import { dispatch } from '../../electron/core/dispatch';
import { tempDir } from '../helpers/temp-dir';

const LAN = '127.0.0.3';
const TOKEN = 'crash-test-launch-token-0123456789';
const { dir, remove } = tempDir();
afterAll(() => remove());

function startHub(port: number): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '../helpers/hub-main.ts'), dir, String(port), TOKEN], {
      env: { ...process.env, ATTESTA_LAN_ADDRESS: LAN },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout!.once('data', (d: Buffer) => resolve({ child, port: (JSON.parse(d.toString()) as { port: number }).port }));
    child.once('error', reject);
  });
}

function post(address: string, port: number, path: string, body: unknown, token?: string): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: address, port, path, method: 'POST', agent: false, headers: { Host: `${address}:${port}`, ...(token ? { Authorization: `Bearer ${token}` } : {}) } }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => {
        try {
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) });
        } catch (e) {
          reject(e);
        }
      });
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

describe('the hub survives SIGKILL', () => {
  it('7 members submit a burst; the hub is killed and restarted; every acknowledged score is stored once', async () => {
    // set up: 30 listeners, a commission of 7 with PINs
    const setup = openCore(dir);
    const call = async (c: string, i: unknown) => {
      const e = await dispatch(setup.handlers, c, i);
      if (!e.ok) throw new Error(e.error.message);
      return e.value as any;
    };
    const programme = await call('programme:create', { title: { kk: 'Б', ru: 'Б', en: 'B' }, hours: 1, designId: 'kz-000-roadmap-defense' });
    const cohort = await call('cohort:create', { programmeId: programme.id, name: 'crash' });
    for (let i = 0; i < 30; i += 1) await call('listener:add', { cohortId: cohort.id, fields: { fullName: `Тыңдаушы ${String(i + 1).padStart(2, '0')}` } });
    const session = await call('session:create', { cohortId: cohort.id, heldOn: '2026-11-27', members: [{ fullName: 'Chair', role: 'chair' }, ...[1, 2, 3, 4, 5, 6].map((n) => ({ fullName: `M${n}`, role: 'member' }))] });
    for (const [i, m] of (session.members as { id: number }[]).entries()) await call('member:set-pin', { memberId: m.id, pin: `${i + 1}${i + 1}${i + 1}${i + 1}` });
    setup.close();

    let hub = await startHub(0);
    const port = hub.port;
    const opened = await post('127.0.0.1', port, '/api/devices:open', { sessionId: session.id }, TOKEN);
    const url = new URL(opened.body.value.url as string);
    const joinKey = url.hash.replace('#join=', '');
    const lanPort = Number(url.port);
    const members = await Promise.all(
      (session.members as { id: number }[]).map(async (m, i) => ({ id: m.id, token: (await post(LAN, lanPort, '/device/join', { joinKey, memberId: m.id, pin: `${i + 1}`.repeat(4) })).body.value.token as string })),
    );
    const turns = (await post(LAN, lanPort, '/api/defense:queue', {}, members[0]!.token)).body.value as { id: number }[];

    // the burst: every member saves a sheet for every listener, each with its own client id
    const acknowledged: { member: number; turn: number; clientId: string; scores: number[] }[] = [];
    let killed = false;
    const bursts = members.map(async (m, k) => {
      for (const [t, turn] of turns.entries()) {
        const scores = [10 + (k % 5), 10 + (t % 5), 20, 5, 10];
        const clientId = `m${m.id}-t${turn.id}-v1`;
        try {
          const r = await post(LAN, lanPort, '/api/sheet:save', { turnId: turn.id, scores, version: 0, clientId }, m.token);
          if (r.body.ok) acknowledged.push({ member: m.id, turn: turn.id, clientId, scores });
        } catch {
          return; // the hub died under us: what was not acknowledged may or may not be stored
        }
      }
    });
    setTimeout(() => {
      killed = true;
      hub.child.kill('SIGKILL');
    }, 400);
    await Promise.all(bursts);
    expect(killed).toBe(true);
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(acknowledged.length).toBeLessThan(7 * 30);

    // restart on the same data and port: devices resume with the same tokens and address
    hub = await startHub(port);
    try {
      for (const a of acknowledged) {
        const m = members.find((x) => x.id === a.member)!;
        const resend = await post(LAN, lanPort, '/api/sheet:save', { turnId: a.turn, scores: a.scores, version: 0, clientId: a.clientId }, m.token);
        expect(resend.body.ok).toBe(true);
      }
    } finally {
      hub.child.kill('SIGTERM');
    }
    const check = openCore(dir);
    const integrity = check.ctx.db.pragma('integrity_check', { simple: true });
    const count = check.ctx.db.prepare('SELECT count(*) AS n FROM member_sheet WHERE turn_id = ? AND member_id = ?');
    const points = check.ctx.db.prepare('SELECT group_concat(points_x100) AS p FROM (SELECT points_x100 FROM sheet_score s JOIN member_sheet m ON m.id = s.sheet_id WHERE m.turn_id = ? AND m.member_id = ? ORDER BY criterion)');
    for (const a of acknowledged) {
      expect(count.get(a.turn, a.member)).toEqual({ n: 1 });
      expect((points.get(a.turn, a.member) as { p: string }).p).toBe(a.scores.map((s) => s * 100).join(','));
    }
    check.close();
    expect(integrity).toBe('ok');
  });
});
