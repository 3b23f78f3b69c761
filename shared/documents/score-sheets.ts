import type { DefenseSnapshot } from '../api/channels/documents-types';
import type { Lang } from '../domain/localized';
import { snapshotQrPayload, shortHash } from './canonical-json';
import { DOC_LABELS, formatDate, type DocLabels } from './labels';
import type { DocSection, DocumentModel } from './view-model';

function descriptorsSection(s: DefenseSnapshot, L: DocLabels, lang: Lang): DocSection {
  return {
    heading: L.descriptors,
    blocks: [
      {
        kind: 'table',
        table: {
          columns: [
            { header: L.number, width: 0.5, align: 'center' },
            { header: L.criteria, width: 3 },
            { header: L.band, width: 1.6 },
            { header: L.points, width: 0.9, align: 'center' },
            { header: L.descriptors, width: 7 },
          ],
          rows: s.criteria.flatMap((c, i) =>
            c.bands.length === 0
              ? [[i + 1, `${c.title[lang]} (${c.max})`, L.none, `0–${c.max}`, L.none]]
              : c.bands.map((b) => [i + 1, `${c.title[lang]} (${c.max})`, b.label[lang], `${b.min}–${b.max}`, b.descriptor?.[lang] ?? L.none]),
          ),
        },
      },
    ],
  };
}

/**
 * Member score sheets (бағалау парағы) of a session: one per scoring member, with the
 * criteria and their descriptors; points filled from confirmed results, blank otherwise (a
 * sheet with any blank is marked as a draft, for paper scoring).
 */
export function scoreSheets(s: DefenseSnapshot, lang: Lang, hashFull: string): DocumentModel {
  const L = DOC_LABELS[lang];
  const scorers = s.commission.filter((m) => m.role !== 'secretary');
  const isBlank = s.listeners.some((l) => l.result === null);
  const sections: DocSection[] = scorers.map((m, k) => ({
    heading: `${L.sheetTitle} — ${L.role[m.role]}: ${m.fullName}`,
    sheetName: `${k + 1} ${m.fullName}`.slice(0, 31),
    pageBreakBefore: k > 0,
    blocks: [
      {
        kind: 'table',
        table: {
          columns: [
            { header: L.number, width: 0.5, align: 'center' },
            { header: L.listener, width: 3.4 },
            { header: L.topic, width: 3.4 },
            ...s.criteria.map((c, i) => ({ header: `${i + 1} (${c.max})`, width: 0.9, align: 'right' as const, format: { decimals: 0 } })),
            { header: L.total, width: 1, align: 'right', format: { decimals: 0 } },
          ],
          rows: s.listeners.map((l) => {
            const own = l.result?.byMember[m.id] ?? null;
            return [l.position, l.fullName, l.topic ?? L.none, ...s.criteria.map((_, i) => own?.[i] ?? null), own ? own.reduce((a, b) => a + b, 0) : null];
          }),
        },
      },
      { kind: 'paragraph', text: `${L.member}: ${m.fullName} ______________ ${L.signatureCaption}` },
    ],
  }));
  return {
    lang,
    orientation: 'landscape',
    draft: isBlank,
    title: `${L.sheetTitle} ${L.number} ${s.number}`,
    header: {
      titleLines: [L.sheetTitle, s.programme.title[lang]],
      number: { label: L.number, value: s.number },
      date: { label: L.date, value: formatDate(s.session.heldOn) },
      meta: [
        { label: L.place, value: s.session.place ?? L.none },
        { label: L.cohort, value: s.cohort.name },
      ],
    },
    sections: [descriptorsSection(s, L, lang), ...sections],
    signatures: null,
    footer: { hashLabel: L.hash, hashShort: shortHash(hashFull), qrPayload: snapshotQrPayload(s.number, hashFull) },
    sheetPerSection: true,
  };
}
