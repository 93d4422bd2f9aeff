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
  address: {
    street: ['küçəsi', 'kucesi', 'küç', 'kuc', 'pr', 'prospekti', 'qəsəbəsi', 'qesebesi', 'qəs', 'qes', 'massivi', 'döngə', 'döngəsi', 'dongesi', 'dalan', 'dalanı', 'mikrorayonu', 'mkr', 'rayonu'],
    unit: ['mənzil', 'menzil', 'bina', 'yataqxana', 'otaq', 'ev', 'mən'],
    // (Bakıxanov qəsəbəsi, Nizami küçəsi: the name before is a place, not a person.)
    afterName: ['küçəsi', 'küç', 'qəsəbəsi', 'qəs', 'prospekti', 'döngəsi', 'rayonu'],
  },
  names: { titles: ['xanım', 'xanim', 'ханым'], endings: ['ov', 'ova', 'ev', 'eva', 'zadə', 'zade', 'oglu', 'oğlu', 'qızı', 'qizi'], given: ['Jalə', 'Jale', 'Cala', 'Səadət', 'Saadat', 'Solmaz', 'Cavid', 'Javid', 'Elşən', 'Elshan', 'Məhəmməd', 'Hüseyn', 'Vəli', 'Şahin', 'Tofiq', 'Rəhim', 'Əziz', 'Джаля', 'Саадат', 'Солмаз', 'Джавид', 'Эльшан', 'Тофик', 'Ramilə', 'Ramila', 'Nərgiz', 'Fəridə', 'Farida', 'Aynurə', 'Kəmalə', 'Kamala', 'Məleykə', 'Gülər', 'Təranə', 'Tarana', 'Aygün', 'Aygun', 'Aidə', 'Ülkər', 'Ulkar', 'Xəyalə', 'Khayala', 'Şəbnəm', 'Shabnam', 'Zümrüd', 'Zumrud', 'Səbinə', 'Lalə', 'Ulviyyə', 'Ulviyya', 'Samirə', 'Samira', 'Zəhra', 'Vüsalə', 'Vusala', 'Pərvin', 'Parvin', 'Elnarə', 'Elnara', 'Rəna', 'Улькяр', 'Хаяла', 'Хаяле', 'Зюмрюд', 'Конуль', 'Вюсаля', 'Парвин', 'Ramin', 'Рамин', 'Aysel', 'Aynur', 'Gunay', 'Leyla', 'Nargiz', 'Sevinj', 'Ulviyya', 'Gulnar', 'Lala', 'Aytan', 'Elnur', 'Elvin', 'Rashad', 'Kamran', 'Orkhan', 'Tural', 'Vugar', 'Ramil', 'Anar', 'Farid', 'Ajsel', 'Айсель', 'Günel', 'Gunel', 'Гюнель', 'Sevinc', 'Севиндж', 'Лейла', 'Nigar', 'Нигяр', 'Айнур', 'Könül', 'Konul', 'Кёнуль', 'Sevil', 'Севиль', 'Elchin', 'Эльчин', 'Рашад', 'Orxan', 'Орхан', 'Турал', 'Vüsal', 'Vusal', 'Вюсал', 'Novruz', 'Новруз', 'Ramazan', 'Рамазан', 'Qurban', 'Курбан', 'Aytən', 'Röya', 'Rəşad', 'Gülnarə', 'Vüqar', 'Zərifə', 'Rövşən', 'Тамилла', 'Фаиг', 'Аждар', 'Кёнюль', 'Səidə', 'Aytac', 'Aytaj', 'Ayşən', 'Nərmin', 'Ləman', 'Laman', 'Lamiyə', 'Xədicə', 'Türkan', 'Ülviyyə', 'Əli', 'Elçin', 'Nicat', 'Nijat', 'Kənan', 'Kanan', 'Fərid', 'Ceyhun', 'İlkin', 'Ilkin', 'Rüstəm', 'Гюля'] },
  notNames: ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr', 'bazar', 'ertəsi', 'çərşənbə', 'cümə', 'şənbə', 'bayramı', 'байрамы'],
  places: ['Lankaran', 'Lənkəran', 'Ленкорань', 'Ленкорани', 'Astara', 'Астара', 'Masalli', 'Masallı', 'Quba', 'Губа', 'Shaki', 'Şəki', 'Шеки', 'İçərişəhər', 'Icherisheher', 'Ичеришехер', 'Гянджлик', 'Gənclik', 'Genclik', 'Баку', 'Гянджа', 'Сумгаит', 'Baku', 'Bakı', 'Ganja', 'Gəncə', 'Sumgait', 'Sumgayit', 'Sumqayit', 'Sumqayıt', 'Xırdalan', 'Binəqədi', 'Nəsimi', 'Yasamal', 'Sabunçu', 'Suraxanı', 'Xətai', 'Nərimanov'],
  vehicleWords: ['maşın', 'masin'],
};
