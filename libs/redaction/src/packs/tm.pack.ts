import type { CountryPack } from './country-pack';

/** Turkmenistan. */
export const TM: CountryPack = {
  country: 'TM',
  name: 'Turkmenistan',
  phone: { trunk: '8', national: false },
  plates: [
    { pattern: String.raw`[A-Z]{2}\s?\d{4}\s?[A-Z]{2}`, standalone: false },
  ],
  address: { street: ['köçesi', 'kocesi', 'köçe', 'şaýoly', 'sayoly', 'ýoly', 'etrap', 'mkr'], unit: ['jaý', 'jay', 'öý', 'oy', 'otag'] },
  names: { endings: ['ow', 'owa', 'ew', 'ewa', 'yýew', 'ov', 'ova'], given: ['Nabat', 'Набат', 'Ogulnabat', 'Огулнабат', 'Merjen', 'Мерджен', 'Меджен', 'Огулджерен', 'Ogulbike', 'Огулбике', 'Мерген', 'Аннагуль', 'Мекан', 'Бегенч', 'Атабай', 'Огулшат', 'Гульнабат', 'Ширин', 'Энеш', 'Ogulgerek', 'Aýna', 'Jeren', 'Maýsa', 'Gülşat', 'Mähri', 'Leýla', 'Selbi', 'Merdan', 'Serdar', 'Döwlet', 'Batyr', 'Berdi', 'Ata', 'Maksat', 'Myrat', 'Jennet', 'Дженнет', 'Джерен', 'Maral', 'Марал', 'Ayna', 'Айна', 'Gözel', 'Gozel', 'Гёзель', 'Bahar', 'Бахар', 'Огулгерек', 'Aýgül', 'Aygul', 'Enejan', 'Энеджан', 'Мырат', 'Мердан', 'Сердар', 'Dovlet', 'Довлет'] },
  notNames: ['ýanwar', 'fewral', 'mart', 'aprel', 'maý', 'iýun', 'iýul', 'awgust', 'sentýabr', 'oktýabr', 'noýabr', 'dekabr', 'nowruz', 'nowruzy'],
  places: ['Ашхабад', 'Ashgabat', 'Ashkhabad', 'Aşgabat', 'Туркменабат', 'Turkmenabat', 'Дашогуз', 'Dashoguz', 'Мары', 'Balkanabat'],
  vehicleWords: ['maşyn'],
};
