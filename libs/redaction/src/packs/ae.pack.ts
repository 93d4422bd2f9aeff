import type { CountryPack } from './country-pack';

/** United Arab Emirates. */
export const AE: CountryPack = {
  country: 'AE',
  name: 'United Arab Emirates',
  phone: { trunk: '0', national: true },
  plates: [
    { pattern: String.raw`[A-Z]\s?\d{4,5}`, standalone: false },
  ],
  address: { street: ['street', 'st', 'road', 'rd', 'tower', 'towers', 'building', 'bldg', 'residence', 'residences', 'villa', 'compound', 'heights', 'al'], unit: ['flat', 'apt', 'apartment', 'room', 'villa', 'floor', 'labour camp', 'camp', 'accommodation'] },
  places: ['Дубай', 'Шарджа', 'Аджман', 'Абу-Даби', 'Дейра', 'Dubai', 'Sharjah', 'Ajman', 'Dhabi', 'Deira', 'Karama', 'Barsha', 'Nahda', 'Qusais', 'Fujairah'],
  vehicleWords: ['car'],
};
