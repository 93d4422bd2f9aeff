import type { Span } from './types';

/**
 * A table pasted as text, its cells parted by bars, tabs, semicolons or a CSV's commas: the cells of the column whose header
 * `header` names, in each row under that header, with their offsets (trimmed, without a CSV's quotes). The header is a
 * line of two cells or more without a digit; the column ends where a line has another separator or none. Pure.
 */
export function cellsUnderHeader(text: string, header: RegExp): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  let column = -1;
  let headerWidth = 0;
  let separator = '';
  for (const { line, lineStart, sep, cells } of tableRows(text, true)) {
    if (cells.length < 2 || (column >= 0 && sep !== separator)) {
      column = -1;
      continue;
    }
    if (!/\d/.test(line)) {
      const headed = cells.findIndex((cell) => header.test(unquoted(cell.trim())));
      if (headed >= 0) {
        column = headed;
        headerWidth = cells.length;
        separator = sep;
        continue;
      }
    }
    if (column < 0 || column >= cells.length) continue;
    // (A header's last column is a row's last cell, where a row has a cell more than its header: an unheaded plate's.)
    const c0 = column === headerWidth - 1 ? cells.length - 1 : column;
    let at = lineStart;
    for (let c = 0; c < c0; c++) at += cells[c].length + sep.length;
    const raw = cells[c0];
    let start = at + raw.length - raw.trimStart().length;
    let stop = at + raw.trimEnd().length;
    if (text[start] === '"') start++;
    if (text[stop - 1] === '"' && stop > start) stop--;
    if (stop > start) out.push({ start, end: stop, text: text.slice(start, stop) });
  }
  return out;
}

/**
 * Each line of `text` with its offset, its cells' separator (bars, tabs, two semicolons or more; with `csv`, a CSV's quoted
 * cells too) and its cells, none where it has no separator.
 */
export function* tableRows(text: string, csv = false): Generator<{ line: string; lineStart: number; sep: string; cells: string[] }> {
  for (let from = 0; from < text.length; ) {
    let end = text.indexOf('\n', from);
    if (end < 0) end = text.length;
    const line = text.slice(from, end);
    const lineStart = from;
    from = end + 1;
    const sep = separatorOf(line, csv);
    yield { line, lineStart, sep, cells: sep === '' ? [] : line.split(sep) };
  }
}

function separatorOf(line: string, csv: boolean): string {
  if (line.includes('|')) return '|';
  if (line.includes('\t')) return '\t';
  // (Or a spreadsheet's export with semicolons, "case_id;intake_date;name_alias;…".)
  if (line.indexOf(';') !== line.lastIndexOf(';')) return ';';
  // (A CSV's quoted cells, "id","date","place": parted where a quote closes and the next opens, not at a comma inside one.)
  return csv && line.includes('","') ? '","' : '';
}

function unquoted(cell: string): string {
  return cell.replace(/^"|"$/g, '');
}

/**
 * A table's column headed as a car's plate ("plate", "SPZ", "rendszám", "госномер"): each row's plate at the start of its
 * cell, a short mix of capitals and digits in up to four groups with a digit and a letter ("1AB 7742", "KR 9H310", "PG
 * AB417", "SK-7718-BD", "DD-AR 2217 (silver VW)"), whatever the country's shape. Pure.
 */
export function plateColumns(text: string): Span[] {
  if (!PLATE_HEADER_TEST.test(text)) return [];
  const out: Span[] = [];
  for (const cell of cellsUnderHeader(text, PLATE_HEADER)) {
    const plate = PLATE_IN_CELL.exec(cell.text);
    if (plate === null) continue;
    const compact = plate[0].replace(/[\s-]/g, '');
    if (compact.length < 4 || compact.length > 10 || !/\d/.test(compact) || !/\p{Lu}/u.test(compact)) continue;
    out.push({ start: cell.start, end: cell.start + plate[0].length, type: 'PLATE', rule: 'plate.column', confidence: 0.8 });
  }
  return out;
}
const PLATE_HEADER_TEST = /plate|spz|špz|rendsz|tablic|registrac|номер авто|госномер|номер машин|vehicle|авто|машина/iu;
const PLATE_HEADER = /^(?:(?:car |vehicle |licen[cs]e )?plates?(?: no\.?| number)?|vehicle|car|SPZ|ŠPZ|EČV|rendszám|tablice|tablica|nr rej\.?|numer rej(?:\.|estracyjny)?|registracija|reg\.? ?(?:no\.?|number)|госномер|гос\.? ?номер|номер авто|номер машины|авто|машина)$/iu;
const PLATE_IN_CELL = /^[A-ZА-ЯЁČŠŽĆĐІЇЄ0-9]{1,4}(?:[ -]?[A-ZА-ЯЁČŠŽĆĐІЇЄ0-9]{1,5}){1,3}(?![\p{L}\d])/u;

/**
 * A table's column headed by who wrote each row ("by", "staff", "op", "кто"): initials there are the worker's, "AK", "JB",
 * "F.", "Н.К."; and an export's field or a diary's entry signed so. Pure.
 */
export function staffColumns(text: string): Span[] {
  const out: Span[] = [];
  if (STAFF_HEADER_TEST.test(text)) for (const cell of cellsUnderHeader(text, STAFF_HEADER)) if (INITIALS_CELL.test(cell.text)) out.push({ start: cell.start, end: cell.end, type: 'PERSON', rule: 'person.staff-column', confidence: 0.6 });
  // (Or an export's field, "STAFF=GB", or a diary's entry signed after its date, "02.10.2023 PH — first contact".)
  for (const m of text.includes('=') || text.includes('\u2014') || text.includes('\u2013') ? text.matchAll(STAFF_FIELD) : []) {
    const start = m.index + m[0].length - m[1].length;
    out.push({ start, end: start + m[1].length, type: 'PERSON', rule: 'person.staff-column', confidence: 0.6 });
  }
  return out;
}
const STAFF_FIELD = /(?<=(?:^|\n)[^\S\n]*(?:(?:STAFF|Staff|WORKER|Worker|OPERATOR|Operator|BY|By)[^\S\n]*=[^\S\n]*|\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})[^\S\n]+))(\p{Lu}{2,3})(?=[^\S\n]*(?:\n|$)|[^\S\n]+[—–][^\S\n])/gu;
const STAFF_HEADER_TEST = /(?:^|[|\t;",])[^\S\n]*(?:by|staff|worker|op|operator|outreach|filled by|entered by|written by|кто|заполнил[аи]?|сотрудник|оператор)[^\S\n]*(?:[|\t;",]|$)/imu;
const STAFF_HEADER = /^(?:by|staff|worker|op|operator|outreach|filled by|entered by|written by|кто|заполнил[аи]?|сотрудник|оператор)$/iu;
const INITIALS_CELL = /^(?:\p{Lu}{2,3}|\p{Lu}\.|\p{Lu}\.[^\S\n]?\p{Lu}\.|\p{Lu}\p{Ll}?\.[^\S\n]?\p{Lu}\.)$/u;
