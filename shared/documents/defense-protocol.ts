import type { DefenseSnapshot, DefenseSnapshotListener } from '../api/channels/documents-types';
import type { Lang } from '../domain/localized';
import { hasWords, numberWords } from '../domain/number-words';
import { documentFooter, documentHeader, numberColumn, paragraph, signatures, tableSection } from './frame';
import { DOC_LABELS, fill, formatDate, formatTime, type DocLabels } from './labels';
import type { DocBlock, DocColumn, DocRow, DocSection, DocumentModel } from './view-model';

/** Options of the protocol: `words` adds the rounded total in words. */
export interface ProtocolOptions {
  readonly words?: boolean;
}

/** A whole number in words, or «—» when it has none (decimals: see number-words.ts). */
export function wordsOrNone(value: number | null, L: DocLabels, lang: Lang): string {
  return value !== null && hasWords(value) ? numberWords(value, lang) : L.none;
}

function commissionSection(s: DefenseSnapshot, L: DocLabels): DocSection {
  return tableSection(
    L.commission,
    [numberColumn(L), { header: L.fullName, width: 4 }, { header: L.role.member, width: 2 }, { header: L.position, width: 4 }, { header: L.present, width: 1.2, align: 'center' }],
    s.commission.map((m, i) => [i + 1, m.fullName, L.role[m.role], m.position ?? L.none, m.isPresent ? L.yes : L.no]),
    [paragraph(`${L.quorum}: ${fill(s.quorum.isMet ? L.quorumMet : L.quorumNotMet, { present: s.quorum.present, required: s.quorum.required })}`)],
  );
}

/** The columns a list of listeners with their criteria starts with: №, listener, topic, one per criterion. */
export function listenerCriteriaColumns(s: DefenseSnapshot, L: DocLabels, nameWidth: number, decimals: number): DocColumn[] {
  return [
    numberColumn(L),
    { header: L.listener, width: nameWidth },
    { header: L.topic, width: nameWidth },
    ...s.criteria.map((c, i) => ({ header: `${i + 1} (${c.max})`, width: 0.9, align: 'right' as const, format: { decimals } })),
  ];
}

function resultRow(l: DefenseSnapshotListener, s: DefenseSnapshot, L: DocLabels, lang: Lang, words: boolean): DocRow {
  const r = l.result;
  const criteria = s.criteria.map((_, i) => (r ? r.criteria[i]! : null));
  const last = l.amendments.at(-1);
  const grade = last?.grade ?? r?.grade ?? null;
  const total = r ? (last ? last.after : r.total) : null;
  return [
    l.position,
    l.fullName,
    l.topic ?? L.none,
    ...criteria,
    r ? r.totalExact : null,
    total,
    ...(words ? [r ? wordsOrNone(total, L, lang) : null] : []),
    r ? (grade?.[lang] ?? L.none) : L.notConfirmed,
    r?.consequence?.[lang] ?? L.none,
  ];
}

function resultsSection(s: DefenseSnapshot, L: DocLabels, lang: Lang, words: boolean): DocSection {
  const n = s.criteria.length;
  const columns: DocColumn[] = [
    ...listenerCriteriaColumns(s, L, 3.2, 2),
    { header: L.exact, width: 1.1, align: 'right', format: { decimals: 2 } },
    { header: L.total, width: 1, align: 'right', format: { decimals: 0 } },
    ...(words ? [{ header: L.inWords, width: 2.2 }] : []),
    { header: L.grade, width: 1.6 },
    { header: L.decision, width: 3.2 },
  ];
  return tableSection(
    L.results,
    columns,
    s.listeners.map((l) => resultRow(l, s, L, lang, words)),
    [paragraph(s.criteria.map((c, i) => `${i + 1} — ${c.title[lang]} (${c.max})`).join('; '), 'italic')],
    { headerGroups: [{ text: null, span: 3 }, { text: L.criteria, span: n }, { text: null, span: words ? 5 : 4 }] },
  );
}

function detailBlocks(l: DefenseSnapshotListener, L: DocLabels, lang: Lang): DocBlock[] {
  const lines: string[] = [];
  for (const q of l.questions) lines.push(`${fill(L.askedBy, { member: q.member, text: q.text })}${q.answerNote ? `; ${fill(L.answer, { note: q.answerNote })}` : ''}`);
  for (const d of l.divergences) {
    const what = d.criterion ? fill(L.criterion, { n: d.criterion }) : L.bandStraddle;
    lines.push(d.resolution === 'dissent' ? `${L.divergence} (${what}): ${fill(L.dissentBy, { member: d.member ?? '', text: d.text })}` : `${L.divergence} (${what}): ${L.resolution[d.resolution as 'revote' | 'keep']}`);
  }
  if (l.onBehalf.length) lines.push(fill(L.onBehalf, { names: l.onBehalf.join(', ') }));
  if (l.absent.length) lines.push(fill(L.absent, { names: l.absent.join(', ') }));
  for (const a of l.amendments) {
    lines.push(fill(L.amendment, { at: `${formatDate(a.at)} ${formatTime(a.at)}`, author: a.author, before: a.before, after: a.after, grade: a.grade?.[lang] ?? L.none, reason: a.reason }));
  }
  if (lines.length === 0) return [];
  return [{ kind: 'paragraph', text: `${l.position}. ${l.fullName}`, style: 'bold' }, ...lines.map((text) => ({ kind: 'paragraph' as const, text: `— ${text}` }))];
}

/** The defense protocol (қорытынды аттестаттау хаттамасы) of a session, in one language. */
export function defenseProtocol(s: DefenseSnapshot, lang: Lang, hashFull: string, draft: boolean, options: ProtocolOptions = {}): DocumentModel {
  const L = DOC_LABELS[lang];
  const details = s.listeners.flatMap((l) => detailBlocks(l, L, lang));
  return {
    lang,
    orientation: 'landscape',
    draft,
    title: `${L.protocolTitle} ${L.number} ${s.number}`,
    createdAt: s.session.closedAt ?? undefined,
    header: documentHeader(L, {
      titleLines: [`${L.protocolTitle} ${L.number} ${s.number}`, s.programme.title[lang]],
      number: s.number,
      date: formatDate(s.session.heldOn),
      meta: [
        { label: L.time, value: `${formatTime(s.session.startedAt)}–${formatTime(s.session.endedAt)}` },
        { label: L.place, value: s.session.place ?? L.none },
        { label: L.cohort, value: `${s.cohort.name} (${formatDate(s.cohort.startsOn)}–${formatDate(s.cohort.endsOn)})` },
        { label: L.hours, value: String(s.programme.hours) },
        { label: L.form, value: `${s.programme.kind === 'scale' ? L.formTest : L.formDefense}; ${s.programme.designTitle[lang]}` },
      ],
    }),
    sections: [
      commissionSection(s, L),
      resultsSection(s, L, lang, options.words === true),
      ...(details.length ? [{ heading: L.details, blocks: details }] : []),
      { heading: L.rule, blocks: [paragraph(s.ruleSentence[lang]), ...(draft ? [paragraph(L.draftNote, 'italic')] : [])] },
    ],
    signatures: signatures(L, s.commission.filter((m) => m.isPresent)),
    footer: documentFooter(L, s.number, hashFull),
  };
}
