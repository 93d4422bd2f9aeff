import type { CountryPack } from './country-pack';

/** Austria (a destination: women from Romania, Hungary, Bulgaria, Ukraine and Nigeria work in Vienna's and Graz's studios). */
export const AT: CountryPack = {
  country: 'AT',
  name: 'Austria',
  // (Written with its trunk 0 at home: digits without it are left to the region's countries.)
  phone: { trunk: '0', national: false },
  plates: [
    // A district's one or two letters and a number with a letter or two after it: W-41827B, W 12345 X, G-318 TK.
    { pattern: String.raw`[A-Z]{1,2}[-\s]\d{2,6}\s?[A-Z]{1,2}`, standalone: false },
  ],
  address: {
    // (Not Platz alone: Platz 3 is a rank.)
    street: ['straße', 'strasse', 'gasse', 'gürtel', 'lände', 'kai', 'штрассе', 'гассе'],
    // Written as one word with the street's name (Felberstraße, Gumpendorfer Gasse, Praterstern).
    streetEndings: ['straße', 'strasse', 'gasse', 'gürtel', 'lände'],
    // Stiege (staircase) and Tür (door): Felberstraße 84/2/17, Stiege 2, Tür 17. (Not Top, the flat, which is an English word too.)
    unit: ['stiege', 'stg', 'tür'],
  },
  // (Given names of the Nigerian women the studios hold, some of them English words: Blessing, Precious.)
  names: { titles: ['frau', 'herr', 'inspektor', 'inspektorin', 'revierinspektor', 'bezirksinspektor', 'gruppeninspektor'], given: ['Blessing', 'Precious', 'Osas', 'Efe'] },
  notNames: ['jänner', 'feber'],
  institutions: ['polizei', 'polizeiinspektion', 'magistrat', 'bezirkshauptmannschaft', 'fremdenpolizei', 'bfa', 'landesgericht', 'gesundheitsamt'],
  places: ['Steiermark', 'Kärnten', 'Tirol', 'Vorarlberg', 'Burgenland', 'Niederösterreich', 'Oberösterreich', 'Auhof', 'Грац', 'Граца', 'Граце', 'Wien', 'Vienna', 'Вена', 'Graz', 'Грац', 'Linz', 'Линц', 'Линца', 'Линце', 'Salzburg', 'Зальцбург', 'Innsbruck', 'Инсбрук', 'Klagenfurt', 'Favoriten', 'Rudolfsheim-Fünfhaus', 'Ottakring', 'Leopoldstadt', 'Praterstern', 'Nickelsdorf', 'Никельсдорф'],
  vehicleWords: ['auto', 'kennzeichen', 'wagen'],
};
