import type { CountryPack } from './country-pack';

/** Georgia. */
export const GE: CountryPack = {
  country: 'GE',
  name: 'Georgia',
  phone: { trunk: '0', national: true },
  plates: [
    { pattern: String.raw`[A-Z]{2}-\d{3}-[A-Z]{2}`, standalone: true },
    { pattern: String.raw`[A-Z]{2}\s\d{3}\s[A-Z]{2}`, standalone: false },
  ],
  address: { street: ['qucha', 'kucha', 'quchis', 'gamziri', 'chikhi', 'mikro', 'mikroraioni', 'm/r', 'м/р', 'м-н', 'massive', 'массив', 'ქუჩა', 'ქუჩის', 'გამზირი', 'გამზ', 'შესახვევი', 'შეს', 'ჩიხი', 'მ/რ', 'მასივი', 'დასახლება'], unit: ['bina', 'bin', 'korpusi', 'korp', 'sartuli', 'sadarbazo', 'ბინა', 'ბ', 'კორპუსი', 'კორპ', 'სართული', 'სადარბაზო'] },
  names: { titles: ['kalbatono', 'batono', 'калбатоно', 'батоно'], endings: ['shvili', 'dze', 'adze', 'elia', 'uri', 'швили', 'дзе', 'адзе', 'елия', 'ури'], given: ['Тамта', 'Tamta', 'Тамты', 'Тамте', 'Тамту', 'Nestan', 'Otar', 'Goga', 'Soso', 'Нестан', 'Отар', 'Гога', 'Сосо', 'Натэлла', 'Natella', 'Натела', 'Natela', 'Beso', 'Makvala', 'Shorena', 'Tamuna', 'Zura', 'Manana', 'Lali', 'Bachana', 'Zaza', 'Shota', 'Mamuka', 'Temo', 'Paata', 'Rezo', 'Tornike', 'Маквала', 'Шорена', 'Бесо', 'Тамуна', 'Зура', 'Манана', 'Бачана', 'Заза', 'Шота', 'Мамука', 'Темо', 'Паата', 'Резо', 'Торнике', 'Кетино', 'Ketino', 'Даре', 'Dare', 'Мака', 'Маки', 'Lika', 'Лика', 'Anano', 'Анано', 'Lasha', 'Ласха', 'Koba', 'Коба', 'Vakhtang', 'Вахтанг', 'Nanuka', 'Нанука', 'Gio', 'Гио', 'Nino', 'Marine', 'Марине', 'Tamar', 'Ana', 'Mariam', 'Eka', 'Ketevan', 'Salome', 'Natia', 'Lela', 'Nana', 'Giorgi', 'Davit', 'Levan', 'Irakli', 'Zurab', 'Gela', 'Tamaz', 'Gogi', 'Dato', 'Gia', 'Tako', 'Tika', 'Eteri', 'Keti', 'Maka', 'Nato', 'Nana', 'Tea', 'Teona', 'Нана', 'Тея', 'Теона', 'Mzia', 'Мзия', 'Lela', 'Лела', 'Sopo', 'Сопо', 'Саломе', 'Khatia', 'Besik', 'Ekaterine', 'Tatia', 'Sopiko', 'Nini', 'Levani', 'Ламара', 'Бадри', 'Гоги', 'Lekso', 'Nikoloz', 'Sopho', 'Дато', 'Мадона', 'Софо', 'Гванца', 'Цира', 'Хатия', 'Леван', 'Ираклий', 'Звиад', 'Каха', 'Зураб', 'Нодар', 'Лаша', 'Madona', 'Gvantsa', 'Tsira', 'Zviad', 'Kakha', 'Nodar', 'Nata', 'Dali'] },
  notNames: ['Mariamoba', 'Мариамоба', 'Giorgoba', 'Гиоргоба', 'ianvari', 'tebervali', 'marti', 'aprili', 'maisi', 'ivnisi', 'ivlisi', 'agvisto', 'seqtemberi', 'oqtomberi', 'noemberi', 'dekemberi', 'гиоргоба', 'giorgoba', 'мцхетоба', 'mtskhetoba', 'тбилисоба', 'tbilisoba', 'алило', 'alilo'],
  places: ['Sadakhlo', 'Садахло', 'Nadzaladevi', 'Надзаладеви', 'Mtatsminda', 'Мтацминда', 'Krtsanisi', 'Крцаниси', 'Rustaveli', 'Руставели', 'Sarpi', 'Сарпи', 
    'Мцхета', 'Mtskheta', 'Рустави', 'Rustavi', 'Тбилиси', 'Батуми', 'Кутаиси', 'Tbilisi', 'Batumi', 'Kutaisi', 'Zugdidi', 'Зугдиди', 'Gori', 'Гори',
    'Marneuli', 'Марнеули', 'Poti', 'Поти', 'Telavi', 'Телави', 'Kobuleti', 'Кобулети', 'Senaki', 'Сенаки', 'Samtredia', 'Самтредиа', 'Khashuri', 'Хашури',
    'Zestaponi', 'Зестафони', 'Akhaltsikhe', 'Ахалцихе', 'Ozurgeti', 'Озургети', 'Borjomi', 'Боржоми', 'Gardabani', 'Гардабани', 'Sighnaghi', 'Сигнахи',
    'Saburtalo', 'Сабуртало', 'Vake', 'Ваке', 'Gldani', 'Глдани', 'Didube', 'Дидубе', 'Isani', 'Исани', 'Samgori', 'Самгори', 'Varketili', 'Варкетили',
    'Dighomi', 'Дигоми', 'Avlabari', 'Авлабари', 'Ortachala', 'Ортачала', 'Sololaki', 'Сололаки', 'Chugureti', 'Чугурети', 'Vazisubani', 'Вазисубани',
    'Ninotsminda', 'Ниноцминда', 'Akhalkalaki', 'Ахалкалаки', 'Javakheti', 'Джавахети', 'Kakheti', 'Кахети', 'Imereti', 'Имерети', 'Adjara', 'Ajara', 'Аджария',
    'Svaneti', 'Сванети', 'Tskaltubo', 'Цхалтубо', 'Lagodekhi', 'Лагодехи', 'Bolnisi', 'Болниси', 'Dmanisi', 'Дманиси', 'Tetritskaro', 'Тетрицкаро',
    'Chiatura', 'Чиатура', 'Sagarejo', 'Сагареджо', 'Gurjaani', 'Гурджаани', 'Kvareli', 'Кварели', 'Dusheti', 'Душети', 'Stepantsminda', 'Степанцминда',
    'Mestia', 'Местиа', 'Anaklia', 'Анаклия', 'Ureki', 'Уреки',
    'თბილისი', 'ბათუმი', 'ქუთაისი', 'რუსთავი', 'გლდანი', 'საბურთალო', 'ვაკე', 'ისანი', 'სამგორი', 'დიდუბე', 'ნაძალადევი', 'ვარკეთილი', 'დიღომი', 'ზუგდიდი', 'გორი', 'მარნეული',
  ],
  vehicleWords: ['manqana'],
};
