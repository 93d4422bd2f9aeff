import type { CountryPack } from './country-pack';

/** Norway (a destination country). */
export const NO: CountryPack = {
  country: 'NO',
  name: 'Norway',
  phone: { trunk: null, national: false },
  // Fødselsnummer and D-nummer: DDMMYY, three digits and two mod-11 check digits.
  identityNumbers: [{ validator: 'no-fodselsnummer', context: ['fødselsnummer', 'fodselsnummer', 'd-nummer', 'personnummer'] }],
  plates: [
    // EB 47215: two letters and five digits.
    { pattern: String.raw`[A-Z]{2}\s?\d{5}`, standalone: false },
  ],
  address: {
    // (Not gate, vei or plass alone: English and other languages have them as words.)
    street: ['gata', 'gaten', 'veien', 'vegen'],
    // Written as one word with the street's name (Tøyengata, Karl Johans gate, Trondheimsveien).
    streetEndings: ['gata', 'gaten', 'veien', 'vegen', 'plass', 'torget'],
    // Flats: leil. H0304 (the flat's letter and number), 3. etg.
    unit: ['leil', 'leilighet', 'etg', 'etasje', 'rom'],
  },
  names: {
    // Hansen, Olsen, Pedersen, Johansen.
    endings: ['nsen', 'lsen', 'rsen', 'dsen', 'ksen'],
    given: [
      'Anniken', 'Arne', 'Berit', 'Bjørn', 'Eirik', 'Einar', 'Espen', 'Geir', 'Gro', 'Gunnar', 'Halvor', 'Hilde', 'Håkon', 'Ingvild', 'Jorunn', 'Jostein', 'Kari',
      'Kjersti', 'Kjetil', 'Knut', 'Kristin', 'Liv', 'Mari', 'Marit', 'Morten', 'Ole', 'Petter', 'Ragnhild', 'Randi', 'Rune', 'Silje', 'Sindre', 'Siri', 'Snorre',
      'Solveig', 'Stian', 'Svein', 'Terje', 'Torild', 'Trond', 'Turid', 'Vegard', 'Vidar', 'Øystein', 'Åse', 'Кнут', 'Кари', 'Ингрид', 'Сигрид',
    ],
    titles: ['politibetjent', 'politiførstebetjent', 'advokat'],
  },
  notNames: ['januar', 'februar', 'mars', 'mai', 'juni', 'juli', 'oktober', 'desember', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag', 'sankthans'],
  institutions: ['politiet', 'politihuset', 'nav', 'udi', 'tingrett', 'legevakt', 'sykehus', 'kommune'],
  places: ['Oslo', 'Осло', 'Bergen', 'Trondheim', 'Stavanger', 'Kristiansand', 'Tromsø', 'Drammen', 'Grønland', 'Tøyen', 'Grünerløkka'],
  vehicleWords: ['bil', 'skilt', 'registreringsnummer'],
};
