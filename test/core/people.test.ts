import { describe, expect, it } from 'vitest';
import { demoIin } from '../../electron/core/services/demo';
import { listenerWorkbook } from '../helpers/listener-workbook';
import { COMMISSION, useTestCore } from '../helpers/test-core';

const tc = useTestCore({ now: () => new Date('2026-11-25T09:00:00Z') });
const { call, failure } = tc;

const T = { kk: 'Болашақ басшы', ru: 'Будущий руководитель', en: 'Future Leader' };
const KAZAKH_NAME = 'Әбілқайыр Ғалымжан Қуанышұлы Ңұрлы Өмір Ұлан Үміт Һаким Іңкәр';

async function cohortOnRoadmap() {
  const modules = [1, 2, 3, 4, 5, 6, 7].map((n) => ({ title: { kk: `${n}-модуль`, ru: `Модуль ${n}`, en: `Module ${n}` }, hours: 30, gatesAdmission: n <= 6 }));
  const programme = await call('programme:create', { title: T, hours: 320, designId: 'kz-000-roadmap-defense', modules });
  const cohort = await call('cohort:create', { programmeId: programme.id, name: 'ББ-01', startsOn: '2026-10-01', endsOn: '2026-11-30' });
  return { programme, cohort };
}

describe('programmes and cohorts', () => {
  it('creates a programme from kz-000 with modules and settings', async () => {
    const { programme } = await cohortOnRoadmap();
    expect(programme).toMatchObject({ hours: 320, designId: 'kz-000-roadmap-defense', settings: { quorum: 3, admissionRequiresModules: false } });
    expect(programme.modules).toHaveLength(7);
    const updated = await call('programme:update-settings', { id: programme.id, settings: { quorum: 4, aggregationRule: 'median' } });
    expect(updated.settings).toMatchObject({ quorum: 4, aggregationRule: 'median' });
    expect((await failure('programme:update-settings', { id: programme.id, settings: { quorum: 0 } })).code).toBe('bad_input');
    expect((await failure('programme:create', { title: T, hours: 1, designId: 'nope' })).code).toBe('unknown_template');
  });

  it('refuses a cohort that ends before it starts', async () => {
    const { programme } = await cohortOnRoadmap();
    expect(await failure('cohort:create', { programmeId: programme.id, name: 'x', startsOn: '2026-10-02', endsOn: '2026-10-01' })).toMatchObject({ code: 'bad_input', field: 'endsOn' });
  });
});

describe('listeners', () => {
  it('checks the IIN, refuses a duplicate IIN in the cohort, and searches', async () => {
    const { cohort } = await cohortOnRoadmap();
    const iin = demoIin('850314', '4', 12);
    const a = await call('listener:add', { cohortId: cohort.id, fields: { fullName: KAZAKH_NAME, iin } });
    expect(a.fullName).toBe(KAZAKH_NAME);
    const wrongControl = `${iin.slice(0, 11)}${(Number(iin[11]) + 1) % 10}`;
    expect(await failure('listener:add', { cohortId: cohort.id, fields: { fullName: 'Б', iin: wrongControl } })).toMatchObject({ code: 'bad_input', field: 'iin' });
    expect((await failure('listener:add', { cohortId: cohort.id, fields: { fullName: 'Б', iin: demoIin('850231', '4', 1) } })).message).toMatch(/not a real date/);
    expect(await failure('listener:add', { cohortId: cohort.id, fields: { fullName: 'Басқа адам', iin } })).toMatchObject({ code: 'duplicate', field: 'iin' });
    expect(await failure('listener:add', { cohortId: cohort.id, fields: { fullName: '   ' } })).toMatchObject({ code: 'bad_input', field: 'fields.fullName' });
    await call('listener:add', { cohortId: cohort.id, fields: { fullName: 'Сейітова Мөлдір' } });
    expect((await call('listener:list', { cohortId: cohort.id, search: 'Мөлдір' })).map((l) => l.fullName)).toEqual(['Сейітова Мөлдір']);
    expect((await call('listener:list', { cohortId: cohort.id, search: iin.slice(0, 6) })).map((l) => l.id)).toEqual([a.id]);
  });

  it('deletes to a recycle bin and restores, with the audit log', async () => {
    const { cohort } = await cohortOnRoadmap();
    const a = await call('listener:add', { cohortId: cohort.id, fields: { fullName: 'Әлиева Гүлнәр' } });
    await call('listener:delete', { id: a.id });
    expect(await call('listener:list', { cohortId: cohort.id })).toEqual([]);
    expect((await call('listener:list', { cohortId: cohort.id, deleted: true })).map((l) => l.id)).toEqual([a.id]);
    await call('listener:restore', { id: a.id });
    expect((await call('listener:list', { cohortId: cohort.id })).map((l) => l.id)).toEqual([a.id]);
    expect((await call('audit:list', { entity: 'listener', entityId: a.id })).map((r) => [r.action, r.actor])).toEqual([
      ['restore', 'desktop'],
      ['delete', 'desktop'],
      ['create', 'desktop'],
    ]);
  });
});

function twelveRows(): (string | null)[][] {
  return Array.from({ length: 12 }, (_, i) => [`${KAZAKH_NAME} ${i + 1}`, demoIin('880102', '4', 200 + i * 7), '№12 мектеп', 'Орынбасар', `Тақырып ${i + 1}`, 'Есенов Мұрат']);
}

describe('importing listeners from .xlsx', () => {
  it('rejects 2 bad rows naming row and field and writes nothing; after the fix imports all 12', async () => {
    const { cohort } = await cohortOnRoadmap();
    const rows = twelveRows();
    rows[3]![1] = `${rows[3]![1]!.slice(0, 11)}${(Number(rows[3]![1]![11]) + 1) % 10}`; // wrong control digit, row 5
    rows[8]![0] = ''; // no name, row 10
    const bad = await call('listener:import', { cohortId: cohort.id, fileBase64: (await listenerWorkbook(rows)).toString('base64'), dryRun: false });
    expect(bad).toMatchObject({ rows: 12, imported: 0 });
    expect(bad.errors).toEqual([
      { row: 5, field: 'iin', message: 'the IIN control digit is wrong' },
      { row: 10, field: 'fullName', message: 'the full name is required' },
    ]);
    expect(await call('listener:list', { cohortId: cohort.id })).toEqual([]);

    const good = await call('listener:import', { cohortId: cohort.id, fileBase64: (await listenerWorkbook(twelveRows())).toString('base64'), dryRun: false });
    expect(good).toEqual({ rows: 12, imported: 12, duplicates: [], errors: [] });
    const names = (await call('listener:list', { cohortId: cohort.id })).map((l) => l.fullName);
    expect(names).toContain(`${KAZAKH_NAME} 1`);
  });

  it('a dry run reports without writing', async () => {
    const { cohort } = await cohortOnRoadmap();
    const r = await call('listener:import', { cohortId: cohort.id, fileBase64: (await listenerWorkbook(twelveRows())).toString('base64'), dryRun: true });
    expect(r).toMatchObject({ rows: 12, imported: 0, errors: [] });
    expect(await call('listener:list', { cohortId: cohort.id })).toEqual([]);
  });

  it('finds duplicates inside the file and against the cohort', async () => {
    const { cohort } = await cohortOnRoadmap();
    const rows = twelveRows();
    rows[5]![1] = rows[1]![1]!; // row 7 repeats row 3's IIN
    await call('listener:add', { cohortId: cohort.id, fields: { fullName: `${KAZAKH_NAME} 12` } });
    const r = await call('listener:import', { cohortId: cohort.id, fileBase64: (await listenerWorkbook(rows)).toString('base64'), dryRun: true });
    expect(r.duplicates).toEqual([
      { row: 7, of: 3 },
      { row: 13, of: expect.stringMatching(/^listener:\d+$/) },
    ]);
    expect(r.errors.map((e) => [e.row, e.field])).toEqual([
      [7, 'iin'],
      [13, 'fullName'],
    ]);
  });

  it('reads IINs that Excel stored as numbers (leading zeros restored) and Russian headings', async () => {
    const { cohort } = await cohortOnRoadmap();
    const iin = demoIin('000229', '5', 3); // born 29.02.2000
    const book = await listenerWorkbook([['Петров Пётр', Number(iin), null, null, null, null]], ['ФИО', 'ИИН', 'Организация', 'Должность', 'Тема проекта', 'Ментор']);
    const r = await call('listener:import', { cohortId: cohort.id, fileBase64: book.toString('base64'), dryRun: false });
    expect(r).toMatchObject({ imported: 1, errors: [] });
    expect((await call('listener:list', { cohortId: cohort.id }))[0]!.iin).toBe(iin);
  });

  it('refuses a file that is not an xlsx and a sheet without the name column, clearly', async () => {
    const { cohort } = await cohortOnRoadmap();
    expect(await failure('listener:import', { cohortId: cohort.id, fileBase64: Buffer.from('Аты-жөні;ЖСН\n').toString('base64'), dryRun: true })).toMatchObject({
      code: 'not_xlsx',
    });
    const noName = await listenerWorkbook([['x', 'y']], ['Organisation', 'IIN']);
    expect((await failure('listener:import', { cohortId: cohort.id, fileBase64: noName.toString('base64'), dryRun: true })).message).toMatch(
      /^missing column: Full name \(Аты-жөні \/ ФИО\)/,
    );
  });

  it('imports 10,000 rows in one transaction', async () => {
    const { cohort } = await cohortOnRoadmap();
    const rows = Array.from({ length: 10_000 }, (_, i) => [`Тыңдаушы ${i + 1}`, null, null, null, null, null]);
    const r = await call('listener:import', { cohortId: cohort.id, fileBase64: (await listenerWorkbook(rows)).toString('base64'), dryRun: false });
    expect(r).toMatchObject({ rows: 10_000, imported: 10_000, errors: [] });
    expect(tc.core.ctx.db.prepare('SELECT count(*) AS n FROM listener').get()).toEqual({ n: 10_000 });
  });
});

describe('commission, PINs, recusal and admission', () => {
  async function session() {
    const { programme, cohort } = await cohortOnRoadmap();
    const listener = await call('listener:add', { cohortId: cohort.id, fields: { fullName: 'Үсенова Һәжер', mentor: 'Есенов Мұрат' } });
    const s = await call('session:create', {
      cohortId: cohort.id,
      heldOn: '2026-11-27',
      place: '214',
      members: [...COMMISSION],
    });
    return { programme, cohort, listener, s };
  }

  it('needs exactly one chair', async () => {
    const { cohort } = await cohortOnRoadmap();
    expect((await failure('session:create', { cohortId: cohort.id, heldOn: '2026-11-27', members: [{ fullName: 'A', role: 'member' }] })).message).toMatch(/exactly one chair/);
  });

  it('sets PINs (hashed), signs an operator in, and refuses a wrong PIN', async () => {
    const { s } = await session();
    const chair = s.members[0]!;
    await call('member:set-pin', { memberId: chair.id, pin: '4821' });
    const stored = tc.core.ctx.db.prepare('SELECT pin_hash FROM commission_member WHERE id = ?').get(chair.id) as { pin_hash: string };
    expect(stored.pin_hash).toMatch(/^scrypt\$/);
    expect(stored.pin_hash).not.toContain('4821');
    expect((await failure('member:set-pin', { memberId: chair.id, pin: '12' })).message).toMatch(/4 to 8 digits/);
    expect((await failure('operator:sign-in', { memberId: chair.id, pin: '0000' })).code).toBe('wrong_pin');
    expect(await call('operator:get', {})).toBeNull();
    expect(await call('operator:sign-in', { memberId: chair.id, pin: '4821' })).toEqual({ memberId: chair.id, fullName: 'Тәжібаева Сәуле', role: 'chair' });
    expect(await call('operator:get', {})).toEqual({ memberId: chair.id, fullName: 'Тәжібаева Сәуле', role: 'chair' });
    expect((await call('session:get', { id: s.id })).members[0]!.hasPin).toBe(true);
    // what the operator does next carries their id in the audit trail; after sign-out, the desktop's
    await call('member:recuse', { memberId: s.members[1]!.id, listenerId: (await call('listener:list', { cohortId: s.cohortId }))[0]!.id, reason: 'көршісі' });
    expect((await call('audit:list', { entity: 'commission_member', entityId: s.members[1]!.id })).map((a) => a.actor)).toContain(`member:${chair.id}`);
    expect(await call('operator:sign-out', {})).toBeNull();
    expect(await call('operator:get', {})).toBeNull();
  });

  it('a recused member (own mentee) is recorded and its reason kept', async () => {
    const { s, listener } = await session();
    const mentor = s.members.find((m) => m.fullName === 'Есенов Мұрат')!;
    const after = await call('member:recuse', { memberId: mentor.id, listenerId: listener.id, reason: 'өз ментиі' });
    expect(after.recusals).toEqual([{ memberId: mentor.id, listenerId: listener.id, reason: 'өз ментиі' }]);
    expect((await failure('member:recuse', { memberId: mentor.id, listenerId: listener.id, reason: ' ' })).field).toBe('reason');
  });

  it('blocks admission until modules 1–6 pass, or the chair admits with PIN and a note', async () => {
    const { programme, listener, s } = await session();
    await call('programme:update-settings', { id: programme.id, settings: { admissionRequiresModules: true } });
    const blocked = await call('admission:get', { listenerId: listener.id });
    expect(blocked).toMatchObject({ admitted: false, reason: 'modules_missing' });
    expect(blocked.missingModules).toHaveLength(6);
    for (const m of programme.modules.slice(0, 5)) await call('admission:record-module', { listenerId: listener.id, moduleId: m.id, passed: true });
    expect((await call('admission:get', { listenerId: listener.id })).missingModules.map((m) => m.title.en)).toEqual(['Module 6']);
    const chair = s.members[0]!;
    await call('member:set-pin', { memberId: chair.id, pin: '4821' });
    expect((await failure('admission:admit', { listenerId: listener.id, chairId: s.members[1]!.id, pin: '4821', note: 'x' })).code).toBe('forbidden');
    expect((await failure('admission:admit', { listenerId: listener.id, chairId: chair.id, pin: '1111', note: 'x' })).code).toBe('wrong_pin');
    const admitted = await call('admission:admit', { listenerId: listener.id, chairId: chair.id, pin: '4821', note: '6-модуль ауырғандықтан кейінге қалды' });
    expect(admitted).toMatchObject({ admitted: true, reason: 'admitted_by_chair', override: { by: chair.id } });
    await call('admission:record-module', { listenerId: listener.id, moduleId: programme.modules[5]!.id, passed: true });
    expect((await call('admission:get', { listenerId: listener.id })).reason).toBe('ok');
  });
});
