import { weightToPercent } from '../../../../shared/domain/bank/numbers';
import type { Bank, BankItem, TextFormat } from '../../../../shared/domain/bank/types';
import { joinTopicPath } from '../../import/bank/meta';
import { exportSequence } from './sequence';

const MOODLE_TYPE: Record<BankItem['type'], string> = {
  single: 'multichoice',
  multiple: 'multichoice',
  truefalse: 'truefalse',
  matching: 'matching',
  short: 'shortanswer',
  numeric: 'numerical',
  essay: 'essay',
};

const MOODLE_FORMAT: Record<TextFormat, string> = { html: 'html', markdown: 'markdown', plain: 'plain_text' };

function esc(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}

function text(value: string): string {
  return `<text>${esc(value)}</text>`;
}

function feedback(value: string, indent: string): string {
  return value === '' ? '' : `\n${indent}<feedback format="html">${text(value)}</feedback>`;
}

function answer(percent: string, body: string, fb: string, extra = ''): string {
  return `    <answer fraction="${percent}" format="html">\n      ${text(body)}${extra}${feedback(fb, '      ')}\n    </answer>`;
}

function typeBody(item: BankItem): string[] {
  switch (item.type) {
    case 'single':
    case 'multiple':
      return [
        `    <single>${item.type === 'single'}</single>`,
        `    <shuffleanswers>${item.shuffle}</shuffleanswers>`,
        '    <answernumbering>abc</answernumbering>',
        ...item.options.map((o) => answer(weightToPercent(o.weight), o.text, o.feedback)),
      ];
    case 'truefalse':
      return [
        answer(item.answer ? '100' : '0', 'true', item.feedbackTrue),
        answer(item.answer ? '0' : '100', 'false', item.feedbackFalse),
      ];
    case 'matching':
      return [
        `    <shuffleanswers>${item.shuffle}</shuffleanswers>`,
        ...[...item.pairs, ...item.distractors.map((right) => ({ left: '', right }))].map(
          (p) => `    <subquestion format="html">\n      ${text(p.left)}\n      <answer>${text(p.right)}</answer>\n    </subquestion>`,
        ),
      ];
    case 'short':
      return [`    <usecase>${item.ignoreCase ? 0 : 1}</usecase>`, ...item.answers.map((a) => answer(weightToPercent(a.weight), a.text, a.feedback))];
    case 'numeric':
      return item.answers.map((a) => answer(weightToPercent(a.weight), a.value, a.feedback, `\n      <tolerance>${a.tolerance}</tolerance>`));
    case 'essay':
      return ['    <responseformat>editor</responseformat>', '    <responserequired>1</responserequired>', '    <responsefieldlines>15</responsefieldlines>', '    <attachments>0</attachments>'];
  }
}

function tags(item: BankItem): string[] {
  const list = [
    ...(item.lang ? [`lang:${item.lang}`] : []),
    ...(item.difficulty !== null ? [`difficulty:${item.difficulty}`] : []),
    ...item.competencies.map((c) => `competency:${c}`),
    ...(item.type === 'short' && !item.ignoreSpaces ? ['exact-spaces'] : []),
  ];
  return list.length === 0 ? [] : ['    <tags>', ...list.map((t) => `      <tag>${text(t)}</tag>`), '    </tags>'];
}

function question(item: BankItem): string {
  return [
    `  <question type="${MOODLE_TYPE[item.type]}">`,
    `    <name>${text(item.name ?? '')}</name>`,
    `    <questiontext format="${MOODLE_FORMAT[item.format]}">${text(item.text)}</questiontext>`,
    `    <generalfeedback format="html">${text(item.feedback)}</generalfeedback>`,
    `    <defaultgrade>${item.points}</defaultgrade>`,
    '    <penalty>0.3333333</penalty>',
    '    <hidden>0</hidden>',
    ...typeBody(item),
    ...tags(item),
    '  </question>',
  ].join('\n');
}

/** Writes a bank as Moodle XML (`<quiz>`), categories included, that Attesta reads back unchanged. */
export function exportMoodleXml(bank: Bank): string {
  const body = exportSequence(bank).map((step) =>
    step.kind === 'topic'
      ? `  <question type="category">\n    <category>${text(joinTopicPath(step.path))}</category>\n  </question>`
      : question(step.item),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${body.join('\n')}\n</quiz>\n`;
}
