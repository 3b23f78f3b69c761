import type { GradeDistribution, SummaryListener, SummarySnapshot, SummaryTestResult } from '../api/channels/documents-types';
import type { Lang, Localized } from '../domain/localized';
import { documentFooter, documentHeader, numberColumn, paragraph, signatures, tableSection } from './frame';
import { DOC_LABELS, fill, formatDate, type DocLabels } from './labels';
import { roundedPercent } from './test-statement';
import type { DocBlock, DocColumn, DocRow, DocSection, DocumentModel, HeaderGroup } from './view-model';

const same = (a: Localized | null, b: Localized): boolean => a !== null && a.kk === b.kk;

function testResultOf(r: SummaryTestResult): { percent: number | null; grade: Localized | null } | null {
  return r === null || r === 'absent' ? null : { percent: r.percent ? roundedPercent(r.percent) : null, grade: r.grade };
}

/**
 * The grade distributions of a cohort: the defense's, then each test's, every grade of its
 * scale with how many listeners got it (scales without grades are left out). The summary's
 * PDF draws these as bar charts; the Documents screen draws them as SVG.
 */
export function gradeDistributions(s: SummarySnapshot): GradeDistribution[] {
  const out: GradeDistribution[] = [];
  if (s.defense.grades.length > 0 && s.defense.sessions > 0) {
    out.push({ title: s.programme.designTitle, bars: s.defense.grades.map((g) => ({ grade: g, count: s.listeners.filter((l) => same(l.defense?.grade ?? null, g)).length })) });
  }
  s.tests.forEach((t, i) => {
    if (t.grades.length === 0) return;
    out.push({ title: t.title, bars: t.grades.map((g) => ({ grade: g, count: s.listeners.filter((l) => same(testResultOf(l.tests[i] ?? null)?.grade ?? null, g)).length })) });
  });
  return out;
}

function decision(l: SummaryListener, L: DocLabels, lang: Lang): string {
  if (l.defense?.consequence) return l.defense.consequence[lang];
  const last = [...l.tests].reverse().find((t): t is Exclude<SummaryTestResult, 'absent' | null> => t !== null && t !== 'absent' && t.certificate !== null);
  if (last) return last.certificate ? L.certificateIssued : L.noCertificate;
  return l.defense || l.tests.some((t) => t !== null) ? L.none : L.notAssessed;
}

function listenerRow(l: SummaryListener, i: number, L: DocLabels, lang: Lang): DocRow {
  const tests = l.tests.flatMap((t) => {
    if (t === 'absent') return [null, L.absentMark];
    const r = testResultOf(t);
    return [r?.percent ?? null, r?.grade?.[lang] ?? L.none];
  });
  return [i + 1, l.fullName, l.defense?.total ?? null, l.defense ? (l.defense.grade?.[lang] ?? L.none) : L.none, ...tests, decision(l, L, lang)];
}

function resultsSection(s: SummarySnapshot, L: DocLabels, lang: Lang): DocSection {
  const columns: DocColumn[] = [
    numberColumn(L),
    { header: L.listener, width: 3.4 },
    { header: L.total, width: 0.9, align: 'right', format: { decimals: 0 } },
    { header: L.grade, width: 1.5 },
    ...s.tests.flatMap((): DocColumn[] => [
      { header: '%', width: 0.8, align: 'right', format: { decimals: 0 } },
      { header: L.grade, width: 1.5 },
    ]),
    { header: L.finalDecision, width: 3.2 },
  ];
  const groups: HeaderGroup[] = [
    { text: null, span: 2 },
    { text: L.defense, span: 2 },
    ...s.tests.map((t) => ({ text: `${t.title[lang]} (${formatDate(t.heldOn)})`, span: 2 })),
    { text: null, span: 1 },
  ];
  return tableSection(L.results, columns, s.listeners.map((l, i) => listenerRow(l, i, L, lang)), [], { headerGroups: groups });
}

function chartsSection(s: SummarySnapshot, L: DocLabels, lang: Lang, draft: boolean): DocSection {
  const defended = s.listeners.filter((l) => l.defense !== null).length;
  const tested = s.listeners.filter((l) => l.tests.some((t) => t !== null && t !== 'absent')).length;
  const blocks: DocBlock[] = [paragraph(fill(L.summaryCounts, { listeners: s.listeners.length, defended, tested }))];
  for (const d of gradeDistributions(s)) {
    blocks.push({
      kind: 'chart',
      chart: {
        caption: fill(L.distribution, { what: d.title[lang] }),
        labelHeader: L.grade,
        valueHeader: L.gradeCount,
        shareHeader: L.share,
        bars: d.bars.map((b) => ({ label: b.grade[lang], value: b.count })),
      },
    });
  }
  if (draft) blocks.push(paragraph(L.summaryDraftNote, 'italic'));
  return { heading: L.counts, blocks };
}

/** The cohort summary: defenses and tests together per listener, counts and grade distribution charts. */
export function cohortSummary(s: SummarySnapshot, lang: Lang, hashFull: string, draft: boolean): DocumentModel {
  const L = DOC_LABELS[lang];
  const title = `${L.summaryTitle} ${L.number} ${s.number}`;
  return {
    lang,
    orientation: 'landscape',
    draft,
    title,
    header: documentHeader(L, {
      titleLines: [title, s.programme.title[lang]],
      number: s.number,
      date: formatDate(s.cohort.endsOn),
      meta: [
        { label: L.cohort, value: `${s.cohort.name} (${formatDate(s.cohort.startsOn)}–${formatDate(s.cohort.endsOn)})` },
        { label: L.hours, value: String(s.programme.hours) },
        { label: L.form, value: [s.programme.designTitle[lang], ...s.tests.map((t) => `${t.title[lang]} (${L.sittingKinds[t.kind]})`)].join('; ') },
      ],
    }),
    sections: [resultsSection(s, L, lang), chartsSection(s, L, lang, draft)],
    signatures: signatures(L, s.signatories),
    footer: documentFooter(L, s.number, hashFull),
  };
}
