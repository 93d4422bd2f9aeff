import type { CountryPack } from './country-pack';

/** The Netherlands (a destination country). */
export const NL: CountryPack = {
  country: 'NL',
  name: 'Netherlands',
  phone: { trunk: '0', national: false },
  // The BSN (burgerservicenummer): nine digits that pass the eleven test.
  identityNumbers: [{ validator: 'nl-bsn', context: ['bsn', 'burgerservicenummer', 'sofinummer'] }],
  plates: [
    // Side codes with their dashes: GZ-614-V, 12-ABC-3, 1-ABC-23, AB-12-CD, ABC-12-D.
    { pattern: String.raw`(?:[A-Z]{2}-\d{3}-[A-Z]|\d{2}-[A-Z]{3}-\d|\d-[A-Z]{3}-\d{2}|[A-Z]-\d{3}-[A-Z]{2}|[A-Z]{3}-\d{2}-[A-Z]|\d-[A-Z]{2}-\d{3}|[A-Z]{2}-\d{2}-[A-Z]{2}|\d{2}-[A-Z]{2}-[A-Z]{2})`, standalone: false },
  ],
  address: {
    street: ['straat', 'laan', 'plein', 'gracht', 'kade', 'singel', 'dijk'],
    // Written as one word with the street's name (Van Ostadestraat, Keizersgracht, Stationsplein).
    streetEndings: ['straat', 'laan', 'plein', 'gracht', 'kade', 'singel', 'dijk', 'weg', 'burgwal', 'steeg'],
    // Floors after the house number: 212-3hg (third floor), 14-hs (ground floor), 5bis.
    // (Not bg, which is Bulgaria's code, nor bis, German for "until".)
    unit: ['hg', 'hs', 'huis', 'boven', 'etage', 'raam', 'kamer', 'verdieping', 'verd', 'hoog'],
  },
  names: { given: ['Sanne', 'Lotte', 'Femke', 'Anouk', 'Fleur', 'Marieke', 'Ilse', 'Joost', 'Bram', 'Sander', 'Ruud', 'Gerrit', 'Hendrik', 'Kees', 'Maarten', 'Thijs', 'Mieke', 'Anneke', 'Ingrid', 'Wilma', 'Petra', 'Esther', 'Деннис', 'Хендрик', 'Виллем'], titles: ['mevrouw', 'mevr', 'meneer', 'dhr', 'drs', 'mr', 'hoofdagent', 'brigadier', 'inspecteur'] },
  notNames: ['januari', 'februari', 'maart', 'juni', 'juli', 'augustus', 'oktober', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'koningsdag'],
  institutions: ['politie', 'gemeente', 'huisarts', 'huisartsenpraktijk', 'ziekenhuis', 'rechtbank', 'ind', 'ggd', 'station', 'bureau'],
  places: ['Роттердам', 'Pijp', 'Гаага', 'Утрехт', 'Amsterdam', 'Амстердам', 'Rotterdam', 'Den Haag', 'The Hague', 'Utrecht', 'Eindhoven', 'Groningen', 'Tilburg', 'Almere', 'Breda', 'Nijmegen', 'Arnhem', 'Haarlem', 'Alkmaar', 'Bijlmer', 'Zuidoost', 'De Wallen'],
  vehicleWords: ['auto', 'kenteken', 'wagen'],
};
