import type { StatementRow, StatementSnapshot } from '../api/channels/documents-types';
import { frac } from '../domain/fraction';
import type { Lang, Localized } from '../domain/localized';
import { roundHalfUp } from '../domain/rounding';
import { formatNumber } from './cells';
import { wordsOrNone } from './defense-protocol';
import { documentFooter, documentHeader, numberColumn, paragraph, signatures, tableBlock, tableSection } from './frame';
import { DOC_LABELS, fill, formatDate, type DocLabels } from './labels';
import type { DocBlock, DocCell, DocColumn, DocRow, DocSection, DocumentModel } from './view-model';

/** Options of the statement: `words` adds the rounded percent in words. */
export interface StatementOptions {
  readonly words?: boolean;
}

/** The printed whole percent of an exact one: half-up, once (shared/domain/rounding.ts). */
export function roundedPercent(p: { num: number; den: number }): number {
  const r = roundHalfUp(frac(p.num, p.den), 0);
  return r.num / r.den;
}

/** What stands in the grade column when there is no grade: absent, not finished, essays pending. */
function statusText(row: StatementRow, L: DocLabels): string {
  if (row.status === 'absent') return L.absentMark;
  if (row.status !== 'submitted') return L.notFinished;
  return row.pendingEssays > 0 ? L.essaysPending : L.none;
}

/** Whether a row counts as graded (submitted, every essay scored). */
function isGraded(row: StatementRow): boolean {
  return row.percent !== null && row.pendingEssays === 0 && row.status === 'submitted';
}

function resultRow(row: StatementRow, L: DocLabels, lang: Lang, words: boolean): DocRow {
  const graded = isGraded(row) ? row.percent : null;
  const rounded = graded ? roundedPercent(graded) : null;
  return [
    row.number,
    row.fullName,
    row.organisation ?? L.none,
    row.points,
    row.max,
    graded ? graded.num / graded.den : null,
    rounded,
    ...(words ? [rounded === null ? null : wordsOrNone(rounded, L, lang)] : []),
    row.grade?.[lang] ?? statusText(row, L),
    row.certificate === null ? L.none : row.certificate ? L.yes : L.no,
  ];
}

function resultsSection(s: StatementSnapshot, L: DocLabels, lang: Lang, words: boolean): DocSection {
  const columns: DocColumn[] = [
    numberColumn(L),
    { header: L.examinee, width: 3.4 },
    { header: L.organisation, width: 2.4 },
    { header: L.points, width: 1, align: 'right', format: { decimals: 2 } },
    { header: L.maxPoints, width: 0.8, align: 'right' },
    { header: L.percentExact, width: 1.2, align: 'right', format: { decimals: 2 } },
    { header: L.percent, width: 1, align: 'right', format: { decimals: 0 } },
    ...(words ? [{ header: L.inWords, width: 2 }] : []),
    { header: L.grade, width: 1.7 },
    { header: L.certificate, width: 1.2, align: 'center' },
  ];
  const rows = s.rows.map((r) => resultRow(r, L, lang, words));
  const exact = s.rows.filter(isGraded).map((r) => r.percent!.num / r.percent!.den);
  const mean = exact.length === 0 ? null : exact.reduce((a, b) => a + b, 0) / exact.length;
  const totals: DocCell[] = [{ value: L.average, colSpan: 5 }, { value: mean, formula: 'average' }, null, ...(words ? [null] : []), null, null];
  return tableSection(L.results, columns, rows, [], { totals });
}

function countsSection(s: StatementSnapshot, L: DocLabels, lang: Lang, draft: boolean): DocSection {
  const graded = s.rows.filter(isGraded);
  const count = (g: Localized): number => graded.filter((r) => r.grade?.kk === g.kk).length;
  const gradeRows: DocRow[] = s.grades.map((g) => [g[lang], count(g)]);
  const blocks: DocBlock[] = [];
  if (gradeRows.length > 0) {
    blocks.push(
      tableBlock({
        columns: [{ header: L.grade, width: 3 }, { header: L.gradeCount, width: 1, align: 'right', format: { decimals: 0 } }],
        rows: gradeRows,
        totals: [L.total, { value: gradeRows.reduce((n, r) => n + (r[1] as number), 0), formula: 'sum' }],
      }),
    );
  }
  const { summary: m } = s;
  blocks.push(paragraph(fill(L.countsLine, { admitted: m.admitted, sat: m.sat, absent: m.absent, certificates: m.certificates })));
  if (m.meanPercent !== null) blocks.push(paragraph(fill(L.meanLine, { mean: formatNumber(m.meanPercent, 2, lang) })));
  blocks.push(paragraph(L.percentRule, 'italic'));
  if (s.certificateFrom !== null) blocks.push(paragraph(fill(L.certificateRule, { percent: formatNumber(s.certificateFrom, undefined, lang) }), 'italic'));
  if (draft) blocks.push(paragraph(L.statementDraftNote, 'italic'));
  return { heading: L.counts, blocks };
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ITEM_TEXT = 90;

function optionsText(options: StatementSnapshot['analysis']['items'][number]['options']): string {
  if (!options) return '—';
  return options.map((o, i) => `${LETTERS[i] ?? i + 1}${o.isKey ? '*' : ''} ${o.count}`).join(' · ');
}

function annexSection(s: StatementSnapshot, L: DocLabels, lang: Lang): DocSection {
  const a = s.analysis;
  const text = (t: string): string => (t.length > ITEM_TEXT ? `${t.slice(0, ITEM_TEXT - 1).trimEnd()}…` : t);
  const num = (x: number | null, d: number): string => (x === null ? '—' : formatNumber(x, d, lang));
  const after: DocBlock[] = [
    paragraph(fill(L.reliabilityLine, { kind: a.kind === 'kr20' ? 'KR-20' : 'α', alpha: num(a.alpha, 2), sem: num(a.sem, 2), k: a.k, n: a.n, mean: num(a.mean, 2), sd: num(a.sd, 2) })),
    paragraph(L.reliabilityMethod[a.method], 'italic'),
    ...a.warnings.map((w) => paragraph(w === 'small_sample' ? fill(L.smallSample, { n: a.n }) : L.noVariance, 'bold')),
  ];
  return {
    ...tableSection(
      L.annex,
      [
        numberColumn(L),
        { header: L.item, width: 5 },
        { header: L.had, width: 0.6, align: 'right', format: { decimals: 0 } },
        { header: L.facility, width: 1.1, align: 'right', format: { decimals: 2 } },
        { header: L.discrimination, width: 1.3, align: 'right', format: { decimals: 2 } },
        { header: L.options, width: 2.8 },
        { header: L.omitted, width: 1.1, align: 'right', format: { decimals: 0 } },
      ],
      a.items.map((item, i) => [i + 1, `${item.id}. ${text(item.text)}`, item.n, item.facility, item.discrimination, optionsText(item.options), item.omitted]),
      after,
    ),
    pageBreakBefore: true,
  };
}

/** The test results statement (тізімдеме / ведомость) of one sitting, in one language. */
export function testStatement(s: StatementSnapshot, lang: Lang, hashFull: string, draft: boolean, options: StatementOptions = {}): DocumentModel {
  const L = DOC_LABELS[lang];
  const title = `${L.statementTitle} ${L.number} ${s.number}`;
  return {
    lang,
    orientation: 'landscape',
    draft,
    title,
    createdAt: s.sitting.releasedAt ?? undefined,
    header: documentHeader(L, {
      titleLines: [title, s.programme.title[lang]],
      number: s.number,
      date: formatDate(s.sitting.heldOn),
      meta: [
        { label: L.test, value: s.sitting.title[lang] },
        { label: L.sittingKind, value: L.sittingKinds[s.sitting.kind] },
        { label: L.place, value: s.sitting.place ?? L.none },
        { label: L.cohort, value: `${s.cohort.name} (${formatDate(s.cohort.startsOn)}–${formatDate(s.cohort.endsOn)})` },
        { label: L.hours, value: String(s.programme.hours) },
        { label: L.items, value: String(s.sitting.itemCount) },
        ...(s.sitting.timeLimitMinutes !== null ? [{ label: L.timeLimit, value: String(s.sitting.timeLimitMinutes) }] : []),
      ],
    }),
    sections: [
      resultsSection(s, L, lang, options.words === true),
      countsSection(s, L, lang, draft),
      annexSection(s, L, lang),
    ],
    signatures: signatures(L, s.signatories, [{ role: L.examiner, name: '' }]),
    footer: documentFooter(L, s.number, hashFull),
  };
}
