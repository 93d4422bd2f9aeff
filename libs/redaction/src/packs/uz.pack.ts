import type { CountryPack } from './country-pack';

/** Uzbekistan. */
export const UZ: CountryPack = {
  country: 'UZ',
  name: 'Uzbekistan',
  phone: { trunk: '0', national: true },
  identityNumbers: [{ validator: 'pin', context: ['pinfl', 'пинфл', 'jshshir', 'жшшир'] }],
  plates: [
    { pattern: String.raw`\d{2}\s?[A-Z]\s?\d{3}\s?[A-Z]{2}`, standalone: true },
    { pattern: String.raw`\d{2}\s?\d{3}\s?[A-Z]{3}`, standalone: true },
  ],
  address: { afterName: ['shahri', 'шаҳри', 'шахри', 'ko\'shesi', 'ko\'chasi', 'mahalla', 'mahallasi', 'tumani', 'qishlog\'i', 'кўчаси', 'тумани', 'қишлоғи', 'маҳалласи', 'махалласи'], street: ['tuman', 'tumani', 'ko\'shesi', 'ko‘shesi', 'koshesi', 'mfy', 'тумани', 'туман', 'қишлоғи', 'қишлоқ', 'маҳалла', 'маҳалласи', 'махалласи', 'ko\'chasi', 'ko‘chasi', 'kochasi', 'ko\'cha', 'kucha', 'mahalla', 'mahallasi', 'kvartal', 'massiv', 'mavzesi', 'кўчаси', 'махалла', 'мавзеси', 'тупик'], unit: ['úy', 'uy', 'xonadon', 'xona', 'bino', 'podezd', 'ётоқхона', 'yotoqxona', 'хонадон', 'уй'] },
  names: { endings: ['ov', 'ova', 'ev', 'eva', 'jon', 'xon', 'bek', 'zoda', 'ов', 'ова', 'жон', 'хон', 'бек', 'зода'], given: ['Malohat', 'Bibiayim', 'Mahfuza', 'Muqaddas', 'Charos', 'Shahzoda', 'Rayhon', 'Xurshida', 'Dilrabo', 'Махфуза', 'Мукаддас', 'Чарос', 'Шахзода', 'Райхон', 'Хуршида', 'Дилрабо', "Ra'no", 'Ra’no', "Ma'mura", 'Ma’mura', "Sa'diya", 'Sa’diya', "Mu'tabar", 'Mu’tabar', "Ma'rifat", 'Ma’rifat', 'Sevinch', 'Севинч', 'Дильфуза', 'Гузаль', 'Нафиса', 'Мухаббат', 'Баходир', 'Ильхом', 'Ra\'no', 'Раъно', 'Дилафруз', 'Dilafruz', 'Ойша', 'Oysha', 'Oyisha', 'Dilnoza', 'Gulnora', 'Nodira', 'Shahnoza', 'Madina', 'Zarina', 'Malika', 'Feruza', 'Sevara', 'Nilufar', 'Dilshod', 'Sardor', 'Jasur', 'Bobur', 'Aziz', 'Otabek', 'Sherzod', 'Farrux', 'Ulugbek', 'Jahongir', 'Gulya', 'Dilya', 'Shoxa', 'Nodi', 'Navruz', 'Навруз', 'Ramazon', 'Рамазон', 'Qurbon', 'Курбон',
    'Temur', 'Темур', 'Shavkat', 'Шавкат', 'Farrukh', 'Фаррух', 'Shohruh', 'Shohrux', 'Шохрух', 'Akmal', 'Акмал', 'Bekzod', 'Бекзод', 'Doniyor', 'Дониёр', 'Eldor', 'Элдор', 'Javlon', 'Жавлон', 'Nodir', 'Нодир',
    'Oybek', 'Ойбек', 'Sanjar', 'Санжар', 'Umid', 'Умид', 'Zafar', 'Зафар', 'Mohinur', 'Мохинур', 'Gulchehra', 'Гулчехра', 'Dilfuza', 'Дилфуза', 'Kamola', 'Камола', 'Mukhlisa', 'Мухлиса', 'Oydin', 'Ойдин',
    'Yulduz', 'Юлдуз', 'Zilola', 'Зилола', 'Munisa', 'Муниса', 'Gulbahor', 'Гулбахор', 'Nargiza', 'Наргиза', 'Ozoda', 'Озода', 'Saida', 'Саида', 'Shoira', 'Шоира', 'Khalima', 'Мохи', 'Нодира', 'Umida', 'Tahmina', 'Maftuna', 'Fazliddin', 'Kamilochka'] },
  notNames: ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avgust', 'sentabr', 'oktabr', 'noyabr', 'dekabr', 'dushanba', 'seshanba', 'chorshanba', 'payshanba', 'shanba', 'yakshanba', 'hayit', 'hayiti', 'ҳайит', 'хайит', 'mehrjon'],
  places: [
    // Towns beyond the regional centres, in Uzbek and Russian spellings.
    'Chirchiq', 'Chirchik', 'Чирчик', 'Olmaliq', 'Almalyk', 'Алмалык', 'Angren', 'Ангрен', 'Bekobod', 'Bekabad', 'Бекабад', 'Navoiy', 'Navoi', 'Навои', 'Urganch', 'Urgench', 'Ургенч',
    'Xiva', 'Khiva', 'Хива', 'Guliston', 'Gulistan', 'Гулистан', 'Qoʻqon', "Qo'qon", 'Kokand', 'Коканд', 'Margʻilon', "Marg'ilon", 'Margilan', 'Маргилан', 'Shahrisabz', 'Шахрисабз',
    'Chorsu', 'Чорсу', 'Чор-Су',
    'Gʻijduvon', "G'ijduvon", 'Gijduvan', 'Гиждуван', 'Yangiyoʻl', 'Yangiyul', 'Янгиюль', 'Zarafshon', 'Zarafshan', 'Зарафшан', 'Ohangaron', 'Akhangaran', 'Ахангаран', 'Qarshi', 'Karshi', 'Termiz', 'Termez',
    'Chilanzar', 'Chilonzor', 'Чиланзар', 'Чилонзор', 'Yunusabad', 'Юнусабад', 'Sergeli', 'Сергели', 'Yakkasaray', 'Яккасарай', 'Mirzo Ulugbek', 'Мирзо-Улугбек', 'Jizzakh', 'Джизак', 'Bunyodkor', 'Бунёдкор', 'Тошкент', 'Самарқанд', 'Бухоро', 'Фарғона', 'Андижон', 'Наманган', 'Ташкент', 'Самарканд', 'Бухара', 'Наманган', 'Андижан', 'Фергана', 'Нукус', 'Карши', 'Термез', 'Тошкент', 'Toshkent', 'Tashkent', 'Samarkand', 'Samarqand', 'Bukhara', 'Buxoro', 'Namangan', 'Andijan', 'Andijon', 'Fergana', 'Fargona', "Farg'ona", 'Fargʻona', 'Jizzax', 'Urganch', 'Xorazm', 'Qoraqalpogʻiston', "Qoraqalpog'iston", 'Asaka', 'Quvasoy', 'Chust', 'Kosonsoy', 'Denov', 'Kattaqoʻrgʻon', "Kattaqo'rg'on", 'Nukus', 'Qarshi', 'Termez', 'Chilonzor', 'Yunusobod'],
  vehicleWords: ['mashina', 'avtomobil'],
};
