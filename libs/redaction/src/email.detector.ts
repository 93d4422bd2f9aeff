import type { Span } from './types';

const span = (start: number, end: number, type: Span['type'], rule: string, confidence: number): Span => ({ start, end, type, rule, confidence });

const EMAIL_LOCAL = /^[\p{L}0-9._%+-]$/u;
const EMAIL_DOMAIN = /[\p{L}0-9-]+(?:\.[\p{L}0-9-]+)*\.\p{L}{2,}/uy;

/**
 * An organisation's role account, no one's own: "help@migrantwomen-helpdesk.org", "info@lastrada.org.ua". Not on a mail
 * provider's domain, where anyone may call herself so.
 */
function roleAccount(local: string, domain: string): boolean {
  return ROLE_ACCOUNTS.has(local.toLowerCase()) && !FREE_MAIL.test(domain);
}
const ROLE_ACCOUNTS = new Set(
  'info help helpdesk hotline helpline contact contacts office support admin mail post team hello secretariat press media reception kontakt pomoc hilfe beratung office1 intake legal'.split(' '),
);
const FREE_MAIL = /^(?:gmail|googlemail|yahoo|outlook|hotmail|live|icloud|proton|protonmail|mail|inbox|bk|list|yandex|ya|rambler|ukr|i|meta|seznam|centrum|wp|o2|onet|interia|gmx|web|abv|freemail|citromail)\./i;

const SPACED_DOMAIN =
  /^(?:[ \n][\p{L}0-9-]+(?:\.[\p{L}0-9-]+)*\.|[\p{L}0-9-]+(?:\.[\p{L}0-9-]+)* \.)(?:com|net|org|info|ru|kz|kg|uz|tj|tm|ua|md|ge|am|az|by|de|at|ch|pl|cz|sk|hu|ro|bg|rs|hr|si|ba|me|mk|al|lt|lv|ee|tr|il|cy|gr|it|es|fr|uk|nl|se|no|fi|dk|eu)(?![\p{L}\d])/u;

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
    // (Or with one stray space typed, scanned or pasted in after "@" (or a line's break) or before its last dot, a
    // country's or a common ending after it: "milica.j_96@ gmail.com", "lyuda.sher94@gmail .com".)
    const domain = EMAIL_DOMAIN.exec(text)?.[0] ?? SPACED_DOMAIN.exec(text.slice(at + 1, at + 80))?.[0];
    if (domain === undefined) continue;
    from = at + 1 + domain.length;
    if (!roleAccount(text.slice(start, at), domain.trimStart().replace(' ', ''))) out.push(span(start, from, 'EMAIL', 'email', 0.99));
    at = from - 1;
  }
  // Addresses disguised against harvesting: marta.k[at]ukr.net, aida(собака)mail.ru, "aida dot k at gmail dot com".
  // Looked for from each word for "at": the domain rightwards, the local part in the 64 characters before it.
  if (disguised(text)) {
    for (const marker of text.matchAll(AT_WORD)) {
      // (A spaced "@" is as weak as a plain "at": "meet @ 5 . ok" is no address; "cholpon . asan @ gmail . com" is.)
      const bracketed = marker[1] !== undefined && !marker[1].includes('@');
      // ("собака" as a word is no dog before a Latin domain written with its dots: "shahzoda2001 собака umail точка uz".)
      const domainRe = bracketed || /собака/iu.test(marker[0]) ? DOMAIN_AFTER : PROVIDER_DOMAIN_AFTER;
      domainRe.lastIndex = marker.index + marker[0].length;
      const domain = domainRe.exec(text);
      if (!domain) continue;
      const local = LOCAL_BEFORE.exec(text.slice(Math.max(0, marker.index - 64), marker.index));
      // (Before a plain "at", not a word of a sentence: "we met at mail.ru's office".)
      if (!local || (!bracketed && NOT_LOCAL.has(local[0].toLowerCase()))) continue;
      out.push(span(marker.index - local[0].length, domainRe.lastIndex, 'EMAIL', 'email.disguised', 0.9));
    }
  }
  return out;
}

// (A dot spaced out, "cholpon . asan", or in braces, "seznam {dot} cz", too.)
const DOT = String.raw`(?:\.|\s?\[dot\]\s?|\s?\(dot\)\s?|\s?\{dot\}\s?|\s(?:dot|точка|\.)\s)`;
const PART = String.raw`[A-Za-z0-9_%+-]+`;
/** Free mail providers: "at" written as a plain word counts only before one of them ("works at Kaspi.kz" is no address). */
const PROVIDERS = 'gmail|googlemail|mail|yandex|ya|ukr|inbox|bk|list|rambler|yahoo|outlook|hotmail|live|icloud|proton|protonmail|abv|seznam|wp|o2|onet|interia|gmx|web|freemail|yopmail|meta|i';
/**
 * Whether the text writes "at" or "dot" as disguised addresses do (asked of every narrative, so by plain searches: one
 * pattern of alternatives over the whole text cost 5 % of the detector), "at" as a word only before a provider's name.
 */
function disguised(text: string): boolean {
  if (text.includes('at]') || text.includes('at)') || text.includes('at}') || text.includes('AT]') || text.includes('AT)')) return true;
  if (text.includes('собак') || text.includes(' dot ') || text.includes('dot]') || text.includes('dot)') || text.includes('dot}') || text.includes(' точка ') || text.includes(' @ ')) return true;
  for (let at = text.indexOf(' at '); at >= 0; at = text.indexOf(' at ', at + 1)) {
    PROVIDER_AFTER_AT.lastIndex = at + 4;
    if (PROVIDER_AFTER_AT.test(text)) return true;
  }
  return false;
}
const PROVIDER_AFTER_AT = new RegExp(String.raw`(?:${PROVIDERS})[.\s\[(]`, 'iy');
/** Words before "at" in a sentence about a place that writers use before a provider's name. */
const NOT_LOCAL = new Set(['met', 'meet', 'meets', 'work', 'works', 'worked', 'working', 'job', 'is', 'was', 'are', 'were', 'be', 'been', 'me', 'us', 'him', 'her', 'them', 'it', 'office', 'here', 'there', 'stay', 'stays', 'stayed', 'live', 'lives', 'lived', 'study', 'studies', 'studied', 'arrived', 'found', 'seen', 'registered', 'account', 'profile', 'interview', 'interviewed']);
/** "at" in brackets or "@" between spaces (group 1), or as a word between spaces. */
const AT_WORD = /(\s?(?:\[at\]|\(at\)|\{at\}|\[собака\]|\(собака\)|\{собака\})\s?|\s@\s)|\s(?:at|собака)\s/giu;
const DOMAIN_AFTER = new RegExp(String.raw`(?:${PART}${DOT})+[A-Za-z]{2,6}(?![\p{L}0-9])`, 'iuy');
const PROVIDER_DOMAIN_AFTER = new RegExp(String.raw`(?:${PROVIDERS})${DOT}(?:${PART}${DOT})*[A-Za-z]{2,6}(?![\p{L}0-9])`, 'iuy');
/** The local part right before the word for "at", its dots maybe written as words. */
const LOCAL_BEFORE = new RegExp(String.raw`(?<![\p{L}0-9_%+-])${PART}(?:${DOT}${PART})*$`, 'u');
