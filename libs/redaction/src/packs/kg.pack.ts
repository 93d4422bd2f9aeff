import type { CountryPack } from './country-pack';

/** Kyrgyzstan. */
export const KG: CountryPack = {
  country: 'KG',
  name: 'Kyrgyzstan',
  phone: { trunk: '0', national: true },
  identityNumbers: [{ validator: 'pin', context: ['пин', 'pin', 'инн', 'персональный'] }],
  plates: [
    { pattern: String.raw`\d{2}\s?(?:KG\s?)?\d{3}\s?[A-Z]{3}`, standalone: true },
    // (With its country's letters, a number of four digits as some write it: "01KG 0271 ABP".)
    { pattern: String.raw`\d{2}\s?KG\s?\d{4}\s?[A-Z]{3}`, standalone: true },
    { pattern: String.raw`\d{2}\s?(?:KG\s?)?\d{3}\s?[АВЕКМНОРСТУХ]{3}`, standalone: true },
    { pattern: String.raw`[A-Z]\s?\d{4}\s?[A-Z]{1,2}`, standalone: false },
    // In lower case, as notes typed on a phone write them (silver fit 07 148 abm): only after a car.
    { pattern: String.raw`\d{2}\s?\d{3}\s?[a-z]{3}`, standalone: false },
  ],
  address: { street: ['көч', 'көчө', 'көчөсү', 'кочосу', 'kochosu', 'köchösü', 'kochösü', 'köçösü', 'köchosu', 'проспектиси', 'мкр', 'мкрн', 'кичирайон', 'жм', 'ж/м', 'zh/m', 'массив', 'massiv', 'жилмассив'], unit: ['үй', 'батир', 'kv', 'блок', 'корпус', 'корп', 'жатакана', 'общежитие', 'комната', 'барак', 'barrack'] },
  names: { endings: ['ов', 'ова', 'ев', 'ева', 'бек', 'беков', 'бекова', 'уулу', 'кызы', 'uulu', 'kyzy', 'bekov', 'bekova'], given: ['Уулкан', 'Uulkan', 'Гулмира', 'Gulmira', 'Каламкас', 'Kalamkas', 'Акмөөр', 'Акмоор', 'Akmoor', 'Уулбосун', 'Uulbosun', 'Айкөкүл', 'Айкокул', 'Aikokul', 'Бурулай', 'Burulai', 'Мөлдир', 'Moldir', 'Гулиза', 'Guliza', 'Нургиза', 'Nurgiza', 'Kalys', 'Калыс', 'Уланбек', 'Ulanbek', 'Арзыкан', 'Arzykan', 'Gulzhamal', 'Гулжамал', 'Aikanysh', 'Айканыш', 'Ajkanysh', 'Гулира', 'Нуркыз', 'Айчурек', 'Калича', 'Таттыбубу', 'Бота', 'Bota', 'Назик', 'Nazik', 'Канышай', 'Жаркынай', 'Жамиля', 'Tolgonai', 'Толгонай', 'Айпери', 'Айжан', 'Бермет', 'Гулзат', 'Жылдыз', 'Мээрим', 'Нургуль', 'Чолпон', 'Чынара', 'Алтынай', 'Бактыгуль', 'Эрмек', 'Азамат', 'Бакыт', 'Мирлан', 'Нурбек', 'Улан', 'Талант', 'Эркин', 'Айка', 'Чика', 'Бека', 'Нуржан', 'Nooruz', 'Нооруз', 'Курманбек', 'Алмаз', 'Асема', 'Асель', 'Aiko', 'Айко', 'Gulbara', 'Гулбара', 'Kubanychbek', 'Aruuke', 'Чолпа', 'Zhypar', 'Жаныл', 'Kunduz', 'Aiganysh', 'Mairamkan', 'Адинай', 'Байэль', 'Талантбек', 'Aikan'] },
  notNames: ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
  places: ['Аламедин', 'Alamedin', 'Jibek Jolu', 'Жибек Жолу', 'Кара-Суу', 'Кант', 'Узген', 'Балыкчы', 'Бишкек', 'Ош', 'Джалал-Абад', 'Каракол', 'Токмок', 'Нарын', 'Талас', 'Баткен', 'Кара-Балта', 'Bishkek', 'Osh', 'Jalal-Abad', 'Karakol', 'Tokmok', 'Naryn', 'Talas', 'Batken', 'Issyk-Kul', 'Иссык-Куль', 'Кара-Балты', 'Kara-Balta', 'Чолпон-Аты', 'Кара-Суйского', 'Кара-Суйский', 'Kara-Suu', 'Араван', 'Aravan', 'Араване', 'Оша', 'Оше', 'Uzgen', 'Nookat', 'Ноокат', 'Kara-Kulja', 'Кара-Кульджа', 'Balykchy', 'Tyup', 'Тюп', 'Sokuluk', 'Сокулук', 'Беловодское', 'Belovodskoe', 'Базар-Коргон', 'Bazar-Korgon', 'Сузак', 'Suzak', 'Таш-Кумыр', 'Tash-Kumyr', 'Ала-Арча', 'Ala-Archa', 'Sovmin', 'Совмин', 'Kok-Jar', 'Кок-Жар', 'Vostok-5', 'Восток-5', 'Tunguch', 'Тунгуч', 'Ak-Orgo', 'Ак-Орго', 'Kelechek', 'Келечек', 'Bakai-Ata', 'Бакай-Ата', 'Kyzyl-Asker', 'Кызыл-Аскер', 'Kara-Jygach', 'Кара-Жыгач', 'Orto-Sai', 'Орто-Сай', 'Jeti-Oguz', 'Джети-Огуз', 'Джети-Огуза', 'Dordoi', 'Дордой', 'Osh bazaar', 'Ошский', 'Cholpon-Ata', 'Чолпон-Ата', 'Tamchy', 'Тамчы', 'Bosteri', 'Бостери', 'Kant', 'Ivanovka', 'Ивановка', 'Kemin', 'Кемин', 'Karabalta', 'Jalal-Abade', 'Джалал-Абаде', 'Джалал-Абада', 'Кара-Кол'],
  vehicleWords: ['унаа', 'машина'],
};
