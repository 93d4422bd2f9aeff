import type { CountryPack } from './country-pack';

/** Denmark (a destination country). */
export const DK: CountryPack = {
  country: 'DK',
  name: 'Denmark',
  phone: { trunk: null, national: false },
  plates: [
    // AB 12 345.
    { pattern: String.raw`[A-Z]{2}\s?\d{2}\s?\d{3}`, standalone: false },
  ],
  address: {
    street: ['gade', 'vej', 'allé', 'stræde', 'straede', 'plads', 'torv'],
    // Written as one word with the street's name (Istedgade, Amagerbrogade, Jagtvej).
    streetEndings: ['gade', 'vej', 'stræde', 'plads', 'torv'],
    // Floor and side after the number: Istedgade 62, 2. tv. (left), 3. th. (right), st. (ground floor), mf. (middle).
    // (Not tv., which Hungarian files use for a law, törvény.)
    unit: ['th', 'mf', 'sal'],
  },
  names: {
    given: [
      'Bente', 'Birthe', 'Dorthe', 'Frederik', 'Hanne', 'Jens', 'Jesper', 'Kirsten', 'Lasse', 'Lene', 'Lone', 'Mads', 'Mette', 'Mikkel', 'Morten', 'Niels', 'Rasmus',
      'Signe', 'Søren', 'Trine', 'Ulla',
    ],
    titles: ['politiassistent', 'politibetjent', 'advokat'],
  },
  notNames: ['januar', 'februar', 'marts', 'maj', 'juni', 'juli', 'oktober', 'december', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
  institutions: ['politi', 'politigård', 'kommune', 'byret', 'skadestue', 'hospital'],
  places: ['København', 'Copenhagen', 'Копенгаген', 'Aarhus', 'Odense', 'Aalborg', 'Vesterbro', 'Nørrebro', 'Amager', 'Christiania'],
  vehicleWords: ['bil', 'nummerplade'],
};
