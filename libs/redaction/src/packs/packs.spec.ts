import { detectPii } from '../detect';
import { IDENTITY_NUMBERS } from '../identity-numbers';
import type { PiiType } from '../types';
import { PERSON_VOCABULARIES } from '../data/person-words';
import { COUNTRY_PACKS } from './index';

/**
 * Each country pack with examples written for it (invented people, streets and
 * numbers): what it must find, whole, with its kind; and hard negatives that
 * look like names or numbers but are not (months, weekdays, institutions,
 * places, brands). Adding a country is adding its pack and its entry here.
 */
type Positive = [text: string, type: PiiType, value: string];
interface Examples {
  found: Positive[];
  /** A text and a part of it that no span may touch. */
  notFound: Array<[text: string, value: string]>;
}

/** The number with the check digit that makes the validator accept it. */
function valid(prefix: string, name: string): string {
  const isValid = IDENTITY_NUMBERS.find(([n]) => n === name)![1];
  for (let d = 0; d <= 9; d++) if (isValid(`${prefix}${d}`)) return `${prefix}${d}`;
  throw new Error(`no check digit for ${prefix}`);
}

const IIN = valid('95082740113', 'iin');
const IDNP = valid('200304512378', 'idnp');
const PESEL = valid('9002150387', 'pesel');
const EGN = valid('870423451', 'egn');
const CNP = valid('290061512345', 'cnp');
const JMBG = valid('150398571002', 'jmbg');
const OIB = valid('4728305169', 'oib');

const EXAMPLES: Record<string, Examples> = {
  KZ: {
    found: [
      [`В полиции переписали её ИИН ${IIN} и телефон.`, 'IDNUM', IIN],
      [`На листке было только ${IIN}, больше ничего.`, 'IDNUM', IIN],
      ['Её увезли на машине 777 ВКА 02 без номера отдела.', 'PLATE', '777 ВКА 02'],
      ['White Camry, 512 AZK 17, parked outside.', 'PLATE', '512 AZK 17'],
      ['Живёт в мкр. Самал-2, д. 58, кв. 14 с подругой.', 'ADDRESS', 'мкр. Самал-2, д. 58, кв. 14'],
      ['She stays in the dormitory on Tole bi 112, block 3, room 41.', 'ADDRESS', 'Tole bi 112, block 3, room 41'],
      ['Звоните на 8 701 555 12 34 после обеда.', 'PHONE', '8 701 555 12 34'],
      // Dormitory and room abbreviations after the house.
      ['Живёт в общежитии: ул. Абая 12, общ. № 2, ком. 305.', 'ADDRESS', 'ул. Абая 12, общ. № 2, ком. 305'],
      // A street named after a batyr, a highway (тракт), a house with building and flat.
      ['She stays at Almaty, Rayimbek batyr shosse 220, dormitory no. 4, room 5.', 'ADDRESS', 'Rayimbek batyr shosse 220, dormitory no. 4, room 5'],
      ['Живёт на Кульджинском тракте 8, блок Б, комната 12.', 'ADDRESS', 'Кульджинском тракте 8, блок Б, комната 12'],
      ['She lives at Gagarina 15/2-44 with two others.', 'ADDRESS', 'Gagarina 15/2-44'],
      // A residential complex (ЖК, in capitals) with its name in quotes.
      ['Её держали в ЖК «Алтын Булак», блок 3, кв. 41.', 'ADDRESS', 'ЖК «Алтын Булак», блок 3, кв. 41'],
      // A given name that is also part of a hyphenated city's name (Нур-Султан), before a patronymic.
      ['Её хозяин — Султан Маратович, он и забрал паспорт.', 'PERSON', 'Султан Маратович'],
    ],
    notFound: [
      ['Наурыз мейрамы кезінде бәрі жабық болды.', 'Наурыз'],
      ['In March the raids started again.', 'March'],
      // Streets named after people: before a street word, or after "на" alone.
      ['She rents near Kurmangazy street, by the bazaar.', 'Kurmangazy'],
      ['Сауна на Тимирязева, девочки там с вечера.', 'Тимирязева'],
    ],
  },
  KG: {
    found: [
      ['Номер машины 01 482 AKB, белая Хонда.', 'PLATE', '01 482 AKB'],
      ['Их держали в жатакана на ул. Ахунбаева 44, комната 12.', 'ADDRESS', 'ул. Ахунбаева 44, комната 12'],
      ['Тел. 0555 71 40 32, только вечером.', 'PHONE', '0555 71 40 32'],
      // A street named after a person with a title after the name, and a house with a building, without a cue.
      ['They drove her to Abay akyn 12/1 and left her there.', 'ADDRESS', 'Abay akyn 12/1'],
      ['The flat on ul. Kabanbay batyr 45/3 was rented.', 'ADDRESS', 'ul. Kabanbay batyr 45/3'],
      // A patronymic with its particle is the whole name.
      ['Айгерим Бакыт кызы рассказала, что её задержали.', 'PERSON', 'Айгерим Бакыт кызы'],
      ['Azamat Nurlan uulu was the driver.', 'PERSON', 'Azamat Nurlan uulu'],
    ],
    notFound: [['Ошондо майда бардык, Бишкекте.', 'Бишкекте'], ['The ratio was bi 12/1 in that study.', 'bi 12/1'], ['Айгерим кызыл көйнөк кийген.', 'кызыл көйнөк']],
  },
  UZ: {
    found: [
      ['The taxi was 01 A 777 BC, a white Nexia.', 'PLATE', '01 A 777 BC'],
      ["Manzil: Chilonzor tumani, Bunyodkor ko'chasi 12-uy, 45-xonadon.", 'ADDRESS', "Bunyodkor ko'chasi 12-uy, 45-xonadon"],
      ['Her sister Gulchehra Tursunboyeva came too.', 'PERSON', 'Gulchehra Tursunboyeva'],
      // A village and a mahalla, its name in quotes.
      ['Она из Самарканда: кишлак Навои, махалля «Бахор», дом 9.', 'ADDRESS', 'кишлак Навои, махалля «Бахор», дом 9'],
      // District, village (or mahalla), street and house in Latin script.
      ["Her parents live in Oqdaryo tumani, Ravot qishlog'i, Navro'z ko'chasi 38-uy, near the school.", 'ADDRESS', "Oqdaryo tumani, Ravot qishlog'i, Navro'z ko'chasi 38-uy"],
      ["She stayed at Sergeli tumani, Yangiobod mahallasi, Tinchlik ko'chasi 7-xonadon.", 'ADDRESS', "Sergeli tumani, Yangiobod mahallasi, Tinchlik ko'chasi 7-xonadon"],
      ['Родители живут: Пахтакор тумани, Янгиер қишлоғи, Навбаҳор кўчаси 38-уй.', 'ADDRESS', 'Пахтакор тумани, Янгиер қишлоғи, Навбаҳор кўчаси 38-уй'],
    ],
    notFound: [['Dushanba kuni bozorga bordik.', 'Dushanba'], ['Oqdaryo tumani hokimligi 2020-yilda yopildi.', 'hokimligi'], ['Пахтакор тумани ҳокимлиги 2020 йилда ёпилди.', 'ҳокимлиги 2020'], ['Oqdaryo tumani hokimligi 2020 yilda yopildi.', 'hokimligi 2020']],
  },
  TJ: {
    found: [
      ['Мошини 4512 AB 01 дар назди дар буд.', 'PLATE', '4512 AB 01'],
      ['Её подругу звали Сурайё Назарова.', 'PERSON', 'Сурайё Назарова'],
      ['She lives at kuchai Somoni 18, khonai 7.', 'ADDRESS', 'kuchai Somoni 18, khonai 7'],
    ],
    notFound: [['В Душанбе было холодно.', 'Душанбе']],
  },
  RU: {
    found: [
      ['Остановили у дома, машина Е 342 КХ 777, серая.', 'PLATE', 'Е 342 КХ 777'],
      ['номер записала: а123вс77, серая приора', 'PLATE', 'а123вс77'],
      ['Паспорт серии 4512 № 345678 забрали при задержании.', 'IDNUM', '4512 № 345678'],
      ['Адрес: Каширское шоссе, д. 49, корп. 2, кв. 113.', 'ADDRESS', 'Каширское шоссе, д. 49, корп. 2, кв. 113'],
      ['Потом пришла Рузанна Тер-Степанова, соседка.', 'PERSON', 'Рузанна Тер-Степанова'],
      // Diminutives written in lower case in a narrative written with capitals.
      ['Вчера заходила танька с подругой, вся в синяках.', 'PERSON', 'танька'],
      // A nickname in quotes after the name is still a name.
      ['Подруга Корины, Лейла («Лейлушка»), всё видела.', 'PERSON', 'Лейлушка'],
      ['Девочки зовут его «Кирюха», а у «Кирюхи» белая машина.', 'PERSON', 'Кирюхи'],
      // A name that is also a word, in notes without capitals, before a person's verb.
      ['потом вера говорит что их опять забрали', 'PERSON', 'вера'],
      ['Потом светка сказала, что их снова забрали.', 'PERSON', 'светка'],
      // A short given name in lower case, in a case form, right after a preposition.
      ['Я ночевала у юры, он потом ушёл.', 'PERSON', 'юры'],
      ['Потом мы пошли к ане, а потом с олей в бар.', 'PERSON', 'олей'],
    ],
    notFound: [
      ['Мы говорили о рае и аде, а потом с ней у них.', 'рае'],
      ['Мы говорили о рае и аде, а потом с ней у них.', 'ней'],
      ['Мы говорили о рае и аде, а потом с ней у них.', 'них'],
      ['В пятницу приехал наряд из отдела.', 'пятницу'],
      ['Ехали в 100 км 20 минут, потом остановились.', '100 км 20'],
      // A word with a surname's ending at the start of a sentence, written nowhere else with a capital.
      ['Клиентов ищут через сайт, говорит она.', 'Клиентов'],
      ['Её увезли на «Вольво» без номеров.', 'Вольво'],
      // A quoted name right after a preposition: a shop, market or hospital.
      ['Её задержали у «Мегамолла», потом отвезли в «Ленинскую».', 'Мегамолла'],
      ['В ТЦ «Достык Плаза» она работала уборщицей.', 'Достык Плаза'],
      ['She was taken in a car, BMW HTR 7731, to the station.', 'BMW'],
      ['В Пятерочке у метро её и задержали.', 'Пятерочке'],
    ],
  },
  UA: {
    found: [
      ['Машина AA 4821 KC стояла біля входу.', 'PLATE', 'AA 4821 KC'],
      ['Живе за адресою вул. Шевченка 17, кв. 9.', 'ADDRESS', 'вул. Шевченка 17, кв. 9'],
      ['Її подруга Оксана Ковальчук теж була там.', 'PERSON', 'Оксана Ковальчук'],
    ],
    notFound: [['У березні все почалося знову.', 'березні']],
  },
  MD: {
    found: [
      [`She dictated her personal code ${IDNP} to the officer.`, 'IDNUM', IDNP],
      [`Codul scris pe hârtie: ${IDNP}.`, 'IDNUM', IDNP],
      ['Locuiește pe str. Ismail 84, ap. 17, Chișinău.', 'ADDRESS', 'str. Ismail 84, ap. 17'],
      ['Her friend Ana-Maria Rotaru-Ciobanu was also fined.', 'PERSON', 'Ana-Maria Rotaru-Ciobanu'],
    ],
    notFound: [['In Martie the police came to Orhei.', 'Martie']],
  },
  BY: {
    found: [['Номер машины 4512 AB-7, чёрный Фольксваген.', 'PLATE', '4512 AB-7']],
    notFound: [['В Минске всё было спокойно.', 'Минске']],
  },
  GE: {
    found: [
      ['The car, AB-123-CD, was a police Prius.', 'PLATE', 'AB-123-CD'],
      ['Her colleague Nino Beridze translated.', 'PERSON', 'Nino Beridze'],
    ],
    notFound: [['Tbilisi City Court refused the appeal.', 'Tbilisi City Court']],
  },
  AM: {
    found: [['Her friend Lilit Hovhannisyan was detained too.', 'PERSON', 'Lilit Hovhannisyan']],
    notFound: [['Yerevan police station no. 3 kept her overnight.', 'Yerevan']],
  },
  AZ: {
    found: [
      ['The car 10-AB-123 followed them.', 'PLATE', '10-AB-123'],
      ['Her roommate Aysel Mammadova paid the fine.', 'PERSON', 'Aysel Mammadova'],
      // A FIN without a keyword: seven capitals and digits, mixed.
      ['The officer copied 4QK8TZ2 from her card.', 'IDNUM', '4QK8TZ2'],
      // A settlement, then the street, house and flat, all abbreviated.
      ['Ünvan: Zığ qəs., Füzuli küç. 41, m. 17, Bakı.', 'ADDRESS', 'Zığ qəs., Füzuli küç. 41, m. 17'],
      ['Onu Cavadxan döngəsi 7, ev 3 ünvanında saxladılar.', 'ADDRESS', 'Cavadxan döngəsi 7, ev 3'],
      ['She lived at Şərifzadə küçəsi 12, mənzil 40 for a year.', 'ADDRESS', 'Şərifzadə küçəsi 12, mənzil 40'],
    ],
    notFound: [
      ['They flew from Baku to Dubai.', 'Baku'],
      // A street's name without its number, a house alone, the city.
      ['Nizami küçəsində 2019-cu ildə görüşdük.', 'Nizami'],
      ['Ev 3 il əvvəl satılıb, Bakı dəyişib.', 'Ev 3'],
      ['Ev 3 il əvvəl satılıb, Bakı dəyişib.', 'Bakı'],
      ['She had COVID19 and he bought an RTX4090.', 'COVID19'],
      ['She had COVID19 and he bought an RTX4090.', 'RTX4090'],
      ['The code ABCD123 opened the gate.', 'ABCD123'],
    ],
  },
  TR: {
    found: [
      ['Adres: Cumhuriyet Mah. Atatürk Cad. No:14 Daire 5, Antalya.', 'ADDRESS', 'Cumhuriyet Mah. Atatürk Cad. No:14 Daire 5'],
      ['The landlord, Mehmet Yılmazoğlu, took their passports.', 'PERSON', 'Mehmet Yılmazoğlu'],
      ['The room was at Caferağa Mah., Moda Cd. No: 47 D: 5 Kadıköy.', 'ADDRESS', 'Caferağa Mah., Moda Cd. No: 47 D: 5'],
      // With its district and city after a slash.
      ['He took her to Gül Mah. Lale Sk. No: 12 Daire: 3, Esenyurt/İstanbul.', 'ADDRESS', 'Gül Mah. Lale Sk. No: 12 Daire: 3, Esenyurt/İstanbul'],
      // A plate with its province code, named a plate or a taxi right after it.
      ['Onu 35 XO 418 plakalı beyaz araçla götürdüler.', 'PLATE', '35 XO 418'],
      ['34 ABC 123 numaralı taksiye bindi.', 'PLATE', '34 ABC 123'],
      ['The car was 06 KL 2041, grey.', 'PLATE', '06 KL 2041'],
    ],
    notFound: [
      // The same shape with a car word only later in another clause, or with no car at all.
      ['Yaşı 35 XO 418 değil, arabası yok.', '35 XO 418'],
      ['Saat 14 AB 12 gibi, 2 kat yukarıda.', '14 AB 12'],
      // A district's name with a letter that folds apart (ı), alone or after an address.
      ['She met him at Kadıköy yesterday.', 'Kadıköy'],
      ['They drove to Esenyurt at night.', 'Esenyurt'],
      ['The ratio was 3 Ankara/İstanbul in that survey.', 'Ankara/İstanbul'],
      ['On Pazartesi they were released.', 'Pazartesi'],
      ['He works at the Emniyet Müdürlüğü in Fatih.', 'Emniyet Müdürlüğü'],
    ],
  },
  AE: {
    found: [['They lived in Al Nahda, Building 12, flat 304.', 'ADDRESS', 'Building 12, flat 304']],
    notFound: [['Dubai Police took her to Al Barsha station.', 'Dubai Police']],
  },
  CZ: {
    found: [
      ['Zastavil je v autě 2AB 4417, šedá Škoda.', 'PLATE', '2AB 4417'],
      ['Bydlí v ulici Vinohradská 118, byt 6.', 'ADDRESS', 'Vinohradská 118, byt 6'],
      // A floor written as an ordinal before its word, between the house and the flat.
      ['The apartment at Korunní 45, 3. patro, byt 12 was his.', 'ADDRESS', 'Korunní 45, 3. patro, byt 12'],
      ['Her flatmate Markéta Nováková-Horáková was there.', 'PERSON', 'Markéta Nováková-Horáková'],
    ],
    notFound: [['V pondělí přišla policie z Prahy.', 'pondělí'], ['She came on 3. Patro was closed.', 'Patro']],
  },
  PL: {
    found: [
      [`Policjant spisał jej PESEL ${PESEL}.`, 'IDNUM', PESEL],
      ['Mieszka przy ul. Piotrkowskiej 112 m. 5 w Łodzi.', 'ADDRESS', 'ul. Piotrkowskiej 112 m. 5'],
      ['Her friend Małgorzata Wiśniewska-Kowalczyk called us.', 'PERSON', 'Małgorzata Wiśniewska-Kowalczyk'],
    ],
    notFound: [
      ['W marcu przyszła straż miejska.', 'marcu'],
      // Months that are also given names, next to another month or a day's number.
      ['In March and April she was fined twice.', 'April'],
      ['The raids went on from May to June; the last fine came on 5 April.', 'April'],
      ['The raids went on from May to June.', 'June'],
      ['On Easter Monday the police came again.', 'Easter'],
    ],
  },
  LV: {
    found: [
      ['Viņa dzīvo Brīvības iela 144 dz. 12, Rīgā.', 'ADDRESS', 'Brīvības iela 144 dz. 12'],
      ['Her friend Inese Kalniņa came later.', 'PERSON', 'Inese Kalniņa'],
      // A local number without a code, after a word about calling: a phone.
      ['Call her on 21 234 567 tomorrow.', 'PHONE', '21 234 567'],
      ['Он звонил с номера 2612 3456 три раза.', 'PHONE', '2612 3456'],
    ],
    notFound: [
      ['In Riga Central Market they were stopped.', 'Riga Central Market'],
      // Without a cue, or a sum, a count or a year after one: not a phone.
      ['The report gives 21 234 567 as the total.', '21 234 567'],
      ['In 2019 the number of residents was 21 234 567.', '21 234 567'],
      ['They called and paid 2123 4567 euros.', '2123 4567'],
      ['He phoned at 2024 1230 hours.', '2024 1230'],
    ],
  },
  EE: {
    found: [
      ['She rents a room at Pärnu mnt 22-7 in Tallinn.', 'ADDRESS', 'Pärnu mnt 22-7'],
      ['The interpreter, Kadri Tamm, stayed with her.', 'PERSON', 'Kadri Tamm'],
      ['Her WhatsApp: 5123 4567, she answers at night.', 'PHONE', '5123 4567'],
    ],
    notFound: [['On Esmaspäev the court was closed.', 'Esmaspäev']],
  },
  KR: {
    found: [
      ['The car, 12가 3456, belonged to the owner.', 'PLATE', '12가 3456'],
      // A surname named by a form of address: the surname is the name.
      ['사장 Park called her every night.', 'PERSON', 'Park'],
      ['Madam Jung took the passports.', 'PERSON', 'Jung'],
      ['The money went to Sajang-nim Lee.', 'PERSON', 'Lee'],
      ['마담 Yoon kept the money.', 'PERSON', 'Yoon'],
    ],
    notFound: [
      ['They met near Seoul Station.', 'Seoul Station'],
      // The same words without a form of address, and the forms of address alone.
      ['We walked in Park Avenue after work.', 'Park Avenue'],
      ['The madam said nothing and ajumma cooked.', 'said nothing'],
      ['The madam of the bar left at Noon.', 'Noon'],
    ],
  },
  LT: {
    found: [
      ['Ji gyvena Gedimino pr. 9-14, Vilniuje.', 'ADDRESS', 'Gedimino pr. 9-14'],
      ['She lives at Savanorių g. 15, Kaunas.', 'ADDRESS', 'Savanorių g. 15'],
      ['Her friend Rūta Petrauskienė was fined.', 'PERSON', 'Rūta Petrauskienė'],
    ],
    notFound: [
      ['Kovas was cold in Klaipėda.', 'Kovas'],
      // An institution's name in the local language: a lower-case word of no dictionary after it.
      ['She complained to the Policijos departamentas last week.', 'Policijos'],
    ],
  },
  SK: {
    found: [
      ['Auto BA-482KC stálo pred domom.', 'PLATE', 'BA-482KC'],
      ['Her friend Zuzana Baloghová came from Košice.', 'PERSON', 'Zuzana Baloghová'],
      ['She rented a room at Mierová 12, 4. poschodie, byt 37 in Nitra.', 'ADDRESS', 'Mierová 12, 4. poschodie, byt 37'],
    ],
    notFound: [['V piatok prišla mestská polícia.', 'piatok']],
  },
  HU: {
    found: [
      ['Lakik: Üllői út 45. III/12, Budapest.', 'ADDRESS', 'Üllői út 45. III/12'],
      ['Her friend Kovácsné Szabó Erzsébet was there.', 'PERSON', 'Kovácsné Szabó Erzsébet'],
      // Surname first, a double surname, at the start of a sentence.
      ['Pécs. Bódis-Varga Zsuzsanna was fined again.', 'PERSON', 'Bódis-Varga Zsuzsanna'],
    ],
    notFound: [
      ['Márciusban jött a rendőrség.', 'Márciusban'],
      // Three capitalised words that no list or ending makes a name: an institution.
      ['She filed it with the Országos Kriminológiai Intézet last year.', 'Országos Kriminológiai Intézet'],
    ],
  },
  RS: {
    found: [
      [`Policajac je zapisao njen JMBG ${JMBG}.`, 'IDNUM', JMBG],
      ['Živi u Ulici Nemanjina 4, stan 12.', 'ADDRESS', 'Nemanjina 4, stan 12'],
      ['Her friend Jelena Petrović-Ilić was fined.', 'PERSON', 'Jelena Petrović-Ilić'],
      // Short diminutives no list holds, in a list with a known name.
      ['Niš. Seka and Jelena were taken to the station.', 'PERSON', 'Seka'],
      ['Seka, Jelena i Goca su bile tamo.', 'PERSON', 'Goca'],
    ],
    notFound: [
      ['U utorak je došla policija.', 'utorak'],
      // A name after the abbreviation of a police station, or after a word of a body: the station's district.
      ['Officers of the PS Vračar held her overnight.', 'Vračar'],
      ['She was held at Stanica Policije Zvezdara overnight.', 'Policije Zvezdara'],
    ],
  },
  MK: {
    found: [['Таа живее на ul. Partizanska br. 23, Skopje.', 'ADDRESS', 'ul. Partizanska br. 23']],
    notFound: [['Во јануари дојде полицијата.', 'јануари']],
  },
  BG: {
    found: [
      [`Полицаят записа ЕГН ${EGN}.`, 'IDNUM', EGN],
      ['Живее в ж.к. Люлин, бл. 312, вх. Б, ап. 41.', 'ADDRESS', 'ж.к. Люлин, бл. 312, вх. Б, ап. 41'],
      // Entrance А (a capital, not the conjunction "а").
      ['Живее в ж.к. Надежда 2, бл. 215, вх. А, ап. 7.', 'ADDRESS', 'ж.к. Надежда 2, бл. 215, вх. А, ап. 7'],
      ['Колата беше CA 4821 KC, черна.', 'PLATE', 'CA 4821 KC'],
    ],
    notFound: [['През март дойде полицията.', 'март']],
  },
  RO: {
    found: [
      [`Polițistul i-a cerut CNP-ul: ${CNP}.`, 'IDNUM', CNP],
      ['Mașina B 123 XYZ a oprit lângă ea.', 'PLATE', 'B 123 XYZ'],
      ['Locuiește în Str. Lizeanu nr. 12, bl. 4, sc. B, ap. 33.', 'ADDRESS', 'Str. Lizeanu nr. 12, bl. 4, sc. B, ap. 33'],
    ],
    notFound: [
      ['În martie a venit poliția locală.', 'martie'],
      // The words of public bodies in the local language (the pack's institutions).
      ['Officers of the Secția 5 Poliție took her in.', 'Secția 5 Poliție'],
      ['She works near Piața Victoriei at night.', 'Victoriei'],
    ],
  },
  HR: {
    found: [
      ['Auto ZG 1234-AB je bio parkiran.', 'PLATE', 'ZG 1234-AB'],
      // Without a keyword: its check digit says it is an OIB.
      [`On the fine the officer wrote ${OIB} and her name.`, 'IDNUM', OIB],
      // A street without a keyword and a plain house number, right after "lived at" or "address:".
      ['She lived at Ilica 242 in Zagreb.', 'ADDRESS', 'Ilica 242'],
      ['Her address: Knez Branimira 12, Zagreb.', 'ADDRESS', 'Knez Branimira 12'],
      // Ulica and a person's name in the genitive (maybe with a lower-case title), a floor and a flat.
      ['They met at Ulica Ivana Gundulića 18, 3. kat, stan 7 in Split.', 'ADDRESS', 'Ulica Ivana Gundulića 18, 3. kat, stan 7'],
      ['The brothel was in Ulica kralja Zvonimira 22, 2. kat, stan 4.', 'ADDRESS', 'Ulica kralja Zvonimira 22, 2. kat, stan 4'],
    ],
    notFound: [['U ožujku je došla policija.', 'ožujku'], ['Ulica je bila prazna, a 3 policajca su čekala.', 'je bila prazna'], ['She lived at Zagreb 5 years ago.', '5 years'], ['Her address was given 12 times to the police.', '12 times']],
  },
  SI: {
    found: [['She lives on Slovenska cesta 14, Ljubljana.', 'ADDRESS', 'Slovenska cesta 14']],
    notFound: [['V ponedeljek je prišla policija.', 'ponedeljek']],
  },
  BA: {
    found: [
      ['The car, A12-K-345, followed her.', 'PLATE', 'A12-K-345'],
      // A street whose name is a phrase with a lower-case word in it.
      ['Živi u Ulica Zmaja od Hercegovine 41, stan 12, sa drugaricom.', 'ADDRESS', 'Ulica Zmaja od Hercegovine 41, stan 12'],
      ['Odveli su je na ulica Kralja Tvrtka i Bosne 7, sprat 2.', 'ADDRESS', 'ulica Kralja Tvrtka i Bosne 7, sprat 2'],
    ],
    notFound: [
      ['Sarajevo Canton police issued the fine.', 'Sarajevo Canton'],
      // The same small word between names without a street word, or a street's name without a number after it.
      ['Pričala je Amra od Mostara 20 minuta.', 'od Mostara 20 minuta'],
      ['Ulica Zmaja od Hercegovine bila je prazna 2020.', 'Zmaja od Hercegovine'],
    ],
  },
  ME: {
    found: [['Her friend Milena Vuković paid.', 'PERSON', 'Milena Vuković']],
    notFound: [['Podgorica Basic Court heard the case.', 'Podgorica Basic Court']],
  },
  AL: {
    found: [
      ['Ajo jeton në Rruga Myslym Shyri, Pallati 12, Ap. 4.', 'ADDRESS', 'Pallati 12, Ap. 4'],
      // "Rruga e ..." (the street of ...), a block, a staircase and a flat; a village and its house.
      ['She lived at Rruga e Elbasanit, Pallati 112, Shkalla 3, Ap. 14 in Tirana.', 'ADDRESS', 'Rruga e Elbasanit, Pallati 112, Shkalla 3, Ap. 14'],
      ['Her mother lives in fshati Qafmolë, shtëpia nr. 17.', 'ADDRESS', 'fshati Qafmolë, shtëpia nr. 17'],
      // A personal number without a keyword: a letter, eight digits, a letter.
      ['The police kept I05213012B and her phone.', 'IDNUM', 'I05213012B'],
      ['Rruga e Kavajës was closed; Elona Hoxha waited there.', 'PERSON', 'Elona Hoxha'],
    ],
    notFound: [['Në mars erdhi policia.', 'mars'], ['Rruga e gjatë 5 orë zgjati.', 'gjatë 5 orë'], ['The order K123456789 arrived.', 'K123456789'], ['She now works at Rruga e Kavajës near the centre.', 'Kavajës']],
  },
  MN: {
    found: [
      // An Ulaanbaatar address by its khoroo, building and door (the district before it is a place).
      ['She lives in Bayanzurkh district, 26th khoroo, building 45, door 38.', 'ADDRESS', '26th khoroo, building 45, door 38'],
      ['Её адрес: 9-р хороо, 12-р байр, 3-р орц, 45 тоот, у сестры.', 'ADDRESS', '9-р хороо, 12-р байр, 3-р орц, 45 тоот'],
      ['Потом Энхжаргал сказала, что уйдёт.', 'PERSON', 'Энхжаргал'],
    ],
    notFound: [['They took the train from Ulaanbaatar to Erdenet.', 'Ulaanbaatar']],
  },
  TM: {
    found: [['Her friend Jeren Orazowa was deported.', 'PERSON', 'Jeren Orazowa']],
    notFound: [['They flew from Ashgabat to Istanbul.', 'Ashgabat']],
  },
  DE: {
    found: [
      // A street written as one word with its street word, then the building, floor and side.
      ['Sie wohnt in der Lindenstraße 184, Hinterhaus, 3. OG links, seit Mai.', 'ADDRESS', 'Lindenstraße 184, Hinterhaus, 3. OG links'],
      ['Adresse: Kastanienallee 12, Vorderhaus, EG rechts, Whg. 5.', 'ADDRESS', 'Kastanienallee 12, Vorderhaus, EG rechts, Whg. 5'],
      ['Sie schläft Hauptstr. 7, Seitenflügel, 2. OG Mitte.', 'ADDRESS', 'Hauptstr. 7, Seitenflügel, 2. OG Mitte'],
      // A mobile number with its trunk and no country code (twelve digits, which an IIN's month rules out).
      ['Ruf mich an: 0176 41827364 abends.', 'PHONE', '0176 41827364'],
      ['Handy 01512 3456789, nur WhatsApp.', 'PHONE', '01512 3456789'],
      ['Das Auto B-KL 4821 stand vor der Tür.', 'PLATE', 'B-KL 4821'],
    ],
    notFound: [
      // A rank is no street (Platz alone is no street word), a file number of eight digits no phone.
      ['Sie kam auf Platz 3 der Liste.', '3'],
      ['Aktenzeichen 0176 4182, Termin 2024 1230.', '0176 4182'],
      // Twelve digits starting 01 that are no German mobile number stay no phone.
      ['Die Quittung 0123 45678901 lag dabei.', '0123 45678901'],
      // German nouns of the setting, capitalised as German writes them, in an English narrative.
      ['She worked in a Laufhaus near the station.', 'Laufhaus'],
      ['LKA Berlin, Dezernat 42, was told in May.', 'Dezernat'],
      ['He wrote "nächste Woche zahle ich" and left.', 'Woche'],
    ],
  },
  GB: {
    found: [
      // The English order, the house before the street, with a flat before it.
      ['Address: Flat 3, 41 Cranley Gardens, shared with a friend.', 'ADDRESS', 'Flat 3, 41 Cranley Gardens'],
      ['He takes £120 a week for the house at 14 Norfolk Street.', 'ADDRESS', '14 Norfolk Street'],
      ['NI number JT 62 40 19 A, given at the interview.', 'IDNUM', 'JT 62 40 19 A'],
      ['Her NHS no. 943 476 5919 is on the letter.', 'IDNUM', '943 476 5919'],
      ['[22:14] Lena: 191-D-23418 silver skoda again.', 'PLATE', '191-D-23418'],
      ['She was arrested by PC Marsh at the station.', 'PERSON', 'Marsh'],
      ['The van, reg AB12 CDE, was parked outside.', 'PLATE', 'AB12 CDE'],
    ],
    notFound: [
      // A year before a street's name, and a sum.
      ['In 2019 Main Street was closed to traffic.', '2019 Main Street'],
      ['She paid £120 at Victoria Station.', 'Victoria'],
    ],
  },
  NL: {
    found: [
      ['Adres: Van Ostadestraat 212, Amsterdam.', 'ADDRESS', 'Van Ostadestraat 212'],
      ['She rents a window at Oudezijds Achterburgwal 131-H from him.', 'ADDRESS', 'Oudezijds Achterburgwal 131-H'],
      ['Her BSN 231700003 was on the letter from the council.', 'IDNUM', '231700003'],
      ['He drove a grey car, GZ-614-V, every night.', 'PLATE', 'GZ-614-V'],
    ],
    notFound: [
      ['In maart she moved to Rotterdam.', 'maart'],
      ['On Koningsdag she worked in Utrecht.', 'Koningsdag'],
    ],
  },
  IT: {
    found: [
      // A street with its flat (interno), the postal code and the town.
      ['He came to her room at Via Padova 212, interno 7, 20127 Milano and took 50 €.', 'ADDRESS', 'Via Padova 212, interno 7, 20127 Milano'],
      // A codice fiscale by its check letter, and one with a wrong check letter after its word.
      ['The papers listed RSSMRA85T10A562S as hers.', 'IDNUM', 'RSSMRA85T10A562S'],
      ['He copied her codice fiscale, MNTMRN95B56Z140K, and kept it.', 'IDNUM', 'MNTMRN95B56Z140K'],
      ['He drives a white car, FG 418 KL, to the road.', 'PLATE', 'FG 418 KL'],
    ],
    notFound: [
      ['She was sent to work via Telegram 3 times a week.', 'via Telegram 3'],
      ['In agosto the questura of Verona closed the flat.', 'agosto'],
    ],
  },
  ES: {
    found: [
      // Calle written short, the articles of the street's name, the floor and door, the postal code and the town.
      ['She stays with a friend at C/ de la Rutlla 74, 3º 2ª, 17002 Girona.', 'ADDRESS', 'C/ de la Rutlla 74, 3º 2ª, 17002 Girona'],
      // A DNI and an NIE by their check letters, and an NIE with a wrong one after its word.
      ['Her DNI 12345678Z and her friend\'s X1234567L were copied.', 'IDNUM', '12345678Z'],
      ['Her friend\'s number X1234567L was copied.', 'IDNUM', 'X1234567L'],
      ['Albanian citizen, NIE Y7354920K, brought to Spain in 2022.', 'IDNUM', 'Y7354920K'],
    ],
    notFound: [
      ['The club on the road to La Jonquera closed in marzo.', 'La Jonquera'],
      ['Her lawyer, Av. Selin Karataş, wrote to us.', 'Av.'],
    ],
  },
  FR: {
    found: [
      // The house before the street's word and the articles of its name, "bis", the building and the flat.
      ['He kept her passport in the room at 14 rue de la Paix in Lyon.', 'ADDRESS', '14 rue de la Paix'],
      ['She rented at 3 bis avenue Jean Jaurès, bât. B, apt 12, from him.', 'ADDRESS', '3 bis avenue Jean Jaurès, bât. B, apt 12'],
      ['The hotel at 8, rue des Lilas, was raided at night.', 'ADDRESS', '8, rue des Lilas'],
      ['He drove a grey van, plate AB-123-CD, to the road.', 'PLATE', 'AB-123-CD'],
    ],
    notFound: [
      ['In mars she moved from Marseille to Lyon.', 'Lyon'],
      ['The commissariat of Belleville kept her for a night.', 'Belleville'],
    ],
  },
  BE: {
    found: [
      // The street before its house, its name after an elided article, and the letterbox (boîte).
      ['She rents a window at rue d\'Aerschot 45 in Schaerbeek.', 'ADDRESS', 'rue d\'Aerschot 45'],
      ['Her address: Chaussée de Haecht 212, boîte 3, Bruxelles.', 'ADDRESS', 'Chaussée de Haecht 212, boîte 3'],
      ['The client\'s car, 1-ABC-123, was seen twice.', 'PLATE', '1-ABC-123'],
    ],
    notFound: [
      ['Payoke in Antwerpen took her case.', 'Antwerpen'],
      ['She was moved from Molenbeek to Charleroi.', 'Charleroi'],
    ],
  },
  AT: {
    found: [
      ['A client drove a black BMW with Vienna plates W-41827B.', 'PLATE', 'W-41827B'],
      // A house, its staircase and door written with slashes, the postal code and the town.
      ['Meldezettel: Felberstraße 84/2/17, 1150 Wien.', 'ADDRESS', 'Felberstraße 84/2/17, 1150 Wien'],
    ],
    notFound: [
      ['She came to Wien in Jänner.', 'Jänner'],
      ['The Top 10 clubs of Graz were raided.', 'Top 10'],
    ],
  },
  CY: {
    found: [
      // A mobile of eight digits written without its country's code, after a name and in brackets.
      ['The flat is rented through a man called Stelios (96 418253), who takes the cash.', 'PHONE', '96 418253'],
    ],
    notFound: [['She was moved from Limassol to Ayia Napa in July.', 'Limassol']],
  },
  IL: {
    found: [
      // Seven or eight digits in three groups, after the car.
      ['He drives a white Mazda, 84-317-62, and waits outside.', 'PLATE', '84-317-62'],
      ['Машина — серебристая «Киа», 723-41-602.', 'PLATE', '723-41-602'],
    ],
    notFound: [
      ['Tel Aviv: she was deported through Ben Gurion.', 'Aviv'],
      ['Её вывезли из Тель-Авива на Песах.', 'Тель-Авива'],
    ],
  },
  SE: {
    found: [
      ['He drove me to an apartment at Lönngatan 27, lgh 1102.', 'ADDRESS', 'Lönngatan 27, lgh 1102'],
      ['Her personnummer is 19920715-0005, the officer wrote.', 'IDNUM', '19920715-0005'],
    ],
    notFound: [['She came to Malmö in augusti.', 'Malmö']],
  },
  NO: {
    found: [
      ['She works from a rented flat at Tøyengata 33, leil. H0304.', 'ADDRESS', 'Tøyengata 33, leil. H0304'],
      ['In Norway since 2016, her number 15059200183 is on the card.', 'IDNUM', '15059200183'],
    ],
    notFound: [['The raids in Bergen began in mai.', 'Bergen']],
  },
  FI: {
    found: [
      // A street written as one word with its ending, the staircase's letter and the flat's number.
      ['A client came to her flat at Kontulankaari 7 B 34 twice.', 'ADDRESS', 'Kontulankaari 7 B 34'],
      // A henkilötunnus by its check character, without its word.
      ['The police wrote 131052-308T on the form.', 'IDNUM', '131052-308T'],
    ],
    notFound: [
      ['She came to Turku in toukokuu.', 'Turku'],
      ['Police in Vantaa took her to Kallio at juhannus.', 'Kallio'],
    ],
  },
  DK: {
    found: [['A massage clinic at Istedgade 62, 3. th., is run by a man.', 'ADDRESS', 'Istedgade 62, 3. th.']],
    notFound: [['She stood on Istedgade near the station in Vesterbro.', 'Istedgade']],
  },
  GR: {
    found: [
      // A street in Greek letters or transliterated, its number and the floor written after it.
      ['She works in a studio at Κεραμεικού 41, 2ος όροφος, with a friend.', 'ADDRESS', 'Κεραμεικού 41, 2ος όροφος'],
      ['They kept her in a flat at odos Egnatias 118, 4os orofos, for a month.', 'ADDRESS', 'odos Egnatias 118, 4os orofos'],
      // A mobile number of ten digits without a country code.
      ['Her phone is 694 418 2736, she reads no Greek.', 'PHONE', '694 418 2736'],
      ['He drove an Opel with the plate ΙΚΥ 4182 every night.', 'PLATE', 'ΙΚΥ 4182'],
      ['The officer, Dimitris Papadopoulos, took the money.', 'PERSON', 'Dimitris Papadopoulos'],
      // An AMKA by its date and Luhn check digit, without its word.
      ['The clinic wrote 15038512347 on the referral.', 'IDNUM', '15038512347'],
    ],
    notFound: [
      ['They flew from Tbilisi to Athens in May.', 'Athens'],
      ['The raid was near Omonia at night.', 'Omonia'],
    ],
  },
};

describe('country packs', () => {
  it('has examples for every pack, and a pack for every example', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(COUNTRY_PACKS.map((p) => p.country).sort());
  });

  it('have shapes without capturing groups, distinct countries and no empty words', () => {
    expect(new Set(COUNTRY_PACKS.map((p) => p.country)).size).toBe(COUNTRY_PACKS.length);
    for (const pack of COUNTRY_PACKS) {
      for (const plate of pack.plates ?? []) expect(new RegExp(`(?:${plate.pattern})|`).exec('')!.length).toBe(1);
      for (const word of [...(pack.address?.street ?? []), ...(pack.address?.unit ?? []), ...(pack.notNames ?? []), ...(pack.commonWords ?? [])]) expect(word.trim()).toBe(word);
    }
  });

  describe.each(Object.entries(EXAMPLES))('%s', (country, { found, notFound }) => {
    it.each(found)('finds in %j the %s', (text, type, value) => {
      const at = text.indexOf(value);
      expect(at).toBeGreaterThanOrEqual(0);
      const spans = detectPii(text);
      // Every non-space character of the value is covered by a span of the kind.
      for (let i = at; i < at + value.length; i++) {
        if (/\s/.test(text[i])) continue;
        expect(spans.some((s) => s.type === type && s.start <= i && i < s.end) ? `${value}` : `${value}: ${text[i]} at ${i - at} not covered`).toBe(value);
      }
    });

    it.each(notFound)('leaves in %j the words %j', (text, value) => {
      const at = text.indexOf(value);
      expect(at).toBeGreaterThanOrEqual(0);
      const touching = detectPii(text).filter((s) => s.start < at + value.length && at < s.end);
      expect(touching.map((s) => text.slice(s.start, s.end))).toEqual([]);
    });

    it('is found with only its own pack loaded', () => {
      for (const [text, type, value] of found) {
        const at = text.indexOf(value);
        expect(detectPii(text, undefined, { countries: [country] }).some((s) => s.type === type && s.start <= at && s.end >= at + value.trim().length)).toBe(true);
      }
    });
  });
});

describe('forms of address and street words of the packs', () => {
  const found = (text: string, countries: string[]) => detectPii(text, 'en', { countries }).map((s) => text.slice(s.start, s.end));

  it('takes the word after a pack\'s form of address for a name where that country is configured', () => {
    expect(found('The officer told pani kowalczykowa to leave.', ['PL'])).toEqual(['kowalczykowa']);
    expect(found('The officer told pani kowalczykowa to leave.', ['KZ'])).toEqual([]);
    expect(found('They asked gospođa mirkovićka for papers.', ['RS'])).toEqual(['mirkovićka']);
    expect(found('They asked gospođa mirkovićka for papers.', ['KZ'])).toEqual([]);
  });

  it('takes a pack\'s surname before a hyphenated given name for the whole name', () => {
    expect(found('The bar owner, Choi Sung-min, kept her card.', ['KR'])).toEqual(['Choi Sung-min']);
  });

  it('leaves a name before a pack\'s street word alone where that country is configured', () => {
    expect(found('We met at Kemeraltı Caddesi near the port.', ['TR'])).toEqual([]);
    expect(found('We met at Kemeraltı Caddesi near the port.', ['KZ'])).toEqual(['Kemeraltı Caddesi']);
    // In lower case, a word of no dictionary of the narrative's languages after the name says it is a foreign place or body, with any pack.
    expect(found('We met at Kemeraltı caddesi near the port.', ['KZ'])).toEqual([]);
  });
});

describe('the person recognizer\'s vocabularies', () => {
  it('are lower case and hold each word once per kind across the languages', () => {
    const seen = new Map<string, string>();
    for (const vocabulary of PERSON_VOCABULARIES) {
      for (const [kind, list] of Object.entries(vocabulary)) {
        if (kind === 'language') continue;
        for (const word of list as string[]) {
          expect(word).toBe(word.toLowerCase());
          const key = `${kind}:${word}`;
          expect({ word, kind, also: seen.get(key) }).toEqual({ word, kind, also: undefined });
          seen.set(key, vocabulary.language);
        }
      }
    }
    expect(seen.size).toBeGreaterThan(500);
  });
});
