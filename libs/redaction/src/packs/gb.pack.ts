import type { CountryPack } from './country-pack';

/** The United Kingdom (a destination country). */
export const GB: CountryPack = {
  country: 'GB',
  name: 'United Kingdom',
  // (Written with its trunk 0 at home: digits without it are left to the region's countries.)
  phone: { trunk: '0', national: false },
  // The NHS number: ten digits with a mod-11 check digit. (The National Insurance number, letters and digits, has its own shape
  // in the identity-number recognizer.)
  identityNumbers: [{ validator: 'gb-nhs', context: ['nhs', 'nhs no', 'nhs number'] }],
  plates: [
    // AB12 CDE: two letters, two digits, three letters (since 2001).
    { pattern: String.raw`[A-Z]{2}\d{2}\s?[A-Z]{3}`, standalone: false },
  ],
  address: {
    // English addresses put the number first (14 Norfolk Street, Flat 3, 41 Cranley Gardens): the street's word after its name.
    street: ['street', 'road', 'avenue', 'lane', 'gardens', 'crescent', 'terrace', 'mews'],
    unit: ['flat', 'apartment', 'apt', 'floor', 'room', 'unit'],
  },
  // Police ranks as written in statements (PC Marsh, DC Shah, DS Obi, Insp. Hale) and forms of address.
  // (Not DC, DS or DI alone: a city's, a car's and other languages' words too.)
  names: { titles: ['pc', 'wpc', 'dci', 'pcso', 'insp', 'sgt', 'mr', 'mrs', 'ms', 'miss'] },
  institutions: ['council', 'nhs', 'jobcentre', 'magistrates', 'crown', 'constabulary', 'hmrc', 'sarc', 'surgery', 'station', 'hospital'],
  places: ['England', 'Scotland', 'Wales', 'Англия', 'Англии', 'Англию', 'Англией', 'Шотландия', 'Шотландии', 'Уэльс', 'London', 'Лондон', 'Manchester', 'Birmingham', 'Leeds', 'Liverpool', 'Glasgow', 'Edinburgh', 'Bristol', 'Sheffield', 'Leicester', 'Nottingham', 'Peterborough', 'Boston', 'Wisbech', 'Southall', 'Ilford', 'Newham', 'Hackney', 'Soho', 'Croydon'],
  vehicleWords: ['car', 'van', 'reg', 'registration', 'number plate'],
};
