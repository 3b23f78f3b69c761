import type { DocHeader, DocumentModel, LabeledValue } from '../view-model';
import type { Lang } from '../../domain/localized';
import { formatDate } from '../labels';
import type { VariantLabels } from './labels';
import type { PrintedVariant } from './printed-variant';

/** What every page of a printed run shares: language, titles (programme, test), the run's seed, the date. */
export type PrintMeta = {
  lang: Lang;
  /** Programme and test titles, already in the run's language. */
  titleLines: string[];
  seed: string;
  /** yyyy-mm-dd of the sitting, or null when printed ahead of one. */
  heldOn: string | null;
  /** ISO timestamp of the run; makes the file's metadata reproducible. */
  createdAt: string;
};

/** The blank an examinee writes their name on when the variant is not yet anyone's. */
export const NAME_BLANK = '________________________________________';

function header(meta: PrintMeta, v: PrintedVariant, labels: VariantLabels, part: string, rows: LabeledValue[]): DocHeader {
  return {
    titleLines: [...meta.titleLines, part],
    number: { label: labels.variant, value: String(v.examinee) },
    ...(meta.heldOn ? { date: { label: labels.date, value: formatDate(meta.heldOn) } } : {}),
    meta: rows,
  };
}

function document(meta: PrintMeta, v: PrintedVariant, labels: VariantLabels, part: string, rows: LabeledValue[], sections: DocumentModel['sections']): DocumentModel {
  return {
    lang: meta.lang,
    orientation: 'portrait',
    draft: false,
    title: `${meta.titleLines.join(' · ')} · ${part} ${v.examinee}`,
    createdAt: meta.createdAt,
    header: header(meta, v, labels, part, rows),
    sections,
    signatures: null,
    // Every page carries the variant's check code, so loose pages find their variant again.
    footer: { hashLabel: labels.checkCode, hashShort: v.checkCode, qrPayload: null, note: `${part} · ${labels.variant} ${v.examinee} · ${labels.seed}: ${v.seed}` },
  };
}

/** The booklet's header and footer (its questions are drawn after the header): variant, seed, examinee line. */
export function bookletDocument(meta: PrintMeta, v: PrintedVariant, labels: VariantLabels): DocumentModel {
  return document(meta, v, labels, labels.booklet, [
    { label: labels.examinee, value: v.name ?? NAME_BLANK },
    { label: labels.seed, value: v.seed },
    { label: labels.items, value: `${v.questions.length} (${labels.maxPoints}: ${v.maxPoints})` },
  ], []);
}

/** One variant's answer key as a document: question → right letter(s) or answer, points. */
export function keyDocument(meta: PrintMeta, v: PrintedVariant, labels: VariantLabels): DocumentModel {
  const table = {
    columns: [
      { header: labels.question, width: 1, align: 'center' as const },
      { header: labels.answer, width: 8 },
      { header: labels.points, width: 1.5, align: 'center' as const },
    ],
    rows: v.key.map((k) => [k.number, k.answer, k.points]),
    totals: [{ value: labels.maxPoints, colSpan: 2, bold: true }, { value: v.maxPoints, bold: true, align: 'center' as const }],
  };
  return document(meta, v, labels, labels.answerKey, [
    ...(v.name ? [{ label: labels.examinee, value: v.name }] : []),
    { label: labels.seed, value: v.seed },
    { label: labels.checkCode, value: v.checkCode },
  ], [{ blocks: [{ kind: 'table', table }] }]);
}

/** The answer sheet's footer and title (its grid is drawn by the renderer, on exactly one page). */
export function sheetDocument(meta: PrintMeta, v: PrintedVariant, labels: VariantLabels): DocumentModel {
  return document(meta, v, labels, labels.answerSheet, [], []);
}
