// Sample documents for the renderer tests, the reference image and the bench. Text is written
// out here in three languages (the real builders take it from the i18n catalogs).
import type { Lang } from '../../../shared/domain/localized';
import { snapshotQrPayload } from '../../../shared/documents/canonical-json';
import type { DocRow, DocumentModel, Orientation } from '../../../shared/documents/view-model';
import { snapshotHash } from '../../../electron/core/export/snapshot-hash';

/** Every Kazakh-specific letter, upper and lower case. */
export const KAZAKH_LETTERS = 'ӘҒҚҢӨҰҮҺІәғқңөұүһі';

/** Names that between them use every Kazakh letter (checked by a test). */
export const KAZAKH_NAMES = [
  'Әбілқасымова Ғалия Қайратқызы',
  'ЖАҢАБАЕВ Өмірзақ Ұланұлы',
  'Үсенова Һәдия Түлкібайқызы',
  'Іңкәрбек Әсем Ғабитқызы',
  'Сейітқали Нұржан Төлеуғазыұлы',
  'Бөкейхан Үміт Шаһарқызы',
] as const;

/** A 300-character listener name (a long double-barrelled name with a note) to test wrapping. */
export const LONG_NAME = (() => {
  const base = 'Қожахметова-Әбдірахманова Гүлнұр Өмірзаққызы (бұрынғы тегі Ұзақбаева-Һәкімова; құжаттарда Іңкәр деп те жазылған) ';
  let s = '';
  while (s.length < 300) s += base;
  return s.slice(0, 299) + 'Ң';
})();

const T = {
  kk: {
    title: ['АТТЕСТАТТАУ КОМИССИЯСЫ ОТЫРЫСЫНЫҢ', 'ХАТТАМАСЫ'],
    number: '№', date: 'Күні:', org: 'Ұйым', prog: 'Бағдарлама', place: 'Өткізілген орны', time: 'Уақыты',
    orgV: '«Өрлеу» біліктілікті арттыру орталығы', progV: 'Жобалық оқыту: Ұстаздың зерттеу қызметі', placeV: 'Алматы қ., 204-аудитория',
    results: 'Тыңдаушылардың нәтижелері', n: '№', listener: 'Тыңдаушының аты-жөні', crit: 'Критерийлер бойынша ұпайлар',
    exact: 'Нақты балл', total: 'Қорытынды балл', grade: 'Баға', avg: 'Орташа', byGrade: 'Бағалар бойынша', count: 'Саны', all: 'Барлығы',
    grades: ['Өте жақсы', 'Жақсы', 'Қанағаттанарлық', 'Қанағаттанарлықсыз'],
    rule: 'Критерий бойынша ұпай – мүшелер ұпайларының орташа мәні; қорытынды балл бір рет, жартысынан жоғары қарай бүтінге дейін дөңгелектенеді.',
    signatures: 'Комиссия', chair: 'Төраға', member: 'Мүше', secretary: 'Хатшы', sign: '(қолы)', hash: 'Снимок', crit1: 'К',
  },
  ru: {
    title: ['ПРОТОКОЛ', 'ЗАСЕДАНИЯ АТТЕСТАЦИОННОЙ КОМИССИИ'],
    number: '№', date: 'Дата:', org: 'Организация', prog: 'Программа', place: 'Место проведения', time: 'Время',
    orgV: 'Центр повышения квалификации «Өрлеу»', progV: 'Проектное обучение: исследовательская деятельность педагога', placeV: 'г. Алматы, аудитория 204',
    results: 'Результаты слушателей', n: '№', listener: 'Ф. И. О. слушателя', crit: 'Баллы по критериям',
    exact: 'Точный балл', total: 'Итоговый балл', grade: 'Оценка', avg: 'Среднее', byGrade: 'По оценкам', count: 'Количество', all: 'Всего',
    grades: ['Отлично', 'Хорошо', 'Удовлетворительно', 'Неудовлетворительно'],
    rule: 'Балл по критерию – среднее баллов членов комиссии; итоговый балл округляется один раз, половина вверх, до целого.',
    signatures: 'Комиссия', chair: 'Председатель', member: 'Член комиссии', secretary: 'Секретарь', sign: '(подпись)', hash: 'Снимок', crit1: 'К',
  },
  en: {
    title: ['MINUTES OF THE MEETING', 'OF THE ATTESTATION COMMISSION'],
    number: 'No.', date: 'Date:', org: 'Organisation', prog: 'Programme', place: 'Place', time: 'Time',
    orgV: '“Orleu” Professional Development Centre', progV: 'Project-based learning: the teacher as researcher', placeV: 'Almaty, room 204',
    results: 'Listeners’ results', n: 'No.', listener: 'Listener', crit: 'Points by criterion',
    exact: 'Exact total', total: 'Total', grade: 'Grade', avg: 'Average', byGrade: 'By grade', count: 'Count', all: 'Total',
    grades: ['Excellent', 'Good', 'Satisfactory', 'Unsatisfactory'],
    rule: 'A criterion’s points are the mean of the members’ points; the total is rounded once, half up, to whole points.',
    signatures: 'Commission', chair: 'Chair', member: 'Member', secretary: 'Secretary', sign: '(signature)', hash: 'Snapshot', crit1: 'C',
  },
} as const;

/** A small deterministic generator so every run draws the same numbers. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function gradeIndex(total: number): number {
  return total >= 90 ? 0 : total >= 75 ? 1 : total >= 50 ? 2 : 3;
}

/** Options of the sample protocol. */
export interface SampleOptions {
  readonly lang: Lang;
  readonly draft?: boolean;
  readonly rows?: number;
  readonly orientation?: Orientation;
}

/** A protocol-like document: header, a results table with grouped header and averages, a count by grade, signatures. */
export function sampleDocument(opts: SampleOptions): DocumentModel {
  const t = T[opts.lang];
  const n = opts.rows ?? 200;
  const rand = lcg(8);
  const rows: DocRow[] = [];
  const counts = [0, 0, 0, 0];
  const sums = [0, 0, 0, 0, 0, 0];
  for (let i = 0; i < n; i++) {
    // Each criterion: the mean of five members' integer points out of 20 (a multiple of 0.2).
    const crit = Array.from({ length: 5 }, () => Array.from({ length: 5 }, () => 8 + Math.floor(rand() * 13)).reduce((a, b) => a + b, 0) / 5);
    const exact = Math.round(crit.reduce((a, b) => a + b, 0) * 100) / 100;
    const total = Math.floor(exact + 0.5);
    const g = gradeIndex(total);
    counts[g] = (counts[g] ?? 0) + 1;
    crit.forEach((c, k) => (sums[k] = (sums[k] ?? 0) + c));
    sums[5] = (sums[5] ?? 0) + exact;
    const name = i === 2 ? LONG_NAME : (KAZAKH_NAMES[i % KAZAKH_NAMES.length] ?? '');
    rows.push([i + 1, name, ...crit, exact, total, t.grades[g] ?? '']);
  }
  const avg = (k: number): number => (sums[k] ?? 0) / n;
  const hash = snapshotHash({ sample: opts.lang, rows: n });
  const numberValue = '17';
  return {
    lang: opts.lang,
    orientation: opts.orientation ?? 'portrait',
    draft: opts.draft ?? false,
    title: t.title.join(' '),
    createdAt: '2026-11-25T09:00:00.000Z',
    header: {
      titleLines: t.title,
      number: { label: t.number, value: numberValue },
      date: { label: t.date, value: '25.11.2026' },
      meta: [
        { label: t.org, value: t.orgV },
        { label: t.prog, value: t.progV },
        { label: t.place, value: t.placeV },
        { label: t.time, value: '10:00–13:30' },
      ],
    },
    sections: [
      {
        heading: t.results,
        blocks: [
          {
            kind: 'table',
            table: {
              columns: [
                { header: t.n, width: 5, align: 'center' },
                { header: t.listener, width: 25 },
                ...[1, 2, 3, 4, 5].map((k) => ({ header: `${t.crit1}${k}`, width: 6, format: { decimals: 1 } })),
                { header: t.exact, width: 8, format: { decimals: 2 } },
                { header: t.total, width: 11, format: { decimals: 0 }, align: 'center' as const },
                { header: t.grade, width: 20 },
              ],
              headerGroups: [{ text: null, span: 2 }, { text: t.crit, span: 5 }, { text: null, span: 3 }],
              rows,
              totals: [
                { value: t.avg, colSpan: 2 },
                ...[0, 1, 2, 3, 4, 5].map((k) => ({ value: avg(k), formula: 'average' as const })),
                null,
                null,
              ],
            },
          },
          { kind: 'paragraph', text: t.rule, style: 'italic' },
        ],
      },
      {
        heading: t.byGrade,
        blocks: [
          {
            kind: 'table',
            table: {
              columns: [
                { header: t.grade, width: 3 },
                { header: t.count, width: 1, format: { decimals: 0 } },
              ],
              rows: t.grades.map((g, i) => [g, counts[i] ?? 0]),
              totals: [{ value: t.all, bold: true }, { value: n, formula: 'sum' }],
            },
          },
        ],
      },
    ],
    signatures: {
      heading: t.signatures,
      lineCaption: t.sign,
      signatories: [
        { role: t.chair, name: 'Сейітқали Н. Т.' },
        { role: t.member, name: 'Әбілқасымова Ғ. Қ.' },
        { role: t.member, name: 'Жаңабаев Ө. Ұ.' },
        { role: t.member, name: 'Үсенова Һ. І.' },
        { role: t.secretary, name: 'Бөкейхан Ү. Ш.' },
      ],
    },
    footer: { hashLabel: t.hash, hashShort: hash.short, qrPayload: snapshotQrPayload(numberValue, hash.full) },
  };
}

/** The bench's protocol-like table: 30 listeners × 5 criteria, one row per criterion with 5 members' points. */
export function benchProtocolRows(): (string | number)[][] {
  const rand = lcg(30);
  const out: (string | number)[][] = [];
  for (let l = 0; l < 30; l++) {
    for (let c = 1; c <= 5; c++) {
      const pts = Array.from({ length: 5 }, () => 8 + Math.floor(rand() * 13));
      out.push([l * 5 + c, KAZAKH_NAMES[l % KAZAKH_NAMES.length] ?? '', `К${c}`, ...pts, pts.reduce((a, b) => a + b, 0) / 5]);
    }
  }
  return out;
}

/** Column headers of the bench table. */
export const BENCH_HEADERS = ['№', 'Тыңдаушы', 'Критерий', 'М1', 'М2', 'М3', 'М4', 'М5', 'Ұпай'] as const;

/** The bench table as a document model (the same cells the bare-library baselines write). */
export function benchProtocolModel(): DocumentModel {
  const base = sampleDocument({ lang: 'kk', rows: 1 });
  const rows = benchProtocolRows();
  return {
    ...base,
    sections: [
      {
        blocks: [
          {
            kind: 'table',
            table: {
              columns: BENCH_HEADERS.map((header, i) => ({
                header,
                width: i === 1 ? 24 : i === 2 ? 8 : 6,
                ...(i === 8 ? { format: { decimals: 1 } } : {}),
              })),
              rows,
            },
          },
        ],
      },
    ],
  };
}
