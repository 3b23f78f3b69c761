import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectText, fillScores, pageText, STACK_PATTERN, startHarness, type Harness } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

/** A raw POST with exactly the headers given (Node's fetch would not let us forge Host). */
function post(path: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: h.host.port, path, method: 'POST', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end('{}');
  });
}

describe('the HTTP host refuses what it must (decisions §5)', () => {
  const own = (): Record<string, string> => ({ Host: `127.0.0.1:${h.host.port}`, 'Content-Type': 'application/json' });
  const bearer = (): string => `Bearer ${h.host.token}`;

  it('answers template:list with the token', async () => {
    const res = await post('/api/template:list', { ...own(), Authorization: bearer() });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true });
  });

  it('refuses /api/template:list without the token (401)', async () => {
    const res = await post('/api/template:list', own());
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('refuses a foreign Origin and a foreign Host even with the token', async () => {
    const foreignOrigin = await post('/api/template:list', { ...own(), Authorization: bearer(), Origin: 'http://evil.example' });
    expect(foreignOrigin.status).toBe(403);
    const foreignHost = await post('/api/template:list', { ...own(), Host: `evil.example:${h.host.port}`, Authorization: bearer() });
    expect(foreignHost.status).toBe(403);
    for (const res of [foreignOrigin, foreignHost]) expect(JSON.parse(res.body)).toMatchObject({ error: { code: 'forbidden' } });
  });

  it('serves the page with the strict CSP', async () => {
    const res = await fetch(`http://127.0.0.1:${h.host.port}/`);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await res.text()).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>|<style/);
  });
});

describe('the page keeps the token out of sight and never shows a stack trace', () => {
  it('moves the token from the address bar into sessionStorage, with no CSP violation', async () => {
    const { page, problems } = await h.open();
    expect(page.url()).not.toContain('token');
    expect(await page.evaluate(() => window.sessionStorage.getItem('attesta.token'))).toBe(h.host.token);
    await page.getByTestId('nav-settings').click();
    await expectText(page.getByTestId('app-info'), new RegExp(h.dataDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    expect(problems).toEqual([]);
  });

  it('without the token it says so in the UI language', async () => {
    const { page } = await h.open({ withToken: false, lang: 'en' });
    await expectText(page.getByTestId('screen-error'), /session is not valid/);
    expect(await pageText(page)).not.toMatch(STACK_PATTERN);
  });

  it('translates an API error by its code, never showing the message or a stack', async () => {
    const { page } = await h.open({ lang: 'ru' });
    const leak = 'TypeError: boom\n    at grade (/work/main/electron/core/services/grading.ts:12:3)';
    await page.route(
      (url) => url.pathname === '/api/grade:compute',
      (route) => route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'internal', message: leak } }) }),
    );
    await page.getByTestId('template-select').selectOption('kz-000-roadmap-defense');
    await fillScores(page, [16, 16, 25, 8, 16]);
    await expectText(page.getByTestId('result-error'), 'Внутри Attesta произошла ошибка. Подробности — в журнале.');
    expect(await pageText(page)).not.toMatch(STACK_PATTERN);
  });

  it('treats a non-JSON answer (an HTML stack page) as an internal error', async () => {
    const { page } = await h.open({ lang: 'en' });
    await page.route(
      (url) => url.pathname === '/api/grade:compute',
      (route) => route.fulfill({ status: 502, contentType: 'text/html', body: '<pre>Error: proxy\n  at node_modules/x.js:1:1</pre>' }),
    );
    await page.getByTestId('template-select').selectOption('kz-002-final-project');
    await fillScores(page, [10]);
    await expectText(page.getByTestId('result-error'), /Something went wrong inside Attesta/);
    expect(await pageText(page)).not.toMatch(STACK_PATTERN);
  });

  it('catches a render failure in the error boundary, translated, and the rail still works', async () => {
    const { page } = await h.open({ lang: 'kk' });
    await page.route(
      (url) => url.pathname === '/api/template:get',
      (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: true, value: { id: 'kz-000-roadmap-defense', kind: 'rubric', criteria: null } }) }),
    );
    await page.reload();
    await expectText(page.getByTestId('error-boundary').locator('h2'), 'Бірдеңе дұрыс болмады');
    expect(await pageText(page)).not.toMatch(STACK_PATTERN);
    await page.getByTestId('nav-settings').click();
    await expectText(page.locator('h1'), 'Баптаулар');
  });
});
