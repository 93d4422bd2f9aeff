import type { CountryPack } from './country-pack';

/** Cyprus (a destination: women from Ukraine, Moldova, Russia and the Caucasus work in Limassol, Larnaca and Ayia Napa). */
export const CY: CountryPack = {
  country: 'CY',
  name: 'Cyprus',
  // (Eight digits without a trunk prefix: 9x xxxxxx mobiles, 2x xxxxxx landlines.)
  phone: { trunk: null, national: true },
  address: {
    // Odos (street) and leoforos (avenue), in Latin and Cyrillic letters as Russian texts write them.
    street: ['odos', 'leoforos', 'leof', 'одос', 'леофорос'],
  },
  institutions: ['astynomia'],
  places: [
    'Nicosia', 'Lefkosia', 'Никосия', 'Никосии', 'Limassol', 'Lemesos', 'Лимасол', 'Лимасоле', 'Лимасола', 'Larnaca', 'Larnaka', 'Ларнака', 'Ларнаке', 'Ларнаки',
    'Paphos', 'Pafos', 'Пафос', 'Пафосе', 'Famagusta', 'Фамагуста', 'Ayia Napa', 'Agia Napa', 'Айя-Напа', 'Айя-Напе', 'Protaras', 'Протарас', 'Kyrenia',
    'Кирения', 'Paralimni', 'Паралимни', 'Strovolos', 'Строволос', 'Germasogeia', 'Yermasoyia', 'Гермасойя',
  ],
};
