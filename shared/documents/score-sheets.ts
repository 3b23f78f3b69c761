import type { DefenseSnapshot } from '../api/channels/documents-types';
import type { Lang } from '../domain/localized';
import { listenerCriteriaColumns } from './defense-protocol';
import { documentFooter, documentHeader, numberColumn, paragraph, tableSection } from './frame';
import { DOC_LABELS, formatDate, type DocLabels } from './labels';
import type { DocSection, DocumentModel } from './view-model';

function descriptorsSection(s: DefenseSnapshot, L: DocLabels, lang: Lang): DocSection {
  return tableSection(
    L.descriptors,
    [numberColumn(L), { header: L.criteria, width: 3 }, { header: L.band, width: 1.6 }, { header: L.points, width: 0.9, align: 'center' }, { header: L.descriptors, width: 7 }],
    s.criteria.flatMap((c, i) =>
      c.bands.length === 0
        ? [[i + 1, `${c.title[lang]} (${c.max})`, L.none, `0–${c.max}`, L.none]]
        : c.bands.map((b) => [i + 1, `${c.title[lang]} (${c.max})`, b.label[lang], `${b.min}–${b.max}`, b.descriptor?.[lang] ?? L.none]),
    ),
  );
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
    ...tableSection(
      `${L.sheetTitle} — ${L.role[m.role]}: ${m.fullName}`,
      [...listenerCriteriaColumns(s, L, 3.4, 0), { header: L.total, width: 1, align: 'right', format: { decimals: 0 } }],
      s.listeners.map((l) => {
        const own = l.result?.byMember[m.id] ?? null;
        return [l.position, l.fullName, l.topic ?? L.none, ...s.criteria.map((_, i) => own?.[i] ?? null), own ? own.reduce((a, b) => a + b, 0) : null];
      }),
      [paragraph(`${L.member}: ${m.fullName} ______________ ${L.signatureCaption}`)],
    ),
    sheetName: `${k + 1} ${m.fullName}`.slice(0, 31),
    pageBreakBefore: k > 0,
  }));
  return {
    lang,
    orientation: 'landscape',
    draft: isBlank,
    title: `${L.sheetTitle} ${L.number} ${s.number}`,
    header: documentHeader(L, {
      titleLines: [L.sheetTitle, s.programme.title[lang]],
      number: s.number,
      date: formatDate(s.session.heldOn),
      meta: [
        { label: L.place, value: s.session.place ?? L.none },
        { label: L.cohort, value: s.cohort.name },
      ],
    }),
    sections: [descriptorsSection(s, L, lang), ...sections],
    signatures: null,
    footer: documentFooter(L, s.number, hashFull),
    sheetPerSection: true,
  };
}
