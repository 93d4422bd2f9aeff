import type { CountryPack } from './country-pack';

/** Israel (a destination: women from Russia, Ukraine, Moldova, Belarus and Uzbekistan work in Tel Aviv, Haifa and Eilat). */
export const IL: CountryPack = {
  country: 'IL',
  name: 'Israel',
  // (Mobiles 05x, written with the trunk 0 at home: digits without it are left to the region's countries.)
  phone: { trunk: '0', national: false },
  plates: [
    // Seven or eight digits in three groups: 61-237-48, 723-41-602.
    { pattern: String.raw`\d{2}-\d{3}-\d{2}|\d{3}-\d{2}-\d{3}`, standalone: false },
  ],
  address: {
    // Rehov (street), sderot (boulevard), as Russian texts write them.
    street: ['rehov', 'rechov', 'sderot', 'рехов', 'сдерот'],
    // Dira (flat), as the street's number is followed by it: "rechov Masada 17, dira 3".
    unit: ['dira', 'dirah', 'дира', 'דירה'],
  },
  names: { titles: ['gveret', 'mar', 'гверет'], given: ['Erez', 'Эрез', 'Лия', 'Liya', 'Hannah', 'Rachel', 'Leah', 'Miriam', 'Noa', 'Yael', 'Shira', 'Hila', 'Shani', 'Moran', 'Noga', 'Adi', 'Yossi', 'Avi', 'Moshe', 'Itzik', 'Ханна', 'Рахель', 'Мирьям', 'Яэль', 'Шира', 'Йоси', 'Ави', 'Моше'] },
  notNames: ['Passover', 'Pesach', 'Песах', 'Hashana', 'Шана', 'shabbat', 'шабат', 'шаббат', 'pesach', 'песах', 'purim', 'пурим', 'hanukkah', 'ханука', 'yom', 'kippur', 'sukkot', 'rosh', 'hashana', 'песаха', 'песахе', 'песахом', 'пурима', 'пуриме', 'хануки', 'хануку', 'шабата', 'шаббата'],
  institutions: ['mishtara', 'миштара', 'bituah', 'leumi'],
  places: ['Tel Aviv', 'Тель-Авив', 'Тель-Авива', 'Тель-Авиве', 'Тель Авив', 'Haifa', 'Хайфа', 'Хайфы', 'Хайфе', 'Хайфу', 'Eilat', 'Эйлат', 'Bat Yam', 'Бат-Ям', 'Бат-Яме', 'Бат-Яма', 'Яме', 'Netanya', 'Нетания', 'Ashdod', 'Ашдод', 'Jerusalem', 'Иерусалим', 'Holon', 'Холон', 'Rishon LeZion', 'Ришон-ле-Цион', 'Ben Gurion', 'Бен-Гурион', 'Hadera', 'Хадера', 'Petah Tikva', 'Петах-Тиква', 'Aviv', 'Herzliya', 'Герцлия', 'Герцлии', 'Ramat Gan', 'Рамат-Ган', 'Рамат-Гане', 'Bnei Brak', 'Бней-Брак', 'Rehovot', 'Реховот', 'Ashkelon', 'Ашкелон', 'Beersheba', 'Be\'er Sheva', 'Беэр-Шева', 'Nazareth', 'Tiberias', 'Тверия', 'Kfar Saba', 'Кфар-Саба', 'Ra\'anana', 'Раанана', 'Hadar Carmel', 'Neve Sha\'anan', 'Sha\'anan', 'Неве-Шаанан', 'Шаанан', 'Saharonim', 'Сахароним', 'Akko', 'Акко', 'Ramla', 'Рамле', 'Lod', 'Лод'],
  vehicleWords: ['mashina', 'rechev'],
};
