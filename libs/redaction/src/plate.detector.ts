import { capitalised, everyMatchAt, matchesAt, TextDocument } from './document';
import { CURRENCY_WORD } from './data/currencies';
import { packData, type PackData } from './pack-data';
import { englishLexicon, russianLexicon } from './lexicon/dictionaries';
import { anyWordPattern } from './word-trie';
import type { Span } from './types';

const span = (start: number, end: number, type: Span['type'], rule: string, confidence: number): Span => ({ start, end, type, rule, confidence });

/**
 * Vehicle plates: the shapes of the configured countries' packs (Kazakh 123 ABC 02,
 * Kyrgyz 01 123 ABC, Russian А123ВС 77, Ukrainian AA 1234 BB, Korean 12가 3456 ...)
 * in every spacing variant; the less distinctive shapes, and any short mix of
 * capitals and digits, only right after a car is mentioned.
 */
/**
 * The words for a car's plate, in the languages of the notes: what follows them may be a plate of any shape ("plate
 * bk417tt", "госномер а123вс77", "partial plate 1AK 4...").
 */
const PLATE_WORDS = String.raw`plates?|plate number|госномер\p{Ll}{0,2}|гос\. ?номер\p{Ll}{0,2}|г\/н|номер\p{Ll}{0,2}\s+машин\p{Ll}{0,2}|номерн\p{Ll}{1,2}\s+знак\p{Ll}{0,2}|tablic\p{Ll}{0,3}|rejestracj\p{Ll}{0,3}|kennzeichen`;
/** Or "номер" alone (number), a plate's word only before a plate's own shape (an emirate's, a Korean's) or a Soviet make. */
const NUMBER_WORD = String.raw`номер\p{Ll}{0,3}`;

const EMIRATE_PLATES = new RegExp(String.raw`(?:Dubai|Abu Dhabi|Sharjah|Ajman|Fujairah|RAK|UAQ|Дубая|Шарджи)\s(?:${PLATE_WORDS}|${NUMBER_WORD})\s((?:[A-Z]{1,2}|\d{1,2})\s?\d{4,5})(?![\p{L}0-9])`, 'gu');

export function detectPlates(text: string, data: PackData = packData(), doc: TextDocument = new TextDocument(text)): Span[] {
  const out: Span[] = [];
  const { standalone, standaloneRules, contextual, contextualRules } = data.plates;
  // Plates need a car mentioned before them, except the standalone shapes: without a car word anywhere, only those.
  const car = CAR_NAME.test(text) || (data.vehicleName?.test(text) ?? false);
  const carBefore = (at: number) => {
    const before = text.slice(Math.max(0, at - 60), at);
    // (A car word must be in the window for either pattern to match: the cheaper test first.)
    return (CAR_NAME.test(before) && CAR_CONTEXT.test(before)) || (!!data.vehicleContext && (!data.vehicleName || data.vehicleName.test(before)) && data.vehicleContext.test(before));
  };
  const ruleOf = (m: RegExpMatchArray, rules: string[]) => rules[m.findIndex((g, k) => k > 0 && g !== undefined) - 1];
  const nearDigit = doc.runStartsNear('0-9', PLATE_LETTERS_BEFORE_DIGIT);
  if (standalone) for (const m of everyMatchAt(sticky(standalone), text, nearDigit)) out.push(span(m.index, m.index + m[0].length, 'PLATE', ruleOf(m, standaloneRules), 0.9));
  // A UAE plate after its emirate and "plates" (Sharjah plates 3 27418): the category or letter and the number alone.
  // (Looked for only where "plate" or "номер" is written: a look-behind tried at every start near a digit cost 15 %.)
  if (text.includes('plate') || text.includes('номер')) for (const m of text.matchAll(EMIRATE_PLATES)) out.push(span(m.index! + m[0].length - m[1].length, m.index! + m[0].length, 'PLATE', 'plate.ae.after-plates', 0.85));
  // A plate written in lower case right after its word, as hurried notes write it (plate bk417tt, госномер а123вс77).
  if (text.includes('plate') || text.includes('номер')) {
    for (const m of text.matchAll(KOREAN_PLATE_AFTER_WORD)) {
      if (KOREAN_PLATE_SYLLABLES.has(/\p{L}+/u.exec(m[1])![0].toLowerCase())) out.push(span(m.index! + m[0].length - m[1].length, m.index! + m[0].length, 'PLATE', 'plate.kr.transliterated', 0.75));
    }
    for (const m of text.matchAll(PLATE_WORD_THEN)) {
      const compact = m[1].replace(/[\s-]/g, '');
      if (compact.length >= 5 && compact.length <= 9 && /\d.*\d/.test(compact) && /\p{L}/u.test(compact) && m[1] === m[1].toLowerCase()) out.push(span(m.index! + m[0].length - m[1].length, m.index! + m[0].length, 'PLATE', 'plate.after-word.lower', 0.75));
      // (Or digits alone, as the Gulf's plates are: "plate 60417"; not a year.)
      else if (/^\d{4,7}$/.test(m[1]) && !/^(?:19|20)\d\d$/.test(m[1])) out.push(span(m.index! + m[0].length - m[1].length, m.index! + m[0].length, 'PLATE', 'plate.after-word.digits', 0.7));
    }
  }
  // A plate remembered in part after its word, its missing characters written as dots: "partial plate 1AK 4...", "номер
  // машины помнит частично – B-MK ...", "номер запомнила наполовину: ВН 26..". The dots go with it.
  if (text.includes('..') || text.includes('…')) {
    for (const m of text.matchAll(PARTIAL_PLATE)) {
      if (/\d/.test(m[1]) || /^[A-ZА-ЯЁ]{1,3}[-\s][A-ZА-ЯЁ]{1,3}\s?$/u.test(m[1])) out.push(span(m.index + m[0].length - m[1].length - m[2].length, m.index + m[0].length, 'PLATE', 'plate.partial', 0.7));
    }
  }
  if (!car) return out.filter((p) => plateOnly(text, p));
  if (contextual) {
    for (const m of everyMatchAt(sticky(contextual), text, nearDigit)) {
      // (Or a car's make or model right after it in the same sentence: "PG BN 703 черная шкода".)
      const after = /^[^.!?\n]*/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 24))![0];
      // (A plate's letters in lower case are no English word: "card 44172 and the van" is a number and "and".)
      if (/\s[a-z]{3}$/.test(m[0]) && LOWER_CASE_WORDS.has(m[0].slice(-3))) continue;
      if (carBefore(m.index) || (data.vehicleAfter?.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40)) ?? false) || (CAR_NAME.test(after) && CAR_CONTEXT.test(after))) out.push(span(m.index, m.index + m[0].length, 'PLATE', ruleOf(m, contextualRules), 0.8));
    }
  }
  // A pack's plate written in lower case after a car, as dictated or hurried notes write it ("niva 07 kg 118 adx", "приоре
  // номер 417 акр 15"): the pack's shapes, read on the text in capitals (where that keeps every offset).
  if (LOWER_PLATE.test(text)) {
    const upper = text.toUpperCase();
    if (upper.length === text.length) {
      const lower: Span[] = [];
      for (const [re, rules] of [[standalone, standaloneRules], [contextual, contextualRules]] as const) {
        if (re) for (const m of everyMatchAt(sticky(re), upper, nearDigit)) if (text.slice(m.index, m.index + m[0].length) === m[0].toLowerCase() && lowerPlate(m[0].toLowerCase()) && carBefore(m.index)) lower.push(span(m.index, m.index + m[0].length, 'PLATE', `${ruleOf(m, rules)}.lower`, 0.75));
      }
      out.push(...lower);
    }
  }
  // Every other country's plate: a short mix of capitals and digits in up to three groups, right after a car is mentioned.
  // It starts with a capital or a digit: only such runs are tried (the others cannot match, so the matches are the same).
  const shapeStarts = doc.runStarts.filter((at) => {
    const c = text.charCodeAt(at);
    // (A lower-case letter right after the first character ends every match at once: Aigerim, 5th.)
    const second = text.charCodeAt(at + 1);
    if ((second >= 0x61 && second <= 0x7a) || (second >= 0x430 && second <= 0x44f) || second === 0x451) return false;
    // (Basic Latin and Russian letters told from their codes, as capitalised() does, without a slice of the text.)
    if (c < 0x80 || (c >= 0x410 && c <= 0x44f)) return (c >= 48 && c <= 57) || (c >= 0x41 && c <= 0x5a) || (c >= 0x410 && c <= 0x42f);
    return capitalised(text.slice(at, at + 2));
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
  return out.filter((p) => plateOnly(text, p));
}

/** A car is mentioned in the text right before (its last 60 characters or so): what follows it may be its plate. */
export function carWordBefore(before: string): boolean {
  return CAR_NAME.test(before) && CAR_CONTEXT.test(before);
}

/** A plate's shape that is no car's model, sum, or day and time; every whole plate has a digit ("RNOKPP" is a tax number's name). */
function plateOnly(text: string, p: Span): boolean {
  // (A plate remembered in part may have its letters only: "B-MK ...".)
  return (/\d/.test(text.slice(p.start, p.end)) || p.rule === 'plate.partial') && !carModel(text, p) && !sum(text.slice(p.start, p.end)) && !dayAndTime(text, p) && !partOfLongerCode(text, p);
}

/** Joined by a hyphen to more letters or digits: a part of a longer code, "AM-ER-2024" of "AM-ER-2024-019". */
function partOfLongerCode(text: string, p: Span): boolean {
  // (Only what follows: a country's or a trailer's letters may come before a plate, "TIR-KL 418".)
  // (Not a slash after letters: a plate's region is written after one, "А 123 ВС/77"; but a letter and a hyphen before and
  // a slash and a year after make a file's number of it, "K-DO-31/2024"; two plates may share a slash, "02/123 ABC 05".)
  return /^-[\p{L}\d]/u.test(text.slice(p.end, p.end + 2)) || (/\p{Lu}-$/u.test(text.slice(Math.max(0, p.start - 2), p.start)) && /^\/(?:19|20)\d\d(?!\d)/.test(text.slice(p.end, p.end + 6)));
}

/**
 * A day and a time, no plate: "THU 15:30", "SAT 14" (a weekday written short before a day's number or an hour), or a
 * plate's shape ending in an hour that a colon and minutes follow.
 */
function dayAndTime(text: string, plate: Span): boolean {
  const value = text.slice(plate.start, plate.end);
  return WEEKDAY_AND_NUMBER.test(value) || (/(?<![\d])\d{1,2}$/.test(value) && /^[:.]\d{2}(?!\d)/.test(text.slice(plate.end, plate.end + 4)));
}
const WEEKDAY_AND_NUMBER = /^(?:MON|TUE|TUES|WED|THU|THUR|THURS|FRI|SAT|SUN|ПН|ВТ|СР|ЧТ|ПТ|СБ|ВС)[ -]?\d{1,2}$/;

/** A sum and its currency's code, no plate of any shape: 3 000 TL, 500 EUR (an Estonian plate's shape), 20 000 KZT, 10 000 rub. */
function sum(value: string): boolean {
  const m = /^\d{1,3}(?: \d{3})*\s?(\p{L}{2,4})$/u.exec(value);
  return m !== null && CURRENCY_WORD.test(m[1]);
}

/**
 * A make and its model, or a model right after its make (BMW X5, VW T5, Lexus RX 350, Mercedes E 200): a car, no plate.
 * A model is one or two capitals and at most three digits; a plate has more.
 */
function carModel(text: string, plate: Span): boolean {
  const value = text.slice(plate.start, plate.end);
  const own = /^(\p{L}+)[ -](.+)$/u.exec(value);
  if (own && CAR_MAKES.test(own[1]) && MODEL.test(own[2])) return true;
  // (A Soviet make's model is its number, of three to five digits: "ВАЗ-2114", "ГАЗ-3110", "UAZ 469"; but not right after a
  // plate's word, "Plate GAZ-123", where those letters are a plate's.)
  if (own && SOVIET_MAKES.test(own[1]) && /^\d{3,5}$/.test(own[2]) && !PLATE_WORD_BEFORE.test(text.slice(Math.max(0, plate.start - 16), plate.start))) return true;
  const before = /(\p{L}+)[ -]$/u.exec(text.slice(Math.max(0, plate.start - 16), plate.start));
  return before !== null && CAR_MAKES.test(before[1]) && MODEL.test(value);
}
/** A car's make (lower or any case), as written or in a Russian case form (на Лексусе): its model's number is no house. */
export function carMake(word: string): boolean {
  return CAR_MAKES.test(word) || (/[а-яё]$/iu.test(word) && (CAR_MAKES.test(word.slice(0, -1)) || CAR_MAKES.test(word.slice(0, -2))));
}
/** Three-letter English words that a plate's lower-case letters could spell (the, and, for, ...). */
const LOWER_CASE_WORDS = new Set('the and for but not was are has had her his him she you our who why how all any one two six ten per via off out own yet now new old'.split(' '));
const CAR_MAKES = /^(?:bmw|vw|audi|lexus|mercedes|benz|toyota|kia|hyundai|nissan|honda|mazda|volvo|skoda|škoda|opel|ford|porsche|infiniti|ауди|бмв|лексус|мерседес|тойота|киа|хендай|ниссан|мазда|вольво|шкода|опель|форд)$/iu;
const MODEL = /^[A-Z]{1,2}[ -]?\d{1,3}[a-z]?$/;
const SOVIET_MAKES = /^(?:ваз|газ|уаз|заз|зил|камаз|лада|vaz|gaz|uaz|zaz|zil|kamaz|lada)$/iu;
// (Or "reg.", a registration's word before a plate's letters.)
const PLATE_WORD_BEFORE = new RegExp(String.raw`(?:${PLATE_WORDS}|${NUMBER_WORD}|reg\.?)[\s:]*$`, 'iu');

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

/** A plate in lower case has four digits or more and no group of letters that is a short word ("car came at 10 am"). */
// (Nor a word of the dictionaries: "car 0713" is the car's word and its plate's first group.)
function lowerPlate(value: string): boolean {
  return (value.match(/\d/g)?.length ?? 0) >= 4 && !(value.match(/\p{L}+/gu) ?? []).some((w) => LOWER_CASE_WORDS.has(w) || SHORT_WORDS.has(w) || (w.length >= 3 && (englishLexicon().has(w) || russianLexicon().has(w))));
}
const SHORT_WORDS = new Set('at am pm in on to of is it be by we he me my no so do go up us an or as if ok tv hr min km sec та на до по от из за не ни но да ли же то ты он мы вы их её ее им ей ем уж вот как так час мин лет раз тыс она оно они его ему нам вам мне был это там тут где кто что чем'.split(' '));
/** Digits, a space and two lower-case letters or more: a plate in lower case may be written here. */
const LOWER_PLATE = /\d\s?[a-zа-яё]{2,3}(?![\p{L}])/u;
/** A plate's word, then its plate of letters and digits in lower case, one word (up to three groups joined by hyphens). */
const PARTIAL_PLATE = new RegExp(String.raw`(?:${PLATE_WORDS})[^.!?\n]{0,40}?[\s:–—-]((?:[A-ZА-ЯЁ0-9]{1,4}[-\s]){0,2}[A-ZА-ЯЁ0-9]{1,4}[-\s]?)(\.{2,3}|…)`, 'giu');
const PLATE_WORD_THEN = new RegExp(String.raw`(?<![\p{L}])(?:${PLATE_WORDS})\s?[:#]?\s?([a-zа-яё0-9]{2,9}(?:-[a-zа-яё0-9]{1,4}){0,2})(?![\p{L}0-9])`, 'giu');
/** The syllables of Korean plates, romanised and in Cyrillic (가 ga га, 라 ra ра, 허 heo хо ...); not those that are Russian or English words (на, до, no, so). */
const KOREAN_PLATE_SYLLABLES = new Set(
  `ga na da ra ma geo neo deo reo meo beo seo eo jeo go ro mo bo jo gu nu du ru mu bu su ju ba sa ja ha heo ho bae
   га ра ма го ро мо бо чо гу ну ду ру му бу су чу ба са ча ха хо хе гё нё дё рё мё бё сё чё пэ`.split(/\s+/),
);
/** A Korean plate written in Latin or Cyrillic letters after "номер" or "plate" (номер 52 ра 7719, plate 31 ba 4470). */
const KOREAN_PLATE_AFTER_WORD = new RegExp(String.raw`(?<![\p{L}])(?:${PLATE_WORDS}|${NUMBER_WORD})\s?[:#№]?\s?(\d{2,3}\s?[a-zа-яё]{1,2}\s\d{4})(?![\p{L}0-9])`, 'giu');

/** Sticky: it starts where a run of letters and digits starts, and is tried only there (not where a lower-case letter is second: see shapeStarts). */
const PLATE_SHAPE = /(?<![\p{L}0-9])[\p{Lu}\d]{1,4}(?:[ -][\p{Lu}\d]{1,5}){0,2}(?![\p{L}0-9])/uy;
/** Words that say a car is being talked about: the next letters-and-digits group is its plate. */
const CAR_WORDS =
  '\\bcar\\b|\\bcars\\b|plate|gazelle|gazel\\b|гольф|lorry|lorries|truck|pickup|pick-up|hilux|navara|пикап\\p{L}*|мерс[аеу]?|\\btir\\b|trailer|minibus|minivan|микроавтобус\\p{L}*|грузовик|фур[аеуы]|фурой|gelik|гелик|гелике|бусик|бусике|бусиком|(?<!\\p{L})бус(?:[аеу]|ом)?(?!\\p{L})|крузак|прадик|камрюх|vehicle|drives|drove|driving|taxi|rover|niva|нив[аеуы]|пассат|солярис|рапид|приус|тесл|tesla|ларгус|калин|королл|спортейдж|сандеро|дастер|ласетти|джентр|патриот|тигуан|лансер|аутлендер|jaguar|cadillac|benz|insignia|corsa|корс|malibu|малибу|captiva|каптива|damas|дамас|ситроен|рено|пежо|фиат|дачи|хёндай|хендэ|джили|чери|хавал|лексус|инфинити|ровер|chrysler|dodge|buick|приезжа|приехал|подъезжа|подъехал|ездил|ездит|ездят|\\bvan\\b|jeep|машин|авто|госномер|номер[а]? машин|такси|мерседес|тойот|камри|ланос|лада|ладе|ладу|гранту|девятк|восьмерк|восьмёрк|семерк|семёрк|шестерк|шестёрк|гранта|прадо|(?<!\\p{L})вест(?:[аеуы]|ой)(?!\\p{L})|приора|нексия|кобальт|спринтер|passat|opel|astra|škoda|skoda|octavia|fabia|dacia|logan|audi|golf|prius|doblo|grandeur|bmw|mercedes|toyota|camry|lanos|nexia|cobalt|spark|kia|hyundai|sonata|nissan|ford|honda|lexus|volkswagen|\\bvw\\b|renault|fiat|peugeot|mazda|lada|granta|priora|sprinter|transit|volvo|jeep|mitsubishi|subaru|suzuki|chery|geely|ауди|бмв|опел|шкод|фольксваген|хонд|ниссан|хендай|хундай|форд|мазд|вольво|джип|митсубиси|мицубиси|субару|сузуки|дэу|матиз|жигул|газел|уаз|октави|фабия|логан|clio|megane|zafira|зафир|sandero|duster|corolla|solaris|tiguan|lancer|outlander|kangoo|berlingo|vito|rav4|prado|largus|vesta|kalina|matiz|gentra|lacetti|cerato|egea|tofaş|tofas|linea|elantra|tucson|creta|крета|jetta|vitara|qashqai|sorento|sportage|cruze|aveo|equinox|kodiaq|karoq|i30|i40|ix35|x-trail|juke|micra|fiesta|mondeo|insignia|mokka|ceed|picanto|yaris|auris|camry|transporter|crafter|caddy|parked|припаркова|нисан';
// (Each word at a word's start: "Javastraat" holds no Opel Astra.)
const CAR_CONTEXT = new RegExp(`(?<![\\p{L}])(?:${CAR_WORDS})[^.!?\\n]{0,40}$`, 'iu');
/** A car word anywhere in the text (without the word boundaries, which a window's edge can make true). For `test` only. */
const CAR_NAME = carName(CAR_WORDS.replaceAll('\\b', '').split('|'));
/** As new RegExp(`(?:${words.join('|')})`, 'iu') for `test`: the literal words as a trie (see anyWordPattern), the others as they are. */
function carName(words: string[]): RegExp {
  const literal = words.filter((w) => /^[\p{L}\p{M} ]+$/u.test(w));
  const others = words.filter((w) => !literal.includes(w));
  return new RegExp([anyWordPattern(literal, 'iu').source, ...others].join('|'), 'iu');
}
