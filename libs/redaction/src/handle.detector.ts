import { isDigitCode, isLetter, matchesAt } from './document';
import { englishLexicon } from './lexicon/dictionaries';
import type { Span } from './types';

const span = (start: number, end: number, type: Span['type'], rule: string, confidence: number): Span => ({ start, end, type, rule, confidence });

// (The words said for a handle's dot, underscore or hyphen, and an address's "at", maybe in quotes: see detectHandles.)
const SPOKEN_JOINER = /(?<![\p{L}])(?:dot|underscore|точка|подч[её]ркивание|собака)(?![\p{L}])/iu;
const JOINER = String.raw`[^\S\n]['"’]?(?:dot|underscore|dash|hyphen|at|точка|нижнее[^\S\n]подч[её]ркивание|подч[её]ркивание|дефис|собака)['"’]?[^\S\n]`;
const SPOKEN_HANDLE = new RegExp(String.raw`(?<![\p{L}\d_.@])[\p{L}\d_.]+(?:${JOINER}[\p{L}\d_.]+)+`, 'giu');
const SPOKEN_AT = /[^\S\n]['"’]?(?:at|собака)['"’]?[^\S\n]/iu;
const SPOKEN_HANDLE_CUE =
  /(?<![\p{L}])(?:insta\p{L}*|инст\p{L}*|ig|tg|telegram\p{L}*|телег\p{L}*|ник\p{L}*|nick\p{L}*|handle|username|user\s?name|login|логин\p{L}*|vk|вк|tiktok|тикток\p{L}*|snap\p{L}*|onlyfans|profile|профил\p{L}*|аккаунт\p{L}*|account|page|страниц\p{L}*|whats\s?app|signal|viber|skype)(?![\p{L}])[^.!?\n]{0,30}$/iu;

/** Social-media handles and profile links. */
export function detectHandles(text: string): Span[] {
  const out: Span[] = [];
  const links =
    /(?:https?:\/\/)?(?:www\.)?(?:instagram\.com|insta\.gram|t\.me|telegram\.me|vk\.com|vk\.ru|facebook\.com|fb\.com|tiktok\.com|ok\.ru|twitter\.com|x\.com|wa\.me|m\.me|youtube\.com)\/\+?[\p{L}0-9_.@\-/]+[\p{L}0-9_]/giu;
  // (Every such link has one of those domains and a slash: ".com/", ".gram/", ".me/" or ".ru/".)
  for (const m of LINK_DOMAIN.test(text) ? text.matchAll(links) : []) out.push(span(m.index!, m.index! + m[0].length, 'HANDLE', 'handle.link', 0.98));
  // A Skype ID as Skype writes it (live:.cid.8f3a2b1c9d, live:aida.k_91).
  if (text.includes('live:')) {
    SKYPE_ID.lastIndex = 0;
    for (let m = SKYPE_ID.exec(text); m; m = SKYPE_ID.exec(text)) out.push(span(m.index, m.index + m[0].length, 'HANDLE', 'handle.skype', 0.95));
  }
  // Profile links on any site (escort boards such as roksa.pl, sexguide.cz, vivastreet): a domain with a path.
  // Only where a top-level domain and a slash are (".pl/"): the full pattern is costly to try at every word.
  for (const m of PROFILE_DOMAIN.test(text) ? text.matchAll(PROFILE_LINK) : []) {
    out.push(span(m.index!, m.index! + m[0].length, 'HANDLE', 'handle.profile-link', 0.9));
  }
  // A handle or an address said in words, its dots and underscores named, as a call's notes or a dictated message write it:
  // "insta: nino dot b dot 95", "tg kamola underscore ist underscore 21", "ник гуля точка алматы", "leyla_m 'at' yandex
  // 'dot' ru". Only after a word of a profile or a messenger (or as an address: a name, "at" and a domain with its dot).
  if (SPOKEN_JOINER.test(text)) {
    for (const m of text.matchAll(SPOKEN_HANDLE)) {
      const email = SPOKEN_AT.test(m[0]);
      if (!email && !SPOKEN_HANDLE_CUE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
      if (email && !/(?:dot|точка)['"’]?\s\p{L}{2,6}$/iu.test(m[0])) continue;
      out.push(span(m.index, m.index + m[0].length, email ? 'EMAIL' : 'HANDLE', email ? 'email.spoken' : 'handle.spoken', 0.75));
    }
  }
  // Messenger IDs without "@": "KakaoTalk ID dimon_ansan", "Telegram: lola_almaty", "ник в телеге sweet_kz", "Viber, her ID x",
  // "her imo, maral.tm94".
  for (const m of matchesAt(MESSENGER_ID, text, messengerNames(text))) {
    const id = m[1];
    if (!/\p{L}/u.test(id)) continue;
    if (/[_.\d]/.test(id) || /(?:id|nick|username|login|ник|логин)\W*$/i.test(m[0].slice(0, -id.length))) {
      const start = m.index! + m[0].length - id.length;
      out.push(span(start, start + id.length, 'HANDLE', 'handle.messenger-id', 0.85));
    }
  }
  // A username written bare, wherever it is ("In Kakao I am dilya_ansan93", "her login is sweet_lola"): letters and digits
  // joined by an underscore, which no word of a narrative has; not part of a link, a path, an e-mail or a file name.
  // (Tried only at the start of each run of ASCII letters, digits, dots and underscores that holds an underscore: a match
  // can start nowhere else, since the look-behind refuses a start inside such a run.)
  for (let u = text.indexOf('_'), end = 0; u >= 0; u = text.indexOf('_', Math.max(u + 1, end))) {
    let start = u;
    while (start > 0 && usernameChar(text.charCodeAt(start - 1))) start--;
    end = u + 1;
    while (end < text.length && usernameChar(text.charCodeAt(end))) end++;
    BARE_USERNAME.lastIndex = start;
    const m = BARE_USERNAME.exec(text);
    // (With a digit, or a part no English word, "stas_spb_real": snake_case words such as case_status are no one's.)
    // (Or after a word about an account; or a messenger named before it in its sentence: "Instagram вербовщицы:
    // sevinc_beauty_dxb"; or a profile or an advertisement named a few words before: "Профиль на сайте объявлений roksa.pl:
    // hanna_krk_vip".)
    // (Digits alone between the underscores are a phone's groups, "8(903)418_27_60": left to the phone detector.)
    if (m && !FILE_NAME.test(m[0]) && /[A-Za-z]/.test(m[0]) && (/\d/.test(m[0]) || !wordsOnly(m[0]) || ACCOUNT_CUE.test(text.slice(Math.max(0, start - 40), start)) || MESSENGER_IN_SENTENCE.test(text.slice(Math.max(0, start - 64), start)) || PROFILE_IN_SENTENCE.test(text.slice(Math.max(0, start - 64), start))) && !out.some((s) => s.start <= start && start < s.end)) {
      out.push(span(start, start + m[0].length, 'HANDLE', 'handle.bare-username', 0.8));
    }
  }
  // A username with dots after a word about an account (ник kolya.boss, on VK as ruslan.kazan, с аккаунта anna.vip).
  for (const m of LETTER_DOT_LETTER.test(text) ? text.matchAll(DOTTED_USERNAME) : []) {
    // (Not an abbreviation with its full stop, "such as U.S.", "as St.Petersburg": a username's first part has three letters.)
    // (Or one with a digit or an underscore, a messenger named earlier in its sentence: 'on Snapchat she is "Lucia H.", lucia.hrv97'.)
    const before = text.slice(Math.max(0, m.index - 64), m.index);
    // (Or its messenger named in a bracket right after it: "sitora.dush (imo)".)
    // (Or with an underscore: "в инсте у неё nazgul.esenbaeva_".)
    // (Or after a colon, a messenger named earlier in its sentence: "the insta of the sergeant: almaz.karakol".)
    // (Or one that ends in a number, a part of letters after a dot: "kairat.kz.777", "mr.kg777"; not "art.12", "v.2.0".)
    const numbered = NUMBERED_USERNAME.test(m[0]);
    // (Or one in quotes whose network is named after it in its sentence: '"hovo.yerevan" has disappeared from Hornet'.)
    const quotedBeforeNetwork = OPENING_QUOTE.test(before.slice(-1)) && MESSENGER_LATER_IN_SENTENCE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 64));
    const cued = numbered || quotedBeforeNetwork || ACCOUNT_CUE.test(before.slice(-40)) || ((/[\d_]/.test(m[0]) || /:\s?$/.test(before)) && MESSENGER_IN_SENTENCE.test(before)) || MESSENGER_IN_BRACKET_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16));
    if (FILE_NAME.test(m[0]) || (/^[A-Za-z]{1,2}\./.test(m[0]) && !numbered) || !cued || out.some((s) => s.start <= m.index && m.index < s.end)) continue;
    out.push(span(m.index, m.index + m[0].length, 'HANDLE', 'handle.dotted-username', 0.8));
  }
  // A forum's or a site's user called by a name that ends in digits: "A user called hardrijder66 posted a review".
  // (And every other mention of that name: "She believes hardrijder66 is a client".)
  // (Each name looked for once, and at most sixteen names: the search stays linear on a text that names thousands.)
  const called = new Set<string>();
  for (const m of /called|named/i.test(text) ? text.matchAll(USER_CALLED) : []) {
    if (called.has(m[1])) continue;
    if (called.size >= 16) {
      out.push(span(m.index + m[0].length - m[1].length, m.index + m[0].length, 'HANDLE', 'handle.user-called', 0.8));
      continue;
    }
    called.add(m[1]);
    // (At most 32 mentions of each: the spans found are asked about by later rules, one by one.)
    let mentions = 0;
    for (let at = text.indexOf(m[1]); at >= 0 && mentions < 32; at = text.indexOf(m[1], at + m[1].length)) {
      if (!isWordChar(text.charCodeAt(at - 1)) && !isWordChar(text.charCodeAt(at + m[1].length))) mentions++;
      if (!isWordChar(text.charCodeAt(at - 1)) && !isWordChar(text.charCodeAt(at + m[1].length))) out.push(span(at, at + m[1].length, 'HANDLE', 'handle.user-called', 0.8));
    }
  }
  // An account's number on a site after its word: "user id u148830271", "profile ID 4481233", "ID профиля 4481233".
  if (USER_ID_WORD.test(text)) for (const m of text.matchAll(USER_ID)) out.push(span(m.index + m[0].length - m[1].length, m.index + m[0].length, 'HANDLE', 'handle.user-id', 0.8));
  // (A VK page's own address without its site, "in VK (id481277903)", "ВК: id48127790".)
  if (VK_WORD.test(text)) for (const m of text.matchAll(VK_ID)) if (VK_WORD.test(text.slice(Math.max(0, m.index - 40), m.index))) out.push(span(m.index, m.index + m[0].length, 'HANDLE', 'handle.user-id', 0.8));
  // A chat's writer that is a username, at its line's start after the time: "[22:14] Marat_KZ: …", "[14:02] Мага_777: …".
  for (const m of text.includes('_') ? text.matchAll(CHAT_WRITER_USERNAME) : []) {
    const start = m.index + m[0].length - m[1].length;
    if (!out.some((s) => s.start <= start && start < s.end)) out.push(span(start, start + m[1].length, 'HANDLE', 'handle.chat-writer', 0.85));
  }
  // A comment's or a message's writer that is a username, opening its line before a colon or its display name, as
  // screenshots are copied: "ruslan.krg: ты следующая", "1. dato.tsiklauri77 (display: …)", "user4490217783: …".
  for (const m of text.matchAll(LINE_WRITER_USERNAME)) {
    const start = m.index + m[0].length - m[1].length;
    // (Not a form's label in snake case, every part a word: "case_status: open", "next_step: call".)
    if (!wordsOnly(m[1]) && !FILE_NAME.test(m[1]) && !out.some((s) => s.start <= start && start < s.end)) out.push(span(start, start + m[1].length, 'HANDLE', 'handle.line-writer', 0.8));
  }
  // A profile's name in quotes after its word, with a digit or a capital inside: 'a client from Grindr, profile "VereBear41"'.
  for (const m of text.includes('"') || text.includes('«') || text.includes('“') ? text.matchAll(QUOTED_PROFILE_NAME) : []) {
    const start = m.index + 1;
    if (ACCOUNT_CUE.test(text.slice(Math.max(0, m.index - 40), start)) && !out.some((s) => s.start <= start && start < s.end)) out.push(span(start, start + m[1].length, 'HANDLE', 'handle.quoted-profile', 0.8));
  }
  // (Latin letters with their marks too, as a writer types them: "@lola_lv_rīga".)
  for (const m of text.matchAll(/(?<![\p{L}0-9._%+-])@[A-Za-z0-9_](?:[\p{Script=Latin}0-9_.]*[\p{Script=Latin}0-9_])?/gu)) {
    if (m[0].length >= 3) out.push(span(m.index!, m.index! + m[0].length, 'HANDLE', 'handle.at', 0.95));
  }
  // A username written in Cyrillic letters as the woman spelled it out, with a digit or an underscore in it: @жандос_тараз.
  for (const m of text.includes('@') ? text.matchAll(CYRILLIC_AT_HANDLE) : []) out.push(span(m.index, m.index + m[0].length, 'HANDLE', 'handle.at-cyrillic', 0.8));
  // Or without "@", words joined by underscores with a digit, as a profile's name: "Камилла_азиатка_19".
  for (const m of text.includes('_') ? text.matchAll(CYRILLIC_BARE_HANDLE) : []) if (!out.some((s) => s.start <= m.index && m.index < s.end)) out.push(span(m.index, m.index + m[0].length, 'HANDLE', 'handle.bare-cyrillic', 0.8));
  return out;
}

/** Every part of a name in snake case or with dots a word of English (or a letter): a form's label, "case_status", "next_step". */
export function wordsOnly(name: string): boolean {
  return name.split(/[._]+/).every((part) => part.length < 2 || englishLexicon().has(part.toLowerCase()));
}
/** A name in quotes of ASCII letters and digits with a digit, or a capital after its first letter (VereBear41, SweetLola). */
const QUOTED_PROFILE_NAME = /["«“](?=[A-Za-z0-9_.]*(?:\d|[a-z][A-Z]))([A-Za-z][A-Za-z0-9_.]{2,30}[A-Za-z0-9_])["»”]/g;
// (Not a court's stand-in for a name in capitals, "ОСОБА_1", nor a file's name, "скрин_сторис_05".)
const CYRILLIC_BARE_HANDLE = /(?<![\p{L}0-9_@.])(?=[\p{L}0-9_]*\d)(?=[\p{L}0-9_]*[а-яё])(?!(?:[Сс]крин|[Сс]криншот|[Фф]ото|[Вв]идео|[Фф]айл|[Дд]окумент|[Аа]удио|[Гг]олосов\p{L}*|[Зз]апись|[Сс]торис)_)[а-яёА-ЯЁ][а-яёА-ЯЁa-z0-9]*(?:_[а-яёА-ЯЁa-z0-9]+)+_*(?![\p{L}0-9_@])/gu;
const CYRILLIC_AT_HANDLE = /(?<![\p{L}0-9._%+-])@(?=[\p{L}0-9_.]*[_0-9])(?=[A-Za-z0-9_.]*[а-яё])[а-яёa-z0-9_](?:[а-яёa-z0-9_.]*[а-яёa-z0-9_])?(?![\p{L}0-9])/giu;

/**
 * A username in lower case (parts joined by dots or underscores, or letters and four digits or more) opening a line, maybe
 * numbered or after a chat's time in brackets ("[02:14] andrei.bv.official: …"), before a colon or "(display".
 */
const LINE_WRITER_USERNAME =
  /(?:^|\n)[^\S\n]*(?:\d{1,3}[.)][^\S\n]+|\[[^\]\n]{1,25}\][^\S\n]*)?(_?[a-z][a-z0-9]+(?:[._]{1,2}[a-z0-9]+)+_*|[a-z]{3,}\d{4,})(?=:[^\S\n]|[^\S\n]\((?:display|name|имя|ник))/g;
/** A file's name (voice_2024-03-01.ogg, IMG_4412.jpg, IMG_4412): no username. */
export const FILE_NAME = /^(?:IMG|DSC|VID|PXL|AUD|PTT|WA\d|Screenshot|scan|photo|voice|audio|video|file|doc)_|\.(?:pdf|docx?|odt|rtf|txt|py|js|ts|sh|json|xml|log|jpe?g|png|gif|heic|webp|mp[34]|m4a|ogg|opus|wav|mov|avi|zip|rar|xlsx?|csv|pptx?|html?)$/i;
// (Latin letters with marks too, as Turkish and Czech users type them: "tatlı_adam_07".)
export const BARE_USERNAME = /(?<![\p{L}0-9_@./:\\-])[A-Za-z0-9À-ÖØ-öø-ɏ]+(?:[._][A-Za-z0-9À-ÖØ-öø-ɏ]+)*_[A-Za-z0-9À-ÖØ-öø-ɏ]+(?:[._][A-Za-z0-9À-ÖØ-öø-ɏ]+)*_*(?![\p{L}0-9_@/\\-]|\.[A-Za-z0-9])/uy;
const LETTER_DOT_LETTER = /[A-Za-z0-9]\.[A-Za-z]/;
const DOTTED_USERNAME = /(?<![\p{L}0-9_@./:\\-])[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)+(?![\p{L}0-9_@/\\-]|\.[A-Za-z0-9])/gu;
/** A letter, a digit or '_' (a username's character); none before the text's start or after its end. */
function isWordChar(c: number): boolean {
  return !Number.isNaN(c) && (isLetter(c) || isDigitCode(c) || c === 0x5f);
}
const USER_CALLED = /(?<![\p{L}])(?:user|member|profile|account|punter)[^\S\n]+(?:called|named)[^\S\n]+["«“]?([A-Za-z][A-Za-z0-9_.]{1,30}?\d{1,6})(?![\p{L}\d])/giu;
const USER_ID_WORD = /(?:user|profile|account)[ -]?id|id (?:профиля|пользователя|аккаунта)/i;
const USER_ID = /(?<![\p{L}])(?:(?:user|profile|account)[ -]?id|id[^\S\n](?:профиля|пользователя|аккаунта))[^\S\n]*(?:[:#][^\S\n]*)?([a-z]{0,3}\d{4,15})(?![\p{L}\d])/giu;
const VK_WORD = /(?<![\p{L}])(?:VK|ВК|vk|вк|[Вв]контакте|[Vv]kontakte)(?![\p{L}])/u;
const VK_ID = /(?<![\p{L}\d/._])id\d{5,10}(?![\p{L}\d])/gu;
const NUMBERED_USERNAME = /^(?=.*\d\d$)[a-z]{2,}(?:\.(?=[a-z0-9_]*[a-z]{2})[a-z0-9_]+)+(?:\.\d+)?$/;
const SKYPE_ID = /(?<![\p{L}0-9])live:\.?[A-Za-z0-9][A-Za-z0-9._-]{2,40}[A-Za-z0-9]/gu;
/** ASCII letters and digits, '.' and '_', and Latin letters with marks. */
const usernameChar = (c: number) => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x2e || c === 0x5f || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
/** What every link of the known sites above contains (same flags, so the same letters match). */
const LINK_DOMAIN = /\.(?:com|gram|me|ru)\//iu;
const PROFILE_LINK = /(?<![\p{L}0-9@._/-])(?:https?:\/\/)?(?:www\.)?[\p{L}0-9-]{2,}(?:\.[\p{L}0-9-]{2,})*\.[a-z]{2,10}\/[\p{L}0-9_.%\-/?=&@]*[\p{L}0-9_]/giu;
/** What every profile link contains (same flags, so the same letters match). */
const PROFILE_DOMAIN = /\.[a-z]{2,10}\//iu;
// (And the words for a handle itself: "advert handle jurga_vilnius_24", "username: lola.kz".)
const MESSENGERS = 'handle|username|user name|юзернейм|никнейм|kakaotalk|kakao|какаоток|какао|вичат[еа]?|telegram|telega|телеграм[еа]?|телег[аеуи]|signal|viber|вайбер[еа]?|whatsapp|line|wechat|weixin|zalo|imo|botim|instagram|инстаграм[еа]?|insta|инст[аеуы]?|tiktok|тикток\\p{L}*|snapchat|skype|discord|onlyfans|grindr|гриндр\\p{L}*|tinder|тиндер\\p{L}*|badoo|bumble|planetromeo|romeo|hornet|scruff|mamba|мамб[аеуы]|facebook|фейсбук\\p{L}*|фб|fb|одноклассник\\p{L}*|odnoklassniki|tg|тг';
/**
 * Words about an account before a username written bare or with dots (ник kolya.boss, on VK as ruslan.kazan, с аккаунта
 * anna.vip; a network's "name" or "id", and who: "her OnlyFans name is lil_kitty", "в инсте она katya.nsk").
 */
// (After the time in brackets, or at a line's start; with a digit or a capital in it: "case_status:" is a form's label.)
const CHAT_WRITER_USERNAME = /(?:(?:^|\n)[ \t]*(?:\[[^\]\n]{1,25}\][ \t]*)?|\[[^\]\n]{1,25}\][ \t]*)((?=[\p{L}\d._]*[\d\p{Lu}])[\p{L}\d][\p{L}\d.]*_[\p{L}\d._]*[\p{L}\d])(?=[ \t]*:[ \t])/gu;
const PROFILE_IN_SENTENCE = /(?<![\p{L}])(?:профил\p{L}*|profile|анкет\p{L}*|объявлени\p{L}*|advert\p{L}*|ad|listing)(?![\p{L}])[^!?\n]*$/iu;
const MESSENGER_IN_SENTENCE = new RegExp(`(?<![\\p{L}])(?:${MESSENGERS})(?![\\p{L}])[^.!?\\n]*$`, 'iu');
export const ACCOUNT_CUE = new RegExp(`(?<![\\p{L}])(?:${'account|profile|page|username|user name|user|пользовател\\p{L}*|nick|nickname|login|handle|calls himself|calls herself|as|ник|ником|ника|нику|никнейм|никнеймом|логин|аккаунт\\p{L}*|профил\\p{L}*|страниц\\p{L}*|в телеге|в инстаграме|vk|вк'}|${MESSENGERS})(?:\\s+(?:name|id|nick|nickname|ник))?(?:\\s+(?:она|он|я|she|he|i))?\\s*[:\\-–—(,]?\\s*(?:(?:is|was|called|named|business)\\s+)?["«“]?$`, 'iu');
const OPENING_QUOTE = /["«“]/;
const MESSENGER_LATER_IN_SENTENCE = new RegExp(`^["»”][^.!?\\n]*(?<![\\p{L}])(?:${MESSENGERS})(?![\\p{L}])`, 'iu');
const MESSENGER_IN_BRACKET_AFTER = new RegExp(`^ ?\\((?:${MESSENGERS})\\)`, 'iu');
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
  `(?<![\\p{L}0-9_])(?:${MESSENGERS})(?:(?:[,\\s]+|-)(?:(?:her|his|my|their|its|её|ее|его|мой|моя|их)\\s+)?(?:id|nick|username|login|ник|логин|акк|account))?(?:\\s*,)?\\s*[:\\-–]?\\s*(?:is\\s+|это\\s+)?([a-z0-9][a-z0-9_.]{2,30}[a-z0-9]_*)(?![\\p{L}0-9@])`,
  'iuy',
);
