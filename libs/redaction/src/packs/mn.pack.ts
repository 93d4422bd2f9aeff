import type { CountryPack } from './country-pack';

/** Mongolia (and Mongolian women in Russia's Far East, Korea and China). */
export const MN: CountryPack = {
  country: 'MN',
  name: 'Mongolia',
  // (Eight digits without a trunk prefix: tried only with +976, as 8-digit runs are too often other numbers.)
  phone: { trunk: null, national: false },
  address: {
    // An Ulaanbaatar address counts its khoroo (sub-district), building, entrance and door: "20th khoroo, building 7, door 52",
    // "9-р хороо, 12-р байр, 3-р орц, 45 тоот".
    street: ['khoroo', 'horoo', 'хороо', 'khoroolol', 'хороолол', 'düüreg', 'duureg', 'дүүрэг', 'gudamj', 'гудамж'],
    unit: ['bair', 'байр', 'orts', 'орц', 'toot', 'тоот'],
  },
  names: {
    given: ['Бат-Эрдэнэ', 'Бат-Оргил', 'Мөнх-Эрдэнэ', 'Оюун-Эрдэнэ', 'Мөнхтуяа', 'Энхжаргал', 'Оюунчимэг', 'Болормаа', 'Сарангэрэл', 'Цэцэгмаа', 'Алтанцэцэг',
      'Нарантуяа', 'Отгонбаяр', 'Ганбаатар', 'Батбаяр', 'Эрдэнэчимэг', 'Хулан', 'Солонго', 'Дэлгэрмаа', 'Гэрэлмаа', 'Уранчимэг', 'Ариунаа', 'Саруул',
      'Буянаа', 'Ганзориг', 'Мөнхзул', 'Энхтуяа', 'Одгэрэл', 'Цолмон', 'Түвшинжаргал', 'Munkhtuya', 'Monkhtuya', 'Enkhjargal', 'Oyunchimeg', 'Bolormaa',
      'Sarangerel', 'Tsetsegmaa', 'Altantsetseg', 'Narantuya', 'Otgonbayar', 'Ganbaatar', 'Batbayar', 'Erdenechimeg', 'Khulan', 'Solongo', 'Delgermaa',
      'Gerelmaa', 'Uranchimeg', 'Ariunaa', 'Saruul', 'Buyanaa', 'Ganzorig', 'Munkhzul', 'Enkhtuya', 'Odgerel', 'Tsolmon', 'Bat-Erdene', 'Bat-Orgil',
      'Munkh-Erdene', 'Oyun-Erdene'],
  },
  institutions: ['tsagdaa', 'цагдаа'],
  places: ['Ulaanbaatar', 'Улаанбаатар', 'Улан-Батор', 'Улан-Баторе', 'Songinokhairkhan', 'Сонгинохайрхан', 'Bayanzurkh', 'Баянзүрх', 'Баянзурх', 'Khan-Uul',
    'Хан-Уул', 'Chingeltei', 'Чингэлтэй', 'Bayangol', 'Баянгол', 'Nalaikh', 'Налайх', 'Erdenet', 'Эрдэнэт', 'Zamyn-Uud', 'Zamyn-Üüd',
    'Замын-Үүд', 'Choibalsan', 'Чойбалсан', 'Sükhbaatar', 'Sukhbaatar', 'Сүхбаатар'],
};
