import type { CountryPack } from './country-pack';

/** Azerbaijan. */
export const AZ: CountryPack = {
  country: 'AZ',
  name: 'Azerbaijan',
  phone: { trunk: '0', national: true },
  plates: [
    { pattern: String.raw`\d{2}-[A-Z]{2}-\d{3}`, standalone: true },
    { pattern: String.raw`\d{2}\s[A-Z]{2}\s\d{3}`, standalone: false },
  ],
  address: { street: ['küçəsi', 'kucesi', 'küç', 'pr', 'prospekti', 'qəsəbəsi', 'qesebesi', 'massivi', 'döngə'], unit: ['mənzil', 'menzil', 'bina', 'yataqxana', 'otaq'] },
  names: { endings: ['ov', 'ova', 'ev', 'eva', 'zadə', 'zade', 'oglu', 'oğlu', 'qızı', 'qizi'], given: ['Aysel', 'Aynur', 'Gunay', 'Leyla', 'Nargiz', 'Sevinj', 'Ulviyya', 'Gulnar', 'Lala', 'Aytan', 'Elnur', 'Elvin', 'Rashad', 'Kamran', 'Orkhan', 'Tural', 'Vugar', 'Ramil', 'Anar', 'Farid'] },
  notNames: ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr', 'bazar', 'ertəsi', 'çərşənbə', 'cümə', 'şənbə'],
  places: ['Баку', 'Гянджа', 'Сумгаит', 'Baku', 'Ganja', 'Sumgait', 'Sumqayit'],
  vehicleWords: ['maşın', 'masin'],
};
