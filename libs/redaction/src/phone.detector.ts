import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { CountryCode } from 'libphonenumber-js/max';
import { TextDocument } from './document';
import { packData, type PackData } from './pack-data';
import { mayBeValidFor } from './phone-plans';
import { detectSpokenCodes, detectSpokenPhones } from './spoken-phone';
import type { Span } from './types';

const span = (start: number, end: number, type: Span['type'], rule: string, confidence: number): Span => ({ start, end, type, rule, confidence });

/**
 * Phone numbers of the region and international ones, however they are split
 * (spaces, brackets, dashes, dots, a line break), validated with
 * libphonenumber for the region's countries.
 */
export function detectPhones(text: string, data: PackData = packData(), doc: TextDocument = new TextDocument(text)): Span[] {
  const out: Span[] = [];
  // (A dot only between digits: "+373 79 514 208. 3 марта" ends at the full stop.)
  // (A country code may be written in brackets with its plus: "(+995) 577 20 41 86".)
  // (An em dash or an underscore between the groups too, as some type them: "8 911 — 027 — 44 — 91", "8(903)418_27_60".)
  // (Never over a tab: a spreadsheet's row pasted as text, "Ася\t25\t+7 701 845 22 16\t990213451290", holds its cells apart.)
  const candidate = /(?<![\p{L}0-9])(?:\(\+(?=\d{1,4}\))|\+\s?)?\(?\d(?:[\d()\-–—_/]|[^\S\t]|\.(?=\d)){6,30}\d(?![\p{L}0-9])/gu;
  // Two numbers written one after the other with a slash between them, "+996 705 12 88 40 / 0221 430 915": each is read, and
  // the candidates below are not tried inside them (the pair is longer than one candidate may be).
  const pairs: Array<[number, number]> = [];
  for (const m of text.includes(' / ') ? text.matchAll(TWO_NUMBERS) : []) {
    const listed = twoNumbersListed(m[0], data);
    if (listed.length === 0) continue;
    for (const found of listed) out.push(span(m.index + found.offset, m.index + found.offset + found.length, 'PHONE', found.rule, 0.95));
    pairs.push([m.index, m.index + m[0].length]);
  }
  for (const m of text.matchAll(candidate)) {
    // (Not a date and a time, as a chat export writes them: "[12.03.2023 21:40:15] Света:".)
    // (Nor a range of days, "04–05.09.2023".)
    if (DATE_FIRST.test(m[0]) || DAY_RANGE_FIRST.test(m[0])) continue;
    // (Nor a year and what a dash sets after it: "February–May 2023 — 11 460 zł".)
    if (/^(?:19|20)\d\d\s?—/.test(m[0])) continue;
    // (Nor the digits of a code with letters before them: AB-2024/11873.)
    if (m.index! > 0 && CODE_LETTERS_BEFORE.test(text.slice(Math.max(0, m.index! - 5), m.index!))) continue;
    // (Nor a paper's number after "№" and its register's letters: "№ UP I 04-511/23-3187".)
    if (m.index! > 0 && m[0].includes('/') && SIGN_AND_REGISTER_BEFORE.test(text.slice(Math.max(0, m.index! - 14), m.index!))) continue;
    // (Not inside two numbers read above.)
    if (pairs.some(([from, to]) => m.index! >= from && m.index! < to)) continue;
    // Else without its first group (a prefix of the prose glued to it); a candidate of one group would be read again as it is.
    const rest = m[0].replace(/^\S+\s/, '');
    // Or, over a line break, the part before it: a number wrapped onto the next line is one ("+7 771 909⏎33 18"), but
    // "тел. +7 (921) 584-33-06⏎12 апреля" is a number and then a date.
    const line = m[0].indexOf('\n');
    // (Before the candidate without its first group: "+373 79 246 221⏎5. Route" is the Moldovan number, not "79 246 221⏎5".)
    // (The part before a line break first, when it is a number by itself: "093-417-20-58⏎3. Денис" ends before the list's
    // next item; and never over a line break into a date, "кв 71⏎12.10.2023, 02:01 - Лиза:".)
    // (Nor into the next row of a table pasted as text, "| 45 000⏎10.05 | билет": its cells are a sum and a date.)
    // (Nor into a chat's next line that opens with its day, month and time: "flat 207⏎04.05 23:10 she called".)
    const intoDate = line > 0 && (DATE_FIRST.test(m[0].slice(line + 1).trimStart()) || DAY_MONTH_TIME.test(text.slice(m.index! + line + 1, m.index! + line + 24).trimStart()) || TABLE_CELL_BREAK.test(text.slice(m.index! + line + 1, m.index! + line + 120)));
    // (Or the part before a bracket opened after a whole number, a time or a name in it: "+996 558 61 04 30 (22:41):".)
    const bracket = m[0].indexOf(' (');
    const beforeBracket = line < 0 && bracket > 0 && (m[0].slice(0, bracket).match(/\d/g)?.length ?? 0) >= 9 ? phoneIn(m[0].slice(0, bracket), 0, data) : null;
    const beforeBreak = line > 0 ? phoneIn(m[0].slice(0, line).trimEnd(), 0, data) : beforeBracket;
    const found = beforeBreak ?? (intoDate ? null : (phoneIn(m[0], 0, data) ?? (rest === m[0] ? null : phoneIn(rest, m[0].indexOf(' ') + 1, data))));
    if (found) out.push(span(m.index! + found.offset, m.index! + found.offset + found.length, 'PHONE', found.rule, 0.95));
  }
  // A local number of eight digits without a trunk or country code, in the Baltic or Balkan spacing (5123 4567, 21 234 567),
  // only with a word about calling or messaging just before it, and not a sum or a count.
  for (const m of text.matchAll(LOCAL_PHONE)) {
    // (The cue may be a sentence back within the same sentence: "Телефон хозяина +371 …, но пишет он с другого, 26 114 590".)
    const before = text.slice(Math.max(0, m.index! - 80), m.index!);
    // (A year and a number after it, 2024 1230, is not a phone.)
    // (Eight digits unbroken, a Danish or Latvian mobile, only after a phone's own word: a file's or a card's number follows "номер".)
    const cue = /^\d{8}$/.test(m[0]) ? PHONE_WORD_CUE : LOCAL_PHONE_CUE;
    // (Or a messenger named right after it: "пиши на 2641 8273, только в ватсап".)
    const messengerAfter = MESSENGER_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 24));
    // (Or another number just before it in the same sentence: "+372 5621 0943 и ещё второй 5830 1472".)
    const afterNumber = out.some((p) => p.end <= m.index! && m.index! - p.end <= 32 && !/[.!?\n]/.test(text.slice(p.end, m.index!)));
    // (Or in brackets right after a person's name or nickname: "клиент «Саша» (29 441 223)", "Ilze (2644 1187)".)
    // (Or after a full name and a comma, in groups as phones are written: "Инга Сергеевна, 29 614 850", "Kristīne Zariņa, 26 47 11 92";
    // not a sum in thousands, "Ирина Пак, 25 000 000 сум".)
    // (Or after a given name of the lists and a comma: "Friend who rents the flat: Kristjan, 5344 1207".)
    // (Or after her age or a bracket after her name, see FULL_NAME_THEN_COMMA.)
    const givenBefore = m[0].includes(' ') ? GIVEN_THEN_COMMA.exec(before) : null;
    const afterName = (text.charCodeAt(m.index! + m[0].length) === 0x29 && NAME_THEN_BRACKET.test(before)) || (m[0].includes(' ') && !/ 000(?!\d)/.test(m[0]) && (FULL_NAME_THEN_COMMA.test(before) || (givenBefore !== null && data.given.has(givenBefore[1].toLowerCase()))));
    if (/^(?:19|20)\d\d /.test(m[0]) || !(cue.test(before) || messengerAfter || afterNumber || afterName) || NOT_A_PHONE_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 16))) continue;
    out.push(span(m.index!, m.index! + m[0].length, 'PHONE', 'phone.local-cue', 0.75));
  }
  // A landline with its area code of one or two digits in brackets or before a slash and no trunk, as Hungarian and Polish
  // offices print them: "Tel.: (46) 555-208", "Ковач Бернадетт, 46/555-312", "(22) 628 11 22". In the annotated sets this
  // shape was a phone 140 times in 140.
  // (Only with a phone's cue or a name and a comma before it, and not a count or a sum: "12/100 000", "(3) 120-150 women",
  // "(1) 150 000 forints" are none.)
  for (const m of /\d[)/]/.test(text) ? text.matchAll(AREA_CODE_PHONE) : []) {
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    if (/ 000$/.test(m[0]) || NOT_A_PHONE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16)) || !(LOCAL_PHONE_CUE.test(before) || FULL_NAME_THEN_COMMA.test(before))) continue;
    out.push(span(m.index, m.index + m[0].length, 'PHONE', 'phone.area-code', 0.8));
  }
  // A number typed glued to its word, as hurried messages do: "her mama nomer87014452318", "дала свой номер87756042219".
  if (GLUED_WORD.test(text)) {
    for (const m of text.matchAll(GLUED_NUMBER)) {
      const found = phoneIn(m[1], 0, data);
      if (found && found.length === m[1].length) out.push(span(m.index + m[0].length - m[1].length, m.index + m[0].length, 'PHONE', found.rule, 0.85));
    }
  }
  const spoken = detectSpokenPhones(text, doc.tokens);
  out.push(...spoken);
  // (And a plate's or a document's number dictated in words, its letters spelled: read here with the phones said, which keep
  // what they found.)
  out.push(...detectSpokenCodes(text, doc.tokens).filter((c) => !spoken.some((p) => p.start < c.end && c.start < p.end)));
  return out;
}

const SIGN_AND_REGISTER_BEFORE = /№[^\S\n]?(?:\p{Lu}{1,4}[^\S\n]){1,2}$/u;
const AREA_CODE_PHONE = /(?<![\p{L}\d+/.-])(?:\(\d{1,2}\)[^\S\n]?|\d{1,2}\/)\d{3}(?:[- ]?\d{3,4}|[- ]\d{2}[- ]\d{2})(?![\p{L}\d]|[-/.,]\d)/gu;
const TWO_NUMBERS = /(?<![\p{L}0-9])(?:\+\s?)?\(?\d[\d\s()\-–]{5,20}\d \/ (?:\+\s?)?\(?\d[\d\s()\-–]{5,20}\d(?![\p{L}0-9])/gu;
/** The numbers of a candidate written with " / " between them (TWO_NUMBERS finds two), each of seven digits or more; none when it is not so. */
function twoNumbersListed(candidate: string, data: PackData): Array<{ offset: number; length: number; rule: string }> {
  if (!candidate.includes(' / ')) return [];
  const parts = candidate.split(' / ');
  if (parts.some((part) => (part.match(/\d/g)?.length ?? 0) < 7)) return [];
  const out: Array<{ offset: number; length: number; rule: string }> = [];
  let at = 0;
  for (const part of parts) {
    const found = phoneIn(part.trim(), at + part.length - part.trimStart().length, data);
    if (found) out.push(found);
    at += part.length + 3;
  }
  return out;
}

const CODE_LETTERS_BEFORE = /(?<![\p{L}])\p{Lu}{1,4}-$/u;
/** A name or a nickname in quotes, then an opening bracket (the number in it is hers). */
const NAME_THEN_BRACKET = /(?:[»"”]|(?<![\p{L}])\p{Lu}\p{Ll}+)[^\S\n]?\($/u;
// (Maybe with her age or a bracket between: "Tatjana Kuznetsova, 44, 5649 3371", "Diana (client code TLN-0412), 5381 2290".)
const GIVEN_THEN_COMMA = /(?<![\p{L}])(\p{Lu}\p{Ll}+)(?:,[^\S\n]\d{2}|[^\S\n]\([^()\n]{1,40}\))?,[^\S\n]$/u;
const FULL_NAME_THEN_COMMA = /(?<![\p{L}])\p{Lu}\p{Ll}+[^\S\n]\p{Lu}\p{Ll}+(?:,[^\S\n]\d{2}|[^\S\n]\([^()\n]{1,40}\))?,[^\S\n]$/u;
/** A line that is a row of a table: a cell's bar or a tab before its end. */
const TABLE_CELL_BREAK = /^[^\n]*?(?:\s\|\s|\t)/;
/** The old long-distance 8 before a Ukrainian number's 0 and its code: "8-093-…", "8 (066) …" (see phoneIn). */
const OLD_UKRAINIAN_EIGHT = /^8[\s-]?(?=\(?0[3-9]\d\)?[\s-]?\d)/;
// (Or with its year's two digits: "PN 02-14419/24", "zapisnik 11-3472/24".)
const COURT_CASE = /^\d{1,2}-\d{1,6}\/(?:(?:19|20)\d\d|\d{2})$/;
const DAY_RANGE_FIRST = /^\d{1,2}[-–]\d{1,2}\.\d{1,2}\.(?:19|20)?\d{2}(?!\d)/;
const DATE_FIRST = /^\d{1,2}\.\d{1,2}\.(?:19|20)?\d{2}(?!\d)/;
const GLUED_WORD = /(?:nomer|номер|tel|тел|phone)[+\d]/iu;
const GLUED_NUMBER = /(?<![\p{L}])(?:nomer|номер|tel|тел|phone)(\+?\d{9,13})(?![\p{L}\d])/giu;
const DAY_MONTH_TIME = /^\d{1,2}[./]\d{1,2},?[^\S\n]+\d{1,2}:\d{2}/;
// (Or a Cypriot mobile's two and six digits, "99 612483".)
const LOCAL_PHONE = /(?<![\p{L}0-9+\-/.,]|\d[ -])[1-9](?:\d{3}[ -]\d{4}|\d[ -]\d{6}|\d[ -]\d{3}[ -]\d{3}|\d{2}[ -]\d{2}[ -]\d{3}|\d{2}[ -]\d{3}[ -]\d{2}|\d[ -]\d{2}[ -]\d{2}[ -]\d{2}|\d{7})(?![\p{L}0-9]|[ -]\d|[\-/.,]\d)/gu;
const CUES = `sim|sim\\s?card|сим|симк\\p{L}*|call|called|calls|calling|phones|answers?\\s+(?:at|on)|call\\s?back|callback|ring|rang|dial|phone|phoned|mobile|cell|contact|contacts|reachable|reach\\s+her|numbers?(?!\\s+of)|контакт\\p{L}*|связ\\p{L}*|whats\\s?app|viber|telegram|signal|sms|text|texted|tel\\.?|mob\\.?|тел\\.?|телефон\\p{L}*|номер(?!\\s+(?:дома|квартиры|машины|комнаты))\\p{L}*|звон\\p{L}*|позвон\\p{L}*|пиши\\p{L}*|напиш\\p{L}*|набра\\p{L}*|вотсап\\p{L}*|ватсап\\p{L}*|вайбер\\p{L}*|телеграм\\p{L}*|смс|домашн\\p{L}*|рабоч(?:ий|его|ему)(?=\\s*(?:[:—–-]|\\p{L}+\\s*:))|landline|home:`;
/** A word about calling or messaging before the number, in the same sentence. */
const LOCAL_PHONE_CUE = new RegExp(`(?<![\\p{L}])(?:${CUES})(?![\\p{L}])[^.!?\\n]*$`, 'iu');
/** A phone's own word before the number, in the same sentence and close: phone, tel., mobile, contact, телефон, связь, WhatsApp. */
const PHONE_WORD_CUE = /(?<![\p{L}])(?:phone|tel\.?|mob\.?|mobile|cell|whats\s?app|viber|contact|call|тел\.?|телефон\p{L}*|мобильн\p{L}*|вотсап\p{L}*|ватсап\p{L}*|вайбер\p{L}*|связь|связи|контакт\p{L}{0,2}|звони\p{L}*|позвони\p{L}*|перезвони\p{L}*)(?![\p{L}])[^.!?\n]{0,24}$/iu;
/** A messenger named right after a number, in the same sentence: "2641 8273, только в ватсап", "5123 4567 (WhatsApp)". */
const MESSENGER_AFTER = /^[^.!?\n\d]{0,16}(?<![\p{L}])(?:whats\s?app|viber|telegram|signal|вотсап\p{L}*|ватсап\p{L}*|вайбер\p{L}*|телеграм\p{L}*)/iu;
/** A sum, a count or a measure after the digits. */
const NOT_A_PHONE_AFTER = /^\s?(?:%|€|\$|₸|₽|eur|euro|euros|usd|dollars?|sum|сум|uzs|kzt|rub|cases|случа|lei|lek|leke|kn|kuna|din|dinars?|tenge|som|сом|тенге|руб|рубл|евро|долл|zł|zl\b|pln|kč|czk|ft\b|huf|грн|uah|лари|gel\b|aed|dirham|tl\b|₺|лир|манат|manat|драм|dram\b|people|persons|residents|users|views|times|hours|km|kg|m\b|человек|жител|раз|час)/iu;

/** A valid phone number of the region in the candidate, as its length and rule; `offset` says where the candidate starts in the match. */
export function phoneIn(source: string, offset: number, data: PackData): { offset: number; length: number; rule: string } | null {
  {
    let raw = source;
    if (raw.length === 0 || !/^[+(\d]/.test(raw)) return null;
    // (Nor a court's case number, its category, the number and the year after a slash: "CAO no. 5-1184/2023".)
    if (COURT_CASE.test(raw)) return null;
    // 00 is the international prefix in most of Europe and the Gulf.
    // (Also in a bracket the prose opened, "Mariana Dinu (0040 741 662 009)".)
    // (Or with a space after it, as some write it: "(00 36 30 418 2276)".)
    const viaZeroZero = /^\(?00 ?[1-9]/.test(raw);
    // (A closing bracket before any opening one closes the prose's bracket: the number ends there, "(the manager, +373 68 004
    // 211) 1,200 euros".)
    const close = raw.indexOf(')');
    if (close > 0 && !raw.slice(0, close).includes('(')) raw = raw.slice(0, close);
    // Trim trailing separators and a closing bracket that belongs to the prose.
    raw = raw.replace(/[\s.\-–(]+$/, '');
    if ((raw.match(/\)/g)?.length ?? 0) > (raw.match(/\(/g)?.length ?? 0)) raw = raw.replace(/\)$/, '');
    const digits = raw.replace(/\D/g, '');
    if (digits.length < 9 || digits.length > 15) return null;
    // (A Ukrainian number dialled with the old long-distance 8 before its 0: "8-093-517-26-40", "8 (066) 904 18 32".)
    const longDistance = digits.length === 11 && OLD_UKRAINIAN_EIGHT.exec(raw);
    if (longDistance) {
      const rest = phoneIn(raw.slice(longDistance[0].length), offset + longDistance[0].length, data);
      if (rest !== null && rest.offset === offset + longDistance[0].length && rest.length === raw.length - longDistance[0].length) return { offset, length: raw.length, rule: rest.rule };
    }
    if (/\n.*\n/.test(raw)) return null;
    const plus = /^\s*\(?\+/.test(raw);
    const international = plus || viaZeroZero;
    // A national number of 12 digits or more is refused below unless it is a German mobile number: not parsed at all.
    if (!international && digits.length >= 12 && longMobileCountry(digits, data) === null) return null;
    const normalised = (viaZeroZero ? `+${raw.replace(/^\(?00 ?/, '')}` : raw).replace(/\s+/g, ' ').replace(/[/_—]/g, ' ');
    // National formats: a trunk 8 means Kazakhstan or Russia; a leading 0 the others.
    // (An 8 that is no trunk prefix starts a national number too: a Polish mobile, 883-402-117.)
    // (A city's code in brackets without the trunk, "(727) 417-20-96", is written so in Kazakhstan and Russia too.)
    const areaInBrackets = digits.length === 10 && /^\(\d{3,5}\)\s?\d/.test(raw);
    const countries: CountryCode[] = digits.startsWith('8') ? trunk8ThenNational(data) : digits.startsWith('0') ? data.phone.trunk0 : areaInBrackets ? trunk8ThenNational(data) : data.phone.national;
    let parsed = international ? parsePhoneNumberFromString(normalised) : undefined;
    let valid = parsed?.isValid() ?? false;
    for (const country of international ? [] : countries) {
      // Most countries cannot take these digits at all: skip their parse (see phone-plans.ts).
      if (!mayBeValidFor(digits, country)) continue;
      const candidateNumber = parsePhoneNumberFromString(normalised, country);
      if (candidateNumber?.isValid()) {
        parsed = candidateNumber;
        valid = true; // (asked once: the check is not cheap)
        break;
      }
    }
    // (Written with "+" and a country code, a number of the right length for that country is a phone even outside the
    // numbering plan libphonenumber knows: new ranges, reserved ranges, "+44 7700 918342".)
    if (!valid && parsed && plus && parsed.isPossible()) valid = true;
    // (So is a city's code in brackets and seven digits in the 3-2-2 grouping of the former Soviet Union, "(727) 417-20-96".)
    if (!valid && areaInBrackets && /^\(\d{3,5}\)\s?\d{2,3}-\d{2}-\d{2}$/.test(raw)) {
      parsed = parsePhoneNumberFromString(normalised, data.phone.trunk8[0] ?? 'KZ');
      valid = parsed?.isPossible() ?? false;
    }
    if (!valid || !parsed) return null;
    // (A free-phone number is a public service's, a hotline's, never a person's: "0 800 500 335", "8 800 2000 122".)
    // (Only an 800 number: another country's plan may call a mobile's digits free, Bulgaria's 0887 412 036.)
    // (Nor a 1800 number of ten digits, Ireland's and Australia's free line and Korea's business line: "Garda Confidential
    // 1800 666 111".)
    if ((String(parsed.nationalNumber).startsWith('800') && parsed.getType() === 'TOLL_FREE') || (!plus && /^1800\d{6}$/.test(digits))) return null;
    // A 12-digit IIN or 16-digit card is not a phone even when it parses.
    // (Except a German or Austrian mobile number with its trunk, 0176 41827364, 0699 1027 3584: an IIN's month cannot be
    // 5x-9x.) (Another country may take its digits too: asked for that country itself.)
    if (!international && digits.length >= 12) {
      const country = longMobileCountry(digits, data);
      if (country === null || !parsePhoneNumberFromString(normalised, country)?.isValid()) return null;
      return { offset, length: raw.length, rule: `phone.${country}` };
    }
    return { offset, length: raw.length, rule: international ? 'phone.international' : `phone.${parsed.country ?? 'national'}` };
  }
}

/** The country of a national mobile number of twelve digits with its trunk 0, where that country is configured: Germany's 015-017, Austria's 065-069. */
function longMobileCountry(digits: string, data: PackData): 'DE' | 'AT' | null {
  if (digits.length !== 12) return null;
  if (/^01[5-7]/.test(digits) && data.phone.trunk0.includes('DE')) return 'DE';
  if (/^06[5-9]/.test(digits) && data.phone.trunk0.includes('AT')) return 'AT';
  return null;
}

const trunk8AndNational = new WeakMap<PackData['phone'], CountryCode[]>();
/** The countries of a trunk 8 first, then those whose national numbers may start with 8 (once per pack data). */
function trunk8ThenNational(data: PackData): CountryCode[] {
  let countries = trunk8AndNational.get(data.phone);
  if (!countries) trunk8AndNational.set(data.phone, (countries = [...new Set([...data.phone.trunk8, ...data.phone.national])]));
  return countries;
}
