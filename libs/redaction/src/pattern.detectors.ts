import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { CountryCode } from 'libphonenumber-js/max';
import { capitalised, everyMatchAt, matchesAt, TextDocument } from './document';
import { isValidIin } from './identity-numbers';
import { packData, type PackData } from './pack-data';
import { mayBeValidFor } from './phone-plans';
import type { Span } from './types';

export { isValidIin };

const span = (start: number, end: number, type: Span['type'], rule: string, confidence: number): Span => ({ start, end, type, rule, confidence });

const EMAIL_LOCAL = /^[\p{L}0-9._%+-]$/u;
const EMAIL_DOMAIN = /[\p{L}0-9-]+(?:\.[\p{L}0-9-]+)*\.\p{L}{2,}/uy;

/**
 * E-mail addresses: what /[\p{L}0-9._%+-]+@domain/gu finds, but looked for
 * from each "@" (the local part leftwards, the domain rightwards) instead of
 * from every position of the text.
 */
export function detectEmails(text: string): Span[] {
  const out: Span[] = [];
  let from = 0; // where the last match ended
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > from) {
      // One code point to the left (a letter beyond U+FFFF is two code units).
      const pair = start - 2 >= from && /[\uDC00-\uDFFF]/.test(text[start - 1]) ? text.slice(start - 2, start) : text[start - 1];
      if (!EMAIL_LOCAL.test(pair)) break;
      start -= pair.length;
    }
    if (start === at) continue;
    EMAIL_DOMAIN.lastIndex = at + 1;
    const domain = EMAIL_DOMAIN.exec(text);
    if (!domain) continue;
    from = at + 1 + domain[0].length;
    out.push(span(start, from, 'EMAIL', 'email', 0.99));
    at = from - 1;
  }
  return out;
}

/** Social-media handles and profile links. */
export function detectHandles(text: string): Span[] {
  const out: Span[] = [];
  const links =
    /(?:https?:\/\/)?(?:www\.)?(?:instagram\.com|insta\.gram|t\.me|telegram\.me|vk\.com|vk\.ru|facebook\.com|fb\.com|tiktok\.com|ok\.ru|twitter\.com|x\.com|wa\.me|youtube\.com)\/[\p{L}0-9_.@\-/]+[\p{L}0-9_]/giu;
  for (const m of text.matchAll(links)) out.push(span(m.index!, m.index! + m[0].length, 'HANDLE', 'handle.link', 0.98));
  // Profile links on any site (escort boards such as roksa.pl, sexguide.cz, vivastreet): a domain with a path.
  // Only where a top-level domain and a slash are (".pl/"): the full pattern is costly to try at every word.
  for (const m of PROFILE_DOMAIN.test(text) ? text.matchAll(PROFILE_LINK) : []) {
    out.push(span(m.index!, m.index! + m[0].length, 'HANDLE', 'handle.profile-link', 0.9));
  }
  // Messenger IDs without "@": "KakaoTalk ID dimon_ansan", "Telegram: lola_almaty", "ник в телеге sweet_kz".
  for (const m of matchesAt(MESSENGER_ID, text, messengerNames(text))) {
    const id = m[1];
    if (!/\p{L}/u.test(id)) continue;
    if (/[_.\d]/.test(id) || /(?:id|nick|username|login|ник|логин)\W*$/i.test(m[0].slice(0, -id.length))) {
      const start = m.index! + m[0].length - id.length;
      out.push(span(start, start + id.length, 'HANDLE', 'handle.messenger-id', 0.85));
    }
  }
  for (const m of text.matchAll(/(?<![\p{L}0-9._%+-])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?/gu)) {
    if (m[0].length >= 3) out.push(span(m.index!, m.index! + m[0].length, 'HANDLE', 'handle.at', 0.95));
  }
  return out;
}

const PROFILE_LINK = /(?<![\p{L}0-9@._/-])(?:https?:\/\/)?(?:www\.)?[a-z0-9-]{2,}(?:\.[a-z0-9-]{2,})*\.[a-z]{2,6}\/[\p{L}0-9_.%\-/?=&]*[\p{L}0-9_]/giu;
/** What every profile link contains (same flags, so the same letters match). */
const PROFILE_DOMAIN = /\.[a-z]{2,6}\//iu;
const MESSENGERS = 'kakaotalk|kakao|telegram|telega|телеграм[еа]?|телег[еа]|signal|viber|вайбер[еа]?|whatsapp|line|wechat|imo|botim|instagram|инстаграм[еа]?|insta|инст[еа]|tiktok|snapchat|skype|discord|onlyfans';
/** A messenger's name, with the same flags as the full pattern: every messenger ID starts with one. */
const MESSENGER_NAME = new RegExp(`(?:${MESSENGERS})`, 'giu');
/**
 * Where a messenger's name starts: the only places a messenger ID can start
 * (it cannot start inside another name, whose letters the look-behind rejects).
 */
function messengerNames(text: string): number[] {
  const at: number[] = [];
  MESSENGER_NAME.lastIndex = 0;
  for (let m = MESSENGER_NAME.exec(text); m !== null; m = MESSENGER_NAME.exec(text)) at.push(m.index);
  return at;
}
const MESSENGER_ID = new RegExp(
  `(?<![\\p{L}0-9_])(?:${MESSENGERS})(?:[,\\s]+(?:id|nick|username|login|ник|логин|акк|account))?\\s*[:\\-–]?\\s*([a-z0-9][a-z0-9_.]{2,30}[a-z0-9])(?![\\p{L}0-9@])`,
  'iuy',
);

/**
 * Phone numbers of the region and international ones, however they are split
 * (spaces, brackets, dashes, dots, a line break), validated with
 * libphonenumber for the region's countries.
 */
export function detectPhones(text: string, data: PackData = packData()): Span[] {
  const out: Span[] = [];
  const candidate = /(?<![\p{L}0-9])(?:\+\s?)?\(?\d[\d\s().\-–/]{6,22}\d(?![\p{L}0-9])/gu;
  for (const m of text.matchAll(candidate)) {
    // Else without its first group (a prefix of the prose glued to it); a candidate of one group would be read again as it is.
    const rest = m[0].replace(/^\S+\s/, '');
    const found = phoneIn(m[0], 0, data) ?? (rest === m[0] ? null : phoneIn(rest, m[0].indexOf(' ') + 1, data));
    if (found) out.push(span(m.index! + found.offset, m.index! + found.offset + found.length, 'PHONE', found.rule, 0.95));
  }
  // A local number of eight digits without a trunk or country code, in the Baltic or Balkan spacing (5123 4567, 21 234 567),
  // only with a word about calling or messaging just before it, and not a sum or a count.
  for (const m of text.matchAll(LOCAL_PHONE)) {
    const before = text.slice(Math.max(0, m.index! - 40), m.index!);
    // (A year and a number after it, 2024 1230, is not a phone.)
    if (/^(?:19|20)\d\d /.test(m[0]) || !LOCAL_PHONE_CUE.test(before) || NOT_A_PHONE_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 16))) continue;
    out.push(span(m.index!, m.index! + m[0].length, 'PHONE', 'phone.local-cue', 0.75));
  }
  return out;
}

const LOCAL_PHONE = /(?<![\p{L}0-9+\-/.,]|\d[ -])[1-9](?:\d{3}[ -]\d{4}|\d[ -]\d{3}[ -]\d{3}|\d{2}[ -]\d{2}[ -]\d{3}|\d{2}[ -]\d{3}[ -]\d{2})(?![\p{L}0-9]|[ -]\d|[\-/.,]\d)/gu;
const CUES = `call|called|calls|calling|phone|phoned|mobile|cell|number(?!\\s+of)|whats\\s?app|viber|telegram|signal|sms|text|texted|tel\\.?|mob\\.?|тел\\.?|телефон\\p{L}*|номер(?!\\s+(?:дома|квартиры|машины|комнаты))\\p{L}*|звон\\p{L}*|позвон\\p{L}*|набра\\p{L}*|вотсап\\p{L}*|ватсап\\p{L}*|вайбер\\p{L}*|телеграм\\p{L}*|смс`;
/** A word about calling or messaging before the number, in the same sentence. */
const LOCAL_PHONE_CUE = new RegExp(`(?<![\\p{L}])(?:${CUES})(?![\\p{L}])[^.!?\\n]*$`, 'iu');
/** A sum, a count or a measure after the digits. */
const NOT_A_PHONE_AFTER = /^\s?(?:%|€|\$|₸|₽|eur|euro|euros|usd|dollars?|lei|lek|leke|kn|kuna|din|dinars?|tenge|som|сом|тенге|руб|рубл|евро|долл|people|persons|residents|users|views|times|hours|km|kg|m\b|человек|жител|раз|час)/iu;

/** A valid phone number of the region in the candidate, as its length and rule; `offset` says where the candidate starts in the match. */
function phoneIn(source: string, offset: number, data: PackData): { offset: number; length: number; rule: string } | null {
  {
    let raw = source;
    if (raw.length === 0 || !/^[+(\d]/.test(raw)) return null;
    // 00 is the international prefix in most of Europe and the Gulf.
    const viaZeroZero = /^00[1-9]/.test(raw);
    // Trim trailing separators and a closing bracket that belongs to the prose.
    raw = raw.replace(/[\s.\-–(]+$/, '');
    if ((raw.match(/\)/g)?.length ?? 0) > (raw.match(/\(/g)?.length ?? 0)) raw = raw.replace(/\)$/, '');
    const digits = raw.replace(/\D/g, '');
    if (digits.length < 9 || digits.length > 15) return null;
    if (/\n.*\n/.test(raw)) return null;
    const international = raw.trimStart().startsWith('+') || viaZeroZero;
    const normalised = (viaZeroZero ? `+${raw.slice(2)}` : raw).replace(/\s+/g, ' ').replace(/\//g, ' ');
    // National formats: a trunk 8 means Kazakhstan or Russia; a leading 0 the others.
    const countries: CountryCode[] = digits.startsWith('8') ? data.phone.trunk8 : digits.startsWith('0') ? data.phone.trunk0 : data.phone.national;
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
    if (!valid || !parsed) return null;
    // A 12-digit IIN or 16-digit card is not a phone even when it parses.
    // (Except a German mobile number with its trunk, 0176 41827364: an IIN's month cannot be 5x-7x.)
    // (Another country may take its digits too: asked for Germany itself.)
    if (!international && digits.length >= 12) {
      const germanMobile = digits.length === 12 && /^01[5-7]/.test(digits) && data.phone.trunk0.includes('DE') && parsePhoneNumberFromString(normalised, 'DE')?.isValid();
      if (!germanMobile) return null;
      return { offset, length: raw.length, rule: 'phone.DE' };
    }
    return { offset, length: raw.length, rule: international ? 'phone.international' : `phone.${parsed.country ?? 'national'}` };
  }
}

/** YYMMDD then a century-and-sex digit 1-6: the shape of an IIN even when its checksum is wrong. */
function iinShaped(digits: string): boolean {
  const month = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && /[1-6]/.test(digits[6]);
}

export function isLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let n = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return sum % 10 === 0;
}

/** Words that name a personal identity number (not a phone "number"). */
const NATIONAL_ID_CONTEXT =
  /(pesel|egn|егн|jmbg|embg|јмбг|cnp|idnp|pinfl|пинфл|pin\b|пин\b|iin|иин|жсн|inn\b|инн|snils|снилс|rodné|rodne|asmens|kodas|isikukood|personas kods|personal code|personal number|personal id|личный код|личный номер|персональный код|registration number|registration card|регистрац|emirates id|kimlik|\barc\b|rnokpp|рнокпп|ипн|id no|id number|id card|id-card|passport|паспорт|удостоверени|уд-е|уд-ия)/i;
const ID_CONTEXT =
  /(pesel|egn|егн|jmbg|embg|јмбг|cnp|idnp|pin\b|пин\b|rodné|rodne|číslo|cislo|asmens|kodas|isikukood|personas|kods|personal code|personal number|личный код|личный номер|персональный код|registration|регистрац|emirates|kimlik|arc\b|rnokpp|рнокпп|ипн|passport|паспорт|id[- ]?card|id\b|удостоверени|уд-ия|уд\.|документ|document|iin|иин|жсн|snils|снилс|inn|инн|pinfl|пинфл|certificate|свидетельств|badge|жетон|нагрудн|знак|№|no\.|number|номер|card|карт|ss\b)/i;

/**
 * Identity numbers: IIN (checksum), bank cards (Luhn), passports and ID cards
 * (letters and digits), other document numbers and badge numbers when the text
 * says what they are.
 */
export function detectIdNumbers(text: string, data: PackData = packData(), doc: TextDocument = new TextDocument(text)): Span[] {
  const out: Span[] = [];
  // The patterns that start with letters are tried only where a run of letters and digits has a digit within its first characters.
  const nearDigit = doc.runStartsNear('0-9', LETTERS_BEFORE_DIGIT);
  const iin = data.validators.some(([name]) => name === 'iin');
  for (const m of text.matchAll(/(?<![\p{L}0-9])\d{12}(?![\p{L}0-9])/gu)) {
    const before = text.slice(Math.max(0, m.index! - 40), m.index!);
    if (!iin) break;
    if (isValidIin(m[0])) out.push(span(m.index!, m.index! + 12, 'IDNUM', 'id.iin', 0.97));
    // A 12-digit number that starts with a date of birth and a century digit, or is called an IIN.
    else if (iinShaped(m[0]) || /(iin|иин|жсн|pinfl|пинфл)/i.test(before)) out.push(span(m.index!, m.index! + 12, 'IDNUM', 'id.iin-shape', 0.8));
  }
  for (const m of text.matchAll(/(?<![\p{L}0-9])\d{4}(?:[ -]?\d{4}){2,3}(?:[ -]?\d{1,3})?(?![\p{L}0-9])/gu)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length < 13 || digits.length > 19) continue;
    const before = text.slice(Math.max(0, m.index! - 40), m.index!);
    // Luhn-valid; or written in groups of four, or called a card.
    if (isLuhn(digits)) out.push(span(m.index!, m.index! + m[0].length, 'IDNUM', 'id.card', 0.95));
    else if (/^\d{4}([ -])\d{4}\1\d{4}\1\d{4}$/.test(m[0]) || /(card|карт|kaspi|каспи|visa|mastercard)/i.test(before)) {
      out.push(span(m.index!, m.index! + m[0].length, 'IDNUM', 'id.card-shape', 0.8));
    }
  }
  // National identity numbers with a checksum, or with a keyword before them, however the digits are grouped.
  for (const m of text.matchAll(/(?<![\p{L}0-9+\-/.]|\d )\d{2,15}(?:[ \-/]\d{1,8}){0,3}(?![\p{L}0-9]|[\-/.]\d)/gu)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length < 9 || digits.length > 15) continue;
    const valid = data.validators.find(([, isValid]) => isValid(digits));
    const before = text.slice(Math.max(0, m.index! - 48), m.index!);
    const grouped = /^\d{6}[-/]\d{3,7}$|^784-\d{4}-\d{7}-\d$|^\d{3}-\d{3}-\d{3}[ -]\d{2}$/.test(m[0]);
    const named = NATIONAL_ID_CONTEXT.test(before) || (data.idContext?.test(before) ?? false);
    // Without a keyword, a number that is also a valid phone number of the region is taken for a phone.
    if (valid && (named || !phoneIn(m[0], 0, data))) out.push(span(m.index!, m.index! + m[0].length, 'IDNUM', `id.${valid[0]}`, 0.9));
    else if (grouped || (digits.length >= 9 && named && !/\d[\d\s]*$/.test(before.slice(-3)))) out.push(span(m.index!, m.index! + m[0].length, 'IDNUM', 'id.national', 0.8));
  }
  // Document numbers of letters and digits: КМ 448120, AZE 14387259, 418273KE, 4150389A012PB3.
  for (const m of matchesAt(DOCUMENT_LETTERS, text, nearDigit)) {
    out.push(span(m.index!, m.index! + m[0].length, 'IDNUM', 'id.document-letters', 0.85));
  }
  // An Albanian personal number (J12345678F) and an Azerbaijani FIN (5ZK7PQ2: seven capitals and digits, mixed; not a word
  // with a number such as COVID19, a model such as RTX4090 or a code such as ABCD123), without a keyword.
  for (const m of matchesAt(LETTER_DIGIT_IDS, text, nearDigit)) {
    const v = m[0];
    // (Mixed: two letters and two digits at least, alternating more than once: not a prefix code such as ABCD123.)
    if (v.length === 7 && (!/\d[^\d]*\d/.test(v) || !/[A-Z][^A-Z]*[A-Z]/.test(v) || /[A-Z]{5}|\d{4}/.test(v) || !/^(?:[A-Z]+\d+[A-Z]|\d+[A-Z]+\d)/.test(v))) continue;
    out.push(span(m.index!, m.index! + v.length, 'IDNUM', v.length === 7 ? 'id.fin' : 'id.albanian', 0.8));
  }
  // Without any keyword: a run of 12-15 digits (personal numbers of Kazakhstan, Kyrgyzstan, Uzbekistan, Tajikistan; accounts),
  // a document number with a letter prefix and a dash or a Cyrillic letter (AN-3309812, А 1234567), a Russian passport (45 06 123456, 4506 № 123456).
  for (const m of text.matchAll(/(?<![\p{L}0-9+\-/.])\d{12,15}(?![\p{L}0-9]|[\-/.]\d)/gu)) {
    out.push(span(m.index!, m.index! + m[0].length, 'IDNUM', 'id.long-number', 0.75));
  }
  for (const m of matchesAt(DOCUMENT_PREFIX, text, nearDigit)) {
    if (/^\d/.test(m[0]) && phoneIn(m[0], 0, data)) continue;
    out.push(span(m.index!, m.index! + m[0].length, 'IDNUM', 'id.document-prefix', 0.75));
  }
  // Passport and ID-card numbers: 1-2 Latin letters then 7-8 digits (AB1234567, N12345678, ID1234567, AN 3309812).
  for (const m of matchesAt(PASSPORT, text, nearDigit)) {
    out.push(span(m.index!, m.index! + m[0].length, 'IDNUM', 'id.passport', 0.9));
  }
  // Bare document numbers (8-10 digits) and badge numbers (3-6 digits) need a word that says so, just before.
  for (const m of text.matchAll(/(?<![\p{L}0-9.,])(\d{3,10})(?![\p{L}0-9]|[.,]\d)/gu)) {
    const before = text.slice(Math.max(0, m.index! - 48), m.index!);
    const len = m[1].length;
    if (len >= 8 && ID_CONTEXT.test(before) && !/\d[\d\s]*$/.test(before.slice(-3))) {
      out.push(span(m.index!, m.index! + len, 'IDNUM', 'id.document', 0.8));
    } else if (len >= 3 && len <= 6 && /(badge|жетон|нагрудн|значок|знак)[^.!?\n]{0,36}$/i.test(before) && !/\d\s*$/.test(before)) {
      out.push(span(m.index!, m.index! + len, 'IDNUM', 'id.badge', 0.85));
    }
  }
  return out;
}

/** The most characters before the first digit in the patterns below (letters and a space or dash). */
const LETTERS_BEFORE_DIGIT = 4;
/** Sticky: tried at given starts (see matchesAt). */
const DOCUMENT_LETTERS = /(?<![\p{L}0-9])(?:[A-ZА-ЯЁІЇЄ]{2,3}\s?\d{6,9}|\d{6}[A-Z]{2}|\d{7}[A-Z]\d{3}[A-Z]{2}\d)(?![\p{L}0-9])/uy;
const DOCUMENT_PREFIX = /(?<![\p{L}0-9])(?:[A-ZА-ЯЁІЇЄ]{1,3}-\d{6,9}|[А-ЯЁІЇЄ]\s?\d{7,9}|\d{2}\s\d{2}\s\d{6}|\d{2}\s?\d{2}\s№\s?\d{6})(?![\p{L}0-9])/uy;
const LETTER_DIGIT_IDS = /(?<![\p{L}0-9])(?:[A-Z]\d{8}[A-Z]|[0-9A-Z]{7})(?![\p{L}0-9])/uy;
const PASSPORT = /(?<![\p{L}0-9])(?:ID|[A-Z]{1,2})\s?\d{6,8}(?![\p{L}0-9])/uy;

/**
 * Vehicle plates: the shapes of the configured countries' packs (Kazakh 123 ABC 02,
 * Kyrgyz 01 123 ABC, Russian А123ВС 77, Ukrainian AA 1234 BB, Korean 12가 3456 ...)
 * in every spacing variant; the less distinctive shapes, and any short mix of
 * capitals and digits, only right after a car is mentioned.
 */
export function detectPlates(text: string, data: PackData = packData(), doc: TextDocument = new TextDocument(text)): Span[] {
  const out: Span[] = [];
  const { standalone, standaloneRules, contextual, contextualRules } = data.plates;
  // Plates need a car mentioned before them, except the standalone shapes: without a car word anywhere, only those.
  const car = CAR_NAME.test(text) || (data.vehicleName?.test(text) ?? false);
  const carBefore = (at: number) => {
    const before = text.slice(Math.max(0, at - 60), at);
    return CAR_CONTEXT.test(before) || (data.vehicleContext?.test(before) ?? false);
  };
  const ruleOf = (m: RegExpMatchArray, rules: string[]) => rules[m.findIndex((g, k) => k > 0 && g !== undefined) - 1];
  const nearDigit = doc.runStartsNear('0-9', PLATE_LETTERS_BEFORE_DIGIT);
  if (standalone) for (const m of everyMatchAt(sticky(standalone), text, nearDigit)) out.push(span(m.index, m.index + m[0].length, 'PLATE', ruleOf(m, standaloneRules), 0.9));
  if (!car) return out;
  if (contextual) {
    for (const m of everyMatchAt(sticky(contextual), text, nearDigit)) {
      if (carBefore(m.index) || (data.vehicleAfter?.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40)) ?? false)) out.push(span(m.index, m.index + m[0].length, 'PLATE', ruleOf(m, contextualRules), 0.8));
    }
  }
  // Every other country's plate: a short mix of capitals and digits in up to three groups, right after a car is mentioned.
  // It starts with a capital or a digit: only such runs are tried (the others cannot match, so the matches are the same).
  const shapeStarts = doc.runStarts.filter((at) => {
    const c = text.charCodeAt(at);
    return (c >= 48 && c <= 57) || capitalised(text.slice(at, at + 2));
  });
  for (const m of matchesAt(PLATE_SHAPE, text, shapeStarts)) {
    // The car's make in capitals before its plate (BMW KGR 418, VW B 123) is no part of the plate.
    const make = /^(\p{Lu}{2,4})[ -]/u.exec(m[0]);
    const skip = make && CAR_NAME.test(make[1]) ? make[0].length : 0;
    const plate = m[0].slice(skip);
    const compact = plate.replace(/[\s-]/g, '');
    if (compact.length < 5 || compact.length > 9 || !/\d/.test(compact) || !/\p{Lu}/u.test(compact)) continue;
    if (carBefore(m.index! + skip)) out.push(span(m.index! + skip, m.index! + m[0].length, 'PLATE', 'plate.car-context', 0.8));
  }
  return out;
}

/**
 * A plate has a digit within its first characters (a plate is at most a dozen
 * characters long); the standalone shapes are tried only where a run of
 * letters and digits starts that close to a digit.
 */
const PLATE_LETTERS_BEFORE_DIGIT = 24;

const stickyCopies = new WeakMap<RegExp, RegExp>();
/** The same pattern, sticky, to be tried at given positions (compiled once). */
function sticky(re: RegExp): RegExp {
  let copy = stickyCopies.get(re);
  if (!copy) stickyCopies.set(re, (copy = new RegExp(re.source, re.flags.replace('g', '') + 'y')));
  return copy;
}

/** Sticky: it starts where a run of letters and digits starts, and is tried only there. */
const PLATE_SHAPE = /(?<![\p{L}0-9])[\p{Lu}\d]{1,4}(?:[ -][\p{Lu}\d]{1,5}){0,2}(?![\p{L}0-9])/uy;
/** Words that say a car is being talked about: the next letters-and-digits group is its plate. */
const CAR_WORDS =
  '\\bcar\\b|\\bcars\\b|plate|vehicle|drives|drove|driving|taxi|\\bvan\\b|jeep|машин|авто|госномер|номер[а]? машин|такси|мерседес|тойот|камри|ланос|лада|ладе|гранта|приора|нексия|кобальт|спринтер|passat|opel|astra|škoda|skoda|octavia|fabia|dacia|logan|audi|golf|prius|doblo|grandeur|bmw|mercedes|toyota|camry|lanos|nexia|cobalt|spark|kia|hyundai|sonata|nissan|ford|honda|lexus|volkswagen|\\bvw\\b|renault|fiat|peugeot|mazda|lada|granta|priora|sprinter|transit|volvo|jeep|mitsubishi|subaru|suzuki|chery|geely|ауди|бмв|опел|шкод|фольксваген|хонд|ниссан|хендай|хундай|форд|мазд|вольво|джип|митсубиси|мицубиси|субару|сузуки|дэу|матиз|жигул|газел|уаз|октави|фабия|логан';
const CAR_CONTEXT = new RegExp(`(?:${CAR_WORDS})[^.!?\\n]{0,40}$`, 'iu');
/** A car word anywhere in the text (without the word boundaries, which a window's edge can make true). */
const CAR_NAME = new RegExp(`(?:${CAR_WORDS.replaceAll('\\b', '')})`, 'iu');
