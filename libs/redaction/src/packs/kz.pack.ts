import type { CountryPack } from './country-pack';

/** Kazakhstan. */
export const KZ: CountryPack = {
  country: 'KZ',
  name: 'Kazakhstan',
  phone: { trunk: '8', national: true },
  identityNumbers: [{ validator: 'iin', context: ['иин', 'iin', 'жсн', 'ИИН'] }],
  plates: [
    { pattern: String.raw`\d{3}[\s-]?[A-Z]{2,3}[\s-]?\d{2}`, standalone: true },
    { pattern: String.raw`\d{3}\s?[АВЕКМНОРСТУХ]{2,3}\s?\d{2}`, standalone: true },
    { pattern: String.raw`[A-Z]\s?\d{3}\s?[A-Z]{2,3}`, standalone: true },
    // In lower case, as notes typed on a phone write them (white lada 347 axk 02, audi f 117 bpd): only after a car.
    { pattern: String.raw`\d{3}\s?[a-z]{2,3}\s?\d{2}`, standalone: false },
    { pattern: String.raw`[a-z]\s?\d{3}\s?[a-z]{2,3}`, standalone: false },
  ],
  address: { street: ['көшесі', 'к-сі', 'ш/а', 'ш.а.', 'даңғылы', 'шағын', 'ықшам', 'ш.а', 'ш/а', 'мкр', 'мкрн', 'microdistrict', 'mikrorayon', 'shagyn', 'kosh', 'koshesi', 'dangyly', 'zhk', 'жк', 'shosse', 'шоссе', 'трасса', 'тас жолы', 'massiv', 'массив', 'аулы', 'ауылы'], unit: ['үй', 'пәтер', 'блок', 'корп', 'korp', 'korpus', 'block', 'dormitory', 'dorm', 'жатақхана', 'zhatakhana', 'общежитие', 'общага', 'комн', 'komn', 'room', 'bolme', 'бөлме', 'barrack', 'barracks', 'барак', 'baraq'] },
  names: { endings: ['ов', 'ова', 'ев', 'ева', 'ин', 'ина', 'баев', 'бекова', 'улы', 'ұлы', 'кызы', 'қызы', 'uly', 'kyzy', 'bekov', 'bekova', 'bayev', 'baeva'], given: ['Sandugash', 'Сандугаш', 'Шолпан', 'Камшат', 'Наргиз', 'Балнур', 'Несибели', 'Толкын', 'Фариза', 'Кымбат', 'Перизат', 'Аяулым', 'Дархан', 'Нуржас', 'Ришат', 'Шерхан', 'Bota', 'Botagoz', 'Ботагоз', 'Айгерим', 'Айгуль', 'Асель', 'Алия', 'Аружан', 'Гаухар', 'Динара', 'Жанар', 'Жулдыз', 'Жансая', 'Мадина', 'Меруерт', 'Назерке', 'Сауле', 'Томирис', 'Ерлан', 'Ержан', 'Нурлан', 'Бауыржан', 'Даурен', 'Асхат', 'Серик', 'Талгат', 'Айдос', 'Асик', 'Жаке', 'Нуке', 'Бака', 'Ака', 'Сака', 'Дина', 'Зарка', 'Kurban', 'Курбан', 'Ramazan', 'Рамазан', 'Nurik', 'Нурик', 'Бахытжан', 'Кенжегуль', 'Ерзат', 'Толеген', 'Кульпаш', 'Nurbolat', 'Balausa', 'Гүлназ', 'Lyaziza', 'Камилжан'] },
  notNames: ['қаңтар', 'ақпан', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан', 'дүйсенбі', 'сейсенбі', 'сәрсенбі', 'бейсенбі', 'сенбі', 'жексенбі'],
  places: ['Karabulak', 'Карабулак', 'Sayakhat', 'Саяхат', 'Tastak', 'Тастак', 'Mynbulak', 'Мынбулак', 'Shieli', 'Шиели', 'Zhalagash', 'Жалагаш', 'Tasbuget', 'Тасбугет', 'Arys', 'Арыс',
    'Kentau', 'Кентау', 'Saryagash', 'Сарыагаш', 'Lenger', 'Ленгер', 'Sairam', 'Сайрам', 'Zhetysay', 'Жетысай', 'Aralsk', 'Аральск', 'Kazaly', 'Казалы', 'Tulkibas', 'Тюлькубас',
    'Sozak', 'Созак', 'Otrar', 'Отрар', 'Shardara', 'Шардара', 'Kazygurt', 'Казыгурт', 'Zhanakorgan', 'Жанакорган', 'Terenozek', 'Тереньозек', 'Baikonyr', 'Байконыр',
    'Karachaganak', 'Карачаганак', 'Kalamkas', 'Каламкас', 'Karazhanbas', 'Каражанбас', 'Zhetybai', 'Жетыбай', 'Kashagan', 'Кашаган', 'Bautino', 'Баутино', 'Kulsary', 'Beineu', 'Бейнеу', 'Makat', 'Макат', 'Dossor', 'Доссор', 'Zhilgorodok', 'Жилгородок', 'Avangard', 'Авангард', 'Korday', 'Кордай', 'Turkistan', 'Туркистан', 'Shanyrak', 'Шанырак', 'Sayram', 'Сайрам', 'Samal', 'Самал', 'Aksai', 'Аксай', 'Orbita', 'Орбита', 'Zhetysu', 'Усть-Каменогорск', 'Ust-Kamenogorsk', 'Ust', 'Öskemen', 'Оскемен', 'Өскемен', 'Қарағанды', 'Шымкент', 'Ақтөбе', 'Павлодар', 'Өскемен', 'Семей', 'Атырау', 'Қостанай', 'Қызылорда', 'Орал', 'Ақтау', 'Талдықорған', 'Көкшетау', 'Степногорск', 'Кордай', 'Қонаев', 'Капшагай', 'Есик', 'Талгар', 'Каскелен', 'Жанаозен', 'Балхаш', 'Сатпаев', 'Рудный', 'Кульсары', 'Алматы', 'Астана', 'Нур-Султан', 'Шымкент', 'Караганда', 'Актобе', 'Тараз', 'Павлодар', 'Усть-Каменогорск', 'Семей', 'Атырау', 'Костанай', 'Кызылорда', 'Уральск', 'Петропавловск', 'Актау', 'Талдыкорган', 'Туркестан', 'Кокшетау', 'Темиртау', 'Экибастуз', 'Жезказган', 'Almaty', 'Astana', 'Shymkent', 'Karaganda', 'Aktobe', 'Taraz', 'Pavlodar', 'Semey', 'Atyrau', 'Kostanay', 'Kyzylorda', 'Uralsk', 'Aktau', 'Taldykorgan', 'Turkestan', 'Kokshetau', 'Майкудук', 'Майкудука', 'Майкудуке', 'Maikuduk', 'Talgar', 'Kaskelen', 'Esik', 'Issyk', 'Saran', 'Сарань', 'Shakhtinsk', 'Шахтинск', 'Temirtau', 'Zhezkazgan', 'Ekibastuz', 'Uzynagash', 'Узынагаш', 'Shamalgan', 'Шамалган', 'Urzhar', 'Уржар', 'Lenger', 'Ленгер', 'Aksukent', 'Аксукент', 'Zhibek Zholy', 'Жибек Жолы', 'Borodulikha', 'Бородулиха'],
  vehicleWords: ['көлік', 'машина'],
};
