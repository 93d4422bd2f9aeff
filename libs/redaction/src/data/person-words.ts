import { CENTRAL_EUROPEAN_PERSON_WORDS } from './person-words.central-europe';
import { ENGLISH_PERSON_WORDS } from './person-words.en';
import { RUSSIAN_PERSON_WORDS } from './person-words.ru';
import { TURKIC_PERSON_WORDS } from './person-words.turkic';
import type { PersonVocabulary } from './person-vocabulary';

/** Every language's vocabulary of the person recognizer (a narrative mixes them). */
export const PERSON_VOCABULARIES: readonly PersonVocabulary[] = [ENGLISH_PERSON_WORDS, RUSSIAN_PERSON_WORDS, TURKIC_PERSON_WORDS, CENTRAL_EUROPEAN_PERSON_WORDS];

export type PersonWordSets = { readonly [K in Exclude<keyof PersonVocabulary, 'language'>]-?: ReadonlySet<string> };

/** The vocabularies merged, one set per kind of word. */
export function mergeVocabularies(vocabularies: readonly PersonVocabulary[]): PersonWordSets {
  const sets: Record<string, Set<string>> = {};
  for (const vocabulary of vocabularies) {
    for (const [kind, list] of Object.entries(vocabulary)) {
      if (kind === 'language') continue;
      const set = (sets[kind] ??= new Set<string>());
      for (const word of list as string[]) set.add(word);
    }
  }
  const kinds: Array<keyof PersonWordSets> = [
    'cuesBefore', 'namingCues', 'appositionNouns', 'titles', 'honorificsAfter', 'honorificsDeclined', 'verbs', 'placeBefore', 'placeAfter', 'placeModifiers', 'streetBefore', 'quotedThings', 'businesses', 'businessesAfterName', 'businessesQuoted', 'formLabels', 'holidaysAlsoNames', 'calendar', 'calendarShort', 'weekdaysShort', 'monthsAlsoNames',
    'monthBefore', 'virtues', 'everydayWords', 'abbreviations', 'notNames', 'sentenceStartWords', 'placeSuffixesLatin', 'placeSuffixesCyrillic',
    'placeFirstWords', 'placeFirstWordsHyphenated', 'streetAfter', 'listWords', 'selfWords', 'ordinals', 'notOnTag', 'modalVerbs', 'articles', 'passiveParticiples',
    'settlementsOf', 'ranks', 'nicknameNouns', 'notNicknames', 'nameJoining', 'townPrepositions', 'monumentWords',
    'saints', 'datePrepositions', 'dayAfter', 'dayBefore', 'venuesNamed', 'quoteNamingVerbs', 'messageWords', 'timeVerbs',
    'calledVerbs', 'calledPronouns', 'notCalled', 'dativePredicates', 'personObjectVerbs', 'handedToLabels', 'possessionNouns', 'speakerLabels', 'judgmentNames',
  ];
  for (const kind of kinds) sets[kind] ??= new Set<string>();
  return sets as unknown as PersonWordSets;
}

export const PERSON_WORDS: PersonWordSets = mergeVocabularies(PERSON_VOCABULARIES);
