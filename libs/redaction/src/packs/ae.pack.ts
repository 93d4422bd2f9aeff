import type { CountryPack } from './country-pack';

/** United Arab Emirates. */
export const AE: CountryPack = {
  country: 'AE',
  name: 'United Arab Emirates',
  phone: { trunk: '0', national: true },
  plates: [
    { pattern: String.raw`[A-Z]\s?\d{4,5}`, standalone: false },
    // The emirate written before the letter and number: Dubai K 41827, Sharjah 3 12345.
    { pattern: String.raw`(?:Dubai|Abu Dhabi|Sharjah|Ajman|Fujairah|RAK|UAQ)\s(?:[A-Z]{1,2}|\d{1,2})\s?\d{1,5}`, standalone: true },
  ],
  address: { street: ['street', 'st', 'road', 'rd', 'tower', 'towers', 'building', 'bldg', 'residence', 'residences', 'villa', 'compound', 'heights', 'al'], unit: ['flat', 'apt', 'apartment', 'room', 'villa', 'floor', 'labour camp', 'camp', 'accommodation'] },
  places: ['Дубай', 'Шарджа', 'Аджман', 'Абу-Даби', 'Дейра', 'Dubai', 'Sharjah', 'Ajman', 'Dhabi', 'Deira', 'Karama', 'Barsha', 'Nahda', 'Qusais', 'Fujairah'],
  vehicleWords: ['car'],
};
