import type { Role } from '../api/channels/people-types';
import { snapshotQrPayload, shortHash } from './canonical-json';
import type { DocLabels } from './labels';
import type { DocBlock, DocColumn, DocFooter, DocHeader, DocRow, DocSection, DocTable, LabeledValue, SignatureBlock } from './view-model';

// What every document shares around its own tables: the header (title, number, date, facts),
// the footer (short hash and QR payload, decisions §6), the signature lines, the «№» column
// and a section that is one table. The builders (protocol, score sheets, statement, summary)
// take these from here so that they print alike.

/** The header of the first page: title lines, «№ …» on the right, the date on the left, then the facts. */
export function documentHeader(L: DocLabels, parts: { titleLines: readonly string[]; number: string; date: string; meta: readonly LabeledValue[] }): DocHeader {
  return {
    titleLines: parts.titleLines,
    number: { label: L.number, value: parts.number },
    date: { label: L.date, value: parts.date },
    meta: parts.meta,
  };
}

/** The footer of every page: the snapshot's short hash and the QR payload (document number + full hash). */
export function documentFooter(L: DocLabels, number: string, hashFull: string): DocFooter {
  return { hashLabel: L.hash, hashShort: shortHash(hashFull), qrPayload: snapshotQrPayload(number, hashFull) };
}

const ROLE_ORDER: Readonly<Record<Role, number>> = { chair: 0, member: 1, secretary: 2 };

/** Signature lines for people with a commission role: chair first, then members, the secretary last. */
export function signatures(L: DocLabels, people: readonly { role: Role; fullName: string }[], extra: readonly { role: string; name: string }[] = []): SignatureBlock {
  const ordered = [...people].sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
  return {
    heading: L.signatures,
    signatories: [...extra, ...ordered.map((m) => ({ role: L.role[m.role], name: m.fullName }))],
    lineCaption: L.signatureCaption,
  };
}

/** The narrow «№» column every list starts with. */
export function numberColumn(L: DocLabels): DocColumn {
  return { header: L.number, width: 0.5, align: 'center' };
}

/** A table block. */
export function tableBlock(table: DocTable): DocBlock {
  return { kind: 'table', table };
}

/** A section made of one table (and any blocks after it). */
export function tableSection(heading: string, columns: readonly DocColumn[], rows: readonly DocRow[], after: readonly DocBlock[] = [], extra: Partial<DocTable> = {}): DocSection {
  return { heading, blocks: [tableBlock({ ...extra, columns, rows }), ...after] };
}

/** A paragraph block. */
export function paragraph(text: string, style?: 'normal' | 'bold' | 'italic'): DocBlock {
  return style ? { kind: 'paragraph', text, style } : { kind: 'paragraph', text };
}
