import { AMBIGUOUS_NAMES, GIVEN_NAMES_CYRILLIC, GIVEN_NAMES_LATIN } from './data/given-names';
import { NON_NAME_WORDS, PLACE_WORDS_CYRILLIC, PLACE_WORDS_LATIN } from './data/places';
import { transliterations } from './transliterate';
import type { Span } from './types';

const lower = (s: string) => s.toLowerCase();

const GIVEN = new Set<string>();
for (const name of GIVEN_NAMES_CYRILLIC) {
  GIVEN.add(lower(name));
  for (const latin of transliterations(name)) GIVEN.add(latin);
}
for (const name of GIVEN_NAMES_LATIN) GIVEN.add(lower(name));

const NOT_NAMES = new Set<string>([...NON_NAME_WORDS, ...PLACE_WORDS_LATIN, 'asia', 'europe', 'america', 'african', 'ngo', 'kovcheg']);
for (const place of PLACE_WORDS_CYRILLIC) {
  NOT_NAMES.add(place);
  for (const latin of transliterations(place)) NOT_NAMES.add(latin);
}

const CYR = 'А-ЯЁа-яёӘәҒғҚқҢңӨөҰұҮүҺһІі';
const UPPER = /^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]/;
const CYRILLIC = /[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]/;

/** Russian case endings of names, longest first, with the nominative endings they may come from. */
const CASE_ENDINGS: Array<[string, string[]]> = [
  ['ою', ['а', 'я']], ['ею', ['я', 'а']], ['ой', ['а']], ['ей', ['я', 'й']], ['ом', ['', 'о']], ['ем', ['й', 'ь', '']], ['ём', ['ь', 'й', '']],
  ['ам', ['а']], ['ах', ['а']], ['у', ['а', '']], ['ю', ['я', 'й', 'ь']], ['ы', ['а']], ['и', ['я', 'а', 'ь', 'й']], ['е', ['а', 'я', '', 'й']],
  ['а', ['', 'о']], ['я', ['й', 'ь']],
];

/** The nominative forms a lower-case Cyrillic word may be an inflection of (including diminutive -к-/-ин forms). */
function lemmas(w: string): string[] {
  const out = [w];
  for (const [ending, bases] of CASE_ENDINGS) {
    if (w.length > ending.length + 2 && w.endsWith(ending)) for (const base of bases) out.push(w.slice(0, -ending.length) + base);
  }
  // Света → Светка/Светку/Светки; Люба → Любка; Катя → Катька; possessive гоша → гошин.
  for (const form of [...out]) {
    if (/[^аеиоуыэюя]ка$/.test(form)) out.push(form.slice(0, -2) + 'а');
    if (form.endsWith('ька')) out.push(form.slice(0, -3) + 'я');
  }
  // Only the short masculine form: "машина" (a car) is not Маша's.
  const possessive = /^(.{2,}[^аеиоуыэюя])(ин|ын)$/.exec(w);
  if (possessive) out.push(`${possessive[1]}а`, `${possessive[1]}я`);
  return out;
}

/** What the dictionaries say about one word, with its case forms looked up once. */
interface Lexicon {
  notName: boolean;
  given: boolean;
  ambiguous: boolean;
  /** Its nominative forms (Cyrillic), or the word itself. */
  lemmas: string[];
}

function lookUp(w: string, cyrillic: boolean): Lexicon {
  if (!cyrillic) {
    const given = GIVEN.has(w) || (w.length > 4 && w.endsWith('s') && GIVEN.has(w.slice(0, -1)));
    return { notName: NOT_NAMES.has(w), given, ambiguous: given && AMBIGUOUS_NAMES.has(w), lemmas: [w] };
  }
  const forms = lemmas(w);
  let notName = false;
  let given = false;
  let ambiguous = false;
  for (const l of forms) {
    if (NOT_NAMES.has(l)) notName = true;
    if (GIVEN.has(l)) given = true;
    if (AMBIGUOUS_NAMES.has(l)) ambiguous = true;
  }
  return { notName, given, ambiguous: given && ambiguous, lemmas: forms };
}

const SURNAME_CYR = new RegExp(
  `^[${CYR}]{2,}(ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|ская|цкий|цкая|енко|ук|юк|чук|ян|янц|швили|дзе|баев|баева|беков|бекова|улы|ұлы|кызы|қызы|уулу)(а|у|ым|ом|ой|е|ых|ыми|ым)?$`,
  'i',
);
/** Endings that are surnames even at the start of a sentence (-ина, -ская also end common nouns: Машина, Русская). */
const STRONG_SURNAME = new RegExp(`^[${CYR}]{2,}(ов|ев|ёв|баев|беков|енко|швили|дзе|улы|ұлы|кызы|қызы|уулу)(а|у|ым|ом|е)?$|^[A-Za-z]{2,}(ov|ev|yev|enko|baev|bayev|bekov|uly|kyzy|uulu|shvili|dze)$`, 'i');
const SURNAME_LAT = /^[a-z]{2,}(ov|ova|ev|eva|yev|yeva|enko|sky|skiy|skii|skaya|baev|baeva|bayev|bekov|bekova|uly|kyzy|uulu|yan|shvili|dze)$/i;
const PATRONYMIC = new RegExp(`^[${CYR}]{3,}(ович|евич|ич|овна|евна|ична|инична)(а|у|ем|ом|ой|е|ы)?$|^[a-z]{3,}(ovich|evich|ovna|evna|ichna|ievich|ievna)$`, 'i');

/** Words after which the next word is a person's name. */
const CUE_BEFORE = new Set(
  `лейтенант лейтенанта старший младший майор майора майором капитан капитана сержант сержанта подполковник полковник участковый участкового следователь следователя дежурный дежурного
   врач врача доктор психолог юрист юристу администратор администратора журналист журналиста сотрудник инспектор оперативник опер прапорщик
   подруга подруге подругу подруги подруг соседка соседки соседку сестра сестре сестру брат брата сын сына дочь муж мужа клиент клиента клиентка водитель таксист хозяин хозяйка мамочка тётя тетя дядя
   зовут звали зовите кличка прозвище имени представился представилась назвался назвалась назвавшийся назвавшаяся представившийся представившаяся
   officer lieutenant captain major sergeant detective inspector doctor dr nurse madam mr mrs ms miss
   friend sister brother cousin neighbour neighbor client driver landlord landlady boyfriend husband son daughter mother father
   called named nick nickname aka known`
    .split(/\s+/)
    .filter(Boolean),
);
/** Cues that name someone in quotes: called "Ruslan", кличка «Роза». */
const NAMING_CUES = new Set(
  'called named nick nickname aka known зовут звали кличка прозвище имени представился представилась назвался назвалась назвавшийся назвавшаяся'.split(' '),
);
const TITLE_WORDS = new Set('aunt uncle madam mister miss mrs mr ms dr тётя тетя дядя апа ага аға ака опа'.split(' '));

/** Kinship or respect terms written after a name (Серік аға, Bobur-aka, Shakhnoza-opa). */
const CUE_AFTER = /^(?:-|\s)(?:aka|opa|apa|aga|ake|eje|ака|опа|апа|аға|ага|апай|эже|хон|jon|джон|джан|jan)\b/i;
const VIRTUES = ['вера', 'надежда', 'любовь', 'hope', 'faith', 'joy', 'grace'];
const MONTHS = new Set(['may', 'april', 'june', 'march', 'august']);
const MONTH_BEFORE = new Set(['in', 'from', 'to', 'since', 'until', 'till', 'by', 'of', 'early', 'late', 'mid', 'last', 'next', 'this', 'since']);

interface Token {
  text: string;
  /** The text in lower case. */
  lower: string;
  start: number;
  end: number;
  cyrillic: boolean;
}

const WORD = /[\p{L}][\p{L}\p{M}]*/gu;

function tokenize(text: string): Token[] {
  // Lower-cased once for the whole text, unless that changes its length (İ): then word by word.
  const lowered = lower(text);
  const sameLength = lowered.length === text.length;
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    tokens.push({ text: m[0], lower: sameLength ? lowered.slice(start, end) : lower(m[0]), start, end, cyrillic: CYRILLIC.test(m[0]) });
  }
  return tokens;
}

/** Casual notes written without capitals: there, lower-case names count too. */
function isCasual(text: string): boolean {
  const starts = [...text.matchAll(/(?:^|[.!?]\s+|\n\s*)([\p{L}])/gu)].map((m) => m[1]);
  if (starts.length < 3) return false;
  return starts.filter((c) => c === c.toLowerCase()).length / starts.length >= 0.5;
}

const ABBREVIATIONS = /(?:^|[\s(])(?:dr|mr|mrs|ms|st|no|nr|ул|пр|г|им|тов|гр|д|[A-ZА-ЯЁ])\.\s*$/i;

function sentenceStart(text: string, at: number): boolean {
  if (ABBREVIATIONS.test(text.slice(Math.max(0, at - 6), at))) return false;
  const before = text.slice(Math.max(0, at - 4), at);
  return at === 0 || /(^|[.!?:»"“”]\s*|\n\s*)$/.test(before) || /[«"“(]\s*$/.test(before);
}

/**
 * Person names and nicknames in English and Russian (with Kazakh letters):
 * given names from a regional gazetteer in Cyrillic and their transliterations,
 * Russian case forms and diminutives, surnames and patronymics by their
 * endings, initials, and names introduced by a role or kinship word. Words
 * that are also names (вера, hope, may) need a capital and no word context.
 */
export function detectPersons(text: string): Span[] {
  const tokens = tokenize(text);
  const casual = isCasual(text);
  const hit = new Array<{ rule: string; confidence: number } | null>(tokens.length).fill(null);
  const between = (a: Token, b: Token) => text.slice(a.end, b.start);

  // Words repeat within a narrative: each is looked up once per call (nothing is kept between calls).
  const seenWords = new Map<string, Lexicon>();
  const lexicon = (i: number) => {
    const { lower: w, cyrillic } = tokens[i];
    let lex = seenWords.get(w);
    if (!lex) seenWords.set(w, (lex = lookUp(w, cyrillic)));
    return lex;
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const w = t.lower;
    const prev = tokens[i - 1];
    const prevWord = prev ? prev.lower : '';
    if (t.text.length < 2 || TITLE_WORDS.has(w) || CUE_BEFORE.has(w)) continue;
    const lex = lexicon(i);
    if (lex.notName) continue;
    // "Merey" etc. inside an e-mail, handle or URL is not a separate name.
    if ('@/._'.includes(text[t.start - 1] ?? '-') || ('@._/'.includes(text[t.end] ?? '-') && /^\w/.test(text[t.end + 1] ?? ''))) continue;
    const cap = UPPER.test(t.text);
    const before = text.slice(Math.max(0, t.start - 3), t.start);

    const cue =
      prev !== undefined &&
      CUE_BEFORE.has(prevWord) &&
      (/^[\s"«“'(,-]*$/.test(between(prev, t)) || (/^\.\s$/.test(between(prev, t)) && /^(dr|mr|mrs|ms)$/.test(prevWord)));
    // An opening quote (not a closing one) right before the word, after a naming cue.
    const quotedCue = /(?:^|[\s(])["«“']$/.test(before) && tokens.slice(Math.max(0, i - 3), i).some((p) => NAMING_CUES.has(p.lower));

    if (lex.ambiguous) {
      if (!cap && !(cue || quotedCue)) continue;
      const after = text.slice(t.end, t.end + 12);
      const nextWord = tokens[i + 1]?.lower ?? '';
      const monthLike = MONTHS.has(w) && (MONTH_BEFORE.has(prevWord) || /^\s*\d/.test(after));
      const virtue = VIRTUES.some((v) => lex.lemmas.includes(v) || w === v);
      const wordLike = virtue && /^\s+(в|во|к|на|in|of|that|for)\s/i.test(after) && !(cue || quotedCue) && !['говорит', 'said', 'says'].includes(nextWord);
      if (monthLike || wordLike) continue;
      hit[i] = { rule: 'person.gazetteer.ambiguous', confidence: 0.7 };
      continue;
    }
    if (lex.given && (cap || casual || cue || quotedCue)) {
      hit[i] = { rule: 'person.gazetteer', confidence: cap ? 0.9 : 0.75 };
      continue;
    }
    if (PATRONYMIC.test(t.text) && (cap || casual)) {
      hit[i] = { rule: 'person.patronymic', confidence: 0.9 };
      continue;
    }
    const surname = (t.cyrillic ? SURNAME_CYR : SURNAME_LAT).test(t.text) && t.text.length >= 5;
    if (surname && cap && !sentenceStartCommonWord(t.text) && (!sentenceStart(text, t.start) || STRONG_SURNAME.test(t.text))) {
      hit[i] = { rule: 'person.surname', confidence: 0.8 };
    } else if (surname && casual && !t.cyrillic) hit[i] = { rule: 'person.surname.casual', confidence: 0.6 };
    else if ((cue && cap) || quotedCue) hit[i] = { rule: 'person.cue', confidence: 0.7 };
    else if (cap) {
      const after = text.slice(t.end, t.end + 12);
      const suffixCue = CUE_AFTER.test(after);
      const initials = /^\s?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.\s?(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.)?/.test(after) && !/^\s?[A-ZА-Я]\.[a-zа-я]/.test(after);
      const ageAfter = /^\s*(?:\([^)]{1,40}\)\s*)?,\s*\d{1,2}\s*(?:,|год|лет|жаста|years|y\.o\.|\))/.test(after);
      if (suffixCue || (initials && !sentenceStart(text, t.start)) || (ageAfter && sentenceStart(text, t.start))) {
        hit[i] = { rule: 'person.context', confidence: 0.65 };
      }
    }
  }

  // A capitalised word right after or before a known part of a name is part of it (Vladimir Pak, Ким А.С.).
  for (let i = 0; i < tokens.length; i++) {
    if (hit[i]) continue;
    const t = tokens[i];
    if (!UPPER.test(t.text) || NOT_NAMES.has(t.lower) || t.text.length < 2) continue;
    const prevHit = i > 0 && hit[i - 1] && /^ $/.test(between(tokens[i - 1], t)) && hit[i - 1]!.rule !== 'person.gazetteer.ambiguous';
    const nextHit = hit[i + 1] && /^ $/.test(between(t, tokens[i + 1])) && PATRONYMIC.test(tokens[i + 1].text);
    if ((prevHit && !sentenceStart(text, t.start)) || nextHit) hit[i] = { rule: 'person.adjacent', confidence: 0.6 };
  }

  // Merge runs of name words (with initials) into spans.
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!hit[i]) continue;
    let start = tokens[i].start;
    let end = tokens[i].end;
    let confidence = hit[i]!.confidence;
    const rule = hit[i]!.rule;
    // Initials before: "А.С. Ким"
    const pre = /(?:^|[\s(])((?:[A-ZА-ЯЁ]\.\s?){1,2})$/.exec(text.slice(Math.max(0, start - 7), start));
    if (pre) start -= pre[1].length;
    while (i + 1 < tokens.length && hit[i + 1] && /^ $/.test(text.slice(end, tokens[i + 1].start))) {
      i++;
      end = tokens[i].end;
      confidence = Math.max(confidence, hit[i]!.confidence);
    }
    const initials = /^\s?(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.\s?){1,2}/.exec(text.slice(end, end + 8));
    if (initials && !/^\s?[A-ZА-Я]\.[a-zа-я]/.test(text.slice(end, end + 4))) end += initials[0].replace(/\s+$/, '').length;
    spans.push({ start, end, type: 'PERSON', rule, confidence });
  }
  return spans;
}

/** Capitalised Russian words with surname-like endings that are common at the start of a sentence. */
const COMMON_OV = new Set(['готов', 'таков', 'каков', 'итого', 'слов', 'домов', 'условий']);
function sentenceStartCommonWord(word: string): boolean {
  return COMMON_OV.has(lower(word));
}
