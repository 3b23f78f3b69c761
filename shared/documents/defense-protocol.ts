import type { DefenseSnapshot, DefenseSnapshotListener } from '../api/channels/documents-types';
import type { Lang } from '../domain/localized';
import { snapshotQrPayload, shortHash } from './canonical-json';
import { DOC_LABELS, fill, formatDate, formatTime, type DocLabels } from './labels';
import type { DocBlock, DocRow, DocSection, DocumentModel } from './view-model';

function commissionSection(s: DefenseSnapshot, L: DocLabels): DocSection {
  return {
    heading: L.commission,
    blocks: [
      {
        kind: 'table',
        table: {
          columns: [
            { header: L.number, width: 0.5, align: 'center' },
            { header: L.fullName, width: 4 },
            { header: L.role.member, width: 2 },
            { header: L.position, width: 4 },
            { header: L.present, width: 1.2, align: 'center' },
          ],
          rows: s.commission.map((m, i) => [i + 1, m.fullName, L.role[m.role], m.position ?? L.none, m.isPresent ? L.yes : L.no]),
        },
      },
      { kind: 'paragraph', text: `${L.quorum}: ${fill(s.quorum.isMet ? L.quorumMet : L.quorumNotMet, { present: s.quorum.present, required: s.quorum.required })}` },
    ],
  };
}

function resultRow(l: DefenseSnapshotListener, s: DefenseSnapshot, L: DocLabels, lang: Lang): DocRow {
  const r = l.result;
  const criteria = s.criteria.map((_, i) => (r ? r.criteria[i]! : null));
  const last = l.amendments.at(-1);
  const grade = last?.grade ?? r?.grade ?? null;
  return [
    l.position,
    l.fullName,
    l.topic ?? L.none,
    ...criteria,
    r ? r.totalExact : null,
    r ? (last ? last.after : r.total) : null,
    r ? (grade?.[lang] ?? L.none) : L.notConfirmed,
    r?.consequence?.[lang] ?? L.none,
  ];
}

function resultsSection(s: DefenseSnapshot, L: DocLabels, lang: Lang): DocSection {
  const n = s.criteria.length;
  return {
    heading: L.results,
    blocks: [
      {
        kind: 'table',
        table: {
          columns: [
            { header: L.number, width: 0.5, align: 'center' },
            { header: L.listener, width: 3.2 },
            { header: L.topic, width: 3.2 },
            ...s.criteria.map((c, i) => ({ header: `${i + 1} (${c.max})`, width: 0.9, align: 'right' as const, format: { decimals: 2 } })),
            { header: L.exact, width: 1.1, align: 'right', format: { decimals: 2 } },
            { header: L.total, width: 1, align: 'right', format: { decimals: 0 } },
            { header: L.grade, width: 1.6 },
            { header: L.decision, width: 3.2 },
          ],
          headerGroups: [{ text: null, span: 3 }, { text: L.criteria, span: n }, { text: null, span: 4 }],
          rows: s.listeners.map((l) => resultRow(l, s, L, lang)),
        },
      },
      { kind: 'paragraph', text: s.criteria.map((c, i) => `${i + 1} — ${c.title[lang]} (${c.max})`).join('; '), style: 'italic' },
    ],
  };
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
export function defenseProtocol(s: DefenseSnapshot, lang: Lang, hashFull: string, draft: boolean): DocumentModel {
  const L = DOC_LABELS[lang];
  const details = s.listeners.flatMap((l) => detailBlocks(l, L, lang));
  const members = s.commission.filter((m) => m.isPresent);
  const order = { chair: 0, member: 1, secretary: 2 } as const;
  return {
    lang,
    orientation: 'landscape',
    draft,
    title: `${L.protocolTitle} ${L.number} ${s.number}`,
    createdAt: s.session.closedAt ?? undefined,
    header: {
      titleLines: [`${L.protocolTitle} ${L.number} ${s.number}`, s.programme.title[lang]],
      number: { label: L.number, value: s.number },
      date: { label: L.date, value: formatDate(s.session.heldOn) },
      meta: [
        { label: L.time, value: `${formatTime(s.session.startedAt)}–${formatTime(s.session.endedAt)}` },
        { label: L.place, value: s.session.place ?? L.none },
        { label: L.cohort, value: `${s.cohort.name} (${formatDate(s.cohort.startsOn)}–${formatDate(s.cohort.endsOn)})` },
        { label: L.hours, value: String(s.programme.hours) },
        { label: L.form, value: `${s.programme.kind === 'scale' ? L.formTest : L.formDefense}; ${s.programme.designTitle[lang]}` },
      ],
    },
    sections: [
      commissionSection(s, L),
      resultsSection(s, L, lang),
      ...(details.length ? [{ heading: L.details, blocks: details }] : []),
      { heading: L.rule, blocks: [{ kind: 'paragraph', text: s.ruleSentence[lang] }, ...(draft ? [{ kind: 'paragraph' as const, text: L.draftNote, style: 'italic' as const }] : [])] },
    ],
    signatures: {
      heading: L.signatures,
      signatories: [...members].sort((a, b) => order[a.role] - order[b.role]).map((m) => ({ role: L.role[m.role], name: m.fullName })),
      lineCaption: L.signatureCaption,
    },
    footer: { hashLabel: L.hash, hashShort: shortHash(hashFull), qrPayload: snapshotQrPayload(s.number, hashFull) },
  };
}
