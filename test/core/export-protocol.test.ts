import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { exportDocument, inThreadRenderer } from '../../electron/core/services/documents/export';
import { useDemoCore, type DemoCore } from '../helpers/demo-core';
import { pdfPageCount, pdfText } from '../helpers/pdf-text';

const demo = useDemoCore();
const { call } = demo;
let core: Core;
let ids: DemoCore['ids'];
beforeAll(() => {
  ({ core, ids } = demo);
});
const render = inThreadRenderer();

describe('the defense protocol', () => {
  it('is refused as final while the session is open; a draft says so on every page', async () => {
    const out = join(demo.dir, 'p.pdf');
    await expect(exportDocument(core.ctx, { doc: 'protocol', sessionId: ids.session, format: 'pdf', lang: 'kk', draft: false, out }, render)).rejects.toMatchObject({ code: 'not_final' });
    const r = await exportDocument(core.ctx, { doc: 'protocol', sessionId: ids.session, format: 'pdf', lang: 'kk', draft: true, out }, render);
    expect(r.pages).toBe(pdfPageCount(out));
    const body = pdfText(out);
    expect(body).toContain('ҚОРЫТЫНДЫ АТТЕСТАТТАУ ХАТТАМАСЫ');
    expect(body).toContain('Әлиева Гүлнәр Серікқызы');
    expect(body).toContain('Өте жақсы');
    expect(body).toContain('Жоба енгізуге ұсынылды');
    expect(body).toMatch(/85,20\s+85\b/); // exact and rounded total of the first listener
    expect(body.split('\f').filter((p) => p.trim()).every((p) => p.includes('ЖОБА / ПРОЕКТ / DRAFT'))).toBe(true);
    expect(body).toContain(`${r.hash.slice(0, 12)}`);
    expect(body).toMatch(/1 \/ \d/);
  });

  it('after closing the session: final in Russian (no draft mark), English xlsx with numbers as numbers, same hash twice', async () => {
    const session = (await call('session:get', { id: ids.session })) as { members: { id: number; role: string }[] };
    await call('session:close', { sessionId: ids.session, presentMemberIds: session.members.map((m) => m.id) });
    const pdf = join(demo.dir, 'p-ru.pdf');
    const ru = await exportDocument(core.ctx, { doc: 'protocol', sessionId: ids.session, format: 'pdf', lang: 'ru', draft: false, out: pdf }, render);
    const body = pdfText(pdf);
    expect(body).toContain('ПРОТОКОЛ ИТОГОВОЙ АТТЕСТАЦИИ');
    expect(body).toContain('Отлично');
    expect(body).toContain('кворум имеется');
    expect(body).not.toContain('DRAFT');
    expect(body).toContain('Председатель');
    const xlsx = join(demo.dir, 'p-en.xlsx');
    const en = await exportDocument(core.ctx, { doc: 'protocol', sessionId: ids.session, format: 'xlsx', lang: 'en', draft: false, out: xlsx }, render);
    expect(en.hash).toBe(ru.hash);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const cells: ExcelJS.Cell[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => cells.push(c))));
    expect(cells.some((c) => c.value === 'FINAL ATTESTATION PROTOCOL No. 2026-001')).toBe(true);
    const name = cells.find((c) => c.value === 'Әлиева Гүлнәр Серікқызы')!;
    const row = name.worksheet.getRow(Number(name.row));
    const numbers = (row.values as unknown[]).filter((v) => typeof v === 'number');
    expect(numbers).toContain(85);
    expect(numbers).toContain(85.2);
    expect(cells.some((c) => c.value === 'Excellent')).toBe(true);
  });

  it('member score sheets: one per scoring member with descriptors, blank where not confirmed', async () => {
    const out = join(demo.dir, 'sheets.pdf');
    await exportDocument(core.ctx, { doc: 'sheets', sessionId: ids.session, format: 'pdf', lang: 'kk', draft: false, out }, render);
    const body = pdfText(out);
    expect(body).toContain('БАҒАЛАУ ПАРАҒЫ — Төраға: Тәжібаева Сәуле Әбдірахманқызы');
    expect(body).toContain('Байжанова Ләззат Өсербайқызы');
    expect(body).toContain('Талдау тереңдігі');
    expect(body).toContain('ЖОБА / ПРОЕКТ / DRAFT');
  });

  it('a 300-character name and 200 listeners paginate with repeated headers', async () => {
    const programme = (await call('programme:create', { title: { kk: 'Ұзын', ru: 'Длинный', en: 'Long' }, hours: 1, designId: 'kz-000-roadmap-defense' })) as { id: number };
    const cohort = (await call('cohort:create', { programmeId: programme.id, name: 'Үлкен топ' })) as { id: number };
    const long = `Әбілқайыр ${'Ғалымжанұлы '.repeat(24)}`.trim().slice(0, 300);
    await call('listener:add', { cohortId: cohort.id, fields: { fullName: long } });
    for (let i = 0; i < 199; i += 1) await call('listener:add', { cohortId: cohort.id, fields: { fullName: `Тыңдаушы ${String(i + 1).padStart(3, '0')}` } });
    const session = (await call('session:create', { cohortId: cohort.id, heldOn: '2026-11-28', members: [{ fullName: 'Төраға', role: 'chair' }] })) as { id: number };
    const out = join(demo.dir, 'big.pdf');
    const r = await exportDocument(core.ctx, { doc: 'protocol', sessionId: session.id, format: 'pdf', lang: 'kk', draft: true, out }, render);
    expect(r.pages).toBeGreaterThan(5);
    const body = pdfText(out);
    expect(body).toContain('Тыңдаушы 199');
    expect(body).toContain('Ғалымжанұлы');
    const pageTexts = body.split('\f').filter((p) => p.includes('Тыңдаушы 1'));
    expect(pageTexts.length).toBeGreaterThan(2);
    expect(pageTexts.every((p) => p.includes('Жоба тақырыбы'))).toBe(true);
  });
});
