import { countAxis } from '../../../../shared/documents/chart';
import { formatNumber } from '../../../../shared/documents/cells';
import type { DocChart } from '../../../../shared/documents/view-model';
import { ensureSpace, FONT, SIZE, type PdfCtx } from './pdf-context';

// A bar chart drawn with pdfkit's vector paths: a count axis with ticks and light grid lines,
// one bar per label with its value above it and its label (wrapped) under it. Text stays
// text, so pdftotext reads the labels and the values.

const PLOT_H = 120;
const AXIS_W = 26;
const LABEL_H = 26;
const MAX_W = 460;
const BAR_FILL = '#5a6f8c';
const GRID = '#c8c8c8';

/** Draws `chart` at the current position (kept on one page with its caption). */
export function drawChart(ctx: PdfCtx, chart: DocChart): void {
  const { doc, left } = ctx;
  const width = Math.min(ctx.width, MAX_W);
  doc.font(FONT.bold).fontSize(SIZE.caption);
  const captionH = doc.heightOfString(chart.caption, { width }) + 6;
  ensureSpace(ctx, captionH + PLOT_H + LABEL_H + 20);
  doc.fillColor('#000000').text(chart.caption, left, doc.y, { width });
  const top = doc.y + 10;
  const x0 = left + AXIS_W;
  const plotW = width - AXIS_W;
  const bottom = top + PLOT_H;
  const { top: axisTop, step } = countAxis(Math.max(0, ...chart.bars.map((b) => b.value)));
  const yOf = (v: number): number => bottom - (v / axisTop) * PLOT_H;

  doc.font(FONT.regular).fontSize(SIZE.small + 1);
  for (let v = 0; v <= axisTop; v += step) {
    const y = yOf(v);
    doc.lineWidth(0.3).strokeColor(GRID).moveTo(x0, y).lineTo(x0 + plotW, y).stroke();
    const label = formatNumber(v, 0, ctx.model.lang);
    doc.fillColor('#333333').text(label, x0 - 4 - doc.widthOfString(label), y - 3.5, { lineBreak: false });
  }
  doc.lineWidth(0.6).strokeColor('#000000').moveTo(x0, top - 4).lineTo(x0, bottom).lineTo(x0 + plotW, bottom).stroke();

  const slot = plotW / Math.max(1, chart.bars.length);
  const barW = Math.min(48, slot * 0.6);
  chart.bars.forEach((bar, i) => {
    const cx = x0 + slot * (i + 0.5);
    const y = yOf(bar.value);
    if (bar.value > 0) doc.rect(cx - barW / 2, y, barW, bottom - y).fill(BAR_FILL);
    const value = formatNumber(bar.value, 0, ctx.model.lang);
    doc.font(FONT.bold).fontSize(SIZE.table).fillColor('#000000');
    doc.text(value, cx - doc.widthOfString(value) / 2, y - 11, { lineBreak: false });
    doc.font(FONT.regular).fontSize(SIZE.small + 1);
    doc.text(bar.label, cx - slot / 2 + 2, bottom + 3, { width: slot - 4, height: LABEL_H, align: 'center', ellipsis: true });
  });
  doc.x = left;
  doc.y = bottom + LABEL_H + 8;
}
