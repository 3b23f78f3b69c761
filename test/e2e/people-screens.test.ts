import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectText, go, pageText, startHarness, type Harness } from './harness';
import { rawKeys, reference, UPDATE_REFERENCE } from './screen-checks';
import { demoIin } from '../../electron/core/services/demo';
import { roster, rosterXlsx, seedCohort } from './people-fixtures';

/**
 * The people screens in kk, ru and en: no raw i18n key, no browser error, every Kazakh letter
 * on the page where Kazakh is shown. With UPDATE_REFERENCE=1 each is saved as
 * test/reference/screens/people-<screen>-<lang>.png (the convention of screens.test.ts).
 */
const LANGS = ['kk', 'ru', 'en'] as const;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let h: Harness;
let ids = { programmeId: 0, cohortId: 0, listenerId: 0 };
let badFile: Buffer;

beforeAll(async () => {
  h = await startHarness();
  const { programmeId, cohortId } = await seedCohort(h.core);
  await h.core.handlers['design:copy']({ id: 'kz-000-roadmap-defense', newId: 'roadmap-own-scale' });
  await h.core.handlers['listener:import']({ cohortId, fileBase64: (await rosterXlsx(roster())).toString('base64'), dryRun: false });
  const listeners = await h.core.handlers['listener:list']({ cohortId });
  const names = ['Жұмабеков Ерлан Қайратұлы', 'Әлімжанова Гүлшат Серікқызы', 'Оспанов Нұрлан Әбдіғалиұлы', 'Сейітқали Райхан Әбенқызы', 'Үсенов Бауыржан Өмірұлы'];
  const session = await h.core.handlers['session:create']({
    cohortId, heldOn: '2025-12-15', place: 'Астана, 305-аудитория',
    members: [...names.map((fullName, i) => ({ fullName, role: i === 0 ? ('chair' as const) : ('member' as const) })), { fullName: 'Ғабитова Іңкәр Маратқызы', role: 'secretary' }],
  });
  for (const m of session.members.slice(0, 4)) await h.core.handlers['member:set-pin']({ memberId: m.id, pin: '2468' });
  await h.core.handlers['member:recuse']({ memberId: session.members[3]!.id, listenerId: listeners[4]!.id, reason: 'Тыңдаушының менторы' });
  ids = { programmeId, cohortId, listenerId: listeners[0]!.id };
  const rows = roster().map((r, i) => ({ ...r, fullName: `${r.fullName.split(' ').slice(0, 2).join(' ')} ${['Ерланұлы', 'Әлиқызы', 'Нұрұлы'][i % 3]}`, iin: demoIin(r.iin.slice(0, 6), r.iin[6]!, 900 + i) }));
  rows[3] = { ...rows[3]!, iin: `${rows[3]!.iin.slice(0, 11)}${(Number(rows[3]!.iin[11]) + 1) % 10}` };
  rows[7] = { ...rows[7]!, fullName: '' };
  badFile = await rosterXlsx(rows);
});

afterAll(async () => {
  await h?.close();
});



type Screen = { name: string; prepare: (page: Page) => Promise<void> };

const SCREENS: Screen[] = [
  { name: 'programmes', prepare: async (p) => { await go(p, '#/programmes'); await p.getByTestId('programme-table').waitFor(); } },
  { name: 'programme', prepare: async (p) => { await go(p, `#/programmes/${ids.programmeId}`); await p.getByTestId('design-findings').waitFor(); } },
  {
    name: 'design-editor',
    prepare: async (p) => {
      await go(p, `#/programmes/${ids.programmeId}/design/roadmap-own-scale`);
      await p.getByTestId('crit-0').locator('summary').click();
      await p.getByTestId('grade-band-1-max').fill('86');
      await p.locator('[data-testid="grade-band-1"] [data-code="band_overlap"]').waitFor();
    },
  },
  { name: 'cohorts', prepare: async (p) => { await go(p, '#/cohorts'); await p.getByTestId('cohort-table').waitFor(); } },
  { name: 'cohort', prepare: async (p) => { await go(p, `#/cohorts/${ids.cohortId}`); await p.getByTestId('listener-table').waitFor(); } },
  {
    name: 'import',
    prepare: async (p) => {
      await go(p, `#/cohorts/${ids.cohortId}/import`);
      await p.getByTestId('import-file').setInputFiles({ name: 'roster.xlsx', mimeType: XLSX, buffer: badFile });
      await p.getByTestId('import-preview').waitFor();
    },
  },
  { name: 'commission', prepare: async (p) => { await go(p, `#/cohorts/${ids.cohortId}/commission`); await p.getByTestId('member-row').first().waitFor(); } },
  { name: 'admission', prepare: async (p) => { await go(p, `#/cohorts/${ids.cohortId}/listener/${ids.listenerId}`); await p.getByTestId('chair-admission').waitFor(); } },
];

describe.each(LANGS)('people screens in %s', (lang) => {
  let page: Page;
  let problems: string[];
  beforeAll(async () => {
    ({ page, problems } = await h.open({ lang }));
  });

  it.each(SCREENS.map((s) => [s.name, s] as const))(`%s shows no raw key${UPDATE_REFERENCE ? ' (saved as a reference image)' : ''}`, async (_name, screen) => {
    await screen.prepare(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await rawKeys(page)).toEqual([]);
    expect(problems).toEqual([]);
    if (lang === 'kk') {
      const text = await pageText(page);
      if (screen.name === 'cohort') for (const letter of ['Ә', 'Ғ', 'Қ', 'Ө', 'Ұ', 'Ү', 'Һ', 'І', 'ң']) expect(text).toContain(letter);
    }
    await reference(page, `people-${screen.name}-${lang}`);
  });

  it('heads each screen in the UI language', async () => {
    await go(page, '#/programmes');
    await expectText(page.locator('main h1'), { kk: 'Бағдарламалар', ru: 'Программы', en: 'Programmes' }[lang]);
  });
});
