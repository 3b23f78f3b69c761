import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExamResponse } from '../../shared/api/channels/sittings';
import type { ExamView, PublicItem } from '../../shared/api/channels/sittings-types';
import { openCore } from '../../electron/core/core';
import { dispatch } from '../../electron/core/dispatch';
import { tempDir } from '../helpers/temp-dir';

const TOKEN = 'crash-test-launch-token-answers-0123';
const { dir, remove } = tempDir();
afterAll(() => remove());

function startHub(port: number): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '../helpers/hub-main.ts'), dir, String(port), TOKEN], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout!.once('data', (d: Buffer) => resolve({ child, port: (JSON.parse(d.toString()) as { port: number }).port }));
    child.once('error', reject);
  });
}

function post(port: number, path: string, body: unknown, token: string): Promise<any> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', agent: false, headers: { Host: `127.0.0.1:${port}`, Authorization: `Bearer ${token}` } }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => {
        try {
          resolve(JSON.parse(text));
        } catch (e) {
          reject(e);
        }
      });
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

/** A valid answer of round `r` to an item (each round gives a different one where the type allows). */
function answer(item: PublicItem, r: number): ExamResponse {
  switch (item.type) {
    case 'single':
      return { type: 'single', choice: r % item.options.length };
    case 'multiple':
      return { type: 'multiple', choices: [r % item.options.length] };
    case 'truefalse':
      return { type: 'truefalse', answer: r % 2 === 0 };
    case 'matching':
      return { type: 'matching', rights: item.lefts.map((_, i) => (i + r) % item.rights.length) };
    case 'numeric':
      return { type: 'numeric', text: String(r) };
    default:
      return { type: item.type, text: `жауап ${r}` };
  }
}

describe('the hub survives SIGKILL during a test burst', () => {
  it('every acknowledged answer is stored (the last one, or the one in flight), once', async () => {
    const setup = openCore(dir);
    const demo = await dispatch(setup.handlers, 'demo:load', {});
    if (!demo.ok) throw new Error(demo.error.message);
    const sittingId = (demo.value as { sitting: number }).sitting;
    const detail = await dispatch(setup.handlers, 'sitting:get', { sittingId });
    const open = ((detail.ok ? detail.value : { examinees: [] }) as { examinees: { id: number; status: string }[] }).examinees.filter((e) => e.status === 'ready' || e.status === 'in_progress');
    setup.close();
    expect(open.length).toBeGreaterThanOrEqual(3);

    let hub = await startHub(0);
    const port = hub.port;
    const examinees: { token: string; items: PublicItem[] }[] = [];
    for (const e of open) {
      const reissued = await post(port, '/api/sitting:reissue', { examineeId: e.id }, TOKEN);
      if (!reissued.ok) throw new Error(JSON.stringify(reissued));
      const token = reissued.value.token as string;
      const view = (await post(port, '/api/exam:start', {}, token)).value as ExamView;
      examinees.push({ token, items: view.items });
    }
    const acked = new Map<string, ExamResponse>();
    const inFlight = new Map<string, ExamResponse>();
    const bursts = examinees.map(async (x, k) => {
      for (let r = 0; r < 40; r += 1) {
        for (const item of x.items) {
          const response = answer(item, r);
          const key = `${k}:${item.ref}`;
          inFlight.set(key, response);
          try {
            const res = await post(port, '/api/exam:answer', { ref: item.ref, response, clientId: `x${k}-${item.ref}-${r}` }, x.token);
            if (!res.ok) throw new Error(res.error.message);
            acked.set(key, response);
          } catch (e) {
            if (e instanceof Error && /ECONNRESET|ECONNREFUSED|socket hang up/.test(e.message)) return;
            throw e;
          }
        }
      }
    });
    setTimeout(() => hub.child.kill('SIGKILL'), 700);
    await Promise.all(bursts);
    expect(acked.size).toBeGreaterThan(0);

    hub = await startHub(port);
    try {
      for (const [k, x] of examinees.entries()) {
        const view = (await post(port, '/api/exam:get', {}, x.token)).value as ExamView;
        for (const item of view.items) {
          const key = `${k}:${item.ref}`;
          const last = acked.get(key);
          if (!last) continue;
          expect([JSON.stringify(last), JSON.stringify(inFlight.get(key))]).toContain(JSON.stringify(item.answer));
        }
      }
    } finally {
      hub.child.kill('SIGTERM');
    }
    const check = openCore(dir);
    expect(check.ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
    const dupes = check.ctx.db.prepare('SELECT count(*) AS n FROM (SELECT examinee_id, item_key, count(*) c FROM answer GROUP BY 1, 2 HAVING c > 1)').get();
    check.close();
    expect(dupes).toEqual({ n: 0 });
  });
});
