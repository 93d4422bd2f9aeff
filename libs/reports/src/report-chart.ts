import type { PublishedBase, ReportResult } from './report-builder';
import { textOf, type ReportText } from './report-text';
import type { PublishedCount } from './suppression';

/**
 * The report's chart, fit to go into a report (in the style of SWAN's
 * figures): a title and what it covers; horizontal bars of the percentage of
 * respondents per kind of abuse over those asked, sorted, each with its count
 * and base; with a comparison, the same per country, region or group; a heat
 * map of the full cross-tab with names, readable labels (11 px and up) and
 * text of at least 4.5:1 contrast on every cell; the breakdowns; a legend and
 * a source note (Casebook, period, policy). Suppressed figures are marked,
 * never drawn. Pure: SVG text out.
 */

const FONT = 'DejaVu Sans, Verdana, Arial, sans-serif';
const WIDTH = 980;
const MARGIN = 24;
const BAR_AREA = 300;
const ROW = 22;
const INK = '#0b0c0c';
const SUBTLE = '#505a5f';
/** Bar colours for up to four columns side by side; each at least 3:1 against white (WCAG non-text contrast). */
export const SERIES = ['#1d70b8', '#d4351c', '#00703c', '#4c2c92'];
const SUPPRESSED_FILL = '#e8e8e8';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Relative luminance of an #rrggbb colour (WCAG 2). */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const HEAT_FROM = [0xf0, 0xf4, 0xfa];
const HEAT_TO = [0x0b, 0x3d, 0x7a];
const mixHeat = (share: number) => `#${HEAT_FROM.map((f, i) => Math.round(f + (HEAT_TO[i] - f) * share).toString(16).padStart(2, '0')).join('')}`;

/**
 * The heat map's fill for a share of the maximum (0..1): from a pale to a deep
 * blue, skipping the middle band where neither black nor white text would
 * reach 4.5:1 (those shares take the first shade dark enough for white).
 */
export function heatFill(share: number): string {
  let s = Math.min(1, Math.max(0, share));
  let fill = mixHeat(s);
  while (s < 1 && contrastRatio(INK, fill) < 4.5 && contrastRatio('#ffffff', fill) < 4.5) {
    s = Math.min(1, s + 0.01);
    fill = mixHeat(s);
  }
  return fill;
}

/** Black or white text, whichever contrasts more with the fill (always at least 4.5:1 on heatFill's range). */
export function inkOn(fill: string): string {
  return contrastRatio(INK, fill) >= contrastRatio('#ffffff', fill) ? INK : '#ffffff';
}

/** A rough width of text in DejaVu Sans at the given size (for layout only; generous, so nothing runs off the edge). */
const textWidth = (s: string, size: number, bold = false) => s.length * size * (bold ? 0.68 : 0.6);

function fit(label: string, maxWidth: number, size: number): string {
  const max = Math.floor(maxWidth / (size * 0.6));
  return label.length <= max ? label : `${label.slice(0, Math.max(1, max - 1))}…`;
}

/** Word-wraps a line of text to a width. */
function wrap(text: string, width: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && textWidth(`${line} ${word}`, size, bold) > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

class Canvas {
  readonly parts: string[] = [];
  y = MARGIN;

  text(x: number, y: number, s: string, opts: { size?: number; weight?: 'bold'; anchor?: 'end' | 'middle'; fill?: string; title?: string } = {}): void {
    const attrs = [`x="${x}"`, `y="${y}"`, `font-size="${opts.size ?? 12}"`];
    if (opts.weight) attrs.push('font-weight="bold"');
    if (opts.anchor) attrs.push(`text-anchor="${opts.anchor}"`);
    attrs.push(`fill="${opts.fill ?? INK}"`);
    const title = opts.title ? `<title>${escapeXml(opts.title)}</title>` : '';
    this.parts.push(`<text ${attrs.join(' ')}>${title}${escapeXml(s)}</text>`);
  }

  paragraph(s: string, opts: { size?: number; weight?: 'bold'; fill?: string } = {}): void {
    const size = opts.size ?? 12;
    for (const line of wrap(s, WIDTH - 2 * MARGIN, size, opts.weight === 'bold')) {
      this.y += size + 5;
      this.text(MARGIN, this.y, line, opts);
    }
  }

  rect(x: number, y: number, w: number, h: number, fill: string, title?: string, stroke?: string, role?: 'cell'): void {
    const t = title ? `<title>${escapeXml(title)}</title>` : '';
    const cls = role ? ` class="${role}"` : '';
    this.parts.push(`<rect${cls} x="${x}" y="${y}" width="${Math.max(0, w)}" height="${h}" fill="${fill}"${stroke ? ` stroke="${stroke}"` : ''}>${t}</rect>`);
  }
}

const pct = (c: PublishedCount) => (c.pctRespondents === null ? null : c.pctRespondents);

/** "64.3% (9 of 14)", or the suppressed mark. */
function barLabel(count: PublishedCount, base: PublishedBase | undefined, t: ReportText): string {
  if (count.suppressed) return t.suppressedShort;
  const n = base && !base.suppressed && base.respondents !== null ? t.number(base.respondents) : t.suppressedShort;
  const p = pct(count);
  return `${p === null ? '–' : t.percent(p)} (${t.ofAsked(count.respondents === null ? '–' : t.number(count.respondents), n)})`;
}

/** One horizontal bar per item, sorted by percentage, labelled with percentage, count and base. */
function bars(canvas: Canvas, items: Array<{ label: string; count: PublishedCount; base?: PublishedBase }>, labelWidth: number, t: ReportText, colour = SERIES[0]): void {
  const sorted = [...items].sort((a, b) => (pct(b.count) ?? -1) - (pct(a.count) ?? -1) || a.label.localeCompare(b.label));
  const x0 = MARGIN + labelWidth + 8;
  for (const item of sorted) {
    const y = canvas.y + 4;
    canvas.text(x0 - 8, y + 14, fit(item.label, labelWidth, 12), { anchor: 'end', title: item.label });
    const share = item.count.suppressed ? 0 : Math.min(100, pct(item.count) ?? 0) / 100;
    if (item.count.suppressed) canvas.rect(x0, y + 3, 14, 14, SUPPRESSED_FILL, t.suppressed, '#505a5f');
    else canvas.rect(x0, y + 3, share * BAR_AREA, 14, colour, `${item.label}: ${barLabel(item.count, item.base, t)}`);
    canvas.text(x0 + (item.count.suppressed ? 20 : share * BAR_AREA + 6), y + 14, barLabel(item.count, item.base, t), { size: 12 });
    canvas.y += ROW;
  }
}

function heatMap(canvas: Canvas, report: ReportResult, t: ReportText): void {
  const { crossTab } = report;
  const labelWidth = Math.min(280, Math.max(...crossTab.rows.map((r) => textWidth(r.label, 11)), 60));
  const cell = Math.max(30, Math.min(48, Math.floor((WIDTH - 2 * MARGIN - labelWidth - 8) / Math.max(1, crossTab.columns.length))));
  const x0 = MARGIN + labelWidth + 8;
  const headerHeight = Math.min(170, Math.max(...crossTab.columns.map((c) => textWidth(fit(c.label, 230, 11), 11))) * 0.72 + 20);
  const top = canvas.y + headerHeight;
  crossTab.columns.forEach((col, c) => {
    const x = x0 + c * cell + cell / 2;
    canvas.parts.push(
      `<text x="${x}" y="${top - 6}" font-size="11" fill="${INK}" transform="rotate(-45 ${x} ${top - 6})"><title>${escapeXml(col.label)}</title>${escapeXml(fit(col.label, 230, 11))}</text>`,
    );
  });
  const max = Math.max(1, ...crossTab.cells.flat().map((c) => c.respondents ?? 0));
  crossTab.rows.forEach((row, r) => {
    const y = top + r * 26;
    canvas.text(x0 - 8, y + 17, fit(row.label, labelWidth, 11), { anchor: 'end', size: 11, title: row.label });
    crossTab.cells[r].forEach((value, c) => {
      const x = x0 + c * cell;
      const name = `${row.label} / ${crossTab.columns[c].label}`;
      if (value.suppressed) {
        canvas.rect(x, y, cell - 2, 24, SUPPRESSED_FILL, `${name}: ${t.suppressed}`, undefined, 'cell');
        canvas.text(x + (cell - 2) / 2, y + 16, t.suppressedShort, { anchor: 'middle', size: 11, fill: INK });
      } else {
        const fill = heatFill((value.respondents ?? 0) / max);
        canvas.rect(x, y, cell - 2, 24, fill, `${name}: ${t.number(value.respondents ?? 0)}`, undefined, 'cell');
        canvas.text(x + (cell - 2) / 2, y + 16, t.number(value.respondents ?? 0), { anchor: 'middle', size: 11, fill: inkOn(fill) });
      }
    });
  });
  canvas.y = top + crossTab.rows.length * 26 + 10;
  // Legend: the scale and the suppressed mark.
  const ly = canvas.y + 6;
  canvas.text(MARGIN, ly + 12, t.legendLighter, { size: 11 });
  for (let i = 0; i <= 5; i++) canvas.rect(MARGIN + 60 + i * 22, ly, 20, 16, heatFill(i / 5));
  canvas.text(MARGIN + 60 + 6 * 22 + 6, ly + 12, t.legendDarker, { size: 11 });
  canvas.rect(MARGIN + 260, ly, 20, 16, SUPPRESSED_FILL, t.suppressed, '#505a5f');
  canvas.text(MARGIN + 286, ly + 12, t.suppressedNote, { size: 11 });
  canvas.y = ly + 28;
}

function section(canvas: Canvas, title: string): void {
  canvas.y += 18;
  canvas.paragraph(title, { size: 14, weight: 'bold' });
  canvas.y += 4;
}

export function toSvg(report: ReportResult): string {
  const t = textOf(report.lang);
  const canvas = new Canvas();
  const d = report.description;
  const { crossTab } = report;
  canvas.paragraph(d?.title ?? 'Casebook', { size: 18, weight: 'bold' });
  if (d) {
    canvas.paragraph(d.filters.map((f) => `${f.name}: ${f.value}`).join(' · '), { size: 12, fill: SUBTLE });
    canvas.paragraph(d.period, { size: 12, fill: SUBTLE });
  }

  const labelWidth = Math.min(320, Math.max(...crossTab.columns.map((c) => textWidth(c.label, 12)), 80));
  section(canvas, t.chartColumns);
  bars(
    canvas,
    crossTab.columns.map((col, c) => ({ label: col.label, count: crossTab.columnTotals[c], base: crossTab.columnBases?.[c] })),
    labelWidth,
    t,
  );

  const comparison = report.comparison;
  if (comparison && comparison.units.length) {
    section(canvas, t.chartComparison(t.compareBy[comparison.dimension as keyof ReportText['compareBy']] ?? comparison.dimension));
    // The most frequent abuses (up to four) side by side, one colour each, with a legend.
    const top = comparison.columns
      .map((col, c) => ({ col, c, n: crossTab.columnTotals[c].respondents ?? 0 }))
      .sort((a, b) => b.n - a.n)
      .slice(0, SERIES.length);
    let lx = MARGIN;
    const ly = canvas.y + 4;
    top.forEach((s, i) => {
      canvas.rect(lx, ly, 14, 14, SERIES[i]);
      const label = fit(s.col.label, 210, 11);
      canvas.text(lx + 20, ly + 12, label, { size: 11, title: s.col.label });
      lx += 20 + textWidth(label, 11) + 16;
    });
    canvas.y = ly + 22;
    const unitWidth = Math.min(320, Math.max(...top.map((s) => textWidth(s.col.label, 12)), 80));
    comparison.units.forEach((unit, u) => {
      canvas.y += 6;
      canvas.text(MARGIN, canvas.y + 14, fit(unit.label, WIDTH - 2 * MARGIN, 12), { weight: 'bold', title: unit.label });
      canvas.y += ROW - 4;
      top.forEach((s, i) => bars(canvas, [{ label: s.col.label, count: comparison.cells[u][s.c], base: comparison.bases[u][s.c] }], unitWidth, t, SERIES[i]));
    });
  }

  section(canvas, t.chartHeatMap);
  heatMap(canvas, report, t);

  for (const b of ['country', 'region', 'region_group'] as const) {
    const rows = report.breakdowns[b]?.rows ?? [];
    if (rows.length === 0 || (rows.length === 1 && b !== 'country')) continue;
    section(canvas, t.chartBreakdown(t.breakdowns[b]));
    const width = Math.min(320, Math.max(...rows.map((r) => textWidth(r.label, 12)), 80));
    bars(
      canvas,
      rows.map((row) => ({ label: row.label, count: row, base: { respondents: report.total.respondents, suppressed: report.total.suppressed } })),
      width,
      t,
    );
  }

  canvas.y += 14;
  if (d) {
    canvas.paragraph(d.bases, { size: 11, fill: SUBTLE });
    canvas.paragraph(d.source, { size: 11, fill: SUBTLE });
  }
  const height = canvas.y + MARGIN;
  const desc = d ? `${d.title}. ${d.period}. ${d.policy}` : '';
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${FONT}" role="img">\n` +
    `<title>${escapeXml(d?.title ?? 'Casebook report')}</title>\n<desc>${escapeXml(desc)}</desc>\n` +
    `<rect x="0" y="0" width="${WIDTH}" height="${height}" fill="#ffffff"/>\n${canvas.parts.join('\n')}\n</svg>\n`
  );
}

