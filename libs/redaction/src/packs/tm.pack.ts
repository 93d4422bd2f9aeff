import type { CountryPack } from './country-pack';

/** Turkmenistan. */
export const TM: CountryPack = {
  country: 'TM',
  name: 'Turkmenistan',
  phone: { trunk: '8', national: false },
  plates: [
    { pattern: String.raw`[A-Z]{2}\s?\d{4}\s?[A-Z]{2}`, standalone: false },
  ],
  address: { afterName: ['köçesi', 'köç', 'şaýoly', 'etraby', 'obasy', 'geçelgesi'], street: ['köçesi', 'kocesi', 'köçe', 'köç', 'köçäsi', 'şaýoly', 'sayoly', 'ýoly', 'etrap', 'etraby', 'obasy', 'geçelgesi', 'mkr'], unit: ['jaý', 'jaýy', 'jay', 'öý', 'öýi', 'oy', 'otag'] },
  names: { endings: ['ow', 'owa', 'ew', 'ewa', 'yýew', 'ov', 'ova'], given: ['Ogulşat', 'Ogulshat', 'Aýgözel', 'Aygozel', 'Айгозель', 'Оразмаммед', 'Orazmämmet', 'Orazmammet', 'Aýsoltan', 'Aysoltan', 'Айсолтан', 'Gulşat', 'Gulshat', 'Гульшат', 'Jemal', 'Джемал', 'Bägül', 'Bagul', 'Ogulnur', 'Огулнур', 'Akgül', 'Akgul', 'Nurjemal', 'Şemşat', 'Shemshat', 'Amanmyrat', 'Amanmurat', 'Аманмурат', 'Kakajan', 'Какаджан', 'Begenç', 'Atajan', 'Hojamyrat', 'Annamyrat', 'Orazgeldi', 'Kerim', 'Oraz', 'Ogulbibi', 'Огулбиби', 'Aylar', 'Leyli', 'Arslan', 'Айлар', 'Лейли', 'Арслан', 'Nabat', 'Набат', 'Ogulnabat', 'Огулнабат', 'Merjen', 'Мерджен', 'Меджен', 'Огулджерен', 'Ogulbike', 'Огулбике', 'Мерген', 'Аннагуль', 'Мекан', 'Бегенч', 'Атабай', 'Огулшат', 'Гульнабат', 'Ширин', 'Энеш', 'Ogulgerek', 'Aýna', 'Jeren', 'Maýsa', 'Gülşat', 'Mähri', 'Leýla', 'Selbi', 'Merdan', 'Serdar', 'Döwlet', 'Batyr', 'Berdi', 'Ata', 'Maksat', 'Myrat', 'Jennet', 'Дженнет', 'Джерен', 'Maral', 'Марал', 'Ayna', 'Айна', 'Gözel', 'Gozel', 'Гёзель', 'Bahar', 'Бахар', 'Огулгерек', 'Aýgül', 'Aygul', 'Enejan', 'Энеджан', 'Мырат', 'Мердан', 'Сердар', 'Dovlet', 'Довлет'] },
  notNames: ['ýanwar', 'fewral', 'mart', 'aprel', 'maý', 'iýun', 'iýul', 'awgust', 'sentýabr', 'oktýabr', 'noýabr', 'dekabr', 'nowruz', 'nowruzy'],
  places: ['Ашхабад', 'Ashgabat', 'Ashkhabad', 'Aşgabat', 'Туркменабат', 'Turkmenabat', 'Дашогуз', 'Dashoguz', 'Мары', 'Balkanabat'],
  vehicleWords: ['maşyn'],
};
