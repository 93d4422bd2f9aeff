import type { CountryPack } from './country-pack';

/** Sweden (a destination country). */
export const SE: CountryPack = {
  country: 'SE',
  name: 'Sweden',
  phone: { trunk: '0', national: false },
  // Personnummer and samordningsnummer, (YY)YYMMDD-NNNC with the Luhn check digit.
  identityNumbers: [{ validator: 'se-personnummer', context: ['personnummer', 'samordningsnummer', 'personnr'] }],
  plates: [
    // ABC 123, ABC 12A.
    { pattern: String.raw`[A-Z]{3}\s?\d{2}[A-Z\d]`, standalone: false },
  ],
  address: {
    street: ['gatan', 'vägen', 'vagen', 'gränd', 'torget', 'stigen'],
    // Written as one word with the street's name (Lönngatan, Kungsvägen, Stortorget).
    streetEndings: ['gatan', 'vägen', 'vagen', 'gränd', 'torget', 'stigen', 'backen'],
    // Flats: lgh 1102 (lägenhetsnummer), 3 tr (third floor).
    unit: ['lgh', 'lägenhet', 'lagenhet', 'rum', 'trappor', 'tr', 'våning', 'vaning'],
  },
  names: {
    // Andersson, Lindström, Bergqvist, Holmgren.
    endings: ['sson', 'ström', 'strom', 'qvist', 'kvist', 'gren'],
    // (Per, which is a word too, only as AMBIGUOUS_NAMES reads it.)
    given: [
      'Agneta', 'Anders', 'Annika', 'Astrid', 'Axel', 'Bengt', 'Birgitta', 'Björn', 'Britt', 'Ebba', 'Elin', 'Elsa', 'Emil', 'Erik', 'Fredrik', 'Frida', 'Gunilla',
      'Gustav', 'Göran', 'Gösta', 'Hedvig', 'Henrik', 'Inger', 'Ingela', 'Ingrid', 'Jesper', 'Johan', 'Jonas', 'Karin', 'Kerstin', 'Kjell', 'Klara', 'Lars', 'Leif',
      'Lena', 'Linnea', 'Lotta', 'Magnus', 'Malin', 'Mattias', 'Mikael', 'Niklas', 'Nils', 'Oskar', 'Pelle', 'Per', 'Pernilla', 'Rolf', 'Sigrid', 'Sofie', 'Sten',
      'Stina', 'Sven', 'Torbjörn', 'Tove', 'Tuva', 'Ulf', 'Ulrika', 'Ylva', 'Åke', 'Åsa', 'Ларс', 'Свен', 'Биргитта', 'Ингрид', 'Магнус', 'Мальин',
    ],
    titles: ['polisinspektör', 'polisassistent', 'kommissarie', 'advokat'],
  },
  notNames: ['januari', 'februari', 'mars', 'augusti', 'oktober', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag', 'midsommar'],
  institutions: ['polisen', 'migrationsverket', 'socialtjänsten', 'kommun', 'tingsrätt', 'sjukhus', 'vårdcentral'],
  places: ['Stockholm', 'Стокгольм', 'Göteborg', 'Gothenburg', 'Malmö', 'Malmo', 'Uppsala', 'Västerås', 'Örebro', 'Linköping', 'Helsingborg', 'Södermalm', 'Rinkeby', 'Tensta', 'Rosengård'],
  vehicleWords: ['bil', 'registreringsnummer', 'regnr'],
};
