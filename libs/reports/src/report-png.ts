import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { ReportResult } from './report-builder';
import { toSvg } from './report-chart';

/** DejaVu Sans from the dejavu-fonts-ttf package: the same glyphs (Latin and Cyrillic) on every machine, no system fonts needed. */
let fonts: string[] | undefined;
function fontFiles(): string[] {
  return (fonts ??= findFonts());
}
function findFonts(): string[] {
  for (const dir of module.paths) {
    const ttf = join(dir, 'dejavu-fonts-ttf', 'ttf');
    if (existsSync(join(ttf, 'DejaVuSans.ttf'))) return [join(ttf, 'DejaVuSans.ttf'), join(ttf, 'DejaVuSans-Bold.ttf')];
  }
  throw new Error('the dejavu-fonts-ttf package is not installed (run npm install)');
}

/** The report's chart as a PNG (twice the SVG's size, for print), rendered by resvg with the bundled fonts. */
export function toPng(report: ReportResult): Buffer {
  const resvg = new Resvg(toSvg(report), {
    fitTo: { mode: 'zoom', value: 2 },
    background: '#ffffff',
    font: { fontFiles: fontFiles(), loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}
