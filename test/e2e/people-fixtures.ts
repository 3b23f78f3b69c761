import ExcelJS from 'exceljs';
import { demoIin } from '../../electron/core/services/demo';
import type { Core } from '../../electron/core/core';

/** Twelve Kazakh listeners; between them every special letter Ә Ғ Қ Ң Ө Ұ Ү Һ І appears. */
export const NAMES = [
  'Әбдіқадыров Ғалым Қайратұлы',
  'Өмірзақова Ұлжан Үсенқызы',
  'Һашимова Іңкәр Болатқызы',
  'Нұрланов Дәурен Серікұлы',
  'Жақсылықова Гүлнұр Асқарқызы',
  'Сәрсенбаев Мұрат Төлеуұлы',
  'Құдайбергенова Әйгерім Ғаниқызы',
  'Үмбетов Ерболат Қанатұлы',
  'Ібраева Айгүл Жұмабайқызы',
  'Төлегенов Нұржан Әбілұлы',
  'Ысқақова Меңдігүл Оңғарқызы',
  'Байұзақов Тимур Һадиұлы',
];

/** A valid IIN for listener i, 0 ≤ i ≤ 19 (born 1980–1999, men and women alternating). */
export function iinFor(i: number): string {
  const birth = `${String(80 + i).padStart(2, '0')}0${(i % 9) + 1}1${i % 10}`;
  return demoIin(birth, i % 2 === 0 ? '3' : '4', 100 + i * 7);
}

/** A row of the roster as the secretary fills it in. */
export type RosterRow = { fullName: string; iin: string; organisation: string; position: string; topic: string; mentor: string };

/** The twelve listeners, all valid. */
export function roster(): RosterRow[] {
  return NAMES.map((fullName, i) => ({
    fullName,
    iin: iinFor(i),
    organisation: `№${i + 1} жалпы білім беретін мектеп, Шымкент`,
    position: 'Директордың орынбасары',
    topic: `Мектепті дамытудың жол картасы: ${i + 1}-бағыт`,
    mentor: 'Сейітқали Р. Ә.',
  }));
}

/** An .xlsx with the Kazakh headings of the template and one row per listener (IIN as text). */
export async function rosterXlsx(rows: readonly RosterRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Тыңдаушылар');
  ws.addRow(['Аты-жөні', 'ЖСН', 'Ұйым', 'Лауазымы', 'Жоба тақырыбы', 'Ментор']);
  for (const r of rows) ws.addRow([r.fullName, r.iin, r.organisation, r.position, r.topic, r.mentor]);
  ws.getColumn(2).numFmt = '@';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A programme on the roadmap template with one gating module, and a cohort on it, made through the core. */
export async function seedCohort(core: Core, name = 'ДИР-2025-1'): Promise<{ programmeId: number; cohortId: number }> {
  const p = await core.handlers['programme:create']({
    title: { kk: 'Мектеп басшыларының көшбасшылығы', ru: 'Лидерство руководителей школ', en: 'School leadership' },
    hours: 72,
    designId: 'kz-000-roadmap-defense',
    settings: { admissionRequiresModules: true },
    modules: [{ title: { kk: 'Стратегиялық менеджмент', ru: 'Стратегический менеджмент', en: 'Strategic management' }, hours: 24, gatesAdmission: true }],
  });
  const c = await core.handlers['cohort:create']({ programmeId: p.id, name, startsOn: '2025-09-01', endsOn: '2025-12-20', format: null, place: 'Астана' });
  return { programmeId: p.id, cohortId: c.id };
}
