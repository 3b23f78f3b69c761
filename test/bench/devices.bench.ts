import Database from 'better-sqlite3';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { openCore } from '../../electron/core/core';
import { applyPragmas } from '../../electron/core/db/open';
import { dispatch } from '../../electron/core/dispatch';
import { startHost } from '../../electron/core/host/server';
import { tempDir } from '../helpers/temp-dir';
import { report, since, summary } from './stats';

/**
 * Members' devices over loopback (issue 9): 7 members × 30 listeners × 5 criteria. Measures
 * submit-to-board latency (a member's sheet:save until the desktop's event stream announces it
 * and board:get answers) and throughput, beside a bare loopback HTTP round trip plus one WAL
 * commit. Goal: p95 ≤ 30 ms.
 */
process.env.ATTESTA_LAN_ADDRESS = '127.0.0.4';
const t = tempDir('attesta-devices-bench-');
const core = openCore(t.dir);
const host = await startHost({ core, rendererDir: null });

function post(address: string, port: number, path: string, body: unknown, token: string): Promise<any> {
  return new Promise((resolve, reject) => {
    const req = request({ host: address, port, path, method: 'POST', headers: { Host: `${address}:${port}`, Authorization: `Bearer ${token}` } }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve(JSON.parse(text)));
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}
const desk = async (channel: string, input: unknown) => {
  const e = await dispatch(core.handlers, channel, input);
  if (!e.ok) throw new Error(`${channel}: ${e.error.message}`);
  return e.value as any;
};

const programme = await desk('programme:create', { title: { kk: 'Б', ru: 'Б', en: 'B' }, hours: 1, designId: 'kz-000-roadmap-defense' });
const cohort = await desk('cohort:create', { programmeId: programme.id, name: 'bench' });
for (let i = 0; i < 30; i += 1) await desk('listener:add', { cohortId: cohort.id, fields: { fullName: `Тыңдаушы ${i + 1}` } });
const session = await desk('session:create', { cohortId: cohort.id, heldOn: '2026-11-27', members: [{ fullName: 'Chair', role: 'chair' }, ...[1, 2, 3, 4, 5, 6].map((n) => ({ fullName: `M${n}`, role: 'member' }))] });
for (const [i, m] of (session.members as { id: number }[]).entries()) await desk('member:set-pin', { memberId: m.id, pin: String(1000 + i) });
const status = await desk('devices:open', { sessionId: session.id });
const url = new URL(status.url);
const joinKey = url.hash.replace('#join=', '');
const lanPort = Number(url.port);
const members: { id: number; token: string }[] = [];
for (const [i, m] of (session.members as { id: number }[]).entries()) {
  const r = await post('127.0.0.4', lanPort, '/device/join', { joinKey, memberId: m.id, pin: String(1000 + i) }, '');
  members.push({ id: m.id, token: r.value.token });
}
const turns = (await desk('defense:queue', { sessionId: session.id })) as { id: number }[];

// the desktop's live stream: resolve the waiter of a turn when its change arrives
const waiters = new Map<number, () => void>();
const stream = request({ host: '127.0.0.1', port: host.port, path: '/api/events', method: 'GET', headers: { Host: `127.0.0.1:${host.port}`, Authorization: `Bearer ${host.token}` } }, (res) => {
  res.on('data', (chunk: Buffer) => {
    for (const m of chunk.toString().matchAll(/data: (\{.*\})/g)) {
      const e = JSON.parse(m[1]!) as { turnId: number };
      waiters.get(e.turnId)?.();
    }
  });
});
stream.end();
await new Promise((r) => setTimeout(r, 200));

const latencies: number[] = [];
const started = process.hrtime.bigint();
for (const turn of turns) {
  for (const m of members) {
    const s = process.hrtime.bigint();
    const announced = new Promise<void>((resolve) => waiters.set(turn.id, resolve));
    const saved = await post('127.0.0.4', lanPort, '/api/sheet:save', { turnId: turn.id, scores: [16, 16, 25, 8, 16], version: 0, clientId: `bench-${turn.id}-${m.id}` }, m.token);
    if (!saved.ok) throw new Error(saved.error.message);
    await announced;
    await post('127.0.0.1', host.port, '/api/board:get', { turnId: turn.id }, host.token);
    latencies.push(since(s));
  }
}
const seconds = since(started) / 1000;

// base: a bare loopback HTTP round trip whose handler makes one WAL commit
const bare = new Database(join(t.dir, 'bare.sqlite'));
applyPragmas(bare);
bare.exec('CREATE TABLE s (k INTEGER PRIMARY KEY, v INTEGER) STRICT');
const upsert = bare.prepare('INSERT INTO s VALUES (?, ?) ON CONFLICT DO UPDATE SET v = excluded.v');
const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    upsert.run(1, Date.now());
    res.end('{"ok":true}');
  });
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const bport = (server.address() as AddressInfo).port;
const baseMs: number[] = [];
for (let i = 0; i < latencies.length; i += 1) {
  const s = process.hrtime.bigint();
  await post('127.0.0.1', bport, '/', {}, 'x');
  baseMs.push(since(s));
}
const base = summary(baseMs);
report('bare loopback round trip + WAL commit (base)', base);
const s = summary(latencies);
report('member submit → board announced and read', s, base);
process.stdout.write(`throughput: ${(latencies.length / seconds).toFixed(0)} sheets/s (${latencies.length} sheets)\n`);
process.stdout.write(`goal p95 ≤ 30 ms: ${s.p95 <= 30 ? 'met' : 'NOT met'}\n`);
stream.destroy();
server.close();
bare.close();
await host.close();
core.close();
t.remove();
process.exit(0);
