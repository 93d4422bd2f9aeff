import { getCountries } from 'libphonenumber-js/max';
import { CURRENCY_WORD } from './data/currencies';
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
 * cells too) and its cells, none where it has no separator. (Or commas, under a CSV's header of field names alone,
 * "uic,first_name,last_name,nick,phone", down to the first line without one; a comma inside quotes parts no cells there.)
 */
export function* tableRows(text: string, csv = false): Generator<{ line: string; lineStart: number; sep: string; cells: string[] }> {
  let commas = false;
  for (let from = 0; from < text.length; ) {
    let end = text.indexOf('\n', from);
    if (end < 0) end = text.length;
    const line = text.slice(from, end);
    const lineStart = from;
    from = end + 1;
    if (!line.includes(',')) commas = false;
    else if (!commas && CSV_HEADER.test(line)) commas = true;
    // (Under a CSV's header its rows part at commas, even one with two quoted cells side by side: `"Omarova, Dina","called"`.)
    const sep = commas ? ',' : separatorOf(line, csv);
    yield { line, lineStart, sep, cells: sep === '' ? [] : sep === ',' ? commaCells(line) : line.split(sep) };
  }
}
/** A CSV's header: four commas or more between field names of one word each (no prose has a line of them). */
const CSV_HEADER = /^[\p{L}_][\p{L}\d_.#]*(?:,[\p{L}_][\p{L}\d_.#]*){4,}$/u;
/** A CSV line's cells, parted at each comma outside double quotes (each cell as written, its quotes too). */
function commaCells(line: string): string[] {
  const cells: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x22) quoted = !quoted;
    else if (c === 0x2c && !quoted) {
      cells.push(line.slice(start, i));
      start = i + 1;
    }
  }
  cells.push(line.slice(start));
  return cells;
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
  const staff = (start: number, end: number) => out.push({ start, end, type: 'PERSON', rule: 'person.staff-column', confidence: 0.6 });
  if (STAFF_HEADER_TEST.test(text)) for (const cell of cellsUnderHeader(text, STAFF_HEADER)) if (INITIALS_CELL.test(cell.text)) staff(cell.start, cell.end);
  // (Or a shift's list of who was on it, "Смена: ЕЗ, АК, ДБ", "Operators: K.T. (lead), M-L.R."; then those initials in
  // capitals wherever the log names them again as a word, "ЕЗ пойдёт с ней", "Примечание АК:"; not where they are a body's,
  // a country's or a status's letters too, which are those elsewhere, "СК позвонила в МВД", "the US embassy".)
  if (SHIFT_WORD_TEST.test(text)) {
    const initials = new Set<string>();
    for (const m of text.matchAll(SHIFT_LIST)) {
      for (const name of m[1].matchAll(SHIFT_NAME)) {
        staff(m.index + m[0].length - m[1].length + name.index, m.index + m[0].length - m[1].length + name.index + name[0].length);
        if (/^\p{Lu}{2,3}$/u.test(name[0]) && !otherLetters(name[0])) initials.add(name[0]);
      }
    }
    if (initials.size > 0) for (const m of text.matchAll(CAPITALS_WORD)) if (initials.has(m[0])) staff(m.index, m.index + m[0].length);
  }
  // (Or a notebook's entry signed with initials after a dash at its line's end: "Phone switched off. — AZh", "✓ checked by call
  // — SK", "Opened TSH-23/071. — N.R."; in the annotated gold, 68 times in 68. See signed: "— SK" beside "— AZh", not "She
  // came from Bratislava — SK" alone, nor "— OK".)
  if (text.includes('\u2014') || text.includes('\u2013')) for (const cell of signed([...text.matchAll(SIGNED_LINE_END)].map((m) => ({ start: m.index + m[0].length - m[1].length, end: m.index + m[0].length, text: m[1] })))) staff(cell.start, cell.end);
  // (Or a log's last column with no header, each row signed there by who wrote it: "19.06 | 23:55 | Лейла | … | СК".)
  if (text.includes('|')) for (const cell of signedLastCells(text)) staff(cell.start, cell.end);
  // (Or an export's field, "STAFF=GB", or a diary's entry signed after its date, "02.10.2023 PH — first contact".)
  for (const m of text.includes('=') || text.includes('\u2014') || text.includes('\u2013') ? text.matchAll(STAFF_FIELD) : []) {
    const start = m.index + m[0].length - m[1].length;
    out.push({ start, end: start + m[1].length, type: 'PERSON', rule: 'person.staff-column', confidence: 0.6 });
  }
  return out;
}
// (Read forward from the line's start, not by a look-behind: one of unbounded length is tried back over a run of spaces at
// each of its characters, the square of the run's length.)
const STAFF_FIELD = /(?:^|\n)[^\S\n]*(?:(?:STAFF|Staff|WORKER|Worker|OPERATOR|Operator|BY|By)[^\S\n]*=[^\S\n]*|\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})[^\S\n]+)(\p{Lu}{2,3})(?=[^\S\n]*(?:\n|$)|[^\S\n]+[—–][^\S\n])/gu;
/**
 * The last cells of a table's rows (bars between its cells) that hold initials in capitals, two rows of one table or more,
 * read as signatures (see signed): "СК", "АЖ" in a log's last column, not a column of countries' codes ("| KZ |"), bodies'
 * ("| МВД |") or statuses ("| OK |").
 */
function signedLastCells(text: string): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  let table: Array<{ start: number; end: number; text: string }> = [];
  const flush = () => {
    if (table.length >= 2) out.push(...signed(table));
    table = [];
  };
  for (const { line, lineStart, sep } of tableRows(text)) {
    if (sep !== '|') {
      flush();
      continue;
    }
    // (The last cell found by its bars, not by a pattern: spaces around it are read once.)
    const end = line.trimEnd().length;
    const close = line.charCodeAt(end - 1) === 0x7c ? end - 1 : end;
    const open = line.lastIndexOf('|', close - 1);
    if (open < 0) continue;
    const raw = line.slice(open + 1, close);
    const value = raw.trim();
    if (INITIALS_CAPITALS.test(value)) {
      const start = lineStart + open + 1 + (raw.length - raw.trimStart().length);
      table.push({ start, end: start + value.length, text: value });
    }
  }
  flush();
  return out;
}
const INITIALS_CAPITALS = /^\p{Lu}{2,3}$/u;
/**
 * Of letters read as who signed (a table's last column, entries' ends), those that are someone's: letters that are a body's,
 * a country's or a currency's code too only where another of them is no one else's letters ("СК" beside "АЖ"); a status's
 * never.
 */
function signed(cells: Array<{ start: number; end: number; text: string }>): Array<{ start: number; end: number; text: string }> {
  const kept = cells.filter((cell) => !STATUS_WORDS.has(cell.text));
  return kept.some((cell) => !otherLetters(cell.text)) ? kept : [];
}
/** Letters that are a country's, a currency's, a body's or a status's code too: "KZ", "EUR", "МВД", "СК", "OK". */
function otherLetters(value: string): boolean {
  return COUNTRY_CODES.has(value) || CURRENCY_WORD.test(value) || BODY_LETTERS.has(value) || STATUS_WORDS.has(value);
}
/** (Read forward from the space before the dash: a look-behind of unbounded length is tried back over every run of spaces.) */
const SIGNED_LINE_END = /[^\S\n][—–][^\S\n]+(\p{Lu}\p{Ll}?\p{Lu}\p{Ll}?|\p{Lu}\.[^\S\n]?\p{Lu}\.)(?=[^\S\n]*(?:\n|$))/gu;
const COUNTRY_CODES: ReadonlySet<string> = new Set([...getCountries(), 'UK', 'EU', 'UN']);
/** A row's status or result in capitals, or a key population's code, no one's initials. */
const STATUS_WORDS = new Set(['OK', 'YES', 'NO', 'TBD', 'NEW', 'HIV', 'PEP', 'MSM', 'FSW', 'PWID', 'PWUD', 'SW', 'TG', 'ДА', 'НЕТ', 'ОК', 'ВИЧ', 'НОВ', 'ВГС', 'ОТР', 'ПОЛ', 'ЛЖВ', 'ЛУИН', 'МСМ', 'КСР', 'ТГ']);
/** Bodies', codes' and countries' letters of the region in Cyrillic. */
const BODY_LETTERS = new Set(['МВД', 'ГП', 'КНБ', 'СК', 'ФСБ', 'ОВД', 'УВД', 'РОВД', 'ГУВД', 'ДП', 'УП', 'ПДН', 'ИВС', 'СИЗО', 'УК', 'ГК', 'ЖК', 'РФ', 'РК', 'КР', 'РБ', 'РТ', 'УЗ', 'КЗ', 'ЕС', 'ООН', 'ЕСПЧ', 'МОМ', 'ГКНБ', 'ДВД', 'ОП', 'ЗАГС', 'ЦОН']);

/** A column's header that names who wrote the row: "by", "op", "cw" (a case worker), "опер." (an operator). */
const STAFF_HEADER_WORDS = String.raw`by|staff|worker|op|op\.|operator|cw|case worker|caseworker|outreach|filled by|entered by|written by|кто|заполнил[аи]?|сотрудник|оператор|опер\.?`;
const STAFF_HEADER_TEST = new RegExp(String.raw`(?:^|[|\t;",])[^\S\n]*(?:${STAFF_HEADER_WORDS})[^\S\n]*(?:[|\t;",]|$)`, 'imu');
const STAFF_HEADER = new RegExp(String.raw`^(?:${STAFF_HEADER_WORDS})$`, 'iu');
/** A person's initial with its full stop, maybe of a double name, "K.", "Ch.", "M-L.". */
const INITIAL = String.raw`\p{Lu}\p{Ll}?(?:-\p{Lu})?\.`;
/** Initials in capitals, "AK", or with full stops, "F.", "Н.К.", "M-L.R.". */
const INITIALS = String.raw`\p{Lu}{2,3}|${INITIAL}(?:[^\S\n]?${INITIAL})?`;
const INITIALS_CELL = new RegExp(String.raw`^(?:${INITIALS})$`, 'u');
const SHIFT_WORD_TEST = /[Сс]мена|[Ss]hift|[Oo]perators|[Оо]ператоры|[Дд]ежурил/;
/** A shift's word and its colon, then only initials, maybe each with its role in brackets, to the line's end. */
const SHIFT_LIST = new RegExp(
  String.raw`(?<![\p{L}])(?:[Сс]мена|[Ss]hift|[Oo]perators|[Оо]ператоры|[Дд]ежурили)[^\S\n]*:[^\S\n]*((?:${INITIALS})(?:[^\S\n]\(\p{Ll}+\))?(?:,[^\S\n]*(?:${INITIALS})(?:[^\S\n]\(\p{Ll}+\))?)+)[^\S\n]*(?=\n|$)`,
  'gu',
);
const SHIFT_NAME = new RegExp(String.raw`(?<![\p{L}.-])(?:${INITIALS})(?![\p{L}])`, 'gu');
/** A word of two or three capitals. */
const CAPITALS_WORD = /(?<![\p{L}\d.-])\p{Lu}{2,3}(?![\p{L}\d])/gu;
