import type { PiiType, Span } from './types';

/**
 * The one merge of overlapping spans. Priorities, highest first, when spans of
 * different kinds overlap: the more specific and the better validated kind wins
 * (an e-mail contains what looks like a name; a handle contains words; an
 * identity number has a checksum or a keyword; a phone is validated against
 * the country's numbering plan; a plate has a fixed shape; an address is a
 * stretch of words and numbers; a person is the most guessed).
 */
export const PRIORITY: Record<PiiType, number> = { EMAIL: 7, HANDLE: 6, IDNUM: 5, PHONE: 4, PLATE: 3, ADDRESS: 2, PERSON: 1 };

/**
 * Keeps the best of overlapping spans: higher priority, then longer. Spans of
 * the same kind are joined; what a lower-priority span has outside the kept
 * one stays, with its own kind (when in doubt, redact), except a name just
 * before an address, which keeps only its part before the address.
 */
export function resolveOverlaps(spans: Span[]): Span[] {
  const ordered = [...spans].sort((a, b) => PRIORITY[b.type] - PRIORITY[a.type] || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Span[] = [];
  const index = new KeptIndex(kept, spans.reduce((end, span) => Math.max(end, span.end), 0));
  const keep = (span: Span) => index.add(kept.push(span) - 1);
  for (const next of ordered) {
    // (What sticks out of a kept span is placed at once, before any span of lower priority: an address cut by an identity
    // number keeps its rest over the names inside it.)
    const pending = [next];
    for (let span = pending.pop(); span !== undefined; span = pending.pop()) {
      const at = index.firstOverlapping(span);
      const clash = at < 0 ? undefined : kept[at];
      if (!clash) keep({ ...span });
      else if (span.type === 'PERSON' && clash.type === 'ADDRESS' && span.start < clash.start) {
        // A name just before an address ("Айгуль, ул. ..."): keep the part outside.
        keep({ ...span, end: clash.start });
      } else if (clash.type === span.type) {
        clash.start = Math.min(clash.start, span.start);
        clash.end = Math.max(clash.end, span.end);
        index.add(at);
      } else {
        // When in doubt, redact: what sticks out of the kept span stays, with its own type.
        if (span.start < clash.start) pending.push({ ...span, end: clash.start });
        if (span.end > clash.end) pending.push({ ...span, start: clash.end });
      }
    }
  }
  return kept.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
}

/**
 * An address whose first word, before a comma, is a name the gazetteer knows starts after that comma: the name is the
 * person she lives with ("(Lyazzat, Samal-2, block 58, apt 19", "у Айгуль, мкр …"), not the address's district. Pure; the
 * spans are changed in place (only such addresses' starts).
 */
export function addressesAfterNames(text: string, spans: Span[]): void {
  let names: Map<number, Span> | undefined;
  for (const address of spans) {
    if (address.type !== 'ADDRESS') continue;
    names ??= new Map(spans.filter((s) => s.type === 'PERSON' && s.confidence >= 0.9).map((s) => [s.start, s]));
    const name = names.get(address.start);
    if (name !== undefined && name.end < address.end && text.startsWith(', ', name.end) && !BUILDING_OR_DISTRICT_WORD.test(text.slice(name.start, name.end))) address.start = name.end + 2;
  }
}
/**
 * A file's number in a bracket right after a name, as a register writes each woman's: "Жылдыз (0070)", "Ivana (#0092)",
 * "Айнура (код 0113)": digits that open with a nought (a count or a year never does), or any three to seven after a code's
 * word or sign. Pure; the spans are added to the list.
 */
export function codesAfterNames(text: string, spans: Span[]): void {
  const found: Span[] = [];
  for (const name of spans) {
    if (name.type !== 'PERSON' || text.charCodeAt(name.end) !== 0x20 || text.charCodeAt(name.end + 1) !== 0x28) continue;
    const code = CODE_IN_BRACKET.exec(text.slice(name.end, name.end + 24));
    // (Not a mobile operator's code in brackets before the rest of the number: "Айгуль (0555) 12-34-56".)
    if (code === null || /^[^\S\n]?\d/.test(text.slice(name.end + code[0].length, name.end + code[0].length + 2))) continue;
    const end = name.end + code[0].length - 1;
    found.push({ start: end - (code[1] ?? code[2]).length, end, type: 'IDNUM', rule: 'id.code-after-name', confidence: 0.7 });
  }
  spans.push(...found);
}
const CODE_IN_BRACKET = /^ \((?:(?:#|№|No\.?|код|code|ID|id|клиент|client)[^\S\n]?(\d{3,7})|(0\d{2,5}))\)/u;
/**
 * A building's or a district's word: "Sheikha Mariam Building, Al Muraqqabat Road" names a building, "Mirzo Ulug'bek tumani,
 * Qorasuv-3" a district, whatever the names in them.
 */
const BUILDING_OR_DISTRICT_WORD = /(?<![\p{L}])(?:building|tower|residence|house|plaza|cent(?:re|er)|block|complex|hostel|hotel|здание|дом|башня|общежитие|гостиница|district|tumani|тумани|ноҳияи|rayon|район|р-н|mahalla|mahallasi|махалля|МФЙ|MFY)(?![\p{L}])/iu;

/**
 * The kept spans by stretches of text, so that the first kept span (in the
 * order kept) that overlaps a new one is found among the few near it rather
 * than among all: the merge stays near-linear on a narrative with tens of
 * thousands of spans. A span is listed under every stretch it covers (again
 * when it grows); its place in the kept list says which came first. The
 * first kept span listed under each stretch is also held in a tree of
 * minimums, so that a long span (a run the chunker read as one address over a
 * whole hostile line, cut again and again by the numbers inside it) asks the
 * stretches it covers whole in one step rather than one by one.
 */
const STRETCH = 64;

class KeptIndex {
  private readonly stretches = new Map<number, number[]>();
  /** The stretches each kept span is listed under already, first and last: a span grown again is listed only under the new. */
  private readonly listed = new Map<number, [number, number]>();
  /** The number of leaves (stretches), and the tree of the least kept place listed under each (leaves from `leaves` on). */
  private readonly leaves: number;
  private readonly least: Float64Array;

  constructor(
    private readonly kept: Span[],
    end: number,
  ) {
    this.leaves = Math.floor(end / STRETCH) + 1;
    this.least = new Float64Array(2 * this.leaves).fill(Infinity);
  }

  add(k: number): void {
    const span = this.kept[k];
    const first = Math.floor(span.start / STRETCH);
    const last = Math.floor(Math.max(span.start, span.end - 1) / STRETCH);
    const before = this.listed.get(k);
    // (A span that grows a little at a time, an address that others of its type join one by one, costs only what it grew:
    // listing it again under all it covers grew with the square of a long run of them.)
    for (let b = first; b <= last; b++) {
      if (before !== undefined && b >= before[0] && b <= before[1]) continue;
      const list = this.stretches.get(b);
      if (!list) this.stretches.set(b, [k]);
      else list.push(k);
      for (let i = b + this.leaves; i >= 1 && k < this.least[i]; i >>= 1) this.least[i] = k;
    }
    this.listed.set(k, before === undefined ? [first, last] : [Math.min(first, before[0]), Math.max(last, before[1])]);
  }

  /** The place of kept.find((k) => span.start < k.end && k.start < span.end) in the kept list, or -1. */
  firstOverlapping(span: Span): number {
    const first = Math.floor(span.start / STRETCH);
    const last = Math.floor(Math.max(span.start, span.end - 1) / STRETCH);
    // (Every kept span listed under a stretch the new one covers whole overlaps it: their least place is the tree's answer.
    // Only the first and the last stretch, covered in part, are asked span by span.)
    let least = last - first >= 2 ? this.leastBetween(first + 1, last - 1) : Infinity;
    for (const b of first === last ? [first] : [first, last]) {
      for (const k of this.stretches.get(b) ?? []) {
        const other = this.kept[k];
        if (k < least && span.start < other.end && other.start < span.end) least = k;
      }
    }
    return least === Infinity ? -1 : least;
  }

  /** The least kept place listed under the stretches from..to (both included). */
  private leastBetween(from: number, to: number): number {
    let least = Infinity;
    for (let l = from + this.leaves, r = to + this.leaves + 1; l < r; l >>= 1, r >>= 1) {
      if (l & 1) least = Math.min(least, this.least[l++]);
      if (r & 1) least = Math.min(least, this.least[--r]);
    }
    return least;
  }
}

/**
 * An address broken by a dash between its town and the town's district, its floor and flat after: "Sokolovská 312/47, Praha
 * 8 – Libeň, 2. patro, byt 8", as Czech addresses are written. Two addresses with only a spaced dash between them are one. Pure.
 */
export function joinedAcrossDash(text: string, spans: Span[]): Span[] {
  return joinedNeighbours(spans, (last, span) => last.type === 'ADDRESS' && span.type === 'ADDRESS' && SPACED_DASH.test(text.slice(last.end, span.start)));
}

/** Spans in the text's order, each that `joins` its kept neighbour before it made one with it. Pure. */
function joinedNeighbours(spans: Span[], joins: (last: Span, span: Span) => boolean): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const last = out[out.length - 1];
    if (last !== undefined && joins(last, span)) out[out.length - 1] = { ...last, end: span.end };
    else out.push(span);
  }
  return out;
}
const SPACED_DASH = /^ [–—-] $/;

/**
 * A Korean given name written as two syllables joined by a hyphen, the second in lower case ("Moon Gyeong-ja", "hye-jin",
 * "eun-sook"), is one name: a span that stops or starts at its hyphen takes the other syllable too. Pure.
 */
export function koreanSyllablesJoined(text: string, spans: Span[]): Span[] {
  if (!text.includes('-')) return spans;
  return grownToNeighbours(spans, (span) => {
    if (span.type !== 'PERSON') return null;
    const after = SYLLABLE_AFTER.exec(text.slice(span.end, span.end + 8));
    const before = SYLLABLE_BEFORE.exec(text.slice(Math.max(0, span.start - 8), span.start));
    const ok = (syllable: RegExpExecArray | null, own: string | undefined) => syllable !== null && koreanSyllable(syllable[1]) && koreanSyllable(own ?? '');
    return {
      before: ok(before, /^[A-Za-z]+/.exec(text.slice(span.start, span.end))?.[0]) ? before![0].length : 0,
      after: ok(after, /[A-Za-z]+$/.exec(text.slice(span.start, span.end))?.[0]) ? after![0].length : 0,
    };
  });
}

/**
 * Each span grown by what `growth` says it takes before and after it, but not over a span of its own beside it (the other
 * part is covered already). Spans in the text's order. Pure.
 */
function grownToNeighbours(spans: Span[], growth: (span: Span) => { before: number; after: number } | null): Span[] {
  return spans.map((span, k) => {
    const grow = growth(span);
    if (grow === null) return span;
    const end = grow.after > 0 && !(k + 1 < spans.length && spans[k + 1].start < span.end + grow.after) ? span.end + grow.after : span.end;
    const start = grow.before > 0 && !(k > 0 && spans[k - 1].end > span.start - grow.before) ? span.start - grow.before : span.start;
    return start === span.start && end === span.end ? span : { ...span, start, end };
  });
}
const SYLLABLE_AFTER = /^-([a-z]{2,6})(?![\p{L}\d-])/u;
const SYLLABLE_BEFORE = /(?<![\p{L}\d-])([A-Za-z][a-z]{1,5})-$/u;
/** One syllable of Korean in the Revised Romanization or the older spellings names keep (sook, hee). */
function koreanSyllable(word: string): boolean {
  return KOREAN_SYLLABLE.test(word.toLowerCase());
}
const KOREAN_SYLLABLE = /^(?:kk|ss|jj|ch|[gkndtrlmbpsjhyw])?(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|[aeoui])(?:ng|[kntlmp])?$/;

/**
 * A word broken at a line's end by a hyphen, as text pasted from a PDF or a scan breaks it ("АНДРЕЕВ-\nНЫ", "ул. Комсо-\n
 * мольская"): a name, an address or a number that stops or starts at the break takes the word's other half. Pure.
 */
export function joinedAcrossLineBreak(text: string, spans: Span[]): Span[] {
  if (!text.includes('-\n')) return spans;
  const grown = grownToNeighbours(spans, (span) => {
    if (span.type !== 'PERSON' && span.type !== 'ADDRESS' && span.type !== 'IDNUM') return null;
    const after = BROKEN_AFTER.exec(text.slice(span.end, span.end + 40));
    const before = BROKEN_BEFORE.exec(text.slice(Math.max(0, span.start - 40), span.start));
    return {
      before: before !== null && LETTER_OR_DIGIT.test(text[span.start] ?? '') ? before[0].length : 0,
      after: after !== null && LETTER_OR_DIGIT.test(text[span.end - 1] ?? '') ? after[0].length : 0,
    };
  });
  // (Both halves found, each a span of its own: "ОЛЬГА ВИК-\nТОРОВНА" is one name, not two with the break between them.)
  return joinedNeighbours(grown, (last, span) => last.type === span.type && BROKEN_ONLY.test(text.slice(last.end, span.start)));
}
const BROKEN_ONLY = /^-\n$/;
const BROKEN_AFTER = /^-\n[\p{L}\p{M}\d]+/u;
const BROKEN_BEFORE = /(?<![\p{L}\p{M}\d])[\p{L}\p{M}\d]+-\n$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{M}\d]$/u;

