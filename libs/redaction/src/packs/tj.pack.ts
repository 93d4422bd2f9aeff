import type { CountryPack } from './country-pack';

/** Tajikistan. */
export const TJ: CountryPack = {
  country: 'TJ',
  name: 'Tajikistan',
  phone: { trunk: '0', national: true },
  plates: [
    { pattern: String.raw`\d{4}\s?[A-ZАВЕКМНОРСТУХ]{2}\s?\d{2}`, standalone: true },
  ],
  address: { street: ['кӯчаи', 'маҳаллаи', 'махаллаи', 'mahallai', 'кучаи', 'kuchai', 'ku', 'kucha', 'кӯч', 'куч', 'хиёбони', 'khiyoboni', 'мавзеи', 'nohiya', 'ноҳия', 'микрорайони', 'deh', 'dehai', 'деҳа', 'деҳаи', 'jamoat', 'jamoati', 'ҷамоат', 'ҷамоати', 'джамоат'], unit: ['хонаи', 'хона', 'khona', 'hona', 'khonai', 'binoi', 'бинои', 'хобгоҳ', 'общежитие'] },
  names: { endings: ['ов', 'ова', 'зода', 'зод', 'ён', 'zoda', 'zod', 'yon', 'ov', 'ova'], given: ['Мукаррама', 'Mukarrama', 'Umeda', 'Умеда', 'Гулчеҳра', 'Гулчехра', 'Gulchehra', 'Gulnoz', 'Гулноз', 'Mamadnazar', 'Мамадназар', 'Zarrina', 'Заррина', 'Sitora', 'Firuza', 'Rukhshona', 'Bakhtovar', 'Бахтовар', 'Sukhrob', 'Firdavs', 'Jamshed', 'Davlat', 'Saidjon', 'Саиджон', 'Abdullo', 'Mahmadali', 'Махмадали', 'Khursheda', 'Хуршеда', 'Gulrukhsor', 'Nozanin', 'Safina', 'Сафина', 'Mavzuna', 'Мавзуна', 'Gulnoza', 'Mehri', 'Рухсора', 'Ruxsora', 'Munavvar', 'Мунаввар', 'Мехрубон', 'Mehrubon', 'Меха', 'Фарангис', 'Farangis', 'Дилором', 'Дилороми', 'Dilorom', 'Гулҷаҳон', 'Гулджахон', 'Guljahon', 'Farzona', 'Фарзона', 'Мехрангез', 'Нигина', 'Парвина', 'Сурайё', 'Тахмина', 'Фарангиз', 'Манижа', 'Шабнам', 'Далер', 'Манучехр', 'Фаридун', 'Сиёвуш', 'Сорбон', 'Комрон', 'Фируз', 'Хуршед', 'Шохин', 'Рустам', 'Navruz', 'Навруз', 'Наврӯз', 'Ramazon', 'Рамазон', 'Курбон', 'Mavjuda', 'Мавджуда'] },
  notNames: ['январ', 'феврал', 'март', 'апрел', 'май', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр', 'меҳргон', 'mehrgon'],
  places: ['Сино', 'Sino', 'Шохмансур', 'Shohmansur', 'Фирдавси', 'Firdavsi', 'Korvon', 'Корвон', 'Vahdat', 'Вахдат', 'Hisor', 'Гиссар', 'Турсунзаде', 'Tursunzoda', 'Куляб', 'Сино', 'Sino', 'Фирдавси', 'Шохмансур', 'Исмоили Сомони', 'Душанбе', 'Худжанд', 'Куляб', 'Бохтар', 'Истаравшан', 'Хорог', 'Dushanbe', 'Khujand', 'Kulob', 'Bokhtar', 'Istaravshan', 'Khorog'],
  vehicleWords: ['мошин'],
};
