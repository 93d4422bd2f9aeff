import { ocrView } from './ocr-view';
import { detectPii } from './detect';
import { AMBIGUOUS_NAMES, GIVEN_NAMES_CYRILLIC, GIVEN_NAMES_LATIN } from './data/given-names';
import { englishLexicon, russianLexicon } from './lexicon/dictionaries';
import type { PiiType } from './types';

/** The names found in a text, as strings. */
const persons = (text: string, lang?: string) => detectPii(text, lang).filter((s) => s.type === 'PERSON').map((s) => text.slice(s.start, s.end));
/** Everything found in a text, as [type, string] pairs. */
const found = (text: string, lang?: string) => detectPii(text, lang).map((s) => [s.type, text.slice(s.start, s.end)]);

/** One test per row, "finds <kind>": the text yields exactly these [type, value] pairs, in order. */
function itFinds(rows: Array<[string, string, string, string[][]]>): void {
  it.each(rows)('finds %s', (_kind, lang, text, items) => {
    expect(found(text, lang)).toEqual(items);
  });
}

/** One test per row, "leaves alone <kind>": nothing found matches the pattern. */
function itLeavesAlone(rows: Array<[string, string, string, RegExp]>): void {
  it.each(rows)('leaves alone %s', (_kind, lang, text, pattern) => {
    expect(found(text, lang).filter(([, value]) => pattern.test(value))).toEqual([]);
  });
}

/** A seeded generator, so that a failure names the same invented names every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LISTED = new Set([...GIVEN_NAMES_CYRILLIC, ...GIVEN_NAMES_LATIN].map((n) => n.toLowerCase()));

/** Names that appear in none of the detector's lists nor its dictionaries: syllables of real names shuffled. */
function inventNames(syllables: string[], count: number, seed: number, ending = ''): string[] {
  const next = random(seed);
  const names = new Set<string>();
  while (names.size < count) {
    const parts = 2 + Math.floor(next() * 2);
    let name = '';
    for (let k = 0; k < parts; k++) name += syllables[Math.floor(next() * syllables.length)];
    name += ending;
    const lower = name.toLowerCase();
    if (LISTED.has(lower) || AMBIGUOUS_NAMES.has(lower) || englishLexicon().has(lower) || russianLexicon().has(lower)) continue;
    names.add(name[0].toUpperCase() + name.slice(1));
  }
  return [...names];
}

/** Every occurrence of `needle` in `text` is fully covered by a detected span. */
function covered(text: string, needle: string): boolean {
  const spans = detectPii(text);
  let at = text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" is not in the text`);
  for (; at >= 0; at = text.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (!spans.some((s) => s.start <= at && s.end >= end)) return false;
  }
  return true;
}

const LATIN = ['ka', 'ri', 'la', 'mo', 'zu', 'ne', 'ta', 'shi', 'ra', 'do', 'gu', 'le', 'mi', 'sa', 've', 'no', 'bi', 'ya', 'ko', 'ru', 'dje', 'zo', 'nur', 'bek', 'gul', 'dil', 'far'];
const CYRILLIC = ['ка', 'ри', 'ла', 'мо', 'зу', 'не', 'та', 'ши', 'ра', 'до', 'гу', 'ле', 'ми', 'са', 'ве', 'но', 'би', 'дил', 'нур', 'зар', 'гул'];

describe('names the detector has never seen', () => {
  const latin = inventNames(LATIN, 30, 7);
  const cyrillic = inventNames(CYRILLIC, 30, 11, 'а');

  it.each(latin.map((n, i) => [n, latin[(i + 1) % latin.length]]))('finds the invented name %s (with %s) capitalised, repeated and in lower case', (name, other) => {
    const text = `Interview summary. Yesterday ${name} came to the drop-in centre and said a client had beaten her. Her friend ${other} saw it. Later ${name} asked us to keep the photos.`;
    expect(covered(text, name)).toBe(true);
    expect(covered(text, other)).toBe(true);
    const note = `outreach 12.05 night. met ${name.toLowerCase()} at the usual spot, ${name.toLowerCase()} says cops took her phone again. gave condoms`;
    expect(covered(note, name.toLowerCase())).toBe(true);
  });

  it.each(cyrillic)('finds the invented name %s in Russian case forms', (name) => {
    const stem = name.slice(0, -1);
    const genitive = /[кгхжшчщ]$/.test(stem) ? `${stem}и` : `${stem}ы`;
    const text = `Вчера ${name} пришла в офис. Полицейский забрал у ${genitive} телефон, а потом ${stem}ой занялся участковый. Мы позвонили ${stem}е вечером.`;
    for (const form of [name, genitive, `${stem}ой`, `${stem}е`]) expect([form, covered(text, form)]).toEqual([form, true]);
  });
});

describe('names the detector has never seen, opening a sentence or in a double surname', () => {
  // Two English words written together (run + era) are taken for one word, by design (hotline, deadname): not such names.
  const compound = (n: string) => [...Array(Math.max(0, n.length - 5)).keys()].some((k) => englishLexicon().has(n.slice(0, k + 3).toLowerCase()) && englishLexicon().has(n.slice(k + 3)));
  const latin = inventNames(LATIN, 16, 23).filter((n) => !compound(n));

  it.each(latin.map((n, i) => [n, latin[(i + 5) % latin.length]]))('finds %s before a verb at the start of a sentence and %s in a double surname', (name, other) => {
    const text = `We met at the office. ${name} reported it to the police the next day.`;
    expect(covered(text, name)).toBe(true);
    const double = `Her friend Ana ${name}-${other} was fined too.`;
    expect(covered(double, `${name}-${other}`)).toBe(true);
  });
});

describe('hard negatives: what is not a person', () => {
  const persons = (text: string): string[] => detectPii(text).filter((s) => s.type === 'PERSON').map((s) => text.slice(s.start, s.end));
  const types = (text: string): PiiType[] => detectPii(text).map((s) => s.type);

  it('leaves cities, regions, institutions, law articles, months and nationalities alone', () => {
    expect(
      persons(
        'In March she moved from Košice to Prague, then to Warsaw and Antalya. The Czech police in Praha 3 cited § 189 of the Criminal Code; the Ombudsman and the Prosecutor were told. She is Roma, her friend is Ukrainian.',
      ),
    ).toEqual([]);
    expect(persons('В апреле её задержали в Стамбуле сотрудники Первомайского РУВД по ст. 449 КоАП, потом отвезли в Бишкекке.')).toEqual([]);
  });

  it('leaves months and weekdays alone, also when a name nearby looks like them', () => {
    expect(persons('Marat came on 2 March and again in March. On Friday Marat paid.')).toEqual(['Marat', 'Marat']);
    expect(persons('В марте Зарина ушла, в мае вернулась.')).toEqual(['Зарина']);
    expect(persons('The raid was on Sunday, 14 August; she was called "April" by the clients.')).toEqual(['April']);
  });

  it('leaves cities of the configured countries alone, with their case endings and suffixes', () => {
    expect(persons('Её отправили в Анталью, потом в Стамбул; сестра осталась в Бишкекте.')).toEqual([]);
    expect(persons('They moved from Ashgabat to Rīga, then Šiauliai.')).toEqual([]);
  });

  it('leaves sums, ages, dates, hotline numbers and brands alone', () => {
    const text = 'She paid 5 000 Kč and 200 000 tenge on 14.03.2024, aged 24, and called 112 and 102 from a Samsung on WhatsApp and Telegram.';
    expect(types(text)).toEqual([]);
  });
});

describe('formats of the whole region', () => {
  const found = (text: string) => detectPii(text).map((s) => [s.type, text.slice(s.start, s.end)]);

  it.each([
    ['rodné číslo', 'copied her rodné číslo, 915723/0412, into', '915723/0412'],
    ['PESEL', 'gave her PESEL, 44051401458, for the form', '44051401458'],
    ['JMBG without a keyword', 'the number 0101990710008 was read aloud', '0101990710008'],
    ['Kyrgyz PIN', 'Её ПИН 20405199300712, номер', '20405199300712'],
    ['SNILS', 'СНИЛС 112-233-445 95. Адрес', '112-233-445 95'],
    ['Emirates ID', 'registered as a nanny: 784-1995-4418263-2.', '784-1995-4418263-2'],
    ['Korean alien registration', 'registration number, 901114-6032517, through', '901114-6032517'],
    ['Ukrainian passport', 'забрал паспорт КМ 448120 и', 'КМ 448120'],
  ])('identity number: %s', (_name, text, value) => {
    expect(found(text)).toContainEqual(['IDNUM', value]);
  });

  it.each([
    ['Czech', 'in a grey Škoda Octavia, 8A4 1297.', '8A4 1297'],
    ['Slovak', 'drives a dark blue Passat, KE-482HT. She', 'KE-482HT'],
    ['Georgian', 'His car: silver Prius, GG-483-TK. They', 'GG-483-TK'],
    ['Turkish', 'Serkan drives a white Doblo, 61 AP 208.', '61 AP 208'],
    ['Korean', 'drove a rented Grandeur, plate 123하 4567.', '123하 4567'],
    ['Bulgarian', 'in his car, a blue Opel Astra, CA 4417 PK.', 'CA 4417 PK'],
  ])('plate: %s', (_name, text, value) => {
    expect(found(text)).toContainEqual(['PLATE', value]);
  });

  it.each([
    ['Slovak 09xx', 'new phone 0905 318 224. Next', '0905 318 224'],
    ['Hungarian 06', 'Phone: 06 30 418 2275.', '06 30 418 2275'],
    ['Serbian with a slash', 'calls her from 064/318-2207. She', '064/318-2207'],
    ['Korean', 'contacted at 010-4217-8803.', '010-4217-8803'],
    ['UAE with 00', "WhatsApp: 00971 50 318 4427. Her", '00971 50 318 4427'],
  ])('phone: %s', (_name, text, value) => {
    expect(found(text)).toContainEqual(['PHONE', value]);
  });

  it.each([
    ['Polish', 'a flat at ul. Grochowska 227 m. 14, Warsaw.', 'ul. Grochowska 227 m. 14, Warsaw'],
    ['Czech', 'a rented flat at Koněvova 142, byt 7 in Praha 3.', 'Koněvova 142, byt 7'],
    ['Hungarian', 'with her aunt at Dankó utca 9. 2/14. Her', 'Dankó utca 9. 2/14.'],
    ['Romanian', 'near her block at Str. Livezilor nr. 42, bl. 3, sc. B, ap. 11 and', 'Str. Livezilor nr. 42, bl. 3, sc. B, ap. 11'],
    ['Bulgarian', 'Address for letters: ж.к. Люлин, бл. 412, вх. Б, ап. 18. Phone', 'ж.к. Люлин, бл. 412, вх. Б, ап. 18'],
    ['Turkish', 'a flat at Şirinyalı Mah. 1505 Sokak No:12 Daire 4 in Muratpaşa', 'Şirinyalı Mah. 1505 Sokak No:12 Daire 4'],
    ['Korean', 'at Wongok-ro 45, 3rd floor, room 302, Danwon-gu.', 'Wongok-ro 45, 3rd floor, room 302, Danwon-gu'],
    ['Uzbek Latin', 'a flat in Chilonzor 9-kvartal, 15-uy, 37-xonadon. U', 'Chilonzor 9-kvartal, 15-uy, 37-xonadon'],
  ])('address: %s', (_name, text, value) => {
    expect(found(text)).toContainEqual(['ADDRESS', value]);
  });

  it('finds identity and document numbers without a keyword next to them', () => {
    expect(found('на листке было 20412199001234 и больше ничего')).toContainEqual(['IDNUM', '20412199001234']);
    expect(found('she wrote down AN-3309812 and left')).toContainEqual(['IDNUM', 'AN-3309812']);
    expect(found('записал 45 06 123456 в блокнот')).toContainEqual(['IDNUM', '45 06 123456']);
    expect(found('и номер А 1234567 тоже')).toContainEqual(['IDNUM', 'А 1234567']);
  });

  it('finds escort-site profile links and messenger IDs without @', () => {
    expect(found('found her advert at roksa.pl/pl/ogloszenia/kasia-73120 and')).toContainEqual(['HANDLE', 'roksa.pl/pl/ogloszenia/kasia-73120']);
    expect(found('Dima messages her on KakaoTalk, ID dimon_ansan. Her')).toContainEqual(['HANDLE', 'dimon_ansan']);
    expect(found('she wrote to us on WhatsApp from home')).toEqual([]);
  });
});

describe('kinds missed or mistaken on a held-out set (round 4 of issue 25)', () => {

  it.each([
    ['a "+" number outside the known plan', 'Client gave his number +44 7700 918342, then left.', ['PHONE', '+44 7700 918342']],
    ['a Romanian street named with "cel"', 'Она живёт на str. Ștefan cel Mare 48, bl. 2, ap. 17. Хозяин', ['ADDRESS', 'str. Ștefan cel Mare 48, bl. 2, ap. 17']],
    ['a Bosnian street without a street word', 'she rents a room at Zmaja od Bosne 47, stan 12, near the market', ['ADDRESS', 'Zmaja od Bosne 47, stan 12']],
    ['a Macedonian street with a lower-case word', 'lives at ul. Partizanski odredi br. 42, stan 7. Facts', ['ADDRESS', 'ul. Partizanski odredi br. 42, stan 7']],
    ['a plate after a make the list lacked', 'His Range Rover BD MK 482 was parked outside.', ['PLATE', 'BD MK 482']],
    ['a plate after "приезжал на"', 'клиент не заплатил; приезжал на 482 BKT. Потом', ['PLATE', '482 BKT']],
    ['a double surname whose first half starts like a city', 'the owner, gospa Nataša Kranjc-Zupan, found my ads', ['PERSON', 'Nataša Kranjc-Zupan']],
    ['a name in a quoted Georgian message', 'SMS from Gela to Nino: "ნინო, ხვალ 8-ზე". She did not go.', ['PERSON', 'ნინო']],
    ['a surname after a body\'s abbreviation', 'Сотрудник ОВМ Прохорова сказала, что выпустит её.', ['PERSON', 'Прохорова']],
  ])('finds %s', (_kind, text, item) => {
    expect(found(text)).toContainEqual(item);
  });

  it.each([
    ['abbreviated months beside a day, a weekday', 'Outreach log, night 11/12 Oct, then 6 Aug. Two police came Tue.', 'en', []],
    ['a pronoun that starts like a surname', 'Officer Dritan Shehu came. She thinks he wants money.', 'en', ['Dritan Shehu']],
    ['countries', 'He says they go to Italy, then to Portugal.', 'en', []],
    ['a country in Russian case forms', 'Звонок из Южной Кореи: приехала в Корею по визе.', 'ru', []],
    ['a word spelt like a name found earlier', 'Мира пришла вечером. Ей сейчас нужно мира и покоя.', 'ru', ['Мира']],
    ['a sentence after a currency abbreviation', 'Требовал 3000 грн. Дала. Потом ушла.', 'ru', []],
    ['an acronym after a name', 'Вечером у Кати SMS от клиента.', 'ru', ['Кати']],
    ['a foreign phrase in lower-case notes', 'she go to prekršajni sud (zakon o javnom redu), she pay 20 000 dinara', 'en', []],
    ['a car and a market in quotes', 'Машина: серый «Ланос». У рынка «Барабашово» пусто.', 'ru', []],
    ['a state body', 'Поэтому Государственная полиция выписала штраф.', 'ru', []],
    ['a clinic named after a person', 'We referred her to the Semmelweis clinic for a check.', 'en', []],
    ['a virtue at the start of a sentence', 'Надежды, что вернут паспорт, мало. Любовь этого отдела к штрафам известна.', 'ru', []],
  ])('leaves alone %s', (_kind, text, lang, names) => {
    expect(persons(text, lang)).toEqual(names);
  });
});

describe('kinds missed on a second held-out set of formal documents (round 5 of issue 25)', () => {

  it.each([
    ['two-letter initials of a transliteration', 'signed by senior lieutenant Ye. B. Tursynbekov; the witnesses', ['PERSON', 'Ye. B. Tursynbekov']],
    ['a three-part name set off by commas', 'The owner of the flat, Gülşen Öztürk Karaca, said I owed money.', ['PERSON', 'Gülşen Öztürk Karaca']],
    ['a name addressed in quoted speech', 'He told me "Ivka, you know the price". I ask for help.', ['PERSON', 'Ivka']],
    ['a UAE plate with its emirate', 'a driver takes them in a white Nissan, Dubai K 41827. Her ad', ['PLATE', 'Dubai K 41827']],
    ['a phone before a date after a full stop', 'юрист, +373 79 514 208. 3 марта подписала.', ['PHONE', '+373 79 514 208']],
    ['a Latvian building number', 'к ней на квартиру, Maskavas iela 262 k-2, dz. 45, пришли двое', ['ADDRESS', 'Maskavas iela 262 k-2, dz. 45']],
    ['an Estonian "tn" without its full stop', 'работает из квартиры Kreenholmi tn 12-3. Её бывший', ['ADDRESS', 'Kreenholmi tn 12-3']],
    ['a Korean street in Cyrillic', 'поселили над клубом, Сонтхан-ро 41, комн. 302; менеджер', ['ADDRESS', 'Сонтхан-ро 41, комн. 302']],
    ['a local number after "контакт"', 'Контакт Кристины: 5318 2047, писать только в WhatsApp.', ['PHONE', '5318 2047']],
    ['a lower-case plate with its region after a space', 'избил водитель фуры о718ет 154, звали Жека', ['PLATE', 'о718ет 154']],
    ['a Baltic personal code whose checksum fails', 'Appeal of Rūta K., 35, 48904120456, against a fine.', ['IDNUM', '48904120456']],
    ['a foreigner number of eleven digits', 'She has a residence permit, foreigner number 99418273056.', ['IDNUM', '99418273056']],
  ])('finds %s', (_kind, text, item) => {
    expect(found(text)).toContainEqual(item);
  });

  it.each([
    ['an eleven-digit number that is no date of birth', 'call her on 37061234567 tonight'],
    ['a sum of eleven digits', 'the sum was 12345678901 som'],
    ['a quoted greeting that is a word', 'He said "Listen, you know the price".'],
    ['an institution of three words', 'She complained to Független Rendészeti Panasz Testület in May.'],
  ])('leaves alone %s', (_kind, text) => {
    expect(found(text).filter(([type]) => type === 'PERSON' || type === 'IDNUM')).toEqual([]);
  });
});

describe('places and dates mistaken for names or addresses (round 5 of issue 25)', () => {

  it.each([
    ['an address ends before a date', 'проживает: ул. Самеда Вургуна, д. 34, кв. 12. 20 августа её задержали', [['ADDRESS', 'ул. Самеда Вургуна, д. 34, кв. 12']]],
    ['an address ends before the next item of a list', 'regulars of the café on Abaya avenue 3. No protocol was drawn up.', [['ADDRESS', 'Abaya avenue 3']]],
    ['a Hungarian flat after a full stop stays in', 'She lives at Dankó utca 9. 2/14. Then she left.', [['ADDRESS', 'Dankó utca 9. 2/14.']]],
    ['a district court and a republic', 'Жалоба в Насиминский районный суд и омбудсмену Кыргызской Республики.', []],
    ['a place with a modifier before its kind', 'near the Didube bus station, and at the Charité emergency department', []],
    ['a district after its city', 'Went to Police Station Ljubljana Šiška; nobody helped.', []],
    ['a Hungarian square', 'shopping at the market on Teleki tér in the evening', []],
  ])('%s', (_kind, text, items) => {
    expect(found(text).filter(([type]) => type !== 'PHONE')).toEqual(items);
  });

  it('keeps a name before "from office" and a surname after a city', () => {
    expect(found('next time with Mariana from office.')).toEqual([['PERSON', 'Mariana']]);
    expect(found('In Almaty Tursynbekov beat her.')).toEqual([['PERSON', 'Tursynbekov']]);
  });
});

describe('lower-case names with the writer', () => {

  it.each([
    ['en', 'We go me and goca to the bridge at night.', ['goca']],
    ['ru', 'Потом мы с гоцей пошли домой.', ['гоцей']],
    ['ru', 'Я и зуза стояли у трассы.', ['зуза']],
  ])('finds the name (%s): %s', (lang, text, names) => {
    expect(persons(text, lang)).toEqual(names);
  });

  it.each([
    ['en', 'Then me and vodka, no more.'],
    ['ru', 'Мы с подругой ушли домой.'],
  ])('leaves words alone (%s): %s', (lang, text) => {
    expect(persons(text, lang)).toEqual([]);
  });
});

describe('kinds missed on a third held-out set (round 6 of issue 25)', () => {

  it.each([
    ['a Moldovan village before its street', 'she lives in s. Cojușna, str. Ștefan cel Mare 12, with her mother.', ['ADDRESS', 's. Cojușna, str. Ștefan cel Mare 12']],
    ['a Tbilisi micro-district block and flat', 'lives in Gldani, III mikro, korpusi 18, bina 62, since May', ['ADDRESS', 'III mikro, korpusi 18, bina 62']],
    ['a Polish plate after "ездил на"', 'Тот клиент ездил на WX 48273, говорит она.', ['PLATE', 'WX 48273']],
    ['a given name that is a dictionary word before a surname', 'her colleague Sultana Memedova was stopped too', ['PERSON', 'Sultana Memedova']],
    ['a lower-case name listed with a comma', 'Met pepa, Gergana and new girl Lili at the ring road.', ['PERSON', 'pepa']],
  ])('finds %s', (_kind, text, item) => {
    expect(found(text)).toContainEqual(item);
  });

  it('finds a lower-case virtue name listed with a comma', () => {
    expect(persons('встретили веру, надю и Любовь Андреевну у трассы.', 'ru')).toEqual(['веру', 'надю', 'Любовь Андреевну']);
  });

  it.each([
    ['a street written as one word', 'she was made to work on Kurfürstenstraße at night', 'en'],
    ['an association and its name', 'if she wants out, refer to Društvo Ključ.', 'en'],
    ['a republican centre and a capital in Cyrillic', 'Звонок, Братислава, пятница. Отвезли в Республиканский центр СПИД.', 'ru'],
    ['the field word for evidence', 'Презервативы изъяли «как вещдок», протокол не дали.', 'ru'],
    ['a list of things with a comma', 'купили хлеб, молоко и сыр.', 'ru'],
  ])('leaves alone %s', (_kind, text, lang) => {
    expect(persons(text, lang)).toEqual([]);
  });

  it('does not take a street word, a comma and a verb for an address', () => {
    expect(found('police stopped her on Tsereteli Avenue, took 300 GEL and her phone')).toEqual([]);
    expect(found('police take her on street near Privoz market, 2 of them')).toEqual([]);
  });
});

describe('kinds missed on a fourth held-out set (round 7 of issue 25)', () => {

  it.each([
    ['names that start like countries', 'ru', 'Даниял и Катарина пришли. Потом Клочков разговаривал с Мариной.', ['Даниял', 'Катарина', 'Клочков', 'Мариной']],
    ['an unknown word at the start of a sentence before a verb', 'en', 'Kuat takes 20% every Sunday.', ['Kuat']],
    ['a surname that extends a city by a consonant', 'en', 'a man, Aljaž Kranjc, takes half. Kranjc drives a van.', ['Aljaž Kranjc', 'Kranjc']],
    ['a nickname in quotes in brackets, even a word or a country', 'ru', 'Старший, Гасанов («Усатый»), пришёл. Её парень Ermal Shehu ("Mali") звонил.', ['Гасанов', 'Усатый', 'Ermal Shehu', 'Mali']],
    ['a nickname after "по кличке"', 'ru', 'Оперуполномоченный Клочков по кличке «Клоп» берёт деньги.', ['Клочков', 'Клоп']],
    ['a dictionary word mid-sentence with an age after it', 'en', 'We met a new girl, Sultana, 19, from Turkestan.', ['Sultana']],
  ])('finds %s', (_kind, lang, text, names) => {
    expect(persons(text, lang)).toEqual(names);
  });

  it.each([
    ['a plate after a make the list lacked', 'en', 'his Benz is AB 417 HT and he parks it outside', ['PLATE', 'AB 417 HT']],
    ['a spaced lower-case plate after a car', 'ru', 'Машина опера — о 418 кт 178, чёрная.', ['PLATE', 'о 418 кт 178']],
  ])('finds %s', (_kind, lang, text, item) => {
    expect(found(text, lang)).toContainEqual(item);
  });

  it.each([
    ['a city in its case form', 'en', 'She lives in Kranju now, with a friend.'],
    ['a city with a hyphen', 'en', 'Interview summary, Ust-Kamenogorsk (Öskemen), 28 August.'],
    ['a quoted sauna and a street named after a person', 'en', 'an agency on Manas Avenue; she worked at the "Laguna" sauna.'],
    ['a body of the mahalla and a centre', 'ru', 'Пришёл участковый инспектор махалли. Потом её отвезли в городской Центр СПИД.'],
    ['a spaced lower-case run without a car', 'ru', 'проехали в 100 км 20 минут'],
  ])('leaves alone %s', (_kind, lang, text) => {
    expect(found(text, lang).filter(([type]) => type === 'PERSON' || type === 'PLATE')).toEqual([]);
  });
});

describe('kinds missed on a fifth held-out set (round 8 of issue 25)', () => {

  it.each([
    ['a Korean village address in Cyrillic', 'Живёт: Пэнсон-ып, Анджон-ри 415-7, комната 203. Потом', ['ADDRESS', 'Пэнсон-ып, Анджон-ри 415-7, комната 203']],
    ['a street abbreviation with a hyphen after the name', 'Адрес: Рязанский пр-т, д. 64, корп. 3, кв. 211. Потом', ['ADDRESS', 'Рязанский пр-т, д. 64, корп. 3, кв. 211']],
    ['a document number in groups after its word', 'изъяли миграционную карту 4619 2837156, у всех взяли кровь', ['IDNUM', '4619 2837156']],
    ['a plate after a make in Russian', 'возил её на белом «Ситроене» 07 AFK 392. Потом', ['PLATE', '07 AFK 392']],
  ])('finds %s', (_kind, text, item) => {
    expect(found(text)).toContainEqual(item);
  });

  it.each([
    ['a sentence after an amount and its currency', 'ru', 'Заплатила 5 000 сомони. Номер её сестры не знаем.', []],
    ['an honorific after a name, taken with it (Bey names no one alone)', 'en', 'The passport is still with Hüsnü Bey in Antalya.', ['Hüsnü Bey']],
    ['a street named after a given name, and the woman of that name', 'ru', 'Офис был на проспекте Мира в Бишкеке. Мира пришла позже.', ['Мира']],
    ['a shop of a brand that is a name', 'en', 'He waits in the Zara shop at the mall.', []],
    ['a verb that is an English street word', 'en', 'rustam, big, drive black Malibu 01 A 777 BA', ['rustam']],
  ])('leaves alone %s', (_kind, lang, text, names) => {
    expect(persons(text, lang)).toEqual(names);
    expect(found(text, lang).filter(([type]) => type === 'ADDRESS')).toEqual([]);
  });

  it('starts an address after the sentence before it', () => {
    expect(found('She sleeps at Deira. Ocean Drive 5, apt 3.').filter(([type]) => type === 'ADDRESS')).toEqual([['ADDRESS', 'Ocean Drive 5, apt 3']]);
  });
});

describe('kinds missed on a sixth held-out set (round 9 of issue 25)', () => {

  it.each([
    ['a nickname after "называют"', 'ru', 'Девочки называют его «Кабанчик», он старший.', ['Кабанчик']],
    ['a name before a lower-case honorific, the honorific redacted with it', 'ru', 'Через месяц передал её Gülşen abla, у которой три квартиры.', ['Gülşen abla']],
    ['a lower-case name after "go with"', 'en', 'Today go with nino to the hotels on the seafront.', ['nino']],
    ['a name after "lady"', 'en', 'The hostess lady Dali took her passport.', ['Dali']],
  ])('finds %s', (_kind, lang, text, names) => {
    expect(persons(text, lang)).toEqual(names);
  });

  it.each([
    ['a local number a few words after the phone word', 'Телефон хозяина +371 29 418 307, но пишет он с другого, 26 114 590.', ['PHONE', '26 114 590']],
    ['a profile link on a domain with a letter beyond ASCII', 'her profile is https://www.pažintys-vip.lt/profilis/jurga-vilnius-8841. In May', ['HANDLE', 'https://www.pažintys-vip.lt/profilis/jurga-vilnius-8841']],
  ])('finds %s', (_kind, text, item) => {
    expect(found(text)).toContainEqual(item);
  });

  it.each([
    ['a quoted sentence after a naming word', 'ru', 'Сотрудник по имени Вадим сказал: «Без патента ты тут никто».', ['Вадим']],
    ['a quoted sentence in low-high quotes', 'ru', 'Сказал: „Ты или платишь, или едешь“.', []],
    ['a short word addressed in quotes', 'en', 'He said: "Na, you again?" and left.', []],
    ['a holiday and a Kyrgyz number', 'ru', 'Выход 21 марта, Новруз. Кыргызский номер у неё другой.', []],
    ['a medical centre and a café', 'en', 'She was examined at the Erebuni medical centre, near the Bella café.', []],
  ])('leaves alone %s', (_kind, lang, text, names) => {
    expect(persons(text, lang)).toEqual(names);
  });
});

describe('a given name after a street word across a sentence end', () => {
  it('is a name when a question ends the sentence before it', () => {
    const text = 'Врач спросила, работает ли она ещё на улице? Гүлнар живёт у сестры.';
    expect(detectPii(text, 'ru').map((s) => text.slice(s.start, s.end))).toEqual(['Гүлнар']);
  });
});

describe('kinds of the last held-out set (J)', () => {
  const found = (text: string) => detectPii(text, 'ru').map((s) => [s.type, text.slice(s.start, s.end)]);

  it.each([
    ['пр-те, a case form of the abbreviation', 'работает из квартиры на пр-те Просвещения, д. 84, корп. 2, кв. 311. Потом', ['ADDRESS', 'пр-те Просвещения, д. 84, корп. 2, кв. 311']],
    ['the Ukrainian бульв.', 'живёт на бульв. Лесі Українки, 26, кв. 93. Потом', ['ADDRESS', 'бульв. Лесі Українки, 26, кв. 93']],
    ['a virtue at a sentence start before her full name in brackets', 'Он угрожал. Вера (Вера Шубина) свидетельствовать согласна.', ['PERSON', 'Вера']],
  ])('finds %s', (_kind, text, item) => {
    expect(found(text)).toContainEqual(item);
  });
});

describe('Uzbek names with the apostrophe of oʻ and gʻ', () => {
  const persons = (text: string) => detectPii(text, 'en').filter((s) => s.type === 'PERSON').map((s) => text.slice(s.start, s.end));

  it('finds the whole name, however the apostrophe is typed', () => {
    expect(persons("Her neighbour Dilnoza Xo'jayeva, 24, came too.")).toEqual(["Dilnoza Xo'jayeva"]);
    expect(persons('The officer, G‘ulomov, took the money; Oʻktam saw it.')).toEqual(['G‘ulomov', 'Oʻktam']);
  });

  it('leaves English contractions and o’clock alone', () => {
    expect(persons("We met at 5 o'clock. It's her friend's flat, don't go there.")).toEqual([]);
  });
});

describe('kinds missed on held-out set K (messy intake: chat logs, second-hand reports, long files)', () => {

  it.each([
    ['a nickname of two words in quotes after "call him"', 'en', 'The driver is Pak Sung-min, the girls call him "Old Pak". He keeps keys.', ['PERSON', 'Old Pak']],
    ['a messenger ID after "her ID"', 'en', 'She writes us on Telegram, her ID lina_osh22, every week.', ['HANDLE', 'lina_osh22']],
    ['a messenger ID after "его ник"', 'ru', 'Пишет в телеге, его ник dastan.krg, с другого номера.', ['HANDLE', 'dastan.krg']],
    ['an unknown word at a sentence start, named in the bracket after it', 'ru', 'Тулпарка (так её зовут в общежитии) пришла вечером.', ['PERSON', 'Тулпарка']],
    ['the same in English', 'en', 'Zhibek said nothing. Momo (as the other girls call her) was there too.', ['PERSON', 'Momo']],
    ['a name after an Armenian title of respect', 'en', 'The owner, tikin Shushanik, keeps the passports.', ['PERSON', 'Shushanik']],
  ])('finds %s', (_kind, lang, text, item) => {
    expect(found(text, lang)).toContainEqual(item);
  });

  it.each([
    ['a word in -ич in chat without capitals (аутрич)', 'ru', 'аутрич: добрый вечер, как вы?\nайгерим: плохо, кирпич упал на машину', ['айгерим']],
    ['a misspelt verb in chat without capitals', 'ru', 'гуля: он сказал если будем жаловатся то депортируют\nгуля: и ещё он смеятся', ['гуля', 'гуля']],
    ['a given name in quotes after a sauna or a café', 'ru', 'Работала в сауне «Мадина», потом в кафе «Айжан» на рынке.', []],
    ['a metro station of a compass compound', 'ru', 'Встретились у метро Северо-Западная, потом пошли к Юго-Восточной.', []],
    ['an identity-number word at a sentence start before a name', 'en', 'Pesel Kasi 02270803628 is on the copy.', ['Kasi']],
    ['a place after "аэропорт"', 'ru', 'Её встретили в аэропорт Тулпар и отвезли на квартиру.', []],
    ['a market named as a person is, after the person', 'en', 'A man called Rustam sold the phone. The Rustam Market is next to the bus stop.', ['Rustam']],
  ])('keeps only the names in %s', (_kind, lang, text, names) => {
    expect(persons(text, lang)).toEqual(names);
  });

  it('still reads a name quoted in speech after a messenger, and a nickname in quotes after a client', () => {
    expect(persons('Она написала в WhatsApp «Мадина, где ты?» и пропала.', 'ru')).toEqual(['Мадина']);
    expect(persons('Клиент «Султан» приезжал дважды.', 'ru')).toEqual(['Султан']);
  });
});

describe('kinds missed on held-out set L (member organisations\' case summaries)', () => {

  it.each([
    ['a Bulgarian estate in low-high quotes', 'ru', 'Живее в ж.к. „Младост“ бл. 214, вх. В, ет. 3, ап. 17. Хазяинът идва всеки ден.', ['ADDRESS', 'ж.к. „Младост“ бл. 214, вх. В, ет. 3, ап. 17']],
    ['a street word, a lower-case word of the name, a unit word and its number', 'en', 'Radi iz stana u ul. Bulevar mira br. 12, stan 3. Policija dolazi.', ['ADDRESS', 'ul. Bulevar mira br. 12, stan 3']],
    ['a street named after a person of three names before br.', 'en', 'She lives at ul. Kiril Pejčinović Tetoec br. 17 in Skopje.', ['ADDRESS', 'ul. Kiril Pejčinović Tetoec br. 17']],
    ['an Estonian highway address with a flat after a dash', 'en', 'She works from a flat at Pärnu mnt 112-7, Tartu. In May it was raided.', ['ADDRESS', 'Pärnu mnt 112-7, Tartu']],
    ['a village before its street', 'en', 'Her aunt lives at village Chorbog, ul. Somoni 7. She sends money.', ['ADDRESS', 'village Chorbog, ul. Somoni 7']],
    ['a birth certificate of the Soviet pattern, without a keyword', 'ru', 'Держит её документы: I-ЕС 224913 и паспорт.', ['IDNUM', 'I-ЕС 224913']],
    ['a name that is also a word, alone in brackets after her full name was given', 'ru', 'Вера Ахметова, 31, работает на трассе. Связь через подругу: 0555 12 34 56 (Вера).', ['PERSON', 'Вера']],
  ])('finds %s', (_kind, lang, text, item) => {
    expect(found(text, lang)).toContainEqual(item);
  });

  it('reads the lower-case form of such a name once her full name is given, but not the word in a dictionary', () => {
    expect(persons('meet roza at the bus stop. roza (Roza Tulenova) says police took it.', 'en')).toEqual(['roza', 'roza', 'Roza Tulenova']);
    expect(persons('Вера Носова пришла в офис. Её вера в суд пропала.', 'ru')).toEqual(['Вера Носова']);
  });
});

describe('kinds missed on held-out set M (legal paperwork)', () => {

  it.each([
    ['a badge number with the letters of its unit before it', 'ru', 'Старшина Иманов (жетон КА-0815) отвёз их в отдел.', ['IDNUM', 'КА-0815']],
    ['a badge number of seven digits', 'ru', 'Лейтенант Ковальчук (жетон 0263817) забрал телефон.', ['IDNUM', '0263817']],
    ['a badge number after "badge no."', 'en', 'Officer Novák, badge no. 41288, searched them.', ['IDNUM', '41288']],
    ['a badge number with letters after a space', 'en', 'Sergeant Petrov, badge ПС 7716, hit her with a baton.', ['IDNUM', 'ПС 7716']],
    ['a badge number with letters after a dash', 'en', 'The lieutenant, badge number 3318-ST, took the money.', ['IDNUM', '3318-ST']],
    ['a village after its abbreviation, before the street', 'ru', 'Прописана: с. Ак-Талаа, ул. Ленина, д. 14. В мае уехала.', ['ADDRESS', 'с. Ак-Талаа, ул. Ленина, д. 14']],
    ['a Turkmen etrap before the street', 'ru', 'Родом из Мары, этрап Векил, ул. Атаева, д. 3, паспорт у него.', ['ADDRESS', 'этрап Векил, ул. Атаева, д. 3']],
    ['a name before a Turkmen term of respect joined by a hyphen (the term redacted with it: writers differ on where it belongs)', 'ru', 'Её позвала женщина по имени Гулбахор-эдже, которая забрала паспорт.', ['PERSON', 'Гулбахор-эдже']],
  ])('finds %s', (_kind, lang, text, item) => {
    expect(found(text, lang)).toContainEqual(item);
  });

  it('takes no word after "badge" for a unit code', () => {
    expect(found('She showed the badge of the NGO and 12 condoms.', 'en').filter(([type]) => type === 'IDNUM')).toEqual([]);
  });
});

describe('kinds missed on held-out set N and by the outside tester (night notes, Russian in Latin letters)', () => {

  it.each([
    ['a feminine patronymic in a case form after a name that is also a word', 'ru', 'Договорилась с Любовь Андреевной из центра, потом с Верой Ильиничной.', ['PERSON', 'Любовь Андреевной']],
    ['an unknown name at a sentence start said to be someone by an apposition', 'en', 'Dragoslav, her landlord, threatened to evict her.', ['PERSON', 'Dragoslav']],
    ['a given name that is a compound of two words, before an unknown surname', 'en', 'She came back with Sunray Vlasiuc and left again.', ['PERSON', 'Sunray Vlasiuc']],
    ['a national number starting with 8 that no trunk 8 explains', 'en', 'Her friend answers on 884-213-507 after ten.', ['PHONE', '884-213-507']],
  ])('finds %s', (_kind, lang, text, item) => {
    expect(found(text, lang)).toContainEqual(item);
  });

  it('reads a given name in a Russian case form written in Latin letters, but no English word as one', () => {
    expect(persons('ajgul skazala chto zabrali veru v otdel, potom zarinoj zvonili. nurlanu tozhe.', 'en')).toEqual(['ajgul', 'veru', 'zarinoj', 'nurlanu']);
    expect(persons('She said the mine was closed and nine girls left.', 'en')).toEqual([]);
  });

  it('reads a name that is also a word, listed with other names, as her name in its case forms too', () => {
    const text = 'На точке: Вера, Любовь Сергеевна (старшая), новенькая Кристина. Веру в субботу задержали.';
    expect(persons(text, 'ru')).toEqual(['Вера', 'Любовь Сергеевна', 'Кристина', 'Веру']);
  });

  it('reads Russian written in Latin letters in notes without capitals as words, not names', () => {
    const text = 'smena 22:00-03:00. na trasse vtoroj raz za mesyac, taksist gulzat ee vozit, uchastkovyj zabral pasport, razdali 40 testov.';
    expect(persons(text, 'en')).toEqual(['gulzat']);
  });
});

describe('places an outside tester saw marked as names', () => {

  it.each([
    ['an organisation in quotes after "в", named with a given name', 'ru', 'Передала её контакты в «Шах-Айым», там помогут.', []],
    ['a park named after a person', 'ru', 'Встретились в парке Гвардейцева у фонтана.', []],
    ['a district police unit by its adjective, but not a surname of that shape', 'ru', 'Отвезли в Советский райотдел. Майор Советский пришёл позже.', ['Советский']],
    ['a province in a case form and a shop', 'en', 'She was taken to Klinički centar Vojvodine after the raid near the Lidl.', []],
  ])('leaves alone %s', (_kind, lang, text, names) => {
    expect(persons(text, lang)).toEqual(names);
  });
});

describe('kinds sets O and P (interview transcripts, documents between organisations) showed', () => {

  it.each([
    ['a surname in capitals on a form after its label', 'en', 'Referral. SURNAME/NUME: BOTNARU-CIOBANU, Viorica. Age: 31.', ['PERSON', 'BOTNARU-CIOBANU, Viorica']],
    ['a name after a witness label and a colon', 'en', 'Present at the raid. Witness: Zemfira, a flower seller.', ['PERSON', 'Zemfira']],
    ['a Russian affectionate form of a listed name at the start of quoted speech', 'ru', 'Он писал ей: «Дашенька, не бойся». Дашеньку потом увезли.', ['PERSON', 'Дашенька']],
    ['its case form at a sentence start', 'ru', 'Он писал ей: «Дашенька, не бойся». Дашеньку потом увезли.', ['PERSON', 'Дашеньку']],
    ['a country code in brackets with its plus', 'en', 'Her aunt picks up on (+374) 91 52 63 07 in the evening.', ['PHONE', '(+374) 91 52 63 07']],
    ['a city code in brackets and seven digits in the 3-2-2 grouping', 'ru', 'Домашний у матери (812) 481-52-63, звонить вечером.', ['PHONE', '(812) 481-52-63']],
    ['a nickname with an elided vowel, its apostrophe inside', 'en', 'An agent they call "Slabu\'" took her phone.', ['PERSON', 'Slabu\'']],
    ['a Hungarian married name after a full stop that ends a sentence about a district', 'en', 'Met in the XI district. Szabóné Fekete Ilona, 52, runs the flat.', ['PERSON', 'Szabóné Fekete Ilona']],
  ])('finds %s', (_kind, lang, text, item) => {
    expect(found(text, lang)).toContainEqual(item);
  });

  it.each([
    ['a business named with a given name after its word, bare or in quotes', 'en', 'We met at Sauna Zarema near the bus stop, then at the kiosk "Biljana" and the Pizzeria Goran.', []],
    ['the same business again after a cue elsewhere names her', 'en', 'The bar is Café Oksana; nobody called Oksana works there. We left Café Oksana at two.', ['Oksana']],
    ['a café in quotes at the start of an interviewer note', 'ru', 'Встречались там. [Кафе «Алсу» на вокзале — другое место.] Пометка: без фамилий.', []],
    ['saints and their days', 'en', 'They came on Saint George\'s Day, again on Sv. Petka and on Mitrovdan.', []],
    ['holidays of the region', 'ru', 'После Нооруза и на День Независимости патрулей больше. На Новруз Байрамы тоже.', []],
    ['a note in brackets that starts with a word', 'ru', 'Плакала. [Упоминает соседей, но без имён.] Просит не звонить.', []],
    ['a medicine and a count of lubricants', 'ru', 'Выдали 30 презервативов, 12 лубрикантов, Постинор и Кеторол.', []],
    ['a rank before a surname, which alone is the name', 'en', 'The officer, plutonier Lungu, fined her; pprap. Dvořák was there too.', ['Lungu', 'Dvořák']],
  ])('leaves alone %s', (_kind, lang, text, names) => {
    expect(persons(text, lang)).toEqual(names);
  });

  it('reads a feminine surname shaped like a town\'s genitive as a surname, and the town after its preposition as the town', () => {
    expect(persons('Вчера Иванова пришла в отдел. Фамилия: Иванова.', 'ru')).toEqual(['Иванова', 'Иванова']);
    expect(persons('Она родом из Иванова, работала в Москве.', 'ru')).toEqual([]);
  });

  it('does not take a business word in the genitive for the business: the person after it is named', () => {
    expect(persons('Администратор сауны Ренат забрал паспорт.', 'ru')).toEqual(['Ренат']);
  });

  it('finds a person right after a business word in an ordinary sentence, and after a saint\'s abbreviation (an outside tester\'s leaks)', () => {
    expect(persons('At the sauna Gulmira told me the police came. The kiosk Darina owns was searched.', 'en')).toEqual(['Gulmira', 'Darina']);
    expect(persons('The hotel Nadira Saidova manages was raided.', 'en')).toEqual(['Nadira Saidova']);
    expect(persons('В кафе Жибек работала официанткой. Владелец кафе Тимур Жунусов вызвал полицию.', 'ru')).toEqual(['Жибек', 'Тимур Жунусов']);
    expect(persons('St. Petrenko, the duty officer, refused. The officer, Sv. Goran Ilic, took her money.', 'en')).toEqual(['Petrenko', 'Goran Ilic']);
    expect(persons('На Святого Николая Николай её избил. День Победы Азамат провёл с ней.', 'ru')).toEqual(expect.arrayContaining([expect.stringContaining('Азамат')]));
  });
});

describe('kinds sets Q and R (NGO monitoring reports, migration to the destinations) showed', () => {

  it.each([
    ['an Arabic name with its particles', 'en', 'The sponsor on the visa was Hamdan Saeed Al Nuaimi, and his driver Tariq bin Juma.', ['PERSON', 'Hamdan Saeed Al Nuaimi']],
    ['an Arabic name after "bin"', 'en', 'The sponsor on the visa was Hamdan Saeed Al Nuaimi, and his driver Tariq bin Juma.', ['PERSON', 'Tariq bin Juma']],
    ['a Korean name in Cyrillic, the surname and its syllables', 'ru', 'Хозяин караоке — Цой Ын Хи, платил наличными.', ['PERSON', 'Цой Ын Хи']],
    ['a nickname in quotes after a colleague', 'en', 'Her colleague "Zuzu" (a trans woman) was fined too.', ['PERSON', 'Zuzu']],
    ['a surname after a rank\'s abbreviation and its full stop', 'en', 'She was stopped by sierż. Pawlak near the station.', ['PERSON', 'Pawlak']],
    ['a holiday that is also a given name, when it names the interpreter', 'en', 'Interview in Romani, translated by Kurban. She is 24.', ['PERSON', 'Kurban']],
    ['a local number in a list of contacts', 'en', 'Contacts: Agnese +371 2614 5523, Dace 26 731 448 (Viber).', ['PHONE', '26 731 448']],
    ['a work patent\'s region and number', 'ru', 'Патент 50 2409917351 и паспорт остались у работодателя.', ['IDNUM', '50 2409917351']],
    ['a UAE plate after "plates"', 'en', 'He drove a white Lexus with Dubai plates K 52931.', ['PLATE', 'K 52931']],
  ])('finds %s', (_kind, lang, text, item) => {
    expect(found(text, lang)).toContainEqual(item);
  });

  it.each([
    ['holidays that are also given names after a preposition of a date', 'ru', 'Сразу после Нооруза и перед Курбан Айтом патрули стояли у рынка.', []],
    ['a holiday before "holiday" or "Bayram"', 'en', 'The next meeting is after the Bajram holiday, not during Kurban Bayram.', []],
    ['a rank with a full stop that ends a sentence after a whole word', 'en', 'She went with her sister. Later the officer said she could leave.', []],
  ])('leaves alone %s', (_kind, lang, text, names) => {
    expect(persons(text, lang)).toEqual(names);
  });

  it('reads a Korean surname with initials as the surname and its initials', () => {
    expect(persons('Протокол подписал Пак И.С., дежурный.', 'ru')).toEqual(['Пак И.С.']);
  });
});

describe('what a second outside tester and sets S and T showed', () => {
  it.each([
    ['a Korean name whose surname is also a word, at a sentence start', 'en', 'Lee Jae Won, the driver, took her passport.', ['PERSON', 'Lee Jae Won']],
    ['a Korean name in Cyrillic whose syllable is a pronoun', 'ru', 'Хозяйка Ким Он Су забрала паспорт.', ['PERSON', 'Ким Он Су']],
    ['a listed surname that is a word, with another name', 'en', 'Kim and Song both worked at the salon.', ['PERSON', 'Song']],
    ['a holiday\'s name as a man\'s at a sentence start', 'en', 'Novruz hit her twice and took the money.', ['PERSON', 'Novruz']],
    ['the same in Russian in a case form', 'ru', 'Она жила с Рамазаном на съёмной квартире.', ['PERSON', 'Рамазаном']],
    ['a man named like a holiday right after the holiday', 'ru', 'После Навруза Курбан увёз её в Стамбул.', ['PERSON', 'Курбан']],
    ['a document\'s series and number with their words', 'ru', 'Паспорт серии AB № 4821937 забрал участковый.', ['IDNUM', 'AB № 4821937']],
    ['a card\'s number of capitals and digits after its word', 'en', 'Her permit, card no. T4K9R27MX, shows her old name.', ['IDNUM', 'T4K9R27MX']],
    ['a Ukrainian patronymic in Latin letters inside a full name', 'en', 'The passport is in the name Taras Mykolaiovych Koval still.', ['PERSON', 'Taras Mykolaiovych Koval']],
    ['a Slovak settlement\'s house by its number', 'en', 'She lives at osada Hrabina, č. d. 112 with her aunt.', ['ADDRESS', 'osada Hrabina, č. d. 112']],
    ['a police nickname, an adjective in quotes after a verb', 'ru', 'Ночью подъехал «Лысый» с напарником и забрал выручку.', ['PERSON', 'Лысый']],
    ['the same after a companion\'s word', 'ru', 'Пришёл участковый, а с ним «Косой», и оба требовали денег.', ['PERSON', 'Косой']],
    ['a plate after a car model named in Russian', 'ru', 'Он увёз её на белом «Пассате» 06 KLR 318, номер записали.', ['PLATE', '06 KLR 318']],
    ['a work patent with its region and "№"', 'ru', 'Забрал паспорт и патент 50 № 2409918733 до утра.', ['IDNUM', '50 № 2409918733']],
    ['a given name with the surname Day, not a holiday', 'en', 'Her caseworker, Lidia Day, called the shelter.', ['PERSON', 'Lidia Day']],
    ['a rank used as a nickname in quotes after a naming word', 'ru', 'Участковый, которого все называют «Капитан», забрал паспорт.', ['PERSON', 'Капитан']],
    ['a Kyrgyz PIN written in groups after its word', 'ru', 'Её ПИН 1 0507 1998 00283 остался у хозяина.', ['IDNUM', '1 0507 1998 00283']],
    ['a Turkmen document whose series has a Turkmen letter', 'en', 'Her birth certificate II-ÝŞ 318204 was taken.', ['IDNUM', 'II-ÝŞ 318204']],
    ['a profile link on a site with a long top-level domain', 'en', 'Her advert is at escort-board.online/girls/mira_22 now.', ['HANDLE', 'escort-board.online/girls/mira_22']],
  ])('finds %s', (_kind, lang, text, item) => {
    expect(found(text, lang)).toContainEqual(item);
  });

  it.each([
    ['a police unit, a car and a shop in quotes', 'ru', 'Её держали в ОП № 4 «Заводской», потом подъехала «Приора», потом зашли в «Детский» магазин.', []],
    ['places of Dubai after "Al"', 'en', 'Tariq took her to Al Barsha and then to Al Quoz, later to Al Ain.', ['Tariq']],
    ['a park and a hotel named with a listed surname', 'en', 'We met at the Park Hotel and in Gorky Park.', []],
    ['holidays named like men after a date\'s preposition or before their day\'s word', 'ru', 'На Новруз Байрамы патрули стояли, и после Навруза тоже.', []],
  ])('leaves alone %s', (_kind, lang, text, names) => {
    expect(persons(text, lang)).toEqual(names);
  });

  it('reads a name that is also a word as the person wherever it is capitalised, once a naming cue named her, but not before its preposition', () => {
    expect(persons('Квартиру держит женщина по имени Вера. Вера после этого сказала, что полиция своя.', 'ru')).toEqual(['Вера', 'Вера']);
    expect(persons('Подруга Надежда пришла. Надежда на прокуратуру небольшая.', 'ru')).toEqual(['Надежда']);
  });
});

describe('kinds sets W and X (Central and Eastern Europe; Central Asia and its destinations) showed', () => {
  it('reads a weekday, a day and a month as a date, not as a village\'s house, and keeps a street named after a date', () => {
    const addresses = (text: string) => found(text, 'en').filter(([type]) => type === 'ADDRESS');
    expect(addresses('Check in Praha 5, Sat 19 Oct. Raid at Gara de Nord, Sat 12 Apr, night before.')).toEqual([]);
    expect(addresses('She lives at str. 1 Mai 12, ap. 4 now.')).toEqual([['ADDRESS', 'str. 1 Mai 12, ap. 4']]);
  });

  it.each([
    ['a Korean given name whose second syllable is an English word, with a term of address after it', 'en', 'The manager, whom they had to call Seung-woo oppa, kept the passports.', ['PERSON', 'Seung-woo oppa']],
    ['a name with a Korean suffix joined by a hyphen', 'en', 'He said: "Marina-ssi, you want your visa?" and left.', ['PERSON', 'Marina-ssi']],
    ['a name with a Kazakh term of respect after it', 'ru', 'С ним был мужчина, которого он называл Ерлан байке.', ['PERSON', 'Ерлан байке']],
    ['a nickname in quotes in brackets right after a name', 'ru', 'Скриншоты прислала Гульнозахон («Гуля», 22 года) в мае.', ['PERSON', 'Гуля']],
    ['a father\'s name before its particle at the start of a form\'s line', 'ru', 'ФИО (по паспорту): Бектемир кызы Айпери', ['PERSON', 'Бектемир кызы Айпери']],
    ['a username written bare', 'en', 'On Line I am kamila_osh88, not on WhatsApp.', ['HANDLE', 'kamila_osh88']],
    ['a Hungarian personal number in its groups', 'en', 'Her personal number 1-870412-1232 is on the fine.', ['IDNUM', '1-870412-1232']],
    ['a badge number with a unit\'s digits before it', 'ru', 'Сотрудник с жетоном 12-4471 сказал, что это семейное дело.', ['IDNUM', '12-4471']],
    ['a bank account number after its word', 'ru', 'Деньги шли на его счёт 4100237711/0800 каждую неделю.', ['IDNUM', '4100237711/0800']],
    ['a Korean plate with its region', 'en', 'They were driven in a van, 서울 45가 1234, every night.', ['PLATE', '서울 45가 1234']],
    ['a house number with a letter after a slash, before a flat', 'en', 'For the paper: I live Bratislavská 14/C, byt 3. ok.', ['ADDRESS', 'Bratislavská 14/C, byt 3']],
    ['a street named after a person, with a house and an orientation number, after a strong cue', 'en', 'She lives at Karla Čapka 1402/7, Most.', ['ADDRESS', 'Karla Čapka 1402/7, Most']],
    ['a barrack as a unit', 'en', 'The women sleep at Zhibek street 9, barrack 4, behind the café.', ['ADDRESS', 'Zhibek street 9, barrack 4']],
    ['an Albanian address with its entrance and flat', 'en', 'Address: Rr. Ismail Qemali nr. 7, hyrja 1, banesa 12, Prizren.', ['ADDRESS', 'Rr. Ismail Qemali nr. 7, hyrja 1, banesa 12, Prizren']],
    ['a highway written "sh." in Latin letters', 'en', 'She shares a flat at Varshavskoye sh. 140, bldg 1, apt 22 with six women.', ['ADDRESS', 'Varshavskoye sh. 140, bldg 1, apt 22']],
    ['a Karakalpak street with its house', 'en', 'Home address: Amir Temur ko\'shesi 12-úy; phone later.', ['ADDRESS', 'Amir Temur ko\'shesi 12-úy']],
    ['an Estonian given name signing a message', 'en', 'I can meet in the park after 6. Kaie', ['PERSON', 'Kaie']],
    ['a street named after two people joined by "ir", before its street word', 'en', 'Her address is Steponas ir Kazys g. 12-4, Kaunas.', ['ADDRESS', 'Steponas ir Kazys g. 12-4, Kaunas']],
    ['a phone number before a line break and a date on the next line', 'ru', 'тел. +7 (912) 417-20-58\n14 марта около полуночи', ['PHONE', '+7 (912) 417-20-58']],
    ['a phone number wrapped onto the next line', 'en', 'Her number is +7 701 555\n12 34, call after ten.', ['PHONE', '+7 701 555\n12 34']],
    ['a messenger ID after the messenger\'s name and a comma', 'en', 'Contact only through her imo, aisel.b91, never by phone.', ['HANDLE', 'aisel.b91']],
    ['a street named after a date in Czech', 'en', 'He lives at ulice 17. listopadu 88, byt 5, with his mother.', ['ADDRESS', 'ulice 17. listopadu 88, byt 5']],
    ['a name in apposition after a noun for a person', 'en', 'He is a regular of another woman, Zizi, who gave her his number.', ['PERSON', 'Zizi']],
    ['a name with a Kazakh kin term after it', 'en', 'I am not at home, I am at Saule tate now.', ['PERSON', 'Saule tate']],
    ['a name with an Azerbaijani term of respect after it', 'ru', 'Деньги забирала Лейла ханум и её брат.', ['PERSON', 'Лейла ханум']],
    ['a Serbian identity card\'s number after its words', 'en', 'He kept her lična karta, 007215384, and her phone.', ['IDNUM', '007215384']],
    ['a badge number with its unit\'s digits, a word between', 'ru', 'Показал удостоверение, жетон вроде 14-0392, и ушёл.', ['IDNUM', '14-0392']],
    ['an officer\'s identity number after "udostoverenie"', 'en', 'Mira took a photo of his udostoverenie, number 051284.', ['IDNUM', '051284']],
    ['a Moldovan number before a line break and a list\'s next item', 'en', 'Recruiter: Vasile, tel. +373 68 512 904\n5. Route: bus to Antalya.', ['PHONE', '+373 68 512 904']],
    ['a patient\'s record number after its words', 'ru', 'Травмы записаны, медкарта № 7120/24, направление выдано.', ['IDNUM', '№ 7120/24']],
    ['a medical record number with letters', 'en', 'The nurse wrote it under medical record no. Ф-112/3095 yesterday.', ['IDNUM', 'Ф-112/3095']],
    ['an officer\'s service number after its words and "no."', 'en', 'Inspector Levan Beridze, service ID no. 448120, fined her.', ['IDNUM', '448120']],
    ['a Turkish officer\'s registry number', 'en', 'Komiser Serkan Aydın, sicil no. 204913, wrote the report.', ['IDNUM', '204913']],
    ['a Serbian badge number after "značka br."', 'en', 'policajac Nebojša Ilić, značka br. 05218. He left.', ['IDNUM', '05218']],
    ['a Turkish officer after his rank', 'en', 'Başkomiser Volkan Kılıç took the phones.', ['PERSON', 'Volkan Kılıç']],
    ['an Azerbaijani name with its patronymic', 'en', 'Full name: Aynur Elçin qızı Hüseynova, 27.', ['PERSON', 'Aynur Elçin qızı Hüseynova']],
    ['a name in quotes after a naming word, though also a place', 'en', 'In the bar she was called "Sofia" by everyone.', ['PERSON', 'Sofia']],
    ['a name after "Prepared by:"', 'en', 'Prepared by: Daniela, outreach worker.', ['PERSON', 'Daniela']],
    ['a nickname in quotes later inside the brackets after a name', 'ru', 'Направляем к вам Гульнару Сафину (на сайте — «Лика»), 24 года.', ['PERSON', 'Лика']],
    ['an Armenian plate after a Niva', 'en', 'He left in a white Niva, 41 KT 508, at noon.', ['PLATE', '41 KT 508']],
    ['a given name with an Uzbek case suffix', 'en', 'Her sister said: "Dilnozaning telefoni yo\'q".', ['PERSON', 'Dilnozaning']],
    ['a Hungarian term of address after a name', 'en', 'Laci bácsi drives them to the motorway.', ['PERSON', 'Laci bácsi']],
  ])('finds %s', (_kind, lang, text, item) => {
    expect(found(text, lang)).toContainEqual(item);
  });

  it.each([
    ['hyphenated words with Korean-looking halves', 'en', 'The so-so deal at the co-op was a no-go, a post-war mix-up.', []],
    ['file names with underscores', 'en', 'She sent IMG_2231.jpg, then report_final.docx and voice_0412.ogg.', null],
    ['a Hungarian-shaped number with a wrong check digit', 'en', 'Route 1-870412-1235 runs at night.', null],
    ['a name in brackets without quotes, or a body in quotes', 'en', 'Police ("Militia") came with the Ministry ("MVD").', []],
    ['a body or a weekday in apposition after a noun for a person', 'en', 'The man, Police said, was drunk. The girl, Monday, left.', []],
    ['a month in the genitive after a date', 'en', 'We met on 28. října and on 3. listopadu again.', []],
    ['Russian in Latin letters without its soft signs, capitalised at a sentence\'s start too', 'ru', 'mne bolshe nekomu zvonit. Vchera nochyu opyat priekhali te zhe, zabrali vsyo. Telefon tozhe smotreli.', []],
    // (A court's case number is found since 2026.12.24: it leads to the person in the court's records.)
    ['streets after "on", a weekday and a date', 'en', 'Raid on Ząbkowska, Sat 19 Oct. Then on Deribasivska, at noon.', []],
    ['a police department in quotes after its word', 'ru', 'Её держали в ОП (отдел «Заводской») до утра.', []],
  ])('leaves alone %s', (_kind, lang, text, names: string[] | null) => {
    if (names) expect(persons(text, lang)).toEqual(names);
    expect(found(text, lang).filter(([type]) => type === 'HANDLE' || type === 'IDNUM')).toEqual([]);
  });
});

describe('what an outside tester showed on 4 December', () => {
  it.each([
    ['an IBAN written together', 'en', 'Send it to IBAN MD24AG000225100013104168 today.', ['IDNUM', 'MD24AG000225100013104168']],
    ['an IBAN in groups of four', 'en', 'His account TR33 0006 1005 1978 6457 8413 26 took the money.', ['IDNUM', 'TR33 0006 1005 1978 6457 8413 26']],
    ['a Russian account of twenty digits', 'ru', 'Счёт получателя 40817810099910004312, банк в Москве.', ['IDNUM', '40817810099910004312']],
    ['a common Korean given name whose halves are English words, in a narrative set in Korea', 'en', 'In Ansan, Min-jun took her phone.', ['PERSON', 'Min-jun']],
    ['a surname after a nickname in brackets', 'en', 'The recruiter, Ion ("Vanea") Lungu, called twice.', ['PERSON', 'Lungu']],
    ['a badge number with its part after a hyphen', 'en', 'His badge number was 0245-17, she wrote it down.', ['IDNUM', '0245-17']],
    ['a badge number with its part after a slash', 'ru', 'Показал жетон № 5521/3 и ушёл.', ['IDNUM', '№ 5521/3']],
    ['a street named after two people joined by "и"', 'ru', 'Она живёт на улице Кирилла и Мефодия, 7, в Скопье.', ['ADDRESS', 'улице Кирилла и Мефодия, 7']],
    ['a username with dots after a word about an account', 'en', 'He calls himself kolya.boss online.', ['HANDLE', 'kolya.boss']],
    ['a username with dots after "с аккаунта"', 'ru', 'Пишет с аккаунта anna.vip по ночам.', ['HANDLE', 'anna.vip']],
    ['a building\'s letter among its parts', 'ru', 'Адрес: наб. Фонтанки, д. 61, лит. Б, кв. 7, третий этаж.', ['ADDRESS', 'наб. Фонтанки, д. 61, лит. Б, кв. 7, третий этаж']],
    ['a plot in a dacha settlement', 'en', 'They kept her at SNT Rassvet, plot 17, all summer.', ['ADDRESS', 'SNT Rassvet, plot 17']],
    ['a dacha settlement with its line and plot', 'ru', 'Держали её в СНТ «Ромашка», 2-я линия, уч. 41, до осени.', ['ADDRESS', 'СНТ «Ромашка», 2-я линия, уч. 41']],
    ['an unknown given name with the father\'s name and its particle', 'en', 'She is Zarqun Rasim qızı, born 1996.', ['PERSON', 'Zarqun Rasim qızı']],
    ['a Georgian kin term after a name', 'en', 'The landlady, Tsiala bebia, asked for more.', ['PERSON', 'Tsiala bebia']],
    ['a Tatar term of respect after a name', 'en', 'The driver, Ildar abi, took the money.', ['PERSON', 'Ildar abi']],
    ['an Azerbaijani term of respect after a name', 'en', 'The owner, Rauf müəllim, kept the passports.', ['PERSON', 'Rauf müəllim']],
    ['a German address with its back yard and floor', 'en', 'She lives at Goethestraße 12a, Hinterhof, 4. Stock now.', ['ADDRESS', 'Goethestraße 12a, Hinterhof, 4. Stock']],
    ['a Ukrainian name with its apostrophe, whole', 'ru', "Скаргу подала Мар'яна Ковальчук у вівторок.", ['PERSON', "Мар'яна Ковальчук"]],
  ])('finds %s', (_kind, lang, text, item) => {
    expect(found(text, lang)).toContainEqual(item);
  });

  it.each([
    ['snake_case words and a script\'s name', 'en', 'Status: case_status is under_review (police_abuse), see log_parser.py.'],
    ['car models after their makes', 'en', 'He drives a BMW X5, a VW T5 and a Lexus RX 350.'],
    ['a fare in som after a street word', 'ru', 'проезд 30 сомов, обратно тоже.'],
    ['a town after "г."', 'ru', 'Она живёт в г. Чирчик с матерью.'],
    ['a Korean district', 'en', 'The shop is in Busan, Dong-gu, near the station.'],
    ['an IBAN-shaped code with a wrong checksum', 'en', 'Code GB34BUKB20201555555555 was printed on the box.'],
    ['abbreviations with dots after "as"', 'en', 'Offices such as U.S. ones, and towns such as St.Petersburg, were named.'],
  ])('leaves alone %s', (_kind, lang, text) => {
    expect(found(text, lang)).toEqual([]);
  });
});

describe('ranks written short, kunyas and saints (4 December, second round)', () => {
  it.each([
    ['a surname after an English rank written short', 'en', 'Then Sgt Kovac came back with Lt. Orlov.', [['PERSON', 'Kovac'], ['PERSON', 'Orlov']]],
    ['a surname after two ranks written short', 'en', 'Det. Insp. Horvat wrote nothing down.', [['PERSON', 'Horvat']]],
    // ("Maj" is no rank's word: a surname too, Sierż. Maj.)
    ['a surname written "Maj" after a Polish rank', 'en', 'Then Sierż. Maj said it was forbidden.', [['PERSON', 'Maj']]],
    ['an Arabic kunya, whole, and not "Abu" of Abu Dhabi', 'en', 'Same guy Abu Saif took her passport. Later he drove to Abu Dhabi.', [['PERSON', 'Abu Saif']]],
    ['a full name with the father\'s name, its particle and the surname, as one', 'ru', 'Заявительница Лейла Вагиф кызы Гусейнова, 31 год.', [['PERSON', 'Лейла Вагиф кызы Гусейнова']]],
    ['an Azerbaijani full name in Latin letters, as one', 'en', 'Met Aygün Rasim qızı Həsənova at the centre.', [['PERSON', 'Aygün Rasim qızı Həsənova']]],
    ['a court\'s case number after "case no."', 'en', 'The district court (case no. 5-417/2024) ordered expulsion.', [['IDNUM', '5-417/2024']]],
    ['a German prosecutor\'s file number', 'en', 'They investigate under § 232a StGB (file no. 276 Js 4182/23) now.', [['IDNUM', '276 Js 4182/23']]],
    ['a fine\'s ticket number in parts', 'en', 'Ticket no. SZ-0377/2231/2023 was handed to her.', [['IDNUM', 'SZ-0377/2231/2023']]],
    ['a police protocol\'s number without a year', 'en', 'The officers wrote protocol no. 418273 against her.', [['IDNUM', '418273']]],
    ['a police register number (КУСП)', 'ru', 'Материал КУСП № 2417 передан в отдел.', [['IDNUM', '№ 2417']]],
    ['a case number after "по делу №"', 'ru', 'Суд по делу № 5-1123/2023 назначил штраф.', [['IDNUM', '№ 5-1123/2023']]],
    ['a protocol\'s series and number after "№", without a word before', 'ru', 'Протокол по ст. 6.11 КоАП: 66 В № 0219223.', [['IDNUM', '66 В № 0219223']]],
    ['a work patent\'s region and number after a comma', 'en', 'Her work patent, 77 № 2309418576, stayed with him.', [['IDNUM', '77 № 2309418576']]],
  ])('finds %s and nothing else', (_kind, lang, text, items) => {
    expect(found(text, lang)).toEqual(items);
  });

  it.each([
    ['a saint\'s day and a place named after a saint', 'en', 'On Sveti Nikola day she went to Sveti Stefan with the others.'],
    ['a church named after a saint', 'en', 'They met outside Santa Maria church and Szent István hospital.'],
    ['money after "in case", a statute and a bus route', 'en', 'In case 1000 som is asked, see Article 172 and § 232a StGB; bus 47/2.'],
    ['a police station\'s and a clinic\'s numbers', 'ru', 'Её увезли в ОП № 14, потом в поликлинику № 4.'],
  ])('leaves alone %s', (_kind, lang, text) => {
    expect(found(text, lang)).toEqual([]);
  });
});

describe('kinds held-out sets AE, AF and AG showed (4 December)', () => {
  it.each([
    ['a badge number with its letters, a few words after "badge number"', 'en', 'The officer, whose badge number she noted as PB-21847, left.', [['IDNUM', 'PB-21847']]],
    ['an IBAN after "account" whose checksum fails (misheard or mistyped)', 'en', 'He paid into the account DE27 5005 0201 0418 2736 09 last week.', [['IDNUM', 'DE27 5005 0201 0418 2736 09']]],
    ['a personal number in groups after its words, checksum failing', 'en', 'Her personal identification number, 2-880413-1157, is on the form.', [['IDNUM', '2-880413-1157']]],
    ['a phone after a word holding "знак" (незнакомых)', 'ru', 'Один из незнакомых номеров она сохранила: +375 44 718-20-39.', [['PHONE', '+375 44 718-20-39']]],
    ['Tatar and Turkish terms after a name', 'en', 'The landlord, Ildar abyi, and "Murat amirim" came; Fatma teyze too.', [['PERSON', 'Ildar abyi'], ['PERSON', 'Murat amirim'], ['PERSON', 'Fatma teyze']]],
    ['surnames after German police ranks written short', 'en', 'One gave his name as PK Schulz; the other was KOK Weber.', [['PERSON', 'Schulz'], ['PERSON', 'Weber']]],
    ['a nickname in quotes listed with a name', 'ru', 'Её, Таню и «Кнопку» отвезли в больницу.', [['PERSON', 'Таню'], ['PERSON', 'Кнопку']]],
    ['a nickname in quotes with her name in brackets', 'ru', '«Рыжая» (Оля) рассказала, что в пятницу её забрали.', [['PERSON', 'Рыжая'], ['PERSON', 'Оля']]],
    ['a nickname in quotes after a word for a woman', 'ru', 'Потом девушка «Вишня» сказала, что устала.', [['PERSON', 'Вишня']]],
    ['a name after a rank written short with a full stop', 'en', '2. Sgt. Tynchtyk, surname unknown, took the money.', [['PERSON', 'Tynchtyk']]],
    ['a messenger ID after "is"', 'en', 'His KakaoTalk ID is yoonboss77, she said.', [['HANDLE', 'yoonboss77']]],
    ['a name after a form\'s "Operator:" label', 'en', 'Hotline, night shift. Operator: Malohat.', [['PERSON', 'Malohat']]],
    ['a name after a form\'s label and a title, without the title', 'en', 'Counsellor: Frau Lindner-Çakır. Client phone withheld.', [['PERSON', 'Lindner-Çakır']]],
    ['an Uzbek name with the tutuq typed as an apostrophe, whole', 'en', "The inspector, Shavkat Ne'matov, took her there.", [['PERSON', "Shavkat Ne'matov"]]],
  ])('finds %s and nothing else', (_kind, lang, text, items) => {
    expect(found(text, lang)).toEqual(items);
  });

  it.each([
    ['places and bodies named after people, joined by hyphens', 'en', 'She sleeps near Rosa-Luxemburg-Platz and goes to the Goethe-Universität clinic.'],
    ['girls of a place in quotes', 'ru', 'Девушки «Лотоса» ушли раньше.'],
    ['English clitics after an apostrophe', 'en', "She's fine, I'll go, we're here."],
    ['a town of Uzbekistan after "caller"', 'en', 'A female caller, Chirchiq, at night.'],
  ])('leaves alone %s', (_kind, lang, text) => {
    expect(found(text, lang)).toEqual([]);
  });

  it('reads "lt." ending an e-mail address or LT ending a plate as no rank before the next sentence', () => {
    expect(found('Почта bozena.w86@inbox.lt. Просит не встречаться.', 'ru')).toEqual([['EMAIL', 'bozena.w86@inbox.lt']]);
    expect(found('Outside the station: NS 204-LT.\nEach was fined.', 'en')).toEqual([['PLATE', 'NS 204-LT']]);
  });

  it('reads a Turkish suffix after a name\'s apostrophe with the name, as a Russian case ending is (writers differ; inside the span it hides the form too)', () => {
    expect(found("Ali'nin evi ve Ece'den mesaj.", 'en')).toContainEqual(['PERSON', "Ali'nin"]);
  });
});

describe('initials and names as files write them (4 December)', () => {
  itFinds([
    ['an initial of a letter with a diacritic after a name', 'en', 'The app showed the recipient as "Dauren Ö.", she paid.', [['PERSON', 'Dauren Ö.']]],
    ['an initial of two letters in capitals, with its full stop', 'en', 'Card holder shown as GULNAR ZH. on the screen.', [['PERSON', 'GULNAR ZH.']]],
    ['a surname in capitals, a comma and the given name', 'en', 'The suspect is given as "ABDULLAEV, Ruslan", born 1990.', [['PERSON', 'ABDULLAEV, Ruslan']]],
    ['a surname in capitals, a comma, the given name and the patronymic', 'ru', 'Потерпевшая: ИВАНОВА, Анна Петровна, 1990 г.р.', [['PERSON', 'ИВАНОВА, Анна Петровна']]],
  ]);

  it('keeps two given names listed with a comma apart', () => {
    expect(found('She came with Anna, Maria and Dana.', 'en')).toEqual([['PERSON', 'Anna'], ['PERSON', 'Maria'], ['PERSON', 'Dana']]);
  });
});

describe('what an outside tester showed on 4 December, second round', () => {
  it.each([
    ['names with the soft sign written as an apostrophe, whole', 'en', "Volunteer Mar'yana Solov'yova drove Dar'ya home.", [['PERSON', "Mar'yana Solov'yova"], ['PERSON', "Dar'ya"]]],
    ['a Ukrainian criminal proceedings (ERDR) number', 'en', 'Complaint under ERDR no. 12023100100001234 was filed.', [['IDNUM', '12023100100001234']]],
    ['a criminal case number of seventeen digits', 'ru', 'Уголовное дело № 12301450001000123 возбуждено.', [['IDNUM', '№ 12301450001000123']]],
    ['a court case number with a register\'s letters with diacritics', 'en', 'The Misdemeanour Court, case no. PŽ 2716/24, fined her.', [['IDNUM', 'PŽ 2716/24']]],
    ['an e-mail address with "at" in brackets', 'en', 'Write to marta.k[at]ukr.net tonight.', [['EMAIL', 'marta.k[at]ukr.net']]],
    ['an e-mail address with "собака"', 'ru', 'Пишите на aida(собака)mail.ru вечером.', [['EMAIL', 'aida(собака)mail.ru']]],
    ['an e-mail address written out in words', 'en', 'Her address is aida dot k at gmail dot com, she said.', [['EMAIL', 'aida dot k at gmail dot com']]],
    ['a Skype ID', 'en', 'Skype live:.cid.8f3a2b1c9d is how he calls.', [['HANDLE', 'live:.cid.8f3a2b1c9d']]],
    ['a given name before ", surname unknown"', 'en', '2. Nemanja, surname unknown, was always with him.', [['PERSON', 'Nemanja']]],
    ['an unknown name before "фамилия неизвестна"', 'ru', 'Бахтияр, фамилия неизвестна, приходил дважды.', [['PERSON', 'Бахтияр']]],
    ['a name after a role\'s word in the instrumental', 'ru', 'Ездит к клиентам со знакомым таксистом Нариманом.', [['PERSON', 'Нариманом']]],
    ['an outpatient card\'s number', 'en', 'She filed it in outpatient card No. 27-5518 that day.', [['IDNUM', 'No. 27-5518']]],
    ['a name after "по имени"', 'ru', 'Девушка по имени Гульшат ушла.', [['PERSON', 'Гульшат']]],
    ['a name after the pronoun "им" (no "им." of a street)', 'ru', 'А им Гульшат сказала, что денег нет.', [['PERSON', 'Гульшат']]],
    ['a full name after a street\'s word in the locative, the subject of the sentence', 'ru', 'На улице Анна Петрова сказала, что её ищут.', [['PERSON', 'Анна Петрова']]],
  ])('finds %s and nothing else', (_kind, lang, text, items) => {
    expect(found(text, lang)).toEqual(items);
  });

  it.each([
    ['places named after people ("имени", "им.", a square, an avenue)', 'ru', 'Аэропорт имени Гейдара Алиева, сквер имени Шокана Уалиханова, парк им. Горького, площадь Амира Темура, на проспекте Абая Кунанбаева.'],
    ['an airport, a metro station and a university named after people', 'en', 'From Nikola Tesla Airport by the Alisher Navoi metro to the Taras Shevchenko University.'],
    ['brands and hotels', 'en', 'They hand out Durex and Contex, top up Vodafone, and meet at the Radisson.'],
    ['"at" and a mail provider\'s name in a sentence', 'en', 'We met at mail.ru office; she works at Kaspi.kz.'],
  ])('leaves alone %s', (_kind, lang, text) => {
    expect(found(text, lang)).toEqual([]);
  });
});

describe('an address after a document\'s number and a name (4 December)', () => {
  it('keeps the personal number, the name and the Romanian address apart, the address whole', () => {
    expect(found('Bucharest: CNP 2850312400123, Ioana Popescu, Str. Mihai Eminescu nr. 5, bl. A2, sc. 1, ap. 14.', 'en')).toEqual([
      ['IDNUM', '2850312400123'],
      ['PERSON', 'Ioana Popescu'],
      ['ADDRESS', 'Str. Mihai Eminescu nr. 5, bl. A2, sc. 1, ap. 14'],
    ]);
  });

  it('starts the address after a phone written before it, but keeps a house written before the street', () => {
    expect(found('Phone 0721 123 456, Str. Mihai Eminescu nr. 5.', 'en')).toContainEqual(['ADDRESS', 'Str. Mihai Eminescu nr. 5']);
    expect(found('The dormitory is at 15, Itaewon-ro 27-gil now.', 'en')).toContainEqual(['ADDRESS', '15, Itaewon-ro 27-gil']);
  });
});

describe('months as names, chats and drawn-out words (4 December, third session)', () => {
  itFinds([
    ['a month\'s word before a surname, and its other mentions that are no date', 'en', 'Mai Kask was stopped twice. Mai says the officer kept her card; she was born in May.', [['PERSON', 'Mai Kask'], ['PERSON', 'Mai']]],
    ['a month\'s word with an age in apposition, and its mention', 'en', 'Nisan, 29, a trans woman, works the strip. Nisan says calling 155 is pointless.', [['PERSON', 'Nisan'], ['PERSON', 'Nisan']]],
    ['a weekday\'s word before a surname', 'en', 'Her neighbour Friday Okonkwo drove her home.', [['PERSON', 'Friday Okonkwo']]],
    ['a nickname in quotes said to be what friends call her, even a place\'s name', 'en', 'Joanna, 36, "Asia" to her friends, shares a flat.', [['PERSON', 'Joanna'], ['PERSON', 'Asia']]],
    ['a nickname in quotes "на точке"', 'ru', 'Её знают как Дину, «Аляска» на точке.', [['PERSON', 'Дину'], ['PERSON', 'Аляска']]],
    ['a diminutive in lower case after a role\'s word and a dash', 'ru', 'Участковый — серега, берёт по пять тысяч.', [['PERSON', 'серега']]],
    ['a term of respect with a Turkic case suffix, with the name', 'ru', 'Жансая написала Іңкәр апайға вечером.', [['PERSON', 'Жансая'], ['PERSON', 'Іңкәр апайға']]],
  ]);

  it.each([
    ['months and weekdays beside their words and dates', 'en', 'In March Kowalski paid. On Friday Novak came back. Every May the raids start; since June Horvat has been quiet.'],
    ['a square whose first word is also a pack\'s month list neighbour', 'en', 'She works near Piața Victoriei at night.'],
    ['a holiday after "после"', 'ru', 'После Пасхи Виорел снова избил её.'],
  ])('takes no month for a name: %s', (_kind, lang, text) => {
    const names = persons(text, lang);
    for (const month of ['March', 'Friday', 'May', 'June', 'Piața', 'Пасхи']) expect(names.join(' ')).not.toContain(month);
  });

  it('reads a chat whose messages start in lower case as hurried notes: names in lower case count, drawn-out words and slang do not', () => {
    const chat = [
      'Настюха 🌸: девки кто знает где лерка',
      'Лера Н.: тут я. чеего? в травме на кирова',
      'Настюха 🌸: ну скинь в личку',
      'Марго: дааа, знаю его',
    ].join('\n');
    const names = persons(chat, 'ru');
    expect(names).toEqual(expect.arrayContaining(['Настюха', 'лерка', 'Лера Н.', 'Марго']));
    for (const word of ['чеего', 'кирова', 'личку', 'дааа']) expect(names).not.toContain(word);
    // A form's labels each head one line: no chat, and its lower-case answers stay words.
    expect(persons('Статус: ожидает\nГород: алматы\nКомментарий: нет', 'ru')).toEqual([]);
  });

  it('keeps a Kyrgyz name with a doubled vowel, which reads as no word once the vowel is single', () => {
    expect(persons('девки кто видел. таалай пришла. мээрим тоже', 'ru')).toEqual(['таалай', 'мээрим']);
  });
});

describe('held-out sets AJ-AM (4 December, third session)', () => {
  itFinds([
    ['a phone number dictated in English words and digits', 'en', 'His number is eight seven oh one, 455, 21 09, he called twice.', [['PHONE', 'eight seven oh one, 455, 21 09']]],
    ['a phone number dictated in Russian words', 'ru', 'Номер продиктовала словами: восемь семьсот семь, двести один, сорок, шестьдесят три.', [['PHONE', 'восемь семьсот семь, двести один, сорок, шестьдесят три']]],
    ['a phone number with "double"', 'en', 'Call her on double five, one two three, four five six seven eight nine.', [['PHONE', 'double five, one two three, four five six seven eight nine']]],
    ['a certificate\'s register letters, year and number', 'en', 'She is registered, certificate no. AB-2023/04471, since May.', [['IDNUM', 'AB-2023/04471']]],
    ['a police paper\'s number with a year', 'ru', 'Бумажка у него, номер там HH-2022-113874, я сфотографировала.', [['IDNUM', 'HH-2022-113874']]],
    ['an officer\'s identification number', 'en', 'An officer of the municipal police, identification number 184372, fined her.', [['IDNUM', '184372']]],
    ['a surname that is also a word after a given name, on a name\'s label', 'en', 'Name: Irina Wolf\nAge: 34', [['PERSON', 'Irina Wolf']]],
    ['a term of respect on the next line\'s name, kept apart', 'en', 'The uchastkovy Sherzod aka\nKamola: when?', [['PERSON', 'Sherzod aka'], ['PERSON', 'Kamola']]],
    ['terms of respect of Turkmen, Azerbaijani and South Asian speech', 'en', 'A driver, Imran bhai, and her aunt, Gülnar xala, met Gözel daýza.', [['PERSON', 'Imran bhai'], ['PERSON', 'Gülnar xala'], ['PERSON', 'Gözel daýza']]],
    ['a nickname before "real name unknown"', 'en', '2. "Bobby", real name unknown, plain clothes.', [['PERSON', 'Bobby']]],
    ['a lower-case nickname in quotes right after "зовут"', 'ru', 'Старшего девочки зовут «лысый», второго Дима.', [['PERSON', 'лысый'], ['PERSON', 'Дима']]],
    ['a name in brackets after "в паспорте"', 'ru', 'Огулджерен (в паспорте латиницей Ogulžeren) приехала в марте.', [['PERSON', 'Огулджерен'], ['PERSON', 'Ogulžeren']]],
    ['a street without its word after a dwelling\'s word and "on"', 'en', 'They kept her in a house on Rustaveli 12, near the market.', [['ADDRESS', 'Rustaveli 12']]],
    ['a street without its word, a comma and the house, after "квартира на"', 'ru', 'Её квартира на Низами, 45 теперь пустая.', [['ADDRESS', 'Низами, 45']]],
  ]);

  it('takes Мая and Марта inside a Russian sentence for names in every case form, and a sentence\'s start after that; never a date', () => {
    const text = 'Встретила Маю и Натию. Мая приехала из Рустави. Лиа забрала у Маи паспорт. Номер дала Марта из центра. В мае она уехала, 9 Мая вернулась. С 8 Марта не звонила.';
    expect(persons(text, 'ru')).toEqual(['Маю', 'Натию', 'Мая', 'Лиа', 'Маи', 'Марта']);
  });

  it.each([
    ['counting in words after "called"', 'en', 'She called one, two, three times, then five or six.'],
    ['ages and sums in Russian words after a call', 'ru', 'Позвонила три раза, пять тысяч сом, двадцать два года.'],
    ['a currency after a sum in lower-case notes', 'en', 'she pay 20 000 dinara and 100 lari to them'],
    ['"as" before a word in quotes', 'en', 'He took the condoms from the table as "evidence" and left.'],
    ['Russian verbs in the past tense and infinitive in hurried notes', 'ru', 'я на телефон сфоткала. паспорт надо перевыпустить'],
    ['a date after a street\'s name and "квартира на"', 'ru', 'После рейда на квартиру на Станционной, 19.12. Пишу в автобусе.'],
  ])('leaves alone %s', (_kind, lang, text) => {
    expect(found(text, lang)).toEqual([]);
  });

  it('keeps a lower-case given name after a time: "в 23:10 лев отписался"', () => {
    expect(persons('он выехал с полицией в 23:10 лев отписался что забрали её', 'ru')).toEqual(['лев']);
  });
});

describe('an outside tester and sets AN-AO (4 December, third session)', () => {
  itFinds([
    ['a month\'s word before a surname after "on" and "of"', 'en', 'A knife attack on Nisan Yılmaz; a complaint on behalf of Mai Tamm.', [['PERSON', 'Nisan Yılmaz'], ['PERSON', 'Mai Tamm']]],
    ['a month\'s word as a name after a time', 'en', 'Mai Tamm was home. At around 23:00 Mai called 112.', [['PERSON', 'Mai Tamm'], ['PERSON', 'Mai']]],
    ['a month\'s word with a person\'s verb after it', 'en', 'Mai worked in a parlour until May 2021.', [['PERSON', 'Mai']]],
    ['Мая at a sentence\'s start with a verb after it', 'ru', 'Мая позвонила нам ночью.', [['PERSON', 'Мая']]],
    ['a given name that is a word, with its surname and age', 'en', 'She came with Blessing Okafor, 26, Nigerian. Blessing says they kept her card.', [['PERSON', 'Blessing Okafor'], ['PERSON', 'Blessing']]],
    ['a nickname in quotes after a name, a bracket and an age', 'en', 'Dragana Savić (Savic on her ID card), 45, "Dada", works alone. Dada moved.', [['PERSON', 'Dragana Savić'], ['PERSON', 'Savic'], ['PERSON', 'Dada'], ['PERSON', 'Dada']]],
    ['a nickname after "nicknamed"', 'en', 'A regular client nicknamed "Tiger" came back.', [['PERSON', 'Tiger']]],
    ['a nickname after "называл"', 'ru', 'Второй, которого он называл «Гаги», молчал.', [['PERSON', 'Гаги']]],
    ['a Ukrainian plate with spaces after "опознавательных знаков"', 'ru', 'Машина без опознавательных знаков, номер АА 4172 КХ.', [['PLATE', 'АА 4172 КХ']]],
    ['an officer\'s service number in Russian and English', 'ru', 'Стоянов, служебный номер 308417, взял карту.', [['PERSON', 'Стоянов'], ['IDNUM', '308417']]],
    ['a phone said with its plus in words', 'en', 'Her number: plus seven, seven oh seven, one two three, four five six seven.', [['PHONE', 'plus seven, seven oh seven, one two three, four five six seven']]],
    ['a phone said in ten digits and many words, with no word about it', 'ru', 'Она повторила: восемь, семь ноль один, три два один, ноль семь, ноль семь.', [['PHONE', 'восемь, семь ноль один, три два один, ноль семь, ноль семь']]],
  ]);

  it.each([
    ['counting to ten in words', 'en', 'She counted one two three four five six seven eight nine ten before she opened.'],
    ['a chat export\'s date and time', 'ru', '[12.03.2023 21:40:15] девочки: привет всем'],
    ['"Слава богу" and a holiday\'s ordinal', 'ru', 'Она вернулась к Первому мая, и слава богу. «Слава богу, что я ушла».'],
    ['an invoice\'s and an order\'s numbers', 'en', 'Invoice INV-2023/0045 and order no. AB-2024/11873 were paid.'],
    ['a month and a year after "since" beside a road', 'en', 'She has worked on the road since March 2019.'],
    ['May Day, and a weekday before a surname after "on"', 'en', 'On 1 May (May Day) the park was full. On Friday Novak came.'],
    ['a word capitalised after a semicolon', 'ru', 'Постановление отменено; Приказ № 535 не применялся.'],
    ['a chat\'s writer that is a word, after the message\'s time', 'ru', '[23:13] Сеть: да, слушаю\n[23:18] Сеть: адрес помните?\n[23:20] Сеть: ждём'],
    ['towns of the Balkan packs and Kosovo\'s, of two words too', 'en', 'From Fushë Kosovë to Tivat, then Busmantsi, Stara Zagora and Cluj-Napoca.'],
  ])('leaves alone %s', (_kind, lang, text) => {
    const names = found(text, lang).filter(([, s]) => !['Novak'].includes(s));
    expect(names).toEqual([]);
  });
});

describe('surname particles, given names that are places, and "č. p." (4 December, fourth session)', () => {
  itFinds([
    ['a Dutch name with its particles, and its later mention', 'en', 'Marit van der Hoeven, 31, was fined. Later van der Hoeven called.', [['PERSON', 'Marit van der Hoeven'], ['PERSON', 'van der Hoeven']]],
    ['a Dutch surname that is a word, after its particle, in every mention', 'en', 'A manager, Ruud de Wit, takes 150 € a day. de Wit drives a Tesla.', [['PERSON', 'Ruud de Wit'], ['PERSON', 'de Wit']]],
    ['a Dutch name with "van \'t"', 'en', "The flat is rented from Mr Maarten van 't Hoff.", [['PERSON', "Maarten van 't Hoff"]]],
    ['a Dutch surname that is a street\'s word, after a given name and its particles', 'en', 'The house manager, Ms Brigitte van der Laan, knows.', [['PERSON', 'Brigitte van der Laan']]],
    ['a German name with "von"', 'en', 'The client, Jonas von Reitzen, refused to pay.', [['PERSON', 'Jonas von Reitzen']]],
    ['a surname with "de" after a title', 'en', 'Officer de Wittvoet took her phone.', [['PERSON', 'de Wittvoet']]],
    ['Portuguese and Romance particles after a given name', 'en', 'Maria de Souza and Ana dos Santos were fined.', [['PERSON', 'Maria de Souza'], ['PERSON', 'Ana dos Santos']]],
    ['a given name that is also a capital before a surname, at a sentence\'s start', 'en', 'Sofia Dimitrova was detained in Sofia.', [['PERSON', 'Sofia Dimitrova']]],
    ['the same in Russian', 'ru', 'София Петрова задержана.', [['PERSON', 'София Петрова']]],
    ['a given name that is a word after a cue, with the surname that is a word too', 'en', 'The officer Mark Baker hit her. Mark laughed.', [['PERSON', 'Mark Baker'], ['PERSON', 'Mark']]],
    ['a nickname that is a month\'s name, and not the month after it', 'en', 'The other woman works as "April". She came in April 2022.', [['PERSON', 'April']]],
    ['a Czech house number written "č. p." with a space', 'en', 'She lives at Dlouhá 14, č. p. 732.', [['ADDRESS', 'Dlouhá 14, č. p. 732']]],
  ]);

  it.each([
    ['a Romanian court with "de" in its name', 'en', 'The appeal went to the Curtea de Apel in May.'],
    ['"de" between two lower-case words', 'en', 'She said the word de facto twice.'],
    ['the capital alone after "in"', 'en', 'She was detained in Sofia on Monday.'],
  ])('leaves alone %s', (_kind, lang, text) => {
    expect(found(text, lang)).toEqual([]);
  });
});

describe('held-out sets AR and AS (4 December, fourth session)', () => {
  itFinds([
    ['a phone with its plus after "number", not a document number', 'en', 'his number she saved +992927441805. doesnt want police.', [['PHONE', '+992927441805']]],
    ['a given name and a patronymic in a Russian case written in Latin letters', 'en', "vchera dildora prosila peredat' Marine Rustamovne chto ona gotova pisat' zayavlenie, no ochen' boitsya.", [['PERSON', 'dildora'], ['PERSON', 'Marine Rustamovne']]],
    ['a Kazakh house and flat written with their suffixes', 'ru', 'позвали на квартиру, Авангард-4, 12-үй, 33-пәтер, их было трое.', [['ADDRESS', 'Авангард-4, 12-үй, 33-пәтер']]],
    ['a chat\'s writer that is a word, named by the handle after it, in every message', 'ru', 'Крис (@kris_kyiv_lb): привет\nАутрич: ты где?\nКрис: дома', [['PERSON', 'Крис'], ['HANDLE', '@kris_kyiv_lb'], ['PERSON', 'Крис']]],
    ['a name addressed at the start of a chat\'s message', 'ru', 'Гуля: привет\nАня: привет\nГуля: Инуль, короче, всё\nАня: Короче, жесть', [['PERSON', 'Гуля'], ['PERSON', 'Аня'], ['PERSON', 'Гуля'], ['PERSON', 'Инуль'], ['PERSON', 'Аня']]],
    ['a short name that reads as two abbreviations of the dictionary (cos, min)', 'en', 'Yesterday Cosmin left.', [['PERSON', 'Cosmin']]],
    ['a surname that is a word after a Romanian title', 'en', 'Agent-șef Pop fined her. Pop later laughed.', [['PERSON', 'Pop'], ['PERSON', 'Pop']]],
    ['an officer\'s ID, service card and certificate numbers, and the number on a vest', 'en', 'Sgt Danailov (number on the vest: 7356) showed a service card no. 11837; the other, ID no. 141729, a certificate no. 017532.', [['PERSON', 'Danailov'], ['IDNUM', '7356'], ['IDNUM', '11837'], ['IDNUM', '141729'], ['IDNUM', '017532']]],
  ]);

  it.each([
    ['a payment "by" a bank\'s app', 'en', 'She paid 100 000 tenge by Kaspi transfer to the card.'],
    ['the network before a handle', 'en', 'She met him on Instagram (@ardit.k_official).'],
    ['a year after an ID card\'s word, and a short card number', 'en', 'Her ID card was issued in 2019; card no. 12 was lost.'],
  ])('leaves alone %s', (_kind, lang, text) => {
    expect(found(text, lang).filter(([type]) => type !== 'HANDLE')).toEqual([]);
  });
});

describe('what a third outside tester showed (4 December, fourth session)', () => {
  itFinds([
    ['a district and its ordinal quarter before the house', 'en', 'She rents a room at Chilanzar 9th quarter, house 23, apt 41, Tashkent.', [['ADDRESS', 'Chilanzar 9th quarter, house 23, apt 41, Tashkent']]],
    ['a microdistrict in the locative before the house', 'ru', 'Живёт в 5-м микрорайоне, дом 14, квартира 72, Актау.', [['ADDRESS', '5-м микрорайоне, дом 14, квартира 72, Актау']]],
    ['a door\'s number ending an address', 'en', 'She lives at Népszínház utca 31, 2nd floor, door 5.', [['ADDRESS', 'Népszínház utca 31, 2nd floor, door 5']]],
    ['a username after a network\'s "name is"', 'en', 'Her OnlyFans name is lil_kitty_kyiv, he said.', [['HANDLE', 'lil_kitty_kyiv']]],
    ['a dotted username after the network and a pronoun', 'ru', 'В инсте она katya.nsk.', [['HANDLE', 'katya.nsk']]],
  ]);

  it.each([
    ['a door and a quarter before a count', 'en', 'He knocked on the door 5 times. In the last quarter 3 women were fined.'],
    ['Christmas Eve and New Year\'s Eve', 'en', 'We met on Christmas Eve and on New Year\'s Eve.'],
    ['airports and a border checkpoint', 'en', 'Her patent was taken at Domodedovo; she was stopped at the Korday checkpoint.'],
    ['a holiday\'s and bodies\' names that start with a capitalised word', 'ru', 'Рейды перед Днём независимости. Её задержала Пограничная стража. Копию — в Глобальный фонд.'],
  ])('leaves alone %s', (_kind, lang, text) => {
    expect(found(text, lang)).toEqual([]);
  });

  it('still reads a surname shaped like an adjective before its verb', () => {
    expect(found('Потом Толстая сказала, что Белая пришла.', 'ru')).toEqual([['PERSON', 'Толстая'], ['PERSON', 'Белая']]);
  });
});

describe('held-out sets AT-AV (4 December, fourth session)', () => {
  itFinds([
    ['a surname\'s initial without its full stop, in a chat and on a slip', 'en', '[23:41] Aruzhan K: careful\n[23:44] Aruzhan K: ok?\n[23:45] Dana: ok. Paid to FERUZA X, 1 500 000 so\'m.', [['PERSON', 'Aruzhan K'], ['PERSON', 'Aruzhan K'], ['PERSON', 'Dana'], ['PERSON', 'FERUZA X']]],
    ['Августа and Май as names inside a sentence or before an age', 'ru', 'Девушек четверо. Августа (да, так и зовут), 38 лет, просит. У Май он переписал номер.', [['PERSON', 'Августа'], ['PERSON', 'Май']]],
    ['names with a term of respect in a Russian case after a hyphen', 'ru', 'Она платила через Рену-халу, а все зовут её «Натела-деида».', [['PERSON', 'Рену-халу'], ['PERSON', 'Натела-деида']]],
    ['a Polish account number in its groups', 'en', 'He paid to the account he gave, 61 1090 1014 0000 0712 1981 2874.', [['IDNUM', '61 1090 1014 0000 0712 1981 2874']]],
    ['a building written k.2 and a German floor with its full stop', 'en', 'The flat at Ostrovityanova 9 k.2, kv 147. The room is at Potsdamer Straße 171, Hinterhaus, 3. OG. Call.', [['ADDRESS', 'Ostrovityanova 9 k.2, kv 147'], ['ADDRESS', 'Potsdamer Straße 171, Hinterhaus, 3. OG.']]],
    ['a British flat written with a letter', 'en', 'Address: Flat B, 14 Derringham Street, Hull.', [['ADDRESS', 'Flat B, 14 Derringham Street, Hull']]],
    ['a street\'s name in lower case before its street word and house', 'en', 'She rents a room at szigeti út 18. Her friend lives on brivibas iela 54.', [['ADDRESS', 'szigeti út 18.'], ['ADDRESS', 'brivibas iela 54']]],
    ['a Hungarian floor and door written as ordinals, with their full stops', 'en', 'A room at Népszínház utca 31. 3. em. 8., charging 180 000 Ft.', [['ADDRESS', 'Népszínház utca 31. 3. em. 8.']]],
    ['a street and house after a dwelling\'s word and a comma, and after a Slovak residence\'s word', 'en', 'She works from her own flat, Sõle 47-12. Trvalý pobyt Jesenná 1172/8, Prešov.', [['ADDRESS', 'Sõle 47-12'], ['ADDRESS', 'Jesenná 1172/8, Prešov']]],
    ['a Tajik village, house and flat', 'ru', 'Их держат на мавзе Сузангаран, 14-уй, 31-хонадон.', [['ADDRESS', 'мавзе Сузангаран, 14-уй, 31-хонадон']]],
    ['references after a Polish, Czech or Russian word for them, and a court case of five parts', 'en', 'Znak sprawy NA-OW.470.312.2024; č.j. OAM-27301/DP-2023; рег. номер ДШ-0457/24; case no. 7594-23-00-2/1184.', [['IDNUM', 'NA-OW.470.312.2024'], ['IDNUM', 'OAM-27301/DP-2023'], ['IDNUM', 'ДШ-0457/24'], ['IDNUM', '7594-23-00-2/1184']]],
    ['a name before "фамилию не назвала"', 'ru', 'Случай 9. Джемал (фамилию не назвала) избита.', [['PERSON', 'Джемал']]],
    ['a Korean owner with his title after the name', 'en', 'The owner, whom everyone calls Choi sajangnim, locked her in.', [['PERSON', 'Choi sajangnim']]],
    ['registry and file references after their word', 'en', 'Your ref.: 240613-1420-081734. Her registration certificate, no. ProstSchG-BE-2023-07712, stayed with him; ref. KRPT-203117-4/PŘ-2023-070311.', [['IDNUM', '240613-1420-081734'], ['IDNUM', 'ProstSchG-BE-2023-07712'], ['IDNUM', 'KRPT-203117-4/PŘ-2023-070311']]],
    ['a phone that ends its line, before the list\'s next item', 'ru', 'звонил с 093-417-20-58\n3. Участковый пришёл.', [['PHONE', '093-417-20-58']]],
    ['a chat exported by Android, its writer of two words, and a flat\'s number before the next line\'s date', 'ru', '12.10.2023, 01:58 - Вова Газель: ты где\n12.10.2023, 01:59 - Лиза: нет\n12.10.2023, 02:00 - Вова Газель: Титова 44 2 подъезд кв 71\n12.10.2023, 02:01 - Лиза: уходи', [['PERSON', 'Вова Газель'], ['PERSON', 'Лиза'], ['PERSON', 'Вова Газель'], ['ADDRESS', 'Титова 44 2 подъезд кв 71'], ['PERSON', 'Лиза']]],
  ]);

  it.each([
    ['a month in lower case and a holiday after a day\'s number', 'ru', 'В августе было жарко. 8 Марта праздник.'],
    ['a pronoun after a name is no initial', 'en', 'Then I said no.'],
    ['payment cards\' and wallets\' brands', 'en', 'She paid by Humo and Uzcard, then via Elsom and MBank.'],
    ['a registration\'s season and a certificate\'s date', 'en', 'Registration for 2023-2024: closed. Certificate issued on 12/03/2024.'],
    ['a year after a registration\'s no.', 'en', 'Registration no. 2024 of the year was closed.'],
    ['the first half of "doesn\'t" and "didn\'t" in hurried notes, and a statute\'s article', 'en', 'the officer didn\'t write it. the post doesn\'t go out. Charged under Art. 113 of the Code.'],
  ])('leaves alone %s', (_kind, lang, text) => {
    expect(found(text, lang)).toEqual([]);
  });
});

describe('held-out sets AY-BB (4 December, fifth session)', () => {
  itFinds([
    ['case codes of a court or a prosecutor without a file word before them', 'en', 'A misdemeanour case was opened, KP-3817/25, fine 300 €. Case Z.4410/23 is at the Basic Court; appeal lodged, administrative case SK/0812/11/25.', [['IDNUM', 'KP-3817/25'], ['IDNUM', 'Z.4410/23'], ['IDNUM', 'SK/0812/11/25']]],
    ['an officer\'s number after "номер" in a sentence about him', 'ru', 'Офицер Деметриу, номер 40718, составил протокол. Полицейский Стоянов (она запомнила номер карты 52219) уехал.', [['PERSON', 'Деметриу'], ['IDNUM', '40718'], ['PERSON', 'Стоянов'], ['IDNUM', '52219']]],
    ['a lawyer\'s licence number and an identification no.', 'en', 'Nune Avetisyan, advocate, licence no. 3187. Sgt. Nowicki, identification no. 551840.', [['PERSON', 'Nune Avetisyan'], ['IDNUM', '3187'], ['PERSON', 'Nowicki'], ['IDNUM', '551840']]],
    ['a Greek police ID in Greek capitals', 'en', 'His police ID was ΑΒ 774120.', [['IDNUM', 'ΑΒ 774120']]],
    ['a residence permit\'s number in the genitive', 'ru', 'Номер вида на жительство K7R2M9T41 у хозяина.', [['IDNUM', 'K7R2M9T41']]],
    ['a passport\'s series in lower case, or none after "no"', 'en', 'he keeps her passport ab 5502718 in the safe, and her sister\'s passport no 6610394', [['IDNUM', 'ab 5502718'], ['IDNUM', '6610394']]],
    ['a Georgian flat written bin.', 'en', 'She rents at Tsotne Dadiani St. 41, bin. 12.', [['ADDRESS', 'Tsotne Dadiani St. 41, bin. 12']]],
    ['a street\'s name of two lower-case words after its street word', 'en', 'she lives rr. ismail qemali nr. 22, hyrja 1, banesa 9 now', [['ADDRESS', 'rr. ismail qemali nr. 22, hyrja 1, banesa 9']]],
    ['a Bulgarian estate in lower case before its block', 'ru', 'живёт: ж.к. младост, бл. 218, вх. 2, ап. 40', [['ADDRESS', 'ж.к. младост, бл. 218, вх. 2, ап. 40']]],
    ['a street\'s name in quotes before "№"', 'ru', 'Адрес: ул. „Шипка“ № 37, ет. 2, ап. 5', [['ADDRESS', 'ул. „Шипка“ № 37, ет. 2, ап. 5']]],
    ['a street named after a king with his Roman number', 'en', 'A flat at Kralja Milana II Obrenovića 14, stan 3, Niš.', [['ADDRESS', 'Kralja Milana II Obrenovića 14, stan 3, Niš']]],
    ['a Hungarian ground floor, fszt.', 'en', 'Registered at Rózsa utca 9. fszt. 1. ajtó, Pécs.', [['ADDRESS', 'Rózsa utca 9. fszt. 1. ajtó, Pécs']]],
    ['a lower-case street of two words joined by a hyphen', 'ru', 'живут на розы-люксембург 17 кв 8', [['ADDRESS', 'розы-люксембург 17 кв 8']]],
    ['terms of respect after a name: Kyrgyz аке, Armenian tatik, Azerbaijani дайы', 'ru', 'Её возил «Эрлан аке», соседка Anush tatik видела, платили «Ильгар дайы».', [['PERSON', 'Эрлан аке'], ['PERSON', 'Anush tatik'], ['PERSON', 'Ильгар дайы']]],
    ['a chat\'s writer with the time after the name, also one that is a word', 'ru', 'Лиля 22:01: ты где\nНадежда 22:03: дома\nЛиля 22:04: ок\nНадежда 22:05: всё', [['PERSON', 'Лиля'], ['PERSON', 'Надежда'], ['PERSON', 'Лиля'], ['PERSON', 'Надежда']]],
    ['a foreign month\'s name between commas after "man"', 'en', 'That man, Nisan, came back.', [['PERSON', 'Nisan']]],
    ['a name after "owner" and after a lawyer\'s word in Russian', 'ru', 'Пойдём с адвокатом Драганом в среду.', [['PERSON', 'Драганом']]],
    ['a given name that is a capital before a Greek surname', 'en', 'Sofia Karagianni, caseworker.', [['PERSON', 'Sofia Karagianni']]],
    ['a Turkish plate after a car\'s model', 'en', 'He drove a grey Megane, 16 KRT 204, every night.', [['PLATE', '16 KRT 204']]],
    ['a Georgian plate after a word for an ID card', 'ru', 'Без удостоверения, ездит на «Тойоте» TQ-418-KA.', [['PLATE', 'TQ-418-KA']]],
    ['a local phone after "callback"', 'en', 'callback: 5204 7731 after 18:00.', [['PHONE', '5204 7731']]],
    ['a name father\'s first with its particle and the given name\'s initial', 'ru', 'Карта оформлена на Бакыт уулу Н.\nПотом он ушёл.', [['PERSON', 'Бакыт уулу Н.']]],
    ['a particle before a possessive', 'en', 'He came to Ms Aidai kyzy\'s door.', [['PERSON', 'Aidai kyzy']]],
    ['a currency\'s and a town\'s name as nicknames in quotes after a naming word', 'ru', 'Его зовут «Тенге», а её все называют «Бухара».', [['PERSON', 'Тенге'], ['PERSON', 'Бухара']]],
    ['a Turkmen term of respect after a name', 'en', 'The nurse who called herself Jeren hanym took the test.', [['PERSON', 'Jeren hanym']]],
    ['a name in a passport\'s capitals, surname first, in a Russian narrative', 'ru', 'В загранпаспорте: SAVCHUK IRYNA, № FP 553018.', [['PERSON', 'SAVCHUK IRYNA'], ['IDNUM', '№ FP 553018']]],
    ['a residence card\'s number after its word and "no."', 'en', 'He keeps her residence card, no. 4471093.', [['IDNUM', '4471093']]],
    ['a local phone after "Numbers:"', 'en', 'Numbers: 96 512 740 (hers), the rest unknown.', [['PHONE', '96 512 740']]],
    ['an Italian street after "via" in lower case, with its stair and flat', 'en', 'She worked at via Luigi Cadorna 12, scala B, int. 7 until June.', [['ADDRESS', 'via Luigi Cadorna 12, scala B, int. 7']]],
    ['a Transnistrian passport of seven digits', 'ru', 'Паспорт ПМР I-ПР 0529184 у неё забрали.', [['IDNUM', 'I-ПР 0529184']]],
    ['a Moldovan street named with "чел"', 'ru', 'Адрес: ул. Александру чел Бун, 12, кв. 3.', [['ADDRESS', 'ул. Александру чел Бун, 12, кв. 3']]],
    ['a surname that is a month, before initials', 'ru', 'Протокол составил лейтенант Березень О.П. в отделе.', [['PERSON', 'Березень О.П.']]],
    ['another name in brackets after a name, surname first and given first', 'ru', 'Клиент «Тимур» (Ахмедов Данияр) и Вера (Вероника Ким) пришли.', [['PERSON', 'Тимур'], ['PERSON', 'Ахмедов Данияр'], ['PERSON', 'Вера'], ['PERSON', 'Вероника Ким']]],
    ['a quoted nickname after "ник"', 'ru', 'Её ник «Ежевика» знают все.', [['PERSON', 'Ежевика']]],
    ['a street\'s adjective before its word in the locative', 'ru', 'Живёт на Кутузовском проспекте, д. 12, кв. 40.', [['ADDRESS', 'Кутузовском проспекте, д. 12, кв. 40']]],
    ['a Tajik flat written hona', 'en', 'She rents at kuchai Ayni 12, hona 3 now.', [['ADDRESS', 'kuchai Ayni 12, hona 3']]],
    ['a name in capitals before a document\'s series and number', 'ru', 'Он забрал паспорт КАРИМОВА НИГИНА AB7754120 себе.', [['PERSON', 'КАРИМОВА НИГИНА'], ['IDNUM', 'AB7754120']]],
  ]);

  it.each([
    ['a sum after a badge\'s number in the same sentence, a case\'s ordinal heading, a bazaar and districts', 'ru', 'Милиционер с жетоном № 2231 отобрал 5000 сомов. Случай 3-й: у базара Чорсу, в Тарлабаши.'],
    ['sums with a currency\'s code after a car, one of them a plate\'s shape', 'en', 'He drove a Clio and paid 2 500 TL for the room, then 500 EUR for the taxi.'],
    ['an officer\'s sentence with a year, a bus and a hotel room after "номер"', 'ru', 'Полицейский сказал: номер 2024 года. Автобус номер 1234 ехал.'],
    ['greetings and thanks that open a chat\'s message', 'ru', 'Айка 21:04: салам, можно спросить\nКонсультант 21:05: да\nАйка 21:06: рахмет'],
    ['a lawyer\'s abbreviated title after her word', 'en', 'Her lawyer, Av. Selin, and our attorney, mec. Nowak.'],

  ])('leaves alone %s', (_kind, lang, text) => {
    const kinds = found(text, lang).map(([, value]) => value);
    expect(kinds.filter((v) => /^(?:Av|mec|салам|рахмет|2024|1234|Clio|2 500 TL|500 EUR|5000|Случай 3-й|Чорсу|Тарлабаши)$/.test(v))).toEqual([]);
  });

  it('reads no address in "via" before a payment service and a sum, nor in interviews numbered "int."', () => {
    expect(found('Paid via Kaspi Gold 300. Named in int. 14, 17. Badge seen by int. 17: 0473.', 'en').filter(([type]) => type === 'ADDRESS')).toEqual([]);
  });
});

describe('what the misses of earlier sets still showed (4 December, sixth session)', () => {
  itFinds([
    ['a surname in capitals after an initial, on a referral', 'en', 'REFERRED TO: LAWYER T. JIKIA, APPOINTMENT THU 15:30', [['PERSON', 'T. JIKIA']]],
    ['a surname in capitals before its initial, in quotes at a sentence\'s start', 'en', 'The slip reads "DJORDJEVIC M." and nothing else.', [['PERSON', 'DJORDJEVIC M.']]],
    ['a chat\'s writer that is a car\'s make, with her surname\'s initial', 'en', '[01:12] Lada K: they are here again\n[01:13] Saule: where are you\n[01:14] Lada K: by the hotel\n[01:15] Saule: ok', [['PERSON', 'Lada K'], ['PERSON', 'Saule'], ['PERSON', 'Lada K'], ['PERSON', 'Saule']]],
  ]);

  it.each([
    ['a weekday written short before an hour, after a car', 'en', 'They came by car: SAT 14 at night, THU 15:30.'],
    ['an abbreviation in capitals after an initial on the line before', 'ru', 'Принимала: Кожевникова Т.\nФИО: не названо.'],
  ])('leaves alone %s', (_kind, lang, text) => {
    const values = found(text, lang).map(([, value]) => value);
    expect(values.filter((v) => /THU|SAT|ФИО/.test(v))).toEqual([]);
  });
});

describe('held-out sets BE-BH (4 December, sixth session)', () => {
  itFinds([
    ['the town after an address\'s label, with the address', 'ru', 'Заявитель проживает по адресу: г. Омск, ул. Лермонтова, д. 14, кв. 9.', [['ADDRESS', 'г. Омск, ул. Лермонтова, д. 14, кв. 9']]],
    ['a Finnish street with its staircase\'s letter, the postcode and the town', 'en', 'She rents at Itäkatu 14 C 27, 00930 Helsinki since May.', [['ADDRESS', 'Itäkatu 14 C 27, 00930 Helsinki']]],
    ['a Finnish henkilötunnus after its word', 'en', 'Her henkilötunnus, 131052-308T, was copied.', [['IDNUM', '131052-308T']]],
    ['a Lithuanian postcode with its letters and the town after it', 'en', 'Address: Žalgirio g. 88-12, LT-09300 Vilnius', [['ADDRESS', 'Žalgirio g. 88-12, LT-09300 Vilnius']]],
    ['a Danish town\'s district letter after the postcode', 'en', 'They moved her to Jagtvej 51, 2. th., 2200 København N last week.', [['ADDRESS', 'Jagtvej 51, 2. th., 2200 København N']]],
    ['a court\'s case number a few words after "дело"', 'ru', 'Дело рассматривает мировой судья участка № 3: 5-718/2024.', [['IDNUM', '5-718/2024']]],
    ['a protocol\'s number without "№"', 'ru', 'Составили протокол 2417736 по статье 6.11.', [['IDNUM', '2417736']]],
    ['a hospital card\'s number with words before "№"', 'ru', 'Выписка из медицинской карты стационарного больного № 4471/23.', [['IDNUM', '№ 4471/23']]],
    ['a chat\'s writer whose name is a word, and not its roles', 'ru', 'Весна 21:14: опять пришли\nКонсультант 21:15: не открывай\nВесна 21:16: забрали паспорт\nКонсультант 21:17: понял', [['PERSON', 'Весна'], ['PERSON', 'Весна']]],
    ['a place\'s name before "(her real name"', 'en', 'Caller: Sofia (her real name, 24), from Plovdiv.', [['PERSON', 'Sofia']]],
    ['a name after "known as" and "knows him as"', 'en', 'A man known as Robin drove; she knows him as Gary too.', [['PERSON', 'Robin'], ['PERSON', 'Gary']]],
    ['a name after an Austrian academic title', 'en', 'Case summary, Mag. Teresa Hofbauer, counselling centre.', [['PERSON', 'Teresa Hofbauer']]],
    ['a surname that is a people\'s name after a given name on a form', 'en', 'Client: Bianca Moldovan, 26', [['PERSON', 'Bianca Moldovan']]],
    ['a Kazakh term of respect in Latin letters', 'en', 'Zhanar apai will call the sauna.', [['PERSON', 'Zhanar apai']]],
    ['a Danish flat\'s floor and side', 'en', 'She sleeps at Vesterbrogade 12, 3. tv. since March.', [['ADDRESS', 'Vesterbrogade 12, 3. tv.']]],
    ['a Latvian mobile of eight digits after "phone", a Danish one in pairs after "номер"', 'en', 'Her phone 27305816; датский номер 52 83 17 46.', [['PHONE', '27305816'], ['PHONE', '52 83 17 46']]],
    ['an Austrian mobile with its trunk', 'en', 'Contact: 0699 1027 3584.', [['PHONE', '0699 1027 3584']]],
    ['a German officer\'s Dienstnummer', 'en', 'An officer with Dienstnummer 560193 fined her.', [['IDNUM', '560193']]],
    ['a username with a digit a few words after its messenger', 'en', 'On Snapchat she is "Lucia Horvathova", lucia.hrv97, now.', [['PERSON', 'Lucia Horvathova'], ['HANDLE', 'lucia.hrv97']]],
    ['the names of a table\'s people column, in quotes and lower case', 'ru', 'дата;аутрич;имя/ник;точка\n12.06;айгуль;«Мармеладка»;кафе\n13.06;Ержан;жазира;вокзал', [['PERSON', 'айгуль'], ['PERSON', 'Мармеладка'], ['PERSON', 'Ержан'], ['PERSON', 'жазира']]],
    ['a name and its term of respect in a tab-separated row', 'en', '27.05\tFeruza\tDilnoza opa\tBazaar side', [['PERSON', 'Feruza'], ['PERSON', 'Dilnoza opa']]],
    ['a surname that is a word before a given name and a patronymic, after a label', 'ru', 'ФИО по паспорту: Соловей Екатерина Михайловна', [['PERSON', 'Соловей Екатерина Михайловна']]],
    ['a name after "Как называть:"', 'ru', 'Как называть: Кацярына', [['PERSON', 'Кацярына']]],
    ['initials named so', 'en', 'She asked that only her initials, L. M., appear.', [['PERSON', 'L. M.']]],
    ['the interviewer\'s initials', 'en', 'Kazan, 6 June (interviewer R.G.).', [['PERSON', 'R.G.']]],
    ['a phone with a messenger after it', 'ru', 'Сказала: «пиши на 2641 8273, только в ватсап».', [['PHONE', '2641 8273']]],
    ['a Georgian passport\'s number', 'en', 'Natia: 15AB41827 is my passport', [['PERSON', 'Natia'], ['IDNUM', '15AB41827']]],
    ['an IBAN of its country\'s length in groups of four, its checksum wrong', 'ru', 'Вот номер: TR64 0001 0004 1183 2206 7150 01.', [['IDNUM', 'TR64 0001 0004 1183 2206 7150 01']]],
    ['an Uzbek patronymic written "кизи"', 'ru', 'В отношении Хайдаровой Севинч Улугбек кизи составлен протокол.', [['PERSON', 'Хайдаровой Севинч Улугбек кизи']]],
    ['a double surname after a rank written short, its first half a town\'s name', 'en', 'Then Lt. Sokolov-Vasilyev came.', [['PERSON', 'Sokolov-Vasilyev']]],
    ['a term of respect declined after a hyphen', 'ru', 'Через знакомую, Мукаддам-опу, получила предложение.', [['PERSON', 'Мукаддам-опу']]],
    ['a nickname in quotes after "он же"', 'ru', 'Встречал Шерзод Икромович, он же «Шеф».', [['PERSON', 'Шерзод Икромович'], ['PERSON', 'Шеф']]],
    ['a name with an age in the bracket after it', 'en', 'Sopo (Georgian, new, about 30) says the same.', [['PERSON', 'Sopo']]],
    ['a Ukrainian month\'s name as a surname with its verb', 'ru', 'Вечером Листопад сам позвонил ей.', [['PERSON', 'Листопад']]],
    ['a Romanian report\'s series and number', 'en', 'The report seria PCJ nr. 7730418 names her.', [['IDNUM', 'PCJ nr. 7730418']]],
    ['a service card\'s number', 'ru', 'Цветан Илиев, служебная карта № 018742, забрал телефон.', [['PERSON', 'Цветан Илиев'], ['IDNUM', '№ 018742']]],
    ['a name in a passport\'s capitals alone after a colon', 'ru', 'Латиницей (как в паспорте): SOROCEANU AURELIA\nПрозвище: нет', [['PERSON', 'SOROCEANU AURELIA']]],
  ]);

  itLeavesAlone([
    ['a town after a preposition in a sentence', 'ru', 'Её задержали в г. Омске, ул. Лермонтова, 14.', /Омск/],
    ['a case of another shape in a sentence about a court', 'ru', 'В суде было 5-10/20 человек.', /5-10/],
    ['a protocol\'s year', 'ru', 'Протокол 2024 года составлен неверно.', /2024/],
    ['"as" before an ordinary capitalised word', 'en', 'It was used as Evidence and she was treated as Victim.', /Evidence|Victim/],
    ['Hungarian law cited with "tv."', 'en', 'Fined at Rákóczi út 5, 2 under Szabs. tv. 172. § again.', /tv\./],
    ['a count in a bracket after a word', 'en', 'Condoms (about 60) were counted.', /Condoms/],
    ['words in capitals after a colon', 'en', 'Status: NOT REPORTED\nResult: HIV NEGATIVE', /NOT|HIV|NEGATIVE/],
    ['a Ukrainian month after its preposition', 'ru', 'В Листопад пришли холода.', /Листопад/],
    ['a word before a given name and a patronymic in a letter', 'ru', 'Уважаемая Ольга Викторовна!', /Уважаемая/],
    ['a term of respect declined after a word with a space', 'ru', 'Телефон апы: не знаю.', /Телефон/],
  ]);
});

describe('held-out sets BM-BP and a fifth outside tester (4 December, sixth session)', () => {
  itFinds([
    ['numbers and a name read as OCR meant them', 'en', 'PESEL 9106l702846, zam. ul. Rzgowska l5O m. 22; st. sierż. Mateusz Kr0l.', [['IDNUM', '9106l702846'], ['ADDRESS', 'ul. Rzgowska l5O m. 22'], ['PERSON', 'Mateusz Kr0l']]],
    ['a patronymic with a zero for its O, and a phone with an O for its zero', 'ru', 'Ф.И.О.: ЕФИМОВА КРИСТИНА ОЛЕГ0ВНА, тел. 0 (7O0) 32-15-88', [['PERSON', 'ЕФИМОВА КРИСТИНА ОЛЕГ0ВНА'], ['PHONE', '0 (7O0) 32-15-88']]],
    ['a given name cut short to call someone', 'ru', '«Лен, привет, это я».', [['PERSON', 'Лен']]],
    ['a Polish police ID\'s number and a Romanian officer\'s insignia', 'en', 'nr leg. 2180047; insignia nr 31582.', [['IDNUM', '2180047'], ['IDNUM', 'nr 31582']]],
    ['a Serbian court\'s case in its register\'s form', 'en', 'The misdemeanour case is 71 0 Pr 093126 24 Pr now.', [['IDNUM', '71 0 Pr 093126 24 Pr']]],
    ['a case\'s number after a colon and "Nr."', 'en', 'Case: Nr. 1038/2024 (regj. themeltar)', [['IDNUM', 'Nr. 1038/2024']]],
    ['a file\'s number after "registered under no."', 'en', 'It was registered under no. 1427/24 and dropped.', [['IDNUM', '1427/24']]],
    ['a street named after a king, with its house', 'en', 'She lives with her aunt at Kralja Tvrtka 19, Mostar.', [['ADDRESS', 'Kralja Tvrtka 19, Mostar']]],
    ['a name in the instrumental that ends as an adjective', 'ru', 'Я была с Миленой, а он называл его Шкельзеном.', [['PERSON', 'Миленой'], ['PERSON', 'Шкельзеном']]],
    ['a quoted nickname right after a name, after a verb, and after a message\'s "от"', 'ru', 'За рулём был Саша «Лысый». Приходил «Кабан». Сообщение от «Нурика».', [['PERSON', 'Саша'], ['PERSON', 'Лысый'], ['PERSON', 'Кабан'], ['PERSON', 'Нурика']]],
    ['a chat\'s writer that is a username', 'en', 'Chat log: [22:14] Marat_KZ: come at 11pm', [['HANDLE', 'Marat_KZ']]],
    ['a service number in two groups', 'en', 'The officer with service number 312 456 came.', [['IDNUM', '312 456']]],
    ['a Russian driving licence', 'ru', 'Права 77 ВА 123456 лежали в сейфе.', [['IDNUM', '77 ВА 123456']]],
    ['a given name in lower case with her age', 'en', 'Outreach note: victoria (24) refused hospital.', [['PERSON', 'victoria']]],
    ['a virtue\'s name with "не" and its verb, not the saints\' day', 'ru', 'Вера не верила, что её отпустят после праздника Веры, Надежды и Любови.', [['PERSON', 'Вера']]],
    ['a quoted name with words after it, after "представлялся"', 'ru', 'Он представлялся «Бобан из СВР».', [['PERSON', 'Бобан']]],
    ['a Bosnian term of respect after a name', 'en', 'Her mother Hajra hanuma came too.', [['PERSON', 'Hajra hanuma']]],
    ['a Turkish term of respect in Cyrillic', 'ru', 'Его все звали Кемаль аби.', [['PERSON', 'Кемаль аби']]],
    ['a name after "Worker:"', 'en', 'Consent: yes.\nWorker: Deniz', [['PERSON', 'Deniz']]],
    ['a police check\'s number after "материал №"', 'ru', 'На неё заведён материал № 41/0327.', [['IDNUM', '№ 41/0327']]],
    ['a Tajik plate in Cyrillic letters', 'ru', 'Ездит на белой «Нексии» 7741 АА 01.', [['PLATE', '7741 АА 01']]],
    ['a nickname that is an adjective after a verb in the present', 'ru', 'Деньги собирает «Малая».', [['PERSON', 'Малая']]],
    ['a town of the destinations in Cyrillic and their case forms, not a name', 'ru', 'Её сняли с автобуса Пшемысль — Жешув, потом из Ужгорода в Прешов; Ира Ковтун видела.', [['PERSON', 'Ира Ковтун']]],
    ['a German document\'s reference after "bescheinigung nr."', 'en', 'her anmeldebescheinigung nr. 0871/2023 is with him', [['IDNUM', '0871/2023']]],
    ['a Ukrainian given name in its passport\'s Latin spelling', 'ru', 'Людмила Ковтун (в немецком ВНЖ Liudmyla Kovtun), 41 год.', [['PERSON', 'Людмила Ковтун'], ['PERSON', 'Liudmyla Kovtun']]],
    ['a Crimean Tatar term of respect', 'en', 'Her friend Zera apte, 52, cleans the rooms.', [['PERSON', 'Zera apte']]],
    ['a file\'s number with letters in its later parts', 'en', 'The police file no. KRPB-41177/TČ-2023-060081 is open.', [['IDNUM', 'KRPB-41177/TČ-2023-060081']]],
    ['initials in quotes, as she asked to be called', 'ru', 'Просила в бумагах писать её как «Н. К.».', [['PERSON', 'Н. К.']]],
    ['a Latvian surname with kundze', 'en', 'Landlady, Krūmiņas kundze, has asked her to leave.', [['PERSON', 'Krūmiņas kundze']]],
    ['a Messenger link', 'en', 'She wrote from m.me/ausra.kairiene.39 twice.', [['HANDLE', 'm.me/ausra.kairiene.39']]],
    ['a term of respect before a capital that starts the next clause', 'en', 'Tell Gulya apa I\'m alive.', [['PERSON', 'Gulya apa']]],
    ['a Hungarian house with its floor and flat after its full stop', 'en', 'She lives at Népszínház utca 42. II. em. 7. with Virág.', [['ADDRESS', 'Népszínház utca 42. II. em. 7.'], ['PERSON', 'Virág']]],
    ['a username after "ником"', 'ru', 'Объявление под ником evike_bp висит.', [['HANDLE', 'evike_bp']]],
    ['a Polish municipal guard\'s service number and a prosecutor\'s file', 'en', 'nr służbowy 0427; file PR 1 Ds. 417.2024.', [['IDNUM', '0427'], ['IDNUM', 'PR 1 Ds. 417.2024']]],
    ['a Czech house\'s two numbers after its street', 'ru', 'Проживает: Táboritská 1038/22, Прага 3; теперь Svobody 1642/8.', [['ADDRESS', 'Táboritská 1038/22, Прага 3'], ['ADDRESS', 'Svobody 1642/8']]],
    ['a name after "Заполнила:"', 'ru', 'Заполнила: Севда, аутрич-работница.', [['PERSON', 'Севда']]],
    ['the Turkish teyze in Cyrillic', 'ru', 'Все зовут её Айше тейзе.', [['PERSON', 'Айше тейзе']]],
    ['a Turkish road\'s word and a mahalle written in Cyrillic', 'ru', 'Адрес: мах. Гюльбахар Хатун, ул. Кахраманмараш 41, кв. 3', [['ADDRESS', 'мах. Гюльбахар Хатун, ул. Кахраманмараш 41, кв. 3']]],
    ['a surname that is a word before a given name that is a word and a patronymic', 'ru', 'ФИО: Синица Любовь Андреевна\nДокумент: паспорт', [['PERSON', 'Синица Любовь Андреевна']]],
    ['a police register\'s number after "КУСП за №" and "KUSP no."', 'ru', 'Зарегистрировано в КУСП за № 2184; registered as KUSP no. 3917.', [['IDNUM', '№ 2184'], ['IDNUM', '3917']]],
    ['a name after "Also known as:"', 'en', 'Also known as: Mehri; nobody else.', [['PERSON', 'Mehri']]],
    ['a plate with a car\'s make right after it, a line ending after them', 'ru', '[22:48] Алиса: PG BN 703 черная шкода\n[22:50] Лейла: ок', [['PERSON', 'Алиса'], ['PLATE', 'PG BN 703'], ['PERSON', 'Лейла']]],
  ]);

  itLeavesAlone([
    ['venues\' names after their word', 'en', 'She works at the club Black Rose and outside the club Pacha, near hotel Slavia.', /Rose|Pacha|Slavia/],
    ['a tax number\'s name as a plate, after a car', 'en', 'His car was seen; RNOKPP 3012345678 was copied.', /^RNOKPP$/],
    ['a messenger\'s name', 'en', 'The trafficker\'s Skype was live all night.', /Skype/],
    ['a Korean district before its suffix', 'en', 'The clinic in Mapo-gu, Seoul.', /Mapo/],
    ['a preposition before "№" as an entrance', 'ru', 'Заявление зарегистрировано под № 4471 в КУСП.', /под/],
    ['a form\'s label in snake case', 'en', 'case_status: open\nnext_step: call', /_/],
    ['a preposition opening a quoted phrase after a naming word', 'ru', 'Они представлялись «из поликлиники».', /^из$/],
    ['a code before a name with "van" inside it', 'en', 'Threatened NS-07, Jovana Đorđević, near the car.', /NS-07/],
    ['Russian words chats build from the dictionary\'s, in lower case', 'ru', 'переписка с соцработницей и юристкой, он забрал соцкарту', /соц|юрист/],
    ['greetings and thanks of the region\'s languages', 'en', '[21:04] Ana: buna, mersi\n[21:05] Eva: köszönöm\n[21:06] Ana: ok', /buna|mersi|köszönöm/],
    ['German nouns in an English narrative', 'en', 'She showed her Fiktionsbescheinigung; the Terminwohnung had Beweismittel.', /Fiktions|Termin|Beweis/],
    ['a law\'s number, an act\'s, a date and a phone after a name with slashes', 'en', 'Under Law 61/1991 and Act 12/3, 14/5; Fatmira 070/418-227.', /Law|Act|Fatmira 070/],
  ]);

  it('reads OCR\'s letters in numbers and digits in words one character for one, and leaves other text as it is', () => {
    expect(ocrView('PESEL 9106l702846, Kr0l, ОЛЕГ0ВНА, 12.O8.1996, 1З, тел. 0 (7O0)')).toBe('PESEL 91061702846, Krol, ОЛЕГОВНА, 12.08.1996, 13, тел. 0 (700)');
    for (const text of ['10am 1st COVID19 Win10 кв. 5б IO', 'A plain sentence 😀 with 2 numbers 3 and 4.']) expect(ocrView(text)).toBe(text);
  });
});

describe('held-out sets CC-CF (4 December, seventh session)', () => {
  itFinds([
    ['a surname in capitals after a rank\'s abbreviation, in notes that start lines in lower case', 'en', 'from dinara + sabina, typed quickly\n- st. lt. KHAIRULLIN (Vakhitovsky dept) took 15k from sabina', [['PERSON', 'dinara'], ['PERSON', 'sabina'], ['PERSON', 'KHAIRULLIN'], ['PERSON', 'sabina']]],
    ['a name and the next line\'s name, each alone', 'en', 'Recorded by outreach worker Aizhan K.\nNurzhamal Toktogulova, 27, from Naryn', [['PERSON', 'Aizhan K.'], ['PERSON', 'Nurzhamal Toktogulova']]],
    ['a passport\'s number in brackets, without the bracket', 'en', 'He kept her passport (75 4180293) overnight.', [['IDNUM', '75 4180293']]],
    ['a phone opened by a bracket it does not close', 'en', 'Witness: Šemsa (066/204-7713), Almira', [['PERSON', 'Šemsa'], ['PHONE', '066/204-7713'], ['PERSON', 'Almira']]],
    ['a name cut by a document\'s number, without the space before it', 'ru', 'Паспорт Ферузы AA 5182047 лежит у него.', [['PERSON', 'Ферузы'], ['IDNUM', 'AA 5182047']]],
    ['a residence permit\'s number after the country\'s letters', 'ru', 'Вид на жительство РА: № 0093518', [['IDNUM', '№ 0093518']]],
    ['a PESEL named in Cyrillic, not a name', 'ru', 'он записал песель 92101507761 и ушёл', [['IDNUM', '92101507761']]],
    ['a name after a name tag\'s word', 'ru', 'старший высокий, на бейдже Petrauskas, второй молодой', [['PERSON', 'Petrauskas']]],
    ['a name in its own field that is also a word', 'en', 'name: MOLDIR KASYMOVA\npreferred name: Molly\nAlso uses: "Sally"', [['PERSON', 'MOLDIR KASYMOVA'], ['PERSON', 'Molly'], ['PERSON', 'Sally']]],
    ['a surname before "first name unknown"', 'en', '2. Moon, first name unknown, woman about 50', [['PERSON', 'Moon']]],
    ['the police\'s case number of a year and a number, after a report', 'en', 'police report filed 17/5, case 2024-004471.', [['IDNUM', '2024-004471']]],
    ['a Slovak police record\'s number after ČVS', 'en', 'The related police record is ČVS ORP-412/SNV-P-2023.', [['IDNUM', 'ORP-412/SNV-P-2023']]],
    ['a Hungarian identity card\'s six digits and two letters', 'ru', 'Удостоверение личности: 301847 NA', [['IDNUM', '301847 NA']]],
    ['a Hungarian uncle\'s word in Cyrillic after a name', 'ru', 'Свидетель: Лаци бачи, сосед, видел', [['PERSON', 'Лаци бачи']]],
  ]);

  itLeavesAlone([
    ['places of two words and a town\'s name before a date', 'en', 'Interview, Krompachy, 22 June. She would rather go to Herzliya or Ramat Gan, from Spišská Nová Ves or Veliki Rit.', /Krompachy|Herzliya|Ramat|Spišská|Veliki/],
    ['a town of Russia\'s regions and of Belarus after "from"', 'en', 'Olga from Tula, 33, and Alesia, 23, from Mahilioŭ.', /Tula|Mahilio/],
    ['a saint after the word written out, and a name day', 'ru', 'После Дня святого Иштвана и на праздник Святой Параскевы, до Мартонова дня.', /Иштвана|Параскевы|Мартонова/],
    ['a statute\'s abbreviation that is a German rank', 'ru', 'по ст. 228 и 231 kk. Прилагаю скриншоты переписки', /Прилагаю/],
    ['a discourse word that starts a sentence', 'ru', '«Алло, это я. Короче, я в Новом Белграде»', /Короче/],
    ['an adjective in lower case beside a name', 'ru', 'Марго, трансгендерная женщина, 28 лет', /трансгендерная/],
    ['a currency in Cyrillic and a country\'s code', 'ru', 'долг 15 тысяч дирхам; Zhansaya (KZ)', /дирхам|KZ/],
  ]);

  it('takes a name in lower case that is also a word only where it is one', () => {
    // (A day's or a month's name after a date, not a person: the town's heading rule reads only a heading's line.)
    expect(persons('case summary by community paralegal Tekla, 8 August.', 'en')).toEqual(['Tekla']);
  });
});

describe('held-out sets CG-CJ and a sixth outside tester (4 December, seventh session)', () => {
  itFinds([
    ['a name read off a tag, and the same name later', 'en', 'One of them, whose tag reads Kiss, tells her to "give Kiss a kiss".', [['PERSON', 'Kiss'], ['PERSON', 'Kiss']]],
    ['a name in lower case after "real name"', 'en', 'snezhka (real name sandugash i think)', [['PERSON', 'snezhka'], ['PERSON', 'sandugash']]],
    ['a name that is a dictionary\'s proper noun after "called himself"', 'en', 'She left with a man who called himself Victor.', [['PERSON', 'Victor']]],
    ['an Azerbaijani term of respect after a name', 'en', 'In Baku, Lala khanim was threatened.', [['PERSON', 'Lala khanim']]],
    ['Kazakh and Kyrgyz plates in lower case after a car', 'en', 'white lada 347 axk 02 took condoms; he drives a silver fit 07 148 abm', [['PLATE', '347 axk 02'], ['PLATE', '07 148 abm']]],
    ['a Swiss AHV number by its shape', 'en', 'her AHV-Nr for the objection: 756.3907.2276.05', [['IDNUM', '756.3907.2276.05']]],
    ['German offices\' references after their words', 'en', 'Re: Kassenzeichen 5317.2204.8891; received under Vorgangsnummer PSG-L-24-03117.', [['IDNUM', '5317.2204.8891'], ['IDNUM', 'PSG-L-24-03117']]],
    ['a registration card\'s letters, number and year', 'en', 'I got the card, number W-PR 20957/22. Every six weeks', [['IDNUM', 'W-PR 20957/22']]],
    ['a birth certificate\'s series and number', 'en', 'her son\'s birth certificate І-ХА 512887 is with him', [['IDNUM', 'І-ХА 512887']]],
    ['a call sign in quotes', 'ru', 'Военнослужащий с позывным «Тайфун» стоит на блокпосту.', [['PERSON', 'Тайфун']]],
    ['a surname before "звание неизвестно"', 'ru', '3. Мельник, звание неизвестно, ездит на джипе', [['PERSON', 'Мельник']]],
    ['a patronymic in its field', 'en', 'First name: Kateryna\nPatronymic: Yuriivna', [['PERSON', 'Kateryna'], ['PERSON', 'Yuriivna']]],
    ['a Ukrainian IDP certificate\'s number', 'ru', 'Довідка ВПО: 6325-7500918437', [['IDNUM', '6325-7500918437']]],
    ['a Ukrainian dormitory\'s room in Latin letters', 'en', 'She works from a room at vul. Heroiv Pratsi 27, kimn. 412, two stops away.', [['ADDRESS', 'vul. Heroiv Pratsi 27, kimn. 412']]],
    ['a passport\'s series and "номер"', 'ru', 'паспорт серия 82 15 номер 654321 у него', [['IDNUM', '82 15 номер 654321']]],
    ['a Turkish ID named in Cyrillic', 'ru', 'в протоколе указан кимлик 98765432109.', [['IDNUM', '98765432109']]],
    ['a surname that is a word after "фамилию"', 'ru', 'он написал на бумажке свою фамилию Wolf', [['PERSON', 'Wolf']]],
  ]);

  it('reads a quoted nickname listed with names in lower-case notes, and the word after as her in its case forms', () => {
    expect(persons('у кольца на абая: тоня, люся и «белка» (аяулым). в субботу белку забрал таксист', 'ru')).toEqual(expect.arrayContaining(['белка', 'белку']));
    expect(persons('3) "kitty" from ekibastuz, 2nd week. kitty heard him', 'en')).toEqual(['kitty', 'kitty']);
    expect(persons('warm so 4 came in\n- "sunny" (Adinai), 23, came', 'en')).toEqual(['sunny', 'Adinai']);
  });

  itLeavesAlone([
    ['a modal verb after a word for a person', 'en', 'Our client may also be reached at the office.', /may/],
    ['a role after an article, before a person\'s verb', 'en', 'In Berlin the Zuhälter called himself Timo.', /Zuhälter/],
    ['a clock\'s time before a building\'s letter', 'ru', 'Завтра в 10:00 к юристу.', /10:00/],
    ['a chat\'s role as its writer', 'ru', '[23:04] Координатор: не бери трубку\n[23:05] Лена: ок', /Координатор/],
    ['a line written in Ukrainian, in lower case', 'ru', 'Ігор: можна і безкоштовно, якщо домовимось', /можна|безкоштовно|якщо|домовимось/],
    ['Ukrainian words in lower case in a Russian sentence', 'ru', 'сказал «ще раз побачу на вокзалі, поїдеш назад»', /вокзалі|поїдеш/],
    ['a car\'s model in quotes after "на"', 'ru', 'Уехал на серебристой «Тойоте», номер 712 BTA 16.', /Тойоте/],
    ['a car\'s model before its plate', 'en', 'He drives a white Touareg, E47-J-312.', /Touareg/],
    ['a street\'s name without a number after "ul."', 'en', 'She stands near the tram stop on ul. Kościuszki at night.', /Kościuszki/],
  ]);

  it('keeps lower-case names with і in Kazakh notes and Kazakh names with і in any', () => {
    expect(persons('встретились у неё и інжу на квартире, әсем тоже', 'ru')).toEqual(['інжу', 'әсем']);
    expect(persons('встретились у неё и інжу на квартире', 'ru')).toEqual(['інжу']);
  });
});

describe('held-out sets CK-CN (4 December, seventh session)', () => {
  itFinds([
    ['a protocol\'s number in capitals, and after the words that name its offence', 'ru', 'PROTOCOL No. 0327514. ПРОТОКОЛ об административном правонарушении № 0413927', [['IDNUM', 'No. 0327514'], ['IDNUM', '№ 0413927']]],
    ['a list of a police register\'s numbers', 'en', 'refusals on three complaints (KUSP Nos. 1483, 1516 and 2207).', [['IDNUM', '1483'], ['IDNUM', '1516'], ['IDNUM', '2207']]],
    ['a protocol\'s region, series and number', 'en', 'Her guilt is confirmed by protocol 66 AA 2048173, the report', [['IDNUM', '66 AA 2048173']]],
    ['a surname with two-letter initials after it', 'en', 'a service to citizen Lipatov Ya.R. for a fee', [['PERSON', 'Lipatov Ya.R.']]],
    ['signatures copied between slashes', 'ru', 'Подпись лица /Шаплыко/. Инспектор /Д.А. Заяц/.', [['PERSON', 'Шаплыко'], ['PERSON', 'Д.А. Заяц']]],
    ['a nickname in quotes after "некий"', 'ru', 'её «крышует» некий «Бакен», проживающий в частном доме', [['PERSON', 'Бакен']]],
    ['Balkan misdemeanour registers by their letters', 'en', 'Re: case no. Pp-8216/2023; case file PP 2207/23; Order no. PN 0071-28413.', [['IDNUM', 'Pp-8216/2023'], ['IDNUM', 'PP 2207/23'], ['IDNUM', 'PN 0071-28413']]],
    ['a name on a ticket after its colon', 'en', 'The officer\'s name on the ticket: Balogh. He kept her ID card.', [['PERSON', 'Balogh']]],
    ['a surname that is a Czech month after a doctor\'s title', 'en', 'the doctor, MUDr. Duben, gave the result', [['PERSON', 'Duben']]],
  ]);

  it('reads a Belarusian patronymic in Latin letters with its name', () => {
    expect(persons('1. Senior lieutenant KOT Aliaksandr Uladzimiravich (Kot A.U.), public order unit.', 'en')).toEqual(['KOT Aliaksandr Uladzimiravich', 'Kot A.U.']);
  });

  itLeavesAlone([
    ['the polite pronouns of an official letter', 'ru', 'Доставили Вас 14.01.2024. В случае несогласия Вы вправе обжаловать Ваше решение.', /Вы|Вас|Ваше/],
    ['a word of the dictionary starting a sentence before a Balkan surname', 'ru', 'Их отвели. Результат Омерович показал всем.', /Результат/],
    ['an ordinal before "фамилию не назвал"', 'ru', 'Патрульный Ковтун. Второй, фамилию не назвал, стоял рядом.', /Второй/],
    ['an operation\'s name in quotes', 'en', 'during the operation "Nelegal-2023" at night', /Nelegal/],
    ['a person a street is named after, before its word', 'en', 'He has never been to Klara Zetkin Street.', /Klara|Zetkin/],
    ['people streets and quarters are named after, before an abbreviated or a lower-case word', 'en', 'They met at Hristo Botev Blvd. and later in the Vasil Levski quarter.', /Botev|Levski/],
    ['a person a street is named after, before its word in a case form', 'ru', 'Встретились на Карла Маркса улице, у дома.', /Карла|Маркса/],
    ['a hospital\'s or a school\'s name of words that are also names', 'en', 'She was taken to the hospital Saint Rose, then to the school Good Hope.', /Rose|Hope/],
    ['a hospital\'s or a school\'s name of words that are also names, in their case forms', 'ru', 'Её положили в больницу Святой Веры, потом перевели в школу Святой Надежды.', /Веры|Надежды/],
    ['a saint after his word in a street\'s name', 'en', 'reached the station on ulica Svetog Petra Cetinjskog; do not', /Petra/],
    ['a town before "plate"', 'en', 'a grey Opel with a Tirschenreuth plate, TIR-KM 318.', /Tirschenreuth/],
    ['a people in the plural', 'en', 'She found him through a Facebook group for Ukrainians.', /Ukrainians/],
    ['a weekday between slashes', 'en', 'the ratio was 3/Fe/2 and/or /Tuesday/', /Tuesday/],
  ]);
});

describe('held-out sets CO-CR and a seventh outside tester (4 December, seventh session)', () => {
  itFinds([
    ['a register\'s long number with no "No." after its name', 'ru', 'Номер в ЕРДР 12022100050001234, дальше ничего.', [['IDNUM', '12022100050001234']]],
    ['a number registered "за №"', 'ru', 'Заявление зарегистрировано за № 005/1123, ответа нет.', [['IDNUM', '№ 005/1123']]],
    ['a complaint\'s number', 'en', 'The complaint No. 2451-23 was closed.', [['IDNUM', 'No. 2451-23']]],
    ['a Polish court\'s signature with its Roman numeral', 'en', 'Sygn. akt II K 123/23 (Sad Rejonowy)', [['IDNUM', 'II K 123/23']]],
    ['a Russian court case with a letter after its first digits', 'ru', 'по делу № 2а-1234/2022 без изменений', [['IDNUM', '№ 2а-1234/2022']]],
    ['a Hungarian case number with its letters after a full stop', 'en', 'case 01000/1234/2023.bu was closed', [['IDNUM', '01000/1234/2023.bu']]],
    ['initials after "Примечание"', 'ru', 'Примечание О.С.: номер записан со слов.', [['PERSON', 'О.С.']]],
    ['an Azerbaijani patronymic with gizi', 'en', 'the name is spelled Konul Vagif gizi Jafarova in it', [['PERSON', 'Konul Vagif gizi Jafarova']]],
    ['a building written "кор."', 'ru', 'Живёт в частном доме, ул. Кахети 14, кор. 3.', [['ADDRESS', 'ул. Кахети 14, кор. 3']]],
  ]);

  it('reads a nickname in quotes after a word for a friend, not the town or the word', () => {
    expect(persons('дина из оша сказала что ее кент «малой» требует 10к', 'ru')).toEqual(['дина', 'малой']);
    expect(persons('[22:03] Куратор: какой?\n[22:04] Лена: синий', 'ru')).toEqual(['Лена']);
  });

  it('reads chat writers in lower case right after their time stamp', () => {
    expect(persons('[00:58] Кнопка: вы где?\n[01:04] малая: я ушла через задний\n[01:05] Кнопка: кто приехал?\n[01:08] малая: тот же капитан', 'ru')).toEqual(['Кнопка', 'малая', 'Кнопка', 'малая']);
  });

  it('reads every one-word item of a list of people after its label, and the same words later', () => {
    expect(persons('девочки: гулкайыр, асема, рахат, «зайка»\nрахат и зайка без телефона пока', 'ru')).toEqual(['гулкайыр', 'асема', 'рахат', 'зайка', 'рахат', 'зайка']);
    expect(persons('Team: me, Nigora, and our driver Ulugbek.', 'en')).toEqual(['Nigora', 'Ulugbek']);
    expect(persons('present: police, social services, and the hotline', 'en')).toEqual([]);
  });
});

describe('held-out sets CS-CV (5 December, eighth session)', () => {
  itFinds([
    ['a name before ", who"', 'en', 'Witnesses we spoke to:\n- Mher, who runs the shawarma stand, saw it.', [['PERSON', 'Mher']]],
    ['a name before ", которая"', 'ru', 'Гулкайыр, которая стояла рядом, всё видела.', [['PERSON', 'Гулкайыр']]],
    ['an Azerbaijani bəy after a name', 'en', 'a civilian called Şahin bəy by the others', [['PERSON', 'Şahin bəy']]],
    ['a declined муаллим after a name', 'ru', 'Сказал, что расскажет всё её отцу, Ильгару муаллиму.', [['PERSON', 'Ильгару муаллиму']]],
    ['a plate in lower case right after its word', 'en', 'a private car, plate bk417tt (not sure about the last letters)', [['PLATE', 'bk417tt']]],
    ['a Turkish plate after a car model', 'en', 'She was driven to clients in a grey Egea, 07 AVK 418, every night.', [['PLATE', '07 AVK 418']]],
    ['a Russian protocol number with its region and series', 'ru', 'Составили протокол, номер 77 МР 0412385.', [['IDNUM', '77 МР 0412385']]],
    ['a KakaoTalk ID written in Russian with a hyphen', 'ru', 'серый «Грандеур», какао-ID jeongys_karaoke.', [['HANDLE', 'jeongys_karaoke']]],
    ['a name after a word for a volunteer, also a country', 'ru', 'Паспорт передала через польского волонтёра Кубу.', [['PERSON', 'Кубу']]],
    ['a name after the street word that ends the sentence before it', 'en', 'She lives on Sverdlova st. Natasha came at ten.', [['PERSON', 'Natasha']]],
    ['a Turkish case suffix after a name\'s apostrophe, with the name', 'en', 'Ahmet\'in car was there; Vera\'s bag too.', [['PERSON', 'Ahmet\'in'], ['PERSON', 'Vera']]],
    ['a Kazakh case suffix on a given name', 'ru', 'Он сказал Анжеликаға, что денег нет.', [['PERSON', 'Анжеликаға']]],
    ['a Romanian police agent, whose name is also Christmas', 'en', 'Agent Crăciun from Secția 2 arrived. A complaint against Crăciun.', [['PERSON', 'Crăciun'], ['PERSON', 'Crăciun']]],
    ['a Latvian mobile of eight digits after "Связь"', 'ru', 'Связь: 27614083, или на почту.', [['PHONE', '27614083']]],
    ['a Slovak street whose second word is in lower case', 'en', 'he put them in a flat at Mlynské nivy 44, blok C, byt 1208 and posted ads', [['ADDRESS', 'Mlynské nivy 44, blok C, byt 1208']]],
    ['a street named by its ordinal after the flat', 'en', 'six girls in one flat, building 22, flat 604, 18th Street, near the metro', [['ADDRESS', 'building 22, flat 604, 18th Street']]],
  ]);

  it('reads a lower-case name after "knows as" or in apposition, and its later mentions', () => {
    expect(persons('One officer she knows as torniko took the money; torniko came back later.', 'en')).toEqual(['torniko', 'torniko']);
    expect(persons('One of the women, zhyldoskan, has since left for Turkey.', 'en')).toEqual(['zhyldoskan']);
    expect(persons('The women, too, were tired. She is known as well as anyone.', 'en')).toEqual([]);
  });

  it('reads a short name repeated in a lower-case note, not as Russian written in Latin letters', () => {
    const note = 'friend aru went to a client at 21:00.\n01:15 gulzhan called back, aru answered.\naru is at the hospital.\nplate of the client car, aru saw it.';
    expect(persons(note, 'en').filter((name) => name === 'aru')).toHaveLength(4);
  });

  it('reads the other items of a list of people opening like theirs, not its places or words', () => {
    const list = 'Participants:\n- Nurgiza (40s): police take rent.\n- Gulkaiyr: a client stole her phone.\n- Aijamal: works away.\n- Police: took money.\n- March: nothing.\n\nCities:\n- Almaty: 5\n- Kordai: 2\n- Taraz: 1';
    expect(persons(list, 'en')).toEqual(['Nurgiza', 'Gulkaiyr', 'Aijamal']);
  });

  it('reads a quoted nickname in lower case said to be what everyone calls her, and its case forms', () => {
    expect(persons('его держит у себя "малышка" (так её все зовут, настоящего имени не знает). у малышки белая гранта.', 'ru')).toEqual(['малышка', 'малышки']);
  });

  it('reads a name with its Azerbaijani letters and without them as one person', () => {
    expect(persons('Bahar still writes to Şəbnəm\'s mother. Sebnem (she spells it without the accents) agrees.', 'en')).toEqual(['Bahar', 'Şəbnəm', 'Sebnem']);
  });

  itLeavesAlone([
    ['the words after "full name"', 'en', "aru's full name for the hospital list: Arailym Kemelbekova.", /^for$/],
    ['the words after "полное имя"', 'ru', 'Напишите полное имя и дату рождения.', /^и$/],
    ['people streets are named after, after an abbreviated street word', 'en', 'She stood on bul. Hristo Botev, then on ul. Majka Tereza near St. Olaf church.', /Hristo|Botev|Majka|Tereza|Olaf/],
    ['a person a street is named after, after "ул."', 'ru', 'в кафе у ТЦ «Гринвич» на ул. Малышева.', /Малышева/],
    ['a plate\'s word before words and years', 'en', 'The plate was 10 years old; plates 2019 model.', /was|2019/],
    ['car models', 'en', 'white Suzuki Vitara and a grey Fiat Egea', /Vitara|Egea/],
    ['a Kazakh phrase quoted in a lower-case note, and the adverb of a language', 'ru', 'звонил и по-казахски сказал: «ақшаны әкелсін». она поняла', /казахски|ақшаны|әкелсін/],
  ]);
});

describe('held-out sets CW-CZ (5 December, eighth session)', () => {
  itFinds([
    ['a clinic\'s file number said to be hers', 'en', 'Her file at the AIDS Centre is SAM-2294, they said.', [['IDNUM', 'SAM-2294']]],
    ['a patient number of letters and digits', 'en', 'The hospital form lists her as patient no. KMKL1-23-55170.', [['IDNUM', 'KMKL1-23-55170']]],
    ['a log\'s number after "под №"', 'ru', 'Дежурный записал её в журнал под № К-1147.', [['IDNUM', '№ К-1147']]],
    ['a case history\'s number after a clause', 'ru', 'Номер истории болезни, который ей продиктовали: 14872/23.', [['IDNUM', '14872/23']]],
    ['a Ukrainian plate in Cyrillic after a badge', 'ru', 'Капитан, жетон 0051839, машина ВН 4182 ЕК.', [['IDNUM', '0051839'], ['PLATE', 'ВН 4182 ЕК']]],
    ['a username spelled in Cyrillic', 'ru', 'ник @жандос_тараз, так она записала', [['HANDLE', '@жандос_тараз']]],
    ['a contact saved with an emoji', 'en', 'messages from a man saved as "Venca 🚓". He says', [['PERSON', 'Venca']]],
    ['a nickname in quotes with an emoji, said to be how he is saved', 'ru', '3. «Лютый 😈» — так его записала подруга.', [['PERSON', 'Лютый']]],
    ['the name on his tag without a verb', 'en', 'the cop copied it, name on his tag Moroz, then left', [['PERSON', 'Moroz']]],
    ['a word that is a name after "knows him only as"', 'en', 'Snježana knows him only as Mile. Bus 37 stops there.', [['PERSON', 'Snježana'], ['PERSON', 'Mile']]],
    ['a word that is a surname before "(имени не знаем)"', 'ru', '2. Мороз (имени не знаем), напарник.', [['PERSON', 'Мороз']]],
    ['a name before ", her partner,"', 'en', '- Števo, her partner, wants to "sort it out".', [['PERSON', 'Števo']]],
    ['a word of the dictionary between commas before ", who"', 'en', "the driver is Rūta's ex, Mantas, who takes her money", [['PERSON', 'Rūta'], ['PERSON', 'Mantas']]],
    ['a capital\'s name with her nickname and age', 'en', 'Sofia ("Sonya"), 26, trans woman, from Almaty.', [['PERSON', 'Sofia'], ['PERSON', 'Sonya']]],
    ['an Estonian Mart written Март inside a sentence', 'ru', 'Представился Мартом. Впервые Март пришёл в марте.', [['PERSON', 'Мартом'], ['PERSON', 'Март']]],
  ]);

  it('reads lower-case given names with an age in their bracket, and a lower-case mention of a name after a kin word', () => {
    expect(persons('переписка, которую показала лена (22 года) на встрече', 'ru')).toEqual(['лена']);
    expect(persons('He sent the pics to your aunt Roza". he knows roza\'s name.', 'en')).toEqual(['Roza', 'roza']);
  });

  itLeavesAlone([
    ['a heading\'s month between commas and a full stop', 'en', 'Budapest, monthly case log, June. Entry 6. Follow-up: April, with the draft.', /June|April/],
    ['a range of months', 'en', 'Period Jan-Jun, then Mon-Fri only.', /Jan|Jun|Period/],
    ['words no list holds after "the"', 'en', 'Police everywhere on the Riva; she works near the Pilsner Urquell gate.', /Riva|Pilsner|Urquell/],
    ['towns after an age and "from", and after "in"', 'en', 'Sunčica (29, from Kaštelica) came. He sends it to my dad in Sabinovo.', /Kaštelica|Sabinovo/],
    ['a town before "имени не сказала"', 'ru', 'Там живут Севинч и новенькая из Чуста, имени не сказала.', /Чуста/],
    ['a pronoun before ", который"', 'ru', 'Тот, который в форме, — Бахтиёр.', /Тот/],
    ['a word opening a numbered item', 'ru', '2) Сумма.\n3) Новенькая, Даша, 19 лет.', /Новенькая/],
    ['a file\'s count of pages', 'en', 'Her file is 350 pages long.', /350/],
  ]);

  it('reads the person named like a holiday, not the holiday', () => {
    expect(persons("A man named Valentine paid 100 euros on Valentine's Day.", 'en')).toEqual(['Valentine']);
  });

  it('leaves a phone on a business card a phone', () => {
    expect(found('his number, from a card on the bar: 031-618-4027', 'en').map(([type]) => type)).toEqual(['PHONE']);
  });
});

describe('held-out sets DA-DD and an eighth outside tester (5 December, eighth session)', () => {
  itFinds([
    ['a Polish office\'s reference in parts', 'en', 'I request access to case file no. SG-LU-III.9225.470.2024 concerning her.', [['IDNUM', 'SG-LU-III.9225.470.2024']]],
    ['a Czech police reference with letters inside', 'ru', 'Номер дела в полиции: KRPT-60237-86/TČ-2024-857560. Подруга знает.', [['IDNUM', 'KRPT-60237-86/TČ-2024-857560']]],
    ['an ombudsman\'s reference ending in letters', 'en', 'ombudsman complaint no. 4405/2024/VOP was filed', [['IDNUM', '4405/2024/VOP']]],
    ['a patient card\'s number with a letter after its slash', 'en', 'her patient card is No. 45-778/K, the nurse said', [['IDNUM', 'No. 45-778/K']]],
    ['a detention record\'s number', 'en', 'The detention centre record No. 1187/24 lists her.', [['IDNUM', 'No. 1187/24']]],
    ['a register entry in Latin letters without "No."', 'en', 'The duty log shows entry KUSP 5612 at 02:15.', [['IDNUM', '5612']]],
    ['a log entry\'s number after "запись №"', 'ru', 'В журнале ИВС запись № 238 от 3 мая.', [['IDNUM', '№ 238']]],
    ['an Israeli ID after its Hebrew name', 'en', 'Natasha, teudat zehut 318456729, lives in Bat Yam.', [['PERSON', 'Natasha'], ['IDNUM', '318456729']]],
    ['a name that no list holds before "was stopped"', 'en', 'Komitas Avenue: Anahit was stopped by two officers.', [['PERSON', 'Anahit']]],
    ['a nickname in lower case after "по кличке"', 'ru', 'мент по кличке хромой, требует 10 тыс', [['PERSON', 'хромой']]],
    ['a nickname\'s adjective joined to a name', 'ru', 'кто был: жанна, светка-рыжая и ещё новенькая', [['PERSON', 'жанна'], ['PERSON', 'светка-рыжая']]],
    ['a Hungarian surname that is an English word, first, after a rank', 'en', 'The arresting officer, r. törm. Kiss Gábor, wrote it.', [['PERSON', 'Kiss Gábor']]],
    ['a name that is a word after "his name is"', 'en', 'Iryna: his name is Sander, estonian.', [['PERSON', 'Iryna'], ['PERSON', 'Sander']]],
    ['a name made of two short English words, inside a sentence', 'en', 'The man from Dushanbe, Jamshed, holds the passports.', [['PERSON', 'Jamshed']]],
    ['a Korean plate in Cyrillic letters after "номер"', 'ru', 'Хозяин ездит на «Соренто», номер 52 ра 7719.', [['PLATE', '52 ра 7719']]],
    ['a Korean name whose second half is one letter', 'en', 'itaewon outreach, w/ Hyun-a + Aziza.', [['PERSON', 'Hyun-a'], ['PERSON', 'Aziza']]],
    ['a villa in a Dubai address', 'ru', 'Лолахон: в Аль Барше-2, улица 14B, вилла 23, нас пятеро', [['PERSON', 'Лолахон'], ['ADDRESS', 'Аль Барше-2, улица 14B, вилла 23']]],
  ]);

  it('reads names beside names that are words, and a possessive in lower-case notes', () => {
    expect(persons('Hope and Angel, two trans women from Tbilisi, were beaten.', 'en')).toEqual(['Hope', 'Angel']);
    expect(persons("call w/ timur ok. roza's new num 8 777 214 55 09", 'en')).toEqual(['timur', 'roza']);
  });

  it('reads the names of a list of who came, not the towns after their ages', () => {
    const list = 'Present:\n- Zoricka, 45, Doljevacko\n- Mirjana "Mima", 33, Leskovacko\nAndreea "Deea" (27, Giurgiuvo).';
    expect(persons(list, 'en')).toEqual(['Zoricka', 'Mirjana', 'Mima', 'Andreea', 'Deea']);
  });

  itLeavesAlone([
    ['a month alone on its line, a heading', 'en', 'MAY\nNo new incidents.\nApril\n— 2 detentions in Sochi', /MAY|April/],
    ['a town listed between places', 'en', 'Outreach log: Kaskelen, Talgarovo and Esik visited on the 12th.', /Talgarovo/],
    ['a monument\'s person', 'ru', 'Встретились у памятника Пушкину.', /Пушкину/],
    ['an abbreviation of "number" before a phone', 'en', "her new num 8 777 214 55 09", /num/],
    ['a number, a preposition and a year after "номер"', 'ru', 'Номер 12 от 2023 года.', /от/],
    ['how a name is written, after "her name is"', 'en', 'On the fine slip her name is written wrong.', /written/],
  ]);

  it('keeps plates of three parts plates, not references', () => {
    expect(found('He drives a private white Prius, 90-RK-822, and a grey Golf, E32-M-107.', 'en').map(([type]) => type)).toEqual(['PLATE', 'PLATE']);
  });
});

describe('held-out sets DE-DH (5 December, eighth session)', () => {
  itFinds([
    ['a short name\'s case form that is also a verb, capitalised inside a sentence', 'ru', 'Паспорт у Юли на руках.', [['PERSON', 'Юли']]],
    ['a patronymic before "с" and a street, no part of the address', 'ru', 'хозяйка Галина Петровна с Космической 112, кв. 48 выгоняет.', [['PERSON', 'Галина Петровна'], ['ADDRESS', 'Космической 112, кв. 48']]],
    ['a name no list holds before "and I"', 'en', 'Follow-up visit, 28.08. Ljupka and I went to see her.', [['PERSON', 'Ljupka']]],
    ['a name read as two short English words, after a cue and inside a sentence', 'en', 'husband pinlad is in russia. She came with Pinlad yesterday.', [['PERSON', 'pinlad'], ['PERSON', 'Pinlad']]],
    ['a Georgian name that is an English word, after a form\'s label', 'en', 'Caller: Marine Tsintsadze, aunt of the victim. Per Marine: she was taken.', [['PERSON', 'Marine Tsintsadze'], ['PERSON', 'Marine']]],
    ['a grandmother\'s bibi after her name', 'en', 'Gulchehra bibi our grandmother is sick', [['PERSON', 'Gulchehra bibi']]],
    ['a surname before ", напарник"', 'ru', '2. Коваль, напарник Бондаря, имя не знаю.', [['PERSON', 'Коваль'], ['PERSON', 'Бондаря']]],
    ['an Uzbek street written with the turned comma', 'en', 'Address: Mustaqillik koʻchasi, 112-uy, 8-xonadon.', [['ADDRESS', 'Mustaqillik koʻchasi, 112-uy, 8-xonadon']]],
    ['an Italian codice fiscale', 'en', 'for the permit application: STNMLN96C52Z129K. Then', [['IDNUM', 'STNMLN96C52Z129K']]],
    ['a surname in lower case after a rank', 'ru', 'вика в ОВД, капитан петров не отпускает', [['PERSON', 'вика'], ['PERSON', 'петров']]],
    ['an Israeli ID after its name in Cyrillic', 'ru', 'у неё есть теудат зеут 312345679, паспорт забрали', [['IDNUM', '312345679']]],
  ]);

  itLeavesAlone([
    ['"Real" of "Real name unknown"', 'en', '5. Pasha. Real name unknown.', /Real/],
    ['a term of respect opening quoted speech', 'en', '"Apa, hello, it\'s me." she said.', /Apa/],
    ['a form\'s label "Дата"', 'ru', 'ФОРМА\nДата: 28.02.2024. Консультант: Айгуль.', /Дата/],
    ['a car model after its make', 'en', 'a private black Land Cruiser Prado, 444 KYM 05.', /Prado/],
    ['a village after "the village of" and after "из посёлка"', 'en', 'Ms Ivanova, 41, from the village of Krasnoye, Odesa region.', /Krasnoye/],
    ['a village after "из посёлка"', 'ru', 'Ей 19 лет, родом из посёлка Каменка, учится в колледже.', /Каменка/],
    ['a football club', 'en', 'a Galatasaray scarf on the mirror', /Galatasaray/],
    ['a platform\'s name in a Russian case', 'ru', 'ник в инсте @malinka.kg, а в тиктоке malinka_kg_official', /тиктоке/],
  ]);
});

describe('held-out sets DI-DL (5 December, eighth session)', () => {
  itFinds([
    ['a Polish court\'s signature without its word', 'en', 'pending before the district court, ref. VIII W 2207/24. Then', [['IDNUM', 'VIII W 2207/24']]],
    ['a surname that is a word, first, before a given name, a patronymic and her age', 'ru', 'Кафе, 17.06. Мельник Алина Сергеевна, 27 лет, гражданка России.', [['PERSON', 'Мельник Алина Сергеевна']]],
    ['a declined term of respect after a name, without a hyphen', 'ru', 'Про Шоиру опу в ОВД её опросили.', [['PERSON', 'Шоиру опу']]],
    ['a register number of seventeen digits after "№"', 'ru', 'Внесено в ЕРДР, № 12023082040001417, следователь.', [['IDNUM', '№ 12023082040001417']]],
    ['a letter\'s signature after its thanks', 'en', 'See you on the 5th.\nThanks,\nGohar', [['PERSON', 'Gohar']]],
    ['a local number in a list after "phones"', 'en', '- phones: Viktoria 5837 2014', [['PERSON', 'Viktoria'], ['PHONE', '5837 2014']]],
    ['a nickname in quotes after "среди своих"', 'ru', 'Звонит Залина, 30 лет (среди своих «Лиса»). Её забрали.', [['PERSON', 'Залина'], ['PERSON', 'Лиса']]],
    ['a name before "(так она подписывается"', 'ru', 'Её забрали. Лиса (так она подписывается в сообщениях) просит помощи.', [['PERSON', 'Лиса']]],
    ['a bey\'s Russian case after a hyphen, with the name', 'ru', 'Номер Мехмета-бея сохранился.', [['PERSON', 'Мехмета-бея']]],
    ['a bey\'s Russian case after a space, with a name already found', 'ru', 'Мы отвезли Мехмету бею деньги.', [['PERSON', 'Мехмету бею']]],
  ]);

  itLeavesAlone([
    ['a verb before a given name, a patronymic and an age', 'ru', '23.05. Рассказывает Ганна Степановна, 45 лет.', /Рассказывает/],
    ['a word before a declined term of respect', 'ru', 'Телефон апы не отвечает.', /Телефон/],
  ]);
});

describe('held-out sets DQ-DT (5 December, ninth session)', () => {
  itFinds([
    ['a signature after a dash on the last line', 'en', 'We will call her on Monday.\n\n— Vesnaria', [['PERSON', 'Vesnaria']]],
    ['initials as a signature after a dash', 'en', 'Please check the hospital record.\n— Ts.B.', [['PERSON', 'Ts.B.']]],
    ['a lower-case diminutive as a signature', 'ru', 'Созвонимся завтра.\n— эля', [['PERSON', 'эля']]],
    ['a place after a bracket that says the word before is a work name', 'en', '2. "Orkida" (work name), Vitebsk. Robbed twice.', [['PERSON', 'Orkida']]],
    ['her other name in a bracket after "она же", in lower case', 'ru', 'Звонила вика (она же лиса), плакала.', [['PERSON', 'вика'], ['PERSON', 'лиса']]],
    ['an Azerbaijani court\'s case number with its bracket', 'en', 'Appeal filed in administrative case No. 2-3(087)-1154/2023 at the district court.', [['IDNUM', 'No. 2-3(087)-1154/2023']]],
    ['a Romanian fine\'s series and number', 'en', 'She paid a fine, proces-verbal ABX nr. 5120774, last week.', [['IDNUM', 'ABX nr. 5120774']]],
    ['a Romanian prosecutor\'s file', 'en', 'Her earlier complaint, dosar penal 4410/P/2022, was closed.', [['IDNUM', '4410/P/2022']]],
    ['an officer\'s number after "officer no."', 'en', 'The patrol (officer no. 0381) took her phone.', [['IDNUM', '0381']]],
    ['a check\'s number with letters in it', 'ru', 'Заявление приняли, материал проверки № 518кп-23.', [['IDNUM', '№ 518кп-23']]],
    ['a forensic act\'s number', 'ru', 'Экспертиза — акт № 2291/23, побои есть.', [['IDNUM', '№ 2291/23']]],
    ['a hospital card\'s number', 'ru', 'Шов наложили, карта № 6410/21-Х, потом отпустили.', [['IDNUM', '№ 6410/21-Х']]],
    ['a registration number after "рег. номером"', 'ru', 'Выдали справку с рег. номером 0917-225.', [['IDNUM', '0917-225']]],
    ['a diminutive the gazetteer lacked, in quotes with where he is from', 'ru', 'Говорит, знает его — «Шурик с рынка».', [['PERSON', 'Шурик']]],
    ['a Turkish plate after "lorry"', 'en', 'She was in the back of a lorry, 06 BR 4471, for an hour.', [['PLATE', '06 BR 4471']]],
    ['a Korean prosecutor\'s case number', 'en', 'Prosecution file 2024고단1187 opened; counsel called.', [['IDNUM', '2024고단1187']]],
    ['two lower-case names joined by a slash before a phone', 'en', 'numbers: dorina 069 118 447, ionela/sanda +373 68 220 415', [['PERSON', 'dorina'], ['PHONE', '069 118 447'], ['PERSON', 'ionela'], ['PERSON', 'sanda'], ['PHONE', '+373 68 220 415']]],
    ['two capitalised names joined by a slash', 'ru', 'Звонили Аня/Лиза, просили презервативы.', [['PERSON', 'Аня'], ['PERSON', 'Лиза']]],
    ['a profile link, whole, with a name in its path', 'en', 'her page vk.com/lala_star', [['HANDLE', 'vk.com/lala_star']]],
    ['the town after an address and a comma, ending the sentence', 'en', 'Her flat: Ozolu iela 14-3, Jelgava.', [['ADDRESS', 'Ozolu iela 14-3, Jelgava']]],
    ['a penalty order\'s reference', 'en', 'Police reference on the penalty order: KLD/24/0559120/002, unpaid.', [['IDNUM', 'KLD/24/0559120/002']]],
    ['a reference of four parts with one letter', 'ru', 'Дали бумагу с номером 11-2024-K-50917, велели прийти.', [['IDNUM', '11-2024-K-50917']]],
    ['a badge\'s letters and number after "было"', 'ru', 'На жетоне было KR 05517. Составили протокол.', [['IDNUM', 'KR 05517']]],
    ['an expert report\'s number with Cyrillic letters', 'en', 'expert report no. 3310/СМЭ-23; photos kept.', [['IDNUM', '3310/СМЭ-23']]],
    ['a record number after "no. is"', 'en', 'Her clinic record no. is 5518/23.', [['IDNUM', '5518/23']]],
    ['a Moldovan police report\'s series without its word', 'ru', 'Протокол на Ольгу — MAI07 550193, фото есть.', [['PERSON', 'Ольгу'], ['IDNUM', 'MAI07 550193']]],
    ['a protocol\'s number of two letter groups', 'en', 'protocol no. БШ-АП-1182 was written.', [['IDNUM', 'БШ-АП-1182']]],
    ['a name at a sentence\'s start with her people and age in a bracket', 'en', 'near the market. Qendresa (Ashkali, 41), bruises on her face.', [['PERSON', 'Qendresa']]],
    ['a name that is also a word after a form\'s label', 'ru', 'Интервьюер: Стела.', [['PERSON', 'Стела']]],
    ['a lower-case Kazakh diminutive in a hurried note', 'en', 'hotline 3am. aru calling from a friends phone.', [['PERSON', 'aru']]],
    ['a local number after "перезвоните ей на"', 'ru', 'живёт у сестры, перезвоните ей на 77718204 вечером.', [['PHONE', '77718204']]],
    ['a second local number after a phone in the same sentence', 'ru', '[18:08] Ира: +372 5519 0321 и ещё второй 5822 1740', [['PERSON', 'Ира'], ['PHONE', '+372 5519 0321'], ['PHONE', '5822 1740']]],
    ['chat writers on header lines with their town and time, a month among them', 'ru', 'Инга Рига 07:56\nхозяин поменял замок\n\nМарта Лиепая 08:03\nдоговор есть?', [['PERSON', 'Инга'], ['PERSON', 'Марта']]],
    ['the writer\'s initial signing her remarks', 'ru', 'расшифровка голосового, сократила Ю.\n— Ю.: передала в Ла Страду.', [['PERSON', 'Ю.'], ['PERSON', 'Ю.']]],
    ['chat writers with a tag in brackets', 'ru', '[18:05] Кристийна (ESTL): какой Валера?\n[18:07] Аня Нарва: не знаю\n[18:09] Кристийна (ESTL): ладно', [['PERSON', 'Кристийна'], ['PERSON', 'Валера'], ['PERSON', 'Аня Нарва'], ['PERSON', 'Кристийна']]],
    ['a known town after an address and a comma, the sentence going on', 'en', 'She lives at ul. Lipowa 7 m. 3, Białystok, with her son.', [['ADDRESS', 'ul. Lipowa 7 m. 3, Białystok']]],
  ]);

  itLeavesAlone([
    ['a word of the dictionary as a signature', 'en', 'She called again.\n— Okay.', /Okay/],
    ['the particle "же" before a verb', 'ru', 'Она же не знала, он же сказал потом.', /сказал|знала/],
    ['a Romanian file\'s word listed after a name', 'en', 'The complaint by Flori, dosar penal 4410/P/2022, was closed.', /dosar/],
    ['a hospital named after someone, "im." in Latin letters', 'en', 'Treated at GKB im. Botkina, then released.', /Botkina/],
    ['a name after an address and a comma, the sentence going on, in the address', 'en', 'The flat at Ozolu iela 14-3, Karina shares with two others.', /14-3, Karina/],
    ['a report with a small number', 'en', 'We wrote a report no. 3 on outreach.', /3/],
    ['an order for supplies', 'en', 'Invoice and order no. KLD/24/0559120/002 for condoms.', /KLD/],
    ['a people named in a bracket with her age', 'en', 'near the market. Qendresa (Ashkali, 41), bruises on her face.', /Ashkali/],
    ['headings of a place and a time, not a chat', 'ru', 'Аутрич Бишкек 22:00\nраздали 40\n\nВстреча Ош 10:00\nпришли все', /Аутрич|Встреча/],
    ['an organisation\'s name in Russian', 'ru', 'Передала в Ла Страду, они свяжутся.', /Страд/],
    ['a word of the dictionary after a productive prefix, in a hurried note', 'ru', 'раздали 40 презиков и 5 самотестов, потом в горотделе сидели', /самотестов|горотделе/],
    ['an English word written in Cyrillic letters, in a hurried note', 'ru', 'водитель везёт её в шелтер на время, из шелтера позвонят', /шелтер/],
    ['a country\'s code in brackets after a name', 'en', 'Dana (BG) says a man collects the money.', /BG/],
    ['a country\'s code in brackets before an age', 'en', 'Saw Tamuna (GE, 29) at the flat.', /GE/],
    ['a form\'s label before a colon on a line of several', 'ru', 'Дата: 15.01.2024   Консультант: Гулнара Мамытова', /Консультант/],
    ['a Bulgarian holiday in a Russian case', 'ru', 'Встретимся после Ивановдена у школы.', /Ивановден/],
    ['Trinity in a Russian case', 'ru', 'Вернуться надо до Троицы, сказала.', /Троиц/],
    ['a Czech court\'s adjective and a town in the locative', 'en', 'Court file: Městský soud v Brně rozhodl, sp. zn. 3 T 55/2023.', /Městský|Brně/],
    ['a Polish border town', 'en', 'Outreach on the road to Słubice, 4 July.', /Słubice/],
    ['Passover', 'en', 'She left for Passover with Dana.', /Passover/],
    ['a ruler\'s name with its epithet, a street', 'ru', 'Встреча в офисе на Штефан чел Маре, после Пасхи.', /Штефан|Маре/],
    ['a ruler\'s epithet alone after his name', 'en', 'Artur is the one with the salon on Cuza Vodă, right?', /Vodă|Cuza/],
    ['an organisation writing in a chat', 'ru', 'alya94: здравствуйте\nПроект: Здравствуйте, мы слушаем.\nКлиентка: Алия\nПроект: Документы у вас?', /Проект/],
    ['a district police station\'s adjective', 'ru', 'На следующий день ходила в Латгальский участок, заявление приняли.', /Латгальский/],
    ['a destination\'s city that names a time zone', 'en', 'Her sister left for Lisbon with a man she met online.', /Lisbon/],
    ['a country of the United Kingdom', 'en', 'In June she left for England with her boyfriend.', /England/],
    ['a Kyrgyz place opened by a colour and a hyphen', 'en', 'They took her to Sary-Jaz and left her there.', /Sary|Jaz/],
    ['a town between "from" and its country, even a given name', 'en', 'Her cousin came from Salima, Tajikistan, last year.', /Salima/],
    ['the second half of a street\'s name after "ул."', 'ru', 'Стояла на ул. Толе-Би, потом ушла.', /Би|Толе/],
    ['a Moldovan town in a Russian case', 'ru', 'Приехала из Оргеева, ей 19 лет.', /Оргеева/],
    ['a team as a signature', 'en', 'She called again.\n— Outreach team', /Outreach|team/],
    ['a table\'s sum and the next row\'s date over a line break', 'ru', 'Дата | Что | Сумма\n03.02 | билет | 52 000\n11.02 | жильё | 80 000\n19.02 | врач | 15 000', /\n/],
  ]);
});

describe('held-out sets DY-EB and a tenth outside tester (5 December, ninth session)', () => {
  itFinds([
    ['a protocol\'s number after a colon and "№"', 'ru', 'Протокол: № 005521 по ст. 161 КоАП.', [['IDNUM', '№ 005521']]],
    ['a court ruling\'s number in capitals', 'ru', 'ПОСТАНОВЛЕНИЕ № 5-611/2024 вынесено.', [['IDNUM', '№ 5-611/2024']]],
    ['a protocol\'s number after a comma and "номер"', 'ru', 'составили протокол, номер 2024/5512, в участке', [['IDNUM', '2024/5512']]],
    ['a medical card\'s number with a letter after it', 'ru', 'Медкарта в больнице № 6120-К, выписка.', [['IDNUM', '№ 6120-К']]],
    ['a German residence permit\'s number', 'en', 'Aufenthaltstitel — X5520174L, valid until May.', [['IDNUM', 'X5520174L']]],
    ['an officer\'s code of letters and digits', 'en', 'complaint on officer KT-55120 to the inspection', [['IDNUM', 'KT-55120']]],
    ['a decision\'s number with the office\'s letters', 'en', 'a decision on her stay (no. 2290/НП-24) was issued.', [['IDNUM', '2290/НП-24']]],
    ['a police file\'s number with Greek letters after a colon', 'ru', 'Номер дела в полиции: 2210/23-ΑΣ.', [['IDNUM', '2210/23-ΑΣ']]],
    ['a medical history\'s number', 'en', 'emergency ward, history no. 55102/23, cracked rib', [['IDNUM', '55102/23']]],
    ['a Turkish plate after "мерс"', 'ru', 'у него чёрный мерс 34 KLM 208.', [['PLATE', '34 KLM 208']]],
    ['a Polish room in a hostel', 'en', 'She lives at ul. Kopernika 12, pok. 7.', [['ADDRESS', 'ul. Kopernika 12, pok. 7']]],
    ['a Lithuanian room in a dormitory', 'ru', 'Живёт в общежитии, Savanorių pr. 190, kamb. 212.', [['ADDRESS', 'Savanorių pr. 190, kamb. 212']]],
    ['the town between the address\'s label and the street', 'ru', 'Живёт у тёти по адресу Караганда, пр. Бухар-Жырау, 18, кв. 7. Связь через тётю.', [['ADDRESS', 'Караганда, пр. Бухар-Жырау, 18, кв. 7']]],
    ['a town of two letters after an address', 'en', 'staying with her sister at Hlavní 1187/14, Aš and can be reached', [['ADDRESS', 'Hlavní 1187/14, Aš']]],
    ['a Georgian diminutive in lower case', 'ru', 'девочку сопо он вчера ударил', [['PERSON', 'сопо']]],
    ['a Hungarian surname in brackets after "officer"', 'en', 'the police officer who came (Farkas) told her landlord', [['PERSON', 'Farkas']]],
    ['a protocol\'s number after its statute', 'ru', 'Составлен протокол по ст. 130 КоАП РТ, № 0051129. В отделе взяли кровь.', [['IDNUM', '№ 0051129']]],
    ['a protocol\'s number after its statute and date', 'ru', 'Протокол по ст. 6.11 КоАП от 28.08, № 0552190. Составлен утром.', [['IDNUM', '№ 0552190']]],
    ['a protocol\'s number said to be hers', 'ru', 'номер протокола у неё 005512', [['IDNUM', '005512']]],
    ['a clinic card\'s number after "номер карты"', 'ru', 'Обращалась в травмпункт, номер карты 11/5520. В полицию не хочет.', [['IDNUM', '11/5520']]],
    ['a certificate\'s number', 'ru', 'Побои сняли, справка № 5519. Хочет заявление.', [['IDNUM', '№ 5519']]],
    ['two badges\' numbers after "badge nos."', 'en', 'Badge nos. 2251 and 0917; names unknown.', [['IDNUM', '2251'], ['IDNUM', '0917']]],
    ['a work name in quotes that is a word', 'ru', '15:00 | «Лиса» (рабочее имя) | избил клиент', [['PERSON', 'Лиса']]],
    ['an Estonian road\'s word after its name', 'ru', 'работает из квартиры (Kase tee 12-41). сосед знает', [['ADDRESS', 'Kase tee 12-41']]],
    ['a street, house and flat after "живет" without a preposition', 'ru', '3. живет Толе-Би 55-12, раньше на Абая', [['ADDRESS', 'Толе-Би 55-12']]],
    ['a street, house and flat after "lives" without a preposition', 'en', 'she lives Raiymbek 210-34 with her sister', [['ADDRESS', 'Raiymbek 210-34']]],
    ['a bare username after "с фейсбука"', 'ru', 'Владелец пишет ей с фейсбука marek.kowal.81 каждый день', [['HANDLE', 'marek.kowal.81']]],
  ]);

  itLeavesAlone([
    ['a sum with its currency in lower case', 'en', '| 3 | officer demanded 10 000 rub, then left |', /rub/],
    ['a business after "the" and its name', 'en', 'She buys flowers at the Solomiia kiosk, bread at the Doina bakery.', /Solomiia|Doina/],
    ['a car in slang', 'ru', 'приехал на мерсе, потом уехал', /мерс/],
    ['an age after "живёт" and a name', 'ru', 'живёт Алия 25 лет у сестры', /25/],
    ['the region\'s holidays', 'ru', 'После Вардавара и до Мариамоба, на Соллаль уехала.', /Вардавар|Мариамоб|Соллаль/],
    ['greetings and loan words in hurried notes', 'en', 'hej, she moved to a goshiwon near the station', /hej|goshiwon/],
  ]);
});


describe('held-out sets EG-EJ (5 December, tenth session)', () => {
  itFinds([
    ['a street without its word after "residing at", with its town', 'en', 'The client is residing at Veveří 71, Brno, since May.', [['ADDRESS', 'Veveří 71, Brno']]],
    ['a street without its word after "at"', 'en', 'She rents a bed in a bar at Tsimiski 204 near the port.', [['ADDRESS', 'Tsimiski 204']]],
    ['a street, house and flat after "Address for …:"', 'en', 'Address for the lawyer: Kalda 18-42. Call before.', [['ADDRESS', 'Kalda 18-42']]],
    ['a street\'s adjective with its house and flat', 'ru', 'живут втроём Садовая 17а-29\nпо вечерам', [['ADDRESS', 'Садовая 17а-29']]],
    ['a street with its house and flat in a table', 'ru', '| 3 | Гульмира | Жамбыла 41-15 |', [['PERSON', 'Гульмира'], ['ADDRESS', 'Жамбыла 41-15']]],
    ['a town\'s district number after the address', 'ru', 'Переехала к нему на Dělnická 214, Praha 7. Там', [['ADDRESS', 'Dělnická 214, Praha 7']]],
    ['a floor after its ordinal, without the sentence\'s full stop', 'en', 'She works at a salon in Dubrava, Avenija 41, 3. kat. Owner unknown.', [['ADDRESS', 'Avenija 41, 3. kat']]],
    ['a flat after "m." behind a house in parts', 'en', 'the landlord wants her out of Ahmad Javad 7/3, m. 12 by Friday', [['ADDRESS', 'Ahmad Javad 7/3, m. 12']]],
    ['an entrance\'s ordinal written as a word', 'ru', 'Он живёт — мкр. Самал, дом 8, третий подъезд, кв. 14. Звонить', [['ADDRESS', 'мкр. Самал, дом 8, третий подъезд, кв. 14']]],
    ['a protocol\'s number after a word and "№"', 'ru', 'Протокол задержания № 4471-0932 составлен ночью.', [['IDNUM', '№ 4471-0932']]],
    ['a court case\'s number after "номер дела в суде"', 'ru', 'номер дела в суде 2211-23-00-1/4405 — заседание', [['IDNUM', '2211-23-00-1/4405']]],
    ['a clinic card\'s number said before its word', 'ru', 'ей дали талон с номером амб. карты 0911-4420.', [['IDNUM', '0911-4420']]],
    ['a record\'s register letters and digits', 'en', 'she is registered at the clinic (record KZ-0917) and', [['IDNUM', 'KZ-0917']]],
    ['a district and a micro-district before the block', 'en', 'now lives at Saburtalo, IV micro-district, block 9, flat 33; the', [['ADDRESS', 'Saburtalo, IV micro-district, block 9, flat 33']]],
    ['a district before the street after "я живу"', 'ru', 'я живу Ачапняк, ул. Шираки 12, кв. 5 — знаете', [['ADDRESS', 'Ачапняк, ул. Шираки 12, кв. 5']]],
    ['the town with its abbreviation after "прож."', 'ru', 'прож. г. Караганда, ул. Гоголя, д. 12, кв. 3, работает', [['ADDRESS', 'г. Караганда, ул. Гоголя, д. 12, кв. 3']]],
    ['a friend\'s name before her address, as a name', 'en', 'Her things are at her friend\'s flat (Aigerim, Samal-3, block 4, apt 8).', [['PERSON', 'Aigerim'], ['ADDRESS', 'Samal-3, block 4, apt 8']]],
    ['a forensic conclusion\'s number and year after "№"', 'ru', 'Судмедэкспертиза, заключение № 2290/24 — перелом ребра.', [['IDNUM', '№ 2290/24']]],
    ['a certificate\'s number and year right after its word, and a file\'s after "no."', 'en', 'Forensic certificate 311/2024 was issued. Pre-trial proceedings, DP no. 5521/2024.', [['IDNUM', '311/2024'], ['IDNUM', '5521/2024']]],
    ['a complaint\'s number of six digits', 'en', 'She filed at the Iasi police, complaint 551203, nothing since.', [['IDNUM', '551203']]],
    ['an entry in a station\'s journal', 'en', 'Registered in the duty journal under no. 5521. Police said it is private.', [['IDNUM', '5521']]],
    ['a number after "registered no."', 'en', 'reported at the station, registered no. KRV-3/5521. The officer', [['IDNUM', 'KRV-3/5521']]],
    ['a Polish court signature with a lower-case letter in its register', 'en', 'Order of the court, sygn. akt II Kp 412/24, was sent.', [['IDNUM', 'II Kp 412/24']]],
    ['a pre-trial register\'s number of seventeen digits', 'en', 'Entered in the Unified Register of Pre-Trial Investigations, No. 12023110040000571, Art. 149.', [['IDNUM', 'No. 12023110040000571']]],
    ['a clinic card\'s number after a dash, with its slash', 'ru', 'Номер амбулаторной карты — ЛКВД-22/5510.', [['IDNUM', 'ЛКВД-22/5510']]],
    ['a card\'s register letters and two groups of digits', 'ru', 'на учёте в центре СПИД, карта АН-21-55102.\nДальше', [['IDNUM', 'АН-21-55102']]],
    ['a patient\'s code', 'en', 'complaint; her patient code KB-5510-23\nnext', [['IDNUM', 'KB-5510-23']]],
    ['a German office\'s Vorgang number', 'en', 'a slip with the Vorgang number 240311-5510-021199. Nobody', [['IDNUM', '240311-5510-021199']]],
    ['the letters of a register joined by a hyphen before a series', 'en', 'the slip number is KRK-SZ 0551021.', [['IDNUM', 'KRK-SZ 0551021']]],
    ['initials a case is named by', 'ru', 'Записка юриста по делу Б. (внутренний код)', [['PERSON', 'Б.']]],
    ['initials a remark is signed with', 'en', 'Comment (A.K.): the client agreed.', [['PERSON', 'A.K.']]],
    ['a name after "a.k.a.:"', 'en', 'name: Jurgita\na.k.a.: Zuzu\nphone: none', [['PERSON', 'Jurgita'], ['PERSON', 'Zuzu']]],
    ['her other name quoted after "она же"', 'ru', 'Лариса, она же «Лара». Долг растёт.', [['PERSON', 'Лариса'], ['PERSON', 'Лара']]],
    ['a lower-case initial after a lower-case name', 'en', '- masha k. wants a lawyer, taking one test', [['PERSON', 'masha k.']]],
    ['a given name with its language\'s letters', 'en', 'Her neighbour, Valentīna, later told her', [['PERSON', 'Valentīna']]],
    ['a district and its word before the address', 'en', 'a rented flat at Chilonzor district, 12 kvartal, house 4, apt 16. Four', [['ADDRESS', 'Chilonzor district, 12 kvartal, house 4, apt 16']]],
    ['a district and "р-н" before the address', 'ru', 'хозяин квартиры (Юнусабадский р-н, массив Юнусабад-4, д. 12, кв. 8) требует', [['ADDRESS', 'Юнусабадский р-н, массив Юнусабад-4, д. 12, кв. 8']]],
    ['a street named after a date with its day\'s full stop', 'ru', 'принимает дома на 11. Novembra krastmala 14-3. Жалуется', [['ADDRESS', '11. Novembra krastmala 14-3']]],
    ['a name before a bracket with her decade', 'en', 'Zoltánka (Czech, 50s, on the road since the 90s) said', [['PERSON', 'Zoltánka']]],
    ['a name at a line\'s start before a bracket that describes her', 'en', '- Radojka (regular) says the patrol took her condoms', [['PERSON', 'Radojka']]],
    ['a name before a bracket with a long description and her age', 'en', 'Mirsada (the one from Sisak, 22) was stopped on Friday.', [['PERSON', 'Mirsada']]],
    ['a street without its word after "on"', 'en', 'Her landlady on Vlaška 118 threatened to throw her out.', [['ADDRESS', 'Vlaška 118']]],
    ['a health booklet\'s number', 'en', 'Her health booklet no. KRT-5510-21 was shown to the officer.', [['IDNUM', 'KRT-5510-21']]],
  ]);

  itLeavesAlone([
    ['a sum after "on" and a company', 'en', 'she paid on Kaspi 5000 tenge to him', /Kaspi/],
    ['a law\'s, an order\'s and a letter\'s own numbers', 'ru', 'Закон № 61/1991 и Order No. 45/2019; исх. № 47/24 от 02.10.2024', /./],
    ['"case of" before a country\'s initials', 'en', 'case of U.S. law', /U\.S\./],
    ['an English prefix and its hyphen', 'en', 'the Unified Register of Pre-Trial Investigations', /./],
    ['opening hours and a match\'s score', 'ru', 'Работает Магнум 9-21, а Кайрат выиграл 2-1. Ордабасы 3-0.', /9-21|2-1|3-0/],
    ['a gate, a café and a car\'s model with a number', 'en', 'met him at Gate 12, then at Starbucks 3 times, on Lexus 570.', /12|Starbucks|570/],
    ['the town a sentence names before an address', 'ru', 'живёт в Бишкеке, ул. Токтогула 5, а сестра у Айгуль, мкр Аламедин, д. 3', /Бишкеке|Айгуль,/],
    ['a number and "and" after a card', 'en', 'the number of her patient card 44172 and the van 01 123 abc', /^and$/],
  ]);
});

describe('a twelfth outside tester (5 December, tenth session)', () => {
  itFinds([
    ['a bare username after "тг"', 'ru', 'пишите в тг lenka_tdk, она ответит', [['HANDLE', 'lenka_tdk']]],
    ['a dotted username in a bracket after its network', 'ru', 'клиентов ищет через инстаграм (nargiz.beauty.dxb) и там же', [['HANDLE', 'nargiz.beauty.dxb']]],
    ['a username with a trailing underscore', 'en', 'her insta is dana_narva_ and nothing else', [['HANDLE', 'dana_narva_']]],
    ['a house and flat joined by an en dash', 'ru', 'Живёт по Savanorių pr. 117–48, Vilnius.', [['ADDRESS', 'Savanorių pr. 117–48, Vilnius']]],
    ['a South Slavic road after its name', 'en', 'lives in Novi Sad, Futoški put 41/7. Phone', [['ADDRESS', 'Futoški put 41/7']]],
    ['a South Slavic road before its name', 'en', 'they rent at Put Pazinske 33, Split, since June', [['ADDRESS', 'Put Pazinske 33, Split']]],
    ['a list of protocols\' numbers after "nos."', 'en', 'Protocols under Art. 449, nos. 0551283 and 0551284, were drawn up.', [['IDNUM', '0551283'], ['IDNUM', '0551284']]],
    ['a list of protocols\' numbers after "№"', 'ru', 'Протоколы № 0551283, 0551284 и 0551285 составлены.', [['IDNUM', '№ 0551283'], ['IDNUM', '0551284'], ['IDNUM', '0551285']]],
    ['an Armenian surname with "Ter-", and no address in "born 1997"', 'en', 'Client: Lusine Ter-Avetisyan, born 1997, passport AT0551832', [['PERSON', 'Lusine Ter-Avetisyan'], ['IDNUM', 'AT0551832']]],
    ['a phone\'s groups, and no address in the words around them', 'en', 'Nordstadt. Mobile 0157 5517 2830, flat landline', [['PHONE', '0157 5517 2830']]],
  ]);

  itLeavesAlone([
    ['a street\'s name of two words after its word', 'ru', 'живёт у тёти возле проспекта Гейдара Алиева. Обедали', /./],
    ['a boulevard named after a ruler with his epithet', 'en', 'met at the park near bd. Ștefan cel Mare, then left', /./],
    ['halves of places joined by hyphens', 'ru', 'через аэропорт Бен-Гурион. Работала в Бат-Яме, потом в Джалал-Абадский суд, в Чолпон-Ату.', /./],
    ['a month written short in lower case', 'en', '- riga 14 aug, moskavas street\n- talked to the girls', /aug/],
    ['a salon\'s quoted name after what it sells, and a street named in the genitive after "на улице"', 'ru', 'Работает сейчас в салоне красоты «Айсель» на улице Самеда Вургуна.', /./],
    ['an app\'s quoted name and a holiday in its genitive', 'ru', 'Деньги были переведены через приложение «Алиф», в период празднования Навруза.', /./],
    ['a café\'s name after its word in the local language', 'en', 'Meet at Kafe Dragana on ul. Kościuszki.', /Dragana/],
    ['a date\'s ordinal ending after a place and a number', 'ru', 'встретимся на Бискупине 12-го', /./],
  ]);

  itFinds([
    ['a given name in the nominative after a street\'s word in the locative', 'ru', 'на улице Анна Петрова сказала, что видела его', [['PERSON', 'Анна Петрова']]],
    ['a man\'s name in the genitive that a shop\'s name shares', 'ru', 'спросить у Максима (юрист) в понедельник', [['PERSON', 'Максима']]],
    ['an order about her with its number and year, beside a law\'s', 'en', 'the detention order no. 12/2024 was signed; Order No. 45/2019 says so', [['IDNUM', '12/2024']]],
    ['Czech diminutives in lower case', 'en', '- e55 run, sat. pavla + jirka\n- a client "franta", white car', [['PERSON', 'jirka'], ['PERSON', 'franta']]],
  ]);
});

describe('held-out sets EW-EZ and a fourteenth outside tester (5 December, eleventh session)', () => {
  itFinds([
    ['a patient card\'s number after the card\'s words', 'ru', 'зафиксирован кровоподтёк, карта пациента ТП4-2291, и мед.карта 12-7734.', [['IDNUM', 'ТП4-2291'], ['IDNUM', '12-7734']]],
    ['a register\'s letters and a number in parts after "№"', 'ru', 'Справка из травмпункта на Купчино есть, № ТП-11/3382.', [['IDNUM', '№ ТП-11/3382']]],
    ['a number in parts after "номер"', 'ru', 'Протокол не дали, но она видела на листе номер 114/2187.', [['IDNUM', '114/2187']]],
    ['a unit of premises after the house', 'ru', 'работает в салоне на Лиговском пр. 112, пом. 4-Н, без договора', [['ADDRESS', 'Лиговском пр. 112, пом. 4-Н']]],
    ['a surname with spaced initials after "на"', 'ru', 'номер оформлен на Гайдамак И. П. — ходатайство', [['PERSON', 'Гайдамак И. П.']]],
    ['who took the call, after a colon', 'ru', 'Горячая линия, 09.01. Приняла: Эгле.', [['PERSON', 'Эгле']]],
    ['a two-letter initial that is also a road\'s abbreviation', 'en', 'Case notes — lawyer Sh. Mirzoeva', [['PERSON', 'Sh. Mirzoeva']]],
    ['a person after "в" when initials follow', 'ru', 'жалоба в Тулегенову А. Б. не дошла', [['PERSON', 'Тулегенову А. Б.']]],
    ['a name that is a word, before her work name in brackets or her phone', 'ru', 'Вера (рабочее имя Ева), 27, приехала.\n\nВера: тел. +7 928 611-04-37.', [['PERSON', 'Вера'], ['PERSON', 'Ева'], ['PERSON', 'Вера'], ['PHONE', '+7 928 611-04-37']]],
    ['an Azerbaijani court\'s number with no word before it', 'ru', 'Номер решения у неё на фото: 4(003)-418/2024.', [['IDNUM', '4(003)-418/2024']]],
    ['a name a dash follows in a numbered list of people', 'ru', 'Итоги:\n1. Бурул, 33, работает в сезон.\n2. Турсунай — ВИЧ+, без терапии.', [['PERSON', 'Бурул'], ['PERSON', 'Турсунай']]],
    ['a Czech street and its house of two numbers after "Живёт"', 'ru', 'Живёт Vinohradská 41/12, Praha 2. Работает', [['ADDRESS', 'Vinohradská 41/12, Praha 2']]],
    ['a Korean road in Hangul with its house and room', 'ru', 'Адрес: 원곡로 45, 302호. Телефон не знает.', [['ADDRESS', '원곡로 45, 302호']]],
    ['a police act\'s number after "an act" and "No."', 'en', 'They wrote an act, AUAN No. 418277, and left; the Act No. 123456 says otherwise.', [['IDNUM', 'No. 418277']]],
  ]);

  itLeavesAlone([
    ['where she is from, after a name or a comma', 'en', 'Her friend Jadzia from Łańcut saw it. Desi, EGN-less, from Asenovgrad.', /Łańcut|Asenovgrad/],
    ['where a journey goes', 'en', 'they drove towards Kurtulmuş and she wants to go back to Dobrovnik', /Kurtulmuş|Dobrovnik/],
    ['a town after "в"', 'ru', 'завтра едем в Ванадзор, не в Абовян. хочет в Игналину', /Абовян|Игналину/],
    ['a hospital\'s and a market\'s names', 'ru', 'Люду осматривали в больнице Рамбам. Встречи на рынке Панджшанбе.', /Рамбам|Панджшанбе/],
    ['a holiday after a capitalised "День"', 'ru', 'На День Всех Святых она уехала.', /./],
    ['a town\'s adjective before its known name', 'en', 'They rent in Moravská Ostrava now.', /./],
    ['a street\'s word in Latin letters and the name after it', 'en', 'inspector Vasile Turcanu came. She meets clients at Piața Vasile Alecsandri, then drove towards Strada Mihai Eminescu.', /Strada|Alecsandri|^Vasile$/],
    ['a currency after a sum with a full stop between its thousands', 'en', 'the cop wants 5.000 dinara or she spends the night inside', /dinara/],
  ]);
});

describe('held-out sets FA-FD and a fifteenth outside tester (5 December, eleventh session)', () => {
  itFinds([
    ['two phones with a slash between them', 'ru', 'Тел.: +996 705 12 88 40 / 0221 430 915\nАдрес', [['PHONE', '+996 705 12 88 40'], ['PHONE', '0221 430 915']]],
    ['a name right before her phone', 'en', 'Contact there: Patrycja, +48 694 117 302. The man who arranged it: Zhenis, +971 52 880 1944.', [['PERSON', 'Patrycja'], ['PHONE', '+48 694 117 302'], ['PERSON', 'Zhenis'], ['PHONE', '+971 52 880 1944']]],
    ['a letter\'s greeting at its line\'s start', 'en', 'Subject: the passport\n\nPavli, quick summary after today\'s meeting.', [['PERSON', 'Pavli']]],
    ['a Cyrillic initial of two letters with its full stop', 'ru', 'лейтенант Сафаров Дж. снимал всех на телефон', [['PERSON', 'Сафаров Дж.']]],
    ['who documents, after a colon', 'ru', 'Туркменистан, Мары. Документирует: Огулнабат.', [['PERSON', 'Огулнабат']]],
    ['Uzbek and Turkmen given names opening a line', 'ru', 'Итоги:\n— Лобар: просит тест.\n15.06.\nОгулбиби (Бибиш), гражданка Туркменистана.', [['PERSON', 'Лобар'], ['PERSON', 'Огулбиби'], ['PERSON', 'Бибиш']]],
    ['a Romanian room and an Uzbek district\'s address', 'en', 'a room at Str. Mircea cel Bătrân nr. 117, cam. 6. Later at Davlatobod tumani, 5-kichik tuman, 12-uy, 31-xonadon.', [['ADDRESS', 'Str. Mircea cel Bătrân nr. 117, cam. 6'], ['ADDRESS', 'Davlatobod tumani, 5-kichik tuman, 12-uy, 31-xonadon']]],
    ['an expert conclusion\'s number after its abbreviation', 'ru', 'сотрясение, заключение СМЭ № 1184.', [['IDNUM', '№ 1184']]],
    ['a hospital log\'s entry after "log no."', 'en', 'a note from the hospital ER, log no. 1409-07.', [['IDNUM', '1409-07']]],
    ['a bare username after "the account was" or a messenger\'s business', 'en', 'the account was tbilisi_nights_girls; WhatsApp business madina_beauty_auh', [['HANDLE', 'tbilisi_nights_girls'], ['HANDLE', 'madina_beauty_auh']]],
  ]);

  itLeavesAlone([
    ['a town before a phone, after its preposition', 'en', 'Her sister lives in Kardzhali, +359 87 541 2236, has a photo.', /Kardzhali/],
    ['the hotline\'s own log number', 'en', 'Hotline log #2231 — 2 August, 11:05', /2231/],
    ['a holiday after a day\'s word, in its genitive', 'ru', 'В первый день Наурыза её задержали.', /./],
    ['a place of two capitalised words of the dictionary', 'ru', 'гуляли в парке у Каменной Горки, а жили в Красном Селе.', /./],
    ['a word of the dictionary after a full stop that follows slang', 'ru', 'Сохраните скрины. Заявление писать пока не хотят.', /./],
    ['a town she goes home to', 'en', 'She wants to go home to Kordai before the holiday.', /Kordai/],
  ]);
});

describe('held-out sets FE-FH and a sixteenth outside tester, built to find weaknesses (5 December, eleventh session)', () => {
  itFinds([
    ['an expert\'s number and its letter after "№", a forensic act\'s after "act no."', 'ru', 'справку центра экспертизы № 212/к от 20.01.2024', [['IDNUM', '№ 212/к']]],
    ['a forensic act\'s number in lower case', 'en', 'Shymkent forensic bureau, act no. 3187/23: bruises; the Act No. 123456 says otherwise.', [['IDNUM', '3187/23']]],
    ['a party to a case by her initial alone', 'ru', 'Присутствовали: потерпевшая К. (наша клиентка), адвокат.', [['PERSON', 'К.']]],
    ['initials alone as a sentence\'s subject', 'ru', 'Со слов клиентки. Г.Т. пояснила, что её задержали.', [['PERSON', 'Г.Т.']]],
    ['a short name in lower case right after "name"', 'en', 'a client, name ivo or maybe ivaylo, dark blue opel', [['PERSON', 'ivo'], ['PERSON', 'ivaylo']]],
    ['a name that is a word, with what only a person has after its possessive', 'en', 'Mica\'s number changed, and Mica called us.', [['PERSON', 'Mica'], ['PERSON', 'Mica']]],
    ['a name that is a word opening a list\'s item', 'ru', 'Итоги:\n1. Нино: всё хорошо.\n2. Тина: в полиции забрали телефон.', [['PERSON', 'Нино'], ['PERSON', 'Тина']]],
    ['usernames after slang for the messenger and with it in a bracket', 'ru', 'пишите только в телегу nigora_smk, вот её инст kris_kharkiv_love | sitora.dush (imo) |', [['HANDLE', 'nigora_smk'], ['HANDLE', 'kris_kharkiv_love'], ['HANDLE', 'sitora.dush']]],
    ['a German identity card\'s code', 'en', 'Personalausweis L01X00T47 was taken by the employer.', [['IDNUM', 'L01X00T47']]],
    ['a clinic\'s file with its register\'s letters', 'en', 'Clinic file LV-22817 says so.', [['IDNUM', 'LV-22817']]],
    ['a surname shaped like an adjective after a rank and its service', 'ru', 'капитан полиции Бережной (имя не знает), майор юстиции Ким', [['PERSON', 'Бережной'], ['PERSON', 'Ким']]],
    ['an Azerbaijani given name in brackets after a kinship word', 'ru', 'муж сестры (Тофик) «работает в органах»', [['PERSON', 'Тофик']]],
    ['a microdistrict\'s name before its word, then "bld"', 'en', 'Client lives at Nursat mkr, bld 14, apt 62 with her mother.', [['ADDRESS', 'Nursat mkr, bld 14, apt 62']]],
    ['a register\'s letters and a space before a number and its year after "no."', 'en', 'an earlier case at the Misdemeanour Court, no. PR 41776/23, was closed', [['IDNUM', 'PR 41776/23']]],
    ['a German prosecutor\'s file after "file ref."', 'en', 'interviewed as a witness (file ref. 173 Js 4412/24) and sent home', [['IDNUM', '173 Js 4412/24']]],
    ['initials alone in apposition before her age', 'en', 'One of them, G.T., 22, later had her card taken.', [['PERSON', 'G.T.']]],
    ['an agent\'s Romanian identity card\'s number after its word', 'en', 'agent principal Radu Ciobanu, legitimație B-41873, was there', [['PERSON', 'Radu Ciobanu'], ['IDNUM', 'B-41873']]],
  ]);

  itLeavesAlone([
    ['a saint\'s day, a saint and a city after "St"', 'en', 'Budapest log (St Stephen\'s Day). Before our slava (St Nicholas). The St Petersburg case.', /./],
    ['a town after "took her to" and "в сторону"', 'en', 'He took her to Nuremberg. Отвезли в сторону Кудепсты.', /./],
    ['a law\'s name after its article\'s number', 'ru', 'разъяснить права по ст. 51 Конституции', /./],
    ['the next sentence after a street\'s word written out', 'en', 'at the centre on Zakharyevskaya Street. Passport 40 19 552871', /Street|Passport/],
    ['a word with a possessive', 'en', 'Employer\'s son was there. Suspect\'s cousin is a captain.', /Employer|Suspect/],
    ['the verb before an address', 'ru', 'Живёт просп. Мира 15, кв. 3.', /Живёт/],
    ['words of notes in other languages', 'en', 'todo: call the lawyer. asmens kodas not given. got 2 more amenzi', /todo|kodas|amenzi/],
    ['a unit\'s word that starts a compound', 'en', 'KZ-Q3-11. Nazgul B., 34, flat-based, Shymkent.', /flat|34/],
  ]);
});

describe('held-out sets FQ-FT and a seventeenth outside tester (5 December, twelfth session)', () => {
  itFinds([
    ['initials alone as an item of a list of names, and again later', 'ru', 'Дежурили: Роза, Мадина, Т.Б., «Соня».\nВ конце Т.Б. всех обзвонила.', [['PERSON', 'Роза'], ['PERSON', 'Мадина'], ['PERSON', 'Т.Б.'], ['PERSON', 'Соня'], ['PERSON', 'Т.Б.']]],
    ['initials alone before a list\'s next name', 'en', 'on shift: R.K., Dilnoza and Petra (driver). R.K. took the photos.', [['PERSON', 'R.K.'], ['PERSON', 'Dilnoza'], ['PERSON', 'Petra'], ['PERSON', 'R.K.']]],
    ['a surname after a transliteration\'s two-letter initial', 'en', 'Present: Malika (interpreter), Zh. Tokayeva (clinic, by phone).', [['PERSON', 'Malika'], ['PERSON', 'Zh. Tokayeva']]],
    ['a town that is a given name too, with a person\'s verb after it', 'en', 'Late at night Sofia called the hotline again.', [['PERSON', 'Sofia']]],
    ['a word of the gazetteer at a line\'s start before "из" and a town', 'ru', 'Запись:\n— Надежда из Херсона, 30 лет, показала объявление.', [['PERSON', 'Надежда']]],
    ['a surname after a quoted nickname', 'en', 'They live on the farm of Carmelo "Melo" Vitrano near the coast.', [['PERSON', 'Carmelo "Melo" Vitrano']]],
    ['a Hungarian officer\'s surname after his rank written short', 'en', 'the ticket was signed by r. törm. Kiss, and Kiss kept her ID.', [['PERSON', 'Kiss'], ['PERSON', 'Kiss']]],
    ['a given name in lower case before a term of respect', 'en', 'Notes, Samarkand. The mahalla raisi rustam aka said the neighbours complained.', [['PERSON', 'rustam aka']]],
    ['an Uzbek surname with the apostrophe of gʻ in lower case', 'en', 'to do: ask the paralegal n. g\'aniyeva about the letter; Bakhrom agreed.', [['PERSON', 'n. g\'aniyeva'], ['PERSON', 'Bakhrom']]],
    ['a Turkish given name that reads like a place with a case\'s suffix', 'ru', 'Это номер Ханде, официантки из кафе.', [['PERSON', 'Ханде']]],
    ['codes of digits in parts after "№" or "no."', 'ru', 'заявление о преступлении № 2/1187-24 и (№ 4418-22-00-3/7716); sample no. KT-23-0412', [['IDNUM', '№ 2/1187-24'], ['IDNUM', '№ 4418-22-00-3/7716'], ['IDNUM', 'KT-23-0412']]],
    ['a court\'s year and number after "no."', 'en', 'Istanbul court, Esas no. 2023/877, deportation decision', [['IDNUM', '2023/877']]],
    ['a misdemeanour order\'s number', 'en', 'Misdemeanour order no. PK 2219/24 was handed to her.', [['IDNUM', 'PK 2219/24']]],
    ['a residence card\'s number after "номер" and its abbreviation', 'ru', 'Номер ARC: 2271904. Паспорт у хозяина.', [['IDNUM', '2271904']]],
    ['prosecutors\' files in their own notation', 'en', 'German file reference 212 Js 3318/23; in Košice registered under 2 Pv 771/24/8801.', [['IDNUM', '212 Js 3318/23'], ['IDNUM', '2 Pv 771/24/8801']]],
    ['a Serbian misdemeanour file after "Pr."', 'en', 'Case file Pr. 4418/24 at the misdemeanour court.', [['IDNUM', 'Pr. 4418/24']]],
    ['clinics\' numbers: an outpatient card written short, a card after the clinic, a code after the AIDS centre', 'ru', 'амб. карта 09-4417. Took her to the clinic, card 0071825. AIDS centre code KM-00412.', [['IDNUM', '09-4417'], ['IDNUM', '0071825'], ['IDNUM', 'KM-00412']]],
    ['a register\'s code a few words after "номер"', 'ru', 'Рег. номер в центре СПИД ТБ-0772.', [['IDNUM', 'ТБ-0772']]],
    ['Italian addresses after "via" with one word', 'ru', 'Задержана на via Tiburtina 512, int. 9, а жила на via Casilina 88, scala B, int. 4.', [['ADDRESS', 'via Tiburtina 512, int. 9'], ['ADDRESS', 'via Casilina 88, scala B, int. 4']]],
    ['a Macedonian entrance and flat', 'en', 'She stays at ul. Partizanska 44, vl. 3, st. 12 with her aunt.', [['ADDRESS', 'ul. Partizanska 44, vl. 3, st. 12']]],
    ['a block written as a letter', 'en', 'He kept her in Chavchavadze st 17, block B, apt 604 for a week.', [['ADDRESS', 'Chavchavadze st 17, block B, apt 604']]],
    ['a house, its floor in Roman numbers and its flat', 'en', 'Address: Bulevar oslobođenja 91/III/14, near the market.', [['ADDRESS', 'Bulevar oslobođenja 91/III/14']]],
    ['a Lithuanian street in lower case before "g."', 'en', 'came to her room at kalvariju g. 88-3 around midnight', [['ADDRESS', 'kalvariju g. 88-3']]],
    ['a street without its word after "Address in" a town', 'en', 'Address in Ostrava: Zelená 22; phone off.', [['ADDRESS', 'Zelená 22']]],
    ['usernames after a messenger and a word', 'ru', 'Instagram сутенёра: mira_lux_ist. в инсте у неё dana.kz_', [['HANDLE', 'mira_lux_ist'], ['HANDLE', 'dana.kz_']]],
  ]);

  itLeavesAlone([
    ['a town with a person\'s verb after a preposition, and a capital for its government', 'en', 'She flew back to Sofia. In Sofia said nothing. Moscow said no.', /Sofia|Moscow/],
    ['a sum before a slash', 'en', 'She paid 3 EUR 12/24 each time.', /EUR/],
    ['holidays, offices and districts of the region', 'en', 'After Boże Ciało and Wszystkich Świętych; Deň Ústavy; to Kormányablak; at Linella; Maskavas forštate.', /./],
    ['a postal or a promotional code', 'en', 'postal code 72000, promo code AB-1234', /./],
    ['an abbreviation of "registration"', 'ru', 'Заявление в полицию, рег. № 10-1-02211-24.', /рег/],
    ['English "via" before a sum or a count', 'en', 'She sent it via Wise 300 euro, then via Skype 5 times.', /Wise|Skype/],
  ]);
});

describe('held-out sets FU-FX and an eighteenth outside tester, built to find weaknesses (5 December, twelfth session)', () => {
  itFinds([
    ['initials alone, listed without names', 'ru', 'Задержанные (инициалы, с согласия): К.Т., Б.А., М.Ж.; остальные не назвались.', [['PERSON', 'К.Т.'], ['PERSON', 'Б.А.'], ['PERSON', 'М.Ж.']]],
    ['initials alone in a table\'s cell and opening an entry', 'ru', '| 3 | Р.С. | 14.03 | рынок |\n2.1. 11.09 — Д.К., задержание без протокола.', [['PERSON', 'Р.С.'], ['PERSON', 'Д.К.']]],
    ['a Hungarian file with its register\'s letters, and a badge after its word', 'en', 'she has the paper, ügyszám 01080/2214/2024.szabs. and the badge, jelvényszám 7120455', [['IDNUM', '01080/2214/2024.szabs.'], ['IDNUM', '7120455']]],
    ['a Turkish court\'s file with its register\'s letter', 'en', 'We appealed to the Istanbul Administrative Court, file 2024/2207 E. The appeal suspends removal.', [['IDNUM', '2024/2207 E.']]],
    ['a Romanian police report\'s series and number a few words after its word', 'ru', 'Оспариваем протокол Poliția Locală Sector 2 PL2 0092213 и proces-verbal CJPB 0314772.', [['IDNUM', 'PL2 0092213'], ['IDNUM', 'CJPB 0314772']]],
    ['a German residence card\'s code', 'ru', 'Aufenthaltstitel M02Y44T81 забрал работодатель.', [['IDNUM', 'M02Y44T81']]],
    ['a record\'s number after a hospital, and a register\'s long number after "file"', 'en', 'Medical: city hospital, record 33871. The complaint was registered, file 03-021-2024-004417.', [['IDNUM', '33871'], ['IDNUM', '03-021-2024-004417']]],
    ['a Serbian barrack, a Hungarian "sor", a house joined to its building, a Korean dong and a Bulgarian entrance', 'en', 'She lives at Somborska 22, baraka 5. Address: Huszár sor 8/A. Then Profsoyuznaya 88k3, apt 21. Then 원곡동 771-2 105호. Then bl. 512, entr. A, ap. 12.', [['ADDRESS', 'Somborska 22, baraka 5'], ['ADDRESS', 'Huszár sor 8/A'], ['ADDRESS', 'Profsoyuznaya 88k3, apt 21'], ['ADDRESS', '원곡동 771-2 105호'], ['ADDRESS', 'bl. 512, entr. A, ap. 12']]],
    ['a handle after slang for Instagram in the genitive', 'ru', 'пишет из инсты lena.brno.vip каждый день', [['HANDLE', 'lena.brno.vip']]],
    ['short given names of the region', 'ru', 'Кристина (Крис), 26. Крис говорит, что Ферида и Никол тоже там.', [['PERSON', 'Кристина'], ['PERSON', 'Крис'], ['PERSON', 'Крис'], ['PERSON', 'Ферида'], ['PERSON', 'Никол']]],
  ]);

  itLeavesAlone([
    ['abbreviations written as initials', 'en', 'P.S. call me. Her I.D. card and U.S. visa are with him; N.B. the meeting is at 10 a.m.', /P\.S\.|I\.D\.|U\.S\.|N\.B\./],
    ['months closing a heading after a slash or a bar', 'en', 'Yerevan / peer volunteers / April\nDNIPRO | Incident form | May\nMet 5 women.', /April|May/],
    ['a place that is a given name too, after "в"', 'ru', 'С осени работала в «студии» в Вене, потом в Вену не ездила.', /Вен/],
    ['Hungarian words of a police file', 'en', 'the ügyszám is on the paper; the jelvényszám was hidden.', /ügyszám|jelvényszám/],
    ['towns of Cyprus, Greece and Sicily', 'en', 'now in Cyprus, Ayia Napa; before that Limassol and Rhodes; greenhouses outside Vittoria (Ragusa).', /./],
  ]);
});

describe('held-out sets FY-GB (5 December, twelfth session)', () => {
  itFinds([
    ['addresses in a Georgian or Armenian microdistrict written "м/р", and a Georgian massive', 'ru', 'адрес Глдани-2, IV м/р, корп. 17, кв. 44. Потом Dighomi Massive, 3rd quarter, building 9, apt 12.', [['ADDRESS', 'Глдани-2, IV м/р, корп. 17, кв. 44'], ['ADDRESS', 'Dighomi Massive, 3rd quarter, building 9, apt 12']]],
    ['a Korean address with its province, city and district first', 'ru', 'живём тут 경기도 화성시 향남읍 612-3, 2층 над кафе', [['ADDRESS', '경기도 화성시 향남읍 612-3, 2층']]],
    ['a Hungarian floor of three Roman letters', 'en', 'address Dob utca 14. III. emelet 7, Budapest VII.', [['ADDRESS', 'Dob utca 14. III. emelet 7, Budapest VII']]],
    ['a police unit\'s letters before a reference\'s code', 'en', 'she signed the record (police ref. PU 214/2024-2) without reading', [['IDNUM', 'PU 214/2024-2']]],
    ['an officer\'s code after "ID", a forensic conclusion\'s number, a service card\'s number', 'en', 'The officer (ID BRFK-228104) wrote conclusion no. 2291; Horvat (service card 0528841) was there.', [['IDNUM', 'BRFK-228104'], ['IDNUM', '2291'], ['PERSON', 'Horvat'], ['IDNUM', '0528841']]],
    ['a Kazakh register\'s number in groups', 'ru', 'Заявление в полицию подано 20.05, КУИ 2406 0011 2247.', [['IDNUM', '2406 0011 2247']]],
    ['the name after a rank and its service\'s letters', 'en', 'for the Border Guard por. SG Tomasz Wilk; then kpt. SG Nowak', [['PERSON', 'Tomasz Wilk'], ['PERSON', 'Nowak']]],
    ['a name with a transliteration\'s initial of three letters', 'en', 'holder shown as «Aibek Dzh.», screenshot saved.', [['PERSON', 'Aibek Dzh.']]],
    ['a given name that is a word, in lower case before a term of respect', 'ru', 'соседка сказала, что хозяйка квартиры роза апай всё знает.', [['PERSON', 'роза апай']]],
  ]);

  itLeavesAlone([
    ['chat writers who are roles', 'en', '[21:04] Recruiter: you want problem?\nЛиния: где вы сейчас?', /Recruiter|Линия/],
  ]);
});

describe('held-out sets GC-GF and a nineteenth outside tester (5 December, twelfth session)', () => {
  itFinds([
    ['numbers after German and Dutch words for them, and not a phone\'s', 'en', 'Kundennummer 123D456789, Versichertennummer X204917336, KvK-nummer 81736254, Sozialversicherungsnummer 3718 240993; Telefonnummer 0176 4412 9981', [['IDNUM', '123D456789'], ['IDNUM', 'X204917336'], ['IDNUM', '81736254'], ['IDNUM', '3718 240993'], ['PHONE', '0176 4412 9981']]],
    ['an office\'s letters and digits before a report\'s number after "no."', 'en', 'officer Bakker, proces-verbaal no. PL0900-2024018827.', [['PERSON', 'Bakker'], ['IDNUM', 'PL0900-2024018827']]],
    ['a work patent\'s region and number after a colon', 'en', 'Work patent: 77 No. 2311470932 (expired)', [['IDNUM', '77 No. 2311470932']]],
    ['a Slovak floor and an address after a label of several words', 'en', 'She lives at Račianska 77, 4. posch., byt 16. Address per OP: Přednádraží 9, 702 00 Ostrava.', [['ADDRESS', 'Račianska 77, 4. posch., byt 16'], ['ADDRESS', 'Přednádraží 9, 702 00 Ostrava']]],
    ['a pack\'s given name that a Turkic case\'s suffix would read as a word', 'en', 'flagged to Hanka — possible minor, follow up Monday', [['PERSON', 'Hanka']]],
    ['a username after a profile on an advertisement site', 'ru', 'Профиль на сайте объявлений roksa.pl: hanna_krk_vip.', [['HANDLE', 'hanna_krk_vip']]],
  ]);

  itLeavesAlone([
    ['a chat writer who is a role, a Czech word for a private flat, a form\'s snake-case label', 'en', '[21:04] Peer: she works from a privát now.\ncase_status: open', /Peer|privát|case_status/],
  ]);
});

describe('held-out sets GG-GJ (5 December, twelfth session)', () => {
  itFinds([
    ['a Turkish plate after a van\'s model, and a Moldovan police crew\'s car', 'en', 'a white Transporter 06 KRT 771 parked outside; the crew MAI 4417 stopped twice.', [['PLATE', '06 KRT 771'], ['PLATE', 'MAI 4417']]],
    ['the police\'s number of a report of a crime right after its words', 'ru', 'номер сообщения о преступлении 442/24-В, талон-уведомление № 0721', [['IDNUM', '442/24-В'], ['IDNUM', '№ 0721']]],
    ['a municipal policeman\'s number after his word', 'en', 'the strážník no. 0529 took photos; the strażnik\'s number on the notice: 0633', [['IDNUM', '0529'], ['IDNUM', '0633']]],
    ['a Moldovan address after "мун."', 'ru', 'прописана: мун. Бельцы, ул. Пушкина 12, кв. 7.', [['ADDRESS', 'мун. Бельцы, ул. Пушкина 12, кв. 7']]],
  ]);
});

describe('held-out sets GK-GN (5 December, thirteenth session)', () => {
  itFinds([
    ['a Dutch postcode\'s letters and the town after them', 'en', 'Flat at Westersingel 88 B, 3014 GP Rotterdam, rented by the agency.', [['ADDRESS', 'Westersingel 88 B, 3014 GP Rotterdam']]],
    ['a report\'s number of seven parts after "№"', 'ru', 'Обращение зарегистрировано, рапорт № 12-3/04-118-2207/25 от 3 марта.', [['IDNUM', '№ 12-3/04-118-2207/25']]],
    ['a police record\'s number with its year after a slash', 'en', 'They logged it as a lost passport, record 07-1934/25, and a second file, police record KP-3-2215/25.', [['IDNUM', '07-1934/25'], ['IDNUM', 'KP-3-2215/25']]],
    ['a register\'s letters and a space before a code that starts with its own', 'en', 'The duty officer gave her note number ZRP IV-2281/25 on a slip.', [['IDNUM', 'ZRP IV-2281/25']]],
    ['a Bosnian prosecutor\'s case number', 'en', 'Prosecutor\'s case T12 0 KT 0007731 25 was opened in March.', [['IDNUM', 'T12 0 KT 0007731 25']]],
    ['the number on an officer\'s vest with its letters', 'en', 'She remembers a number on his vest, MB 2207, and his moustache.', [['IDNUM', 'MB 2207']]],
    ['a patient\'s number after "no.", words and a colon', 'en', 'Her patient no. at the regional TB clinic: 22-4187.', [['IDNUM', '22-4187']]],
    ['a Russian police car\'s plate of one letter and four digits', 'ru', 'Её увезли в машине ДПС Х 2281 54, это видела соседка.', [['PLATE', 'ДПС Х 2281 54']]],
    ['a district in lower case before its numbered quarter', 'ru', 'Сейчас живёт у подруги, юнусабад 4 квартал дом 12 кв 9.', [['ADDRESS', 'юнусабад 4 квартал дом 12 кв 9']]],
    ['a street\'s ordinal in the feminine', 'ru', 'Хозяин поселил их на ул. 2-я Заводская, д. 14, кв. 3.', [['ADDRESS', 'ул. 2-я Заводская, д. 14, кв. 3']]],
    ['a Croatian road and a villa', 'en', 'He took her to Put Firula 18, vila 3, outside the town.', [['ADDRESS', 'Put Firula 18, vila 3']]],
    ['a given name that is a word, in notes without capitals, after "girl"', 'en', 'at the station met a new girl vera, 19, and her friend.', [['PERSON', 'vera']]],
    ['another language\'s month as a name, with a verb after it', 'en', 'Mai, from Hanoi, gave only that name. Mai worked in a massage parlour.', [['PERSON', 'Mai'], ['PERSON', 'Mai']]],
    ['a Russian diminutive transliterated, in quotes', 'en', 'Her phone shows the contact as "Seryoga Politsiya".', [['PERSON', 'Seryoga Politsiya']]],
    ['a given name that is a currency too, not after a sum', 'en', 'The walk on Sunday with Milan and Lev. It cost 30 lev.', [['PERSON', 'Milan'], ['PERSON', 'Lev']]],
    ['a town that is a given name, between commas after kin, with the age', 'en', 'a husband, Petr, and a son, Sofia, 4 — no, a daughter.', [['PERSON', 'Petr'], ['PERSON', 'Sofia']]],
    ['a nickname in lower case after "звали его", not where one is called to', 'ru', 'Старшим был капитан, а второго звали его малой. Их звали домой.', [['PERSON', 'малой']]],
    ['a form\'s field with a remark before its colon, and an officer in charge', 'en', 'Surname (only for the lawyer): Dzhaksybekova\nOfficer in charge: Radić', [['PERSON', 'Dzhaksybekova'], ['PERSON', 'Radić']]],
    ['the person a case was handed to, in the dative', 'ru', 'Передано: Мирьяне (адвокат), 14.03.', [['PERSON', 'Мирьяне']]],
    ['a username in brackets after a dating app', 'en', 'Met him through Grindr (nik_vrn_top), then on Tinder.', [['HANDLE', 'nik_vrn_top']]],
    ['a nickname\'s adjective after a hyphen, also transliterated', 'ru', 'сашка-рыжая пришла, потом olya-malenkaya.', [['PERSON', 'сашка-рыжая'], ['PERSON', 'olya-malenkaya']]],
    ['a local number in brackets after a nickname', 'ru', 'клиент «Вадик» (26 118 407) ударил её.', [['PERSON', 'Вадик'], ['PHONE', '26 118 407']]],
    ['a short given name\'s case forms before a verb or in the dative, without capitals', 'ru', 'юле удалось уйти, а олю забрали. оле надо позвонить.', [['PERSON', 'юле'], ['PERSON', 'олю'], ['PERSON', 'оле']]],
  ]);

  itLeavesAlone([
    ['a span of years after "record", a sentence\'s verb before a name and a number', 'en', 'She has no criminal record 2019-2021. I put Anna on the list.', /2019|put/],
  ]);
});

describe('held-out sets GO-GR (5 December, thirteenth session)', () => {
  itFinds([
    ['a Kyrgyz register\'s number after ERPP', 'en', 'The complaint was registered as ERPP 05-210-2025-001187 and forwarded.', [['IDNUM', '05-210-2025-001187']]],
    ['a Kazakh register\'s number a word after KUI', 'en', 'statement filed, registered in the KUI under no. 5528.', [['IDNUM', '5528']]],
    ['an Austrian office\'s file number after "Zl."', 'en', 'fined 300 € (Zl. VStV/918804412207/2024) for an expired card.', [['IDNUM', 'VStV/918804412207/2024']]],
    ['a register\'s hyphenated letters, its year and number', 'en', 'on the clinic\'s form, form no. KTE-LB 24/007731.', [['IDNUM', 'KTE-LB 24/007731']]],
    ['an Austrian court\'s number with its letter', 'en', 'Re: Landesgericht Graz, 8 Hv 112/24k (§ 104a StGB)', [['IDNUM', '8 Hv 112/24k']]],
    ['a Romanian prosecutor\'s number with its letter', 'en', 'DIICOT file 512D/P/2024 is with the prosecutor.', [['IDNUM', '512D/P/2024']]],
    ['a letter and four digits after "№"', 'ru', 'Направление выписано на её имя, № К-2290.', [['IDNUM', '№ К-2290']]],
    ['an Italian criminal proceeding\'s number', 'en', 'The proceedings are proc. pen. n. 3318/2024 RGNR.', [['IDNUM', '3318/2024 RGNR']]],
    ['a report\'s number and year after "номер сообщения"', 'ru', 'принимал участковый, номер сообщения 2211/25, отказали.', [['IDNUM', '2211/25']]],
    ['a medical record\'s letters, year and number', 'en', 'the ER gave her medical record MR 2025-11873 and sent her home.', [['IDNUM', 'MR 2025-11873']]],
    ['a protective order\'s number given after it', 'en', 'She has a protective order from May (order no. 3/2290-24), he ignores it.', [['IDNUM', '3/2290-24']]],
    ['a Moldovan office\'s unit', 'en', 'the agency sat at bd. Dacia 22/1, of. 14 until spring.', [['ADDRESS', 'bd. Dacia 22/1, of. 14']]],
    ['a district with its word after an address', 'ru', 'облава в клубе по адресу пр. Нефтяников 12, Сабаильский р-н, ночью.', [['ADDRESS', 'пр. Нефтяников 12, Сабаильский р-н']]],
    ['given names the lists lacked, one of them a word', 'en', 'Prepared by Victor Ceban; Hannah (volunteer) and Edit (peer) joined.', [['PERSON', 'Victor Ceban'], ['PERSON', 'Hannah'], ['PERSON', 'Edit']]],
    ['a Kazakh given name that is a word\'s form, with the age after "лет"', 'ru', 'Бота (лет 22) говорит, что через Боту можно связаться.', [['PERSON', 'Бота'], ['PERSON', 'Боту']]],
    ['a name after its label and how it was heard, not a thing\'s name', 'en', 'the officer took her ID!! officer name she heard: Munteanu. The name of the street: Puskin.', [['PERSON', 'Munteanu']]],
  ]);

  itLeavesAlone([
    ['German nouns by their endings, a Roma woman\'s word', 'ru', 'Kontrolle at 21:15, she asked about Opferschutz and Einspruch; ромка из Мукачево.', /Kontrolle|Opferschutz|Einspruch|ромка/],
  ]);
});

describe('held-out sets GS-GV and a twentieth outside tester (5 December, thirteenth session)', () => {
  itFinds([
    ['a Turkmen passport\'s letter and digit, then six digits', 'en', 'Docs: TM passport A1 447120 (with the employer); my passport, number A2 118093.', [['IDNUM', 'A1 447120'], ['IDNUM', 'A2 118093']]],
    ['the town\'s word before an address that starts with its town', 'ru', 'Последнее место проживания: г. Худжанд, 19 мкр., дом 4, кв. 12', [['ADDRESS', 'г. Худжанд, 19 мкр., дом 4, кв. 12']]],
    ['a letter and digit before a number and year, letters before a number, after "№" or "no."', 'ru', 'заключение (INML) № B3/20417/2024; зарегистрировали пропажу, no. CT/50218.', [['IDNUM', '№ B3/20417/2024'], ['IDNUM', 'CT/50218']]],
    ['a unit\'s Roman number', 'ru', 'салон по адресу ул. Профсоюзная, д. 41, пом. IV, закрыт.', [['ADDRESS', 'ул. Профсоюзная, д. 41, пом. IV']]],
    ['a plate after a car\'s model in a Russian case form', 'ru', 'он возит её на «Гольфе» LM-2290 по ночам.', [['PLATE', 'LM-2290']]],
    ['a nickname in lower case in quotes after "зовут её"', 'ru', 'вторую не знаем, все зовут её «зайка».', [['PERSON', 'зайка']]],
    ['a district before a named microdistrict with its number', 'en', 'i am home now Maikuduk, Vostok-2 mkr, 14, apt 9. dont come', [['ADDRESS', 'Maikuduk, Vostok-2 mkr, 14, apt 9']]],
    ['a given name\'s case form before a court\'s word', 'ru', 'по делу Марины суд вынес решение.', [['PERSON', 'Марины']]],
    ['a town that is a given name, after kin and a comma, ending the sentence', 'en', 'Most afraid for her son, Milan.\nDone.', [['PERSON', 'Milan']]],
    ['a name that is a month\'s form opening a list\'s item, a dash after it', 'ru', 'Рига, неделя 3.\n- Марта — клиент угрожал ножом.', [['PERSON', 'Марта']]],
    ['a house written before its street, in Russian', 'ru', 'её задержали у д. 27 по ул. Садовой, потом отпустили.', [['ADDRESS', 'д. 27 по ул. Садовой']]],
    ['a house written before its street, in English', 'en', 'She was stopped outside no. 8 on Abay avenue at night.', [['ADDRESS', 'no. 8 on Abay avenue']]],
    ['a number after "nr" without its full stop, with its sign', 'en', '| forensic exam nr 2290 | closed |', [['IDNUM', 'nr 2290']]],
    ['a Bucharest sector after an address, not a police\'s sector', 'en', 'domiciled Str. Lalelelor nr. 3, bl. 2, ap. 7, sector 4; Poliția Locală Sector 4 fined her.', [['ADDRESS', 'Str. Lalelelor nr. 3, bl. 2, ap. 7, sector 4']]],
  ]);

  itLeavesAlone([
    ['who calls her so, and where one is called to', 'ru', 'водитель — «Кощей», так его зовут девушки. Их звали домой.', /девушки|домой/],
  ]);
});

describe('held-out sets GW-GZ and a twenty-first outside tester, built to find weaknesses (5 December, thirteenth session)', () => {
  itFinds([
    ['given names the packs lacked, after a label and in a list', 'en', 'Notes: Maksym on leave next week; Slavica and Doriana cover the line.', [['PERSON', 'Maksym'], ['PERSON', 'Slavica'], ['PERSON', 'Doriana']]],
    ['a bureau\'s letters after a hyphen', 'en', 'regional forensic bureau, conclusion no. 3318-SME, issued the same day.', [['IDNUM', '3318-SME']]],
    ['a Georgian personal number after "л/н"', 'ru', 'Заявитель: Нино Гелашвили, л/н 62003009124, проживает в Батуми.', [['PERSON', 'Нино Гелашвили'], ['IDNUM', '62003009124']]],
    ['Uzbek quarters before their houses, and a district before one', 'en', 'Lives at 7-mikrorayon, 12-uy, 40-xonadon. She came to yunusobod 4-kv, 9-uy, 21-xonadon later.', [['ADDRESS', '7-mikrorayon, 12-uy, 40-xonadon'], ['ADDRESS', 'yunusobod 4-kv, 9-uy, 21-xonadon']]],
    ['a dotted username after "в инсте я"', 'ru', 'Алина: в инсте я alina.msk99, пиши туда.', [['PERSON', 'Алина'], ['HANDLE', 'alina.msk99']]],
    ['a lower-case plate with spaces after a car\'s model in a case form', 'ru', 'её посадили в ладу гранту серую о 452 ус 799 и увезли.', [['PLATE', 'о 452 ус 799']]],
    ['a police report\'s number and year right after it', 'en', 'She filed police report 2291/24 the next morning.', [['IDNUM', '2291/24']]],
  ]);

  itLeavesAlone([
    ['a person\'s initial and her age, read as a village and a house', 'en', '(Dilnoza S., 23, from Fergana) called the hotline.', /23/],
    ['saints\' days named by a possessive, and holidays\' figures', 'ru', 'На Татьянин день и на Ивана Купалы работали, Деда Мороза звали на ёлку.', /Татьянин|Ивана|Купалы|Деда|Мороза/],
  ]);
});

describe('held-out sets HA-HD and a twenty-second outside tester (5 December, thirteenth session)', () => {
  itFinds([
    ['German prosecutor\'s and court\'s signatures together', 'en', 'Aktenzeichen 6 Ds 212 Js 1187/25 at the Amtsgericht.', [['IDNUM', '6 Ds 212 Js 1187/25']]],
    ['a Romanian report\'s series with its digit before "nr."', 'en', 'The officer wrote Proces-verbal PL5 nr. 0071124 on the spot.', [['IDNUM', 'PL5 nr. 0071124']]],
    ['a Kyrgyz court\'s judge\'s letter and digit after its number', 'ru', 'Дело № УД-412/25.Б1, подсудимый не явился.', [['IDNUM', '№ УД-412/25.Б1']]],
    ['reports\' series before "№", not a register\'s word', 'en', 'Two reports: MAI 02 № 331207 and АУАН № 220418; КУСП № 5521.', [['IDNUM', 'MAI 02 № 331207'], ['IDNUM', 'АУАН № 220418'], ['IDNUM', '№ 5521']]],
    ['a Turkish residence permit after "икамет"', 'ru', 'у неё ещё действует икамет: 99512208834.', [['IDNUM', '99512208834']]],
    ['a prisoner\'s number after "номер заключённой"', 'ru', 'Переведена в СИЗО, номер заключённой 2290441.', [['IDNUM', '2290441']]],
    ['a Turkish court\'s "esas no" without its full stop', 'en', 'Antalya 3rd Heavy Penal Court, esas no 2024/118.', [['IDNUM', '2024/118']]],
    ['German ranks and a lawyer\'s title written short', 'en', 'At the counter PHM Brandt first refused; RAin Vogel came later.', [['PERSON', 'Brandt'], ['PERSON', 'Vogel']]],
    ['a name after "Known as:"', 'en', 'Name: Florentina Gashi\nKnown as: Flori', [['PERSON', 'Florentina Gashi'], ['PERSON', 'Flori']]],
    ['a short given name\'s dative opening a sentence, before "должны"', 'ru', 'Ане должны 500 долларов, говорит хозяйка.', [['PERSON', 'Ане']]],
    ['a dotted username in quotes after "profile"', 'en', 'through Odnoklassniki, profile "marina.work.izmir", then WhatsApp.', [['HANDLE', 'marina.work.izmir']]],
    ['a Czech postcode and its town after the address and a comma', 'en', 'Lives: Masarykova 118/4, 400 01 Ústí nad Labem, with her son.', [['ADDRESS', 'Masarykova 118/4, 400 01 Ústí nad Labem']]],
    ['a street\'s ordinal before its name without a street word', 'ru', 'у меня на 2-й Тверской-Ямской 12, кв. 4 комната.', [['ADDRESS', '2-й Тверской-Ямской 12, кв. 4 комната']]],
    ['a plate after a car\'s nickname (девятка)', 'ru', 'привёз её Толик, белая девятка м 412 ох 64.', [['PERSON', 'Толик'], ['PLATE', 'м 412 ох 64']]],
    ['a German given name that is an English word, before a verb and in a list', 'en', 'The team: Till and Olena; later Till said the club had closed.', [['PERSON', 'Till'], ['PERSON', 'Olena'], ['PERSON', 'Till']]],
    ['a pack\'s given name that is a word, in notes without capitals, after a verb done to a person or before a verb', 'en', 'trip notes typed on phone\nmet mane at the bus station\nmane lives with her aunt', [['PERSON', 'mane'], ['PERSON', 'mane']]],
  ]);

  itLeavesAlone([
    ['a pack\'s given name that is a word, where it is the word, in notes without capitals', 'en', 'she must stay till morning, the permit was valid till december', /till/],
    ['towns of the borderland, an organisation\'s name, a residence permit\'s word', 'ru', 'Аутрич-отчёт, Згожелец и Зиттау, вместе с Przystań; икамет у неё есть.', /Згожелец|Зиттау|Przystań|икамет/],
  ]);
});

describe('held-out sets HE-HH and a twenty-third outside tester, built to find weaknesses (5 December, fourteenth session)', () => {
  itFinds([
    ['a microdistrict\'s name and number without its word, then a house and flat', 'en', 'she rents at tastak-3, 41-17 now.', [['ADDRESS', 'tastak-3, 41-17']]],
    ['a brand\'s word that is a given name, before a person\'s verb', 'ru', 'Ночью позвонили. Лада сказала, что её держат.', [['PERSON', 'Лада']]],
    ['a pack\'s plate in lower case after a car', 'en', 'he came in a grey camry 02 kg 318 bcd again', [['PLATE', '02 kg 318 bcd']]],
    ['an office\'s number and a year joined to a code by hyphens', 'en', 'The police gave her report no. 1400-K2201764-24.', [['IDNUM', '1400-K2201764-24']]],
    ['a henkilötunnus after its word and a remark in brackets', 'en', 'Her henkilötunnus (from the reception centre): 151188-741X.', [['IDNUM', '151188-741X']]],
    ['a court register\'s letter, the year and the number after "№"', 'ru', 'Дело № R 23/1187, слушание в апреле.', [['IDNUM', '№ R 23/1187']]],
    ['Nordic given names and surnames', 'en', 'Checked by Per Lindqvist; Heikki Korhonen and Knut Rasmussen were on shift.', [['PERSON', 'Per Lindqvist'], ['PERSON', 'Heikki Korhonen'], ['PERSON', 'Knut Rasmussen']]],
    ['Lithuanian given names in Russian', 'ru', 'Сестра (Бируте) не знает, где Гинтаре.', [['PERSON', 'Бируте'], ['PERSON', 'Гинтаре']]],
    ['a given name in lower case on the line after a handle', 'en', 'her insta @maria_kst_22\nalina asks for a test too', [['HANDLE', '@maria_kst_22'], ['PERSON', 'alina']]],
    ['a name that is a word, in lower case, before a verb and after what she has', 'ru', 'утром роза ушла сама. телефон розы выключен', [['PERSON', 'роза'], ['PERSON', 'розы']]],
    ['a phone dictated with "o" for a zero', 'en', 'her number is o seven o one two two four four nine one', [['PHONE', 'o seven o one two two four four nine one']]],
    ['a badge number dictated in words', 'en', 'the officer\'s badge number nine one four zero six, he laughed', [['IDNUM', 'nine one four zero six']]],
  ]);

  itLeavesAlone([
    ['a preposition that is a Swedish name, at a sentence\'s start', 'en', 'Rent is 400 a week. Per week she keeps 100.', /Per/],
    ['a car and a town that are given names where they are the car and the town', 'ru', 'Белая Лада стояла у входа. В Софии холодно.', /Лада|Софии/],
    ['a number and its year after "as", and a time after a car', 'en', 'The file went on as 4471/2023/A1. The car came at 10 am.', /4471|10 am/],
    ['a flower and a virtue in lower case before verbs', 'ru', 'купила розы и ушла. надежда была только на суд', /розы|надежда/],
  ]);
});

describe('held-out sets HI-HL (5 December, fourteenth session)', () => {
  itFinds([
    ['a code in parts after a number\'s sign, whatever the document', 'en', 'She paid the fine, receipt no. KA-2023-0518813, and kept it.', [['IDNUM', 'KA-2023-0518813']]],
    ['a patient\'s code after its word', 'en', 'The centre gave her patient code AL-M-0372-23 on the spot.', [['IDNUM', 'AL-M-0372-23']]],
    ['a medical card\'s number with its ward\'s letters', 'ru', 'Медкарта № 3310/ГКБ, выписка на руках.', [['IDNUM', '№ 3310/ГКБ']]],
    ['usernames opening copied comments', 'ru', 'Под постом:\n\ndamir.ast: ты следующая\nuser5512093341: знаю её\nsaule__k: позор', [['HANDLE', 'damir.ast'], ['HANDLE', 'user5512093341'], ['HANDLE', 'saule__k']]],
    ['a surname inside an attachment\'s file name', 'en', 'Attachments: statement_Nurmagambetova_signed.pdf', [['PERSON', 'Nurmagambetova']]],
    ['a Turkic given name in lower case among function words', 'en', 'the driver is nurbek the girls say', [['PERSON', 'nurbek']]],
    ['an address dictated in words, its house\'s and flat\'s words before the numbers', 'ru', 'живёт улица абая дом сорок два квартира семь, одна', [['ADDRESS', 'улица абая дом сорок два квартира семь']]],
    ['a month\'s form opening a sentence before a dash, a name', 'ru', 'Вчера тихо. Мая — новенькая, ей 19.', [['PERSON', 'Мая']]],
    ['a phone and a plate after "номер" as a phone and a plate, not a document\'s code', 'ru', 'мой номер 010-5521-3874. машина приора номер 90-KT-118.', [['PHONE', '010-5521-3874'], ['PLATE', '90-KT-118']]],
  ]);

  itLeavesAlone([
    ['a form\'s own number', 'en', 'Case closed. FORM OF DOCUMENTATION № 2024-KZ-11', /KZ-11/],
    ['a court record\'s speakers\' labels', 'ru', 'Судья: Вину признаёте?\nПрокурор: Прошу штраф.\nСвидетель: Не помню.\nWitness: Yes.\nProsecutor: Objection.', /Судья|Прокурор|Свидетель|Witness|Prosecutor/],
    ['a form\'s labels in snake case at lines\' starts', 'en', 'case_status: open\nnext_step: call back', /case_status|next_step/],
    ['streets after their word in the instrumental, businesses named after a word', 'ru', 'рядом с проспектом Руставели и площадью Ленина; ели в Tashir Pizza, билет от Sultan Travel', /Руставели|Ленина|Tashir|Sultan/],
    ['holidays: Maslenitsa, Pokrov, a patronal feast', 'ru', 'На Масленицу и после Покрова работали, до Храмул уехала.', /Масленицу|Покрова|Храмул/],
  ]);
});

describe('held-out sets HM-HP and a twenty-fourth outside tester (5 December, fourteenth session)', () => {
  itFinds([
    ['a police log\'s number after "crime ref"', 'en', 'Reported to Kent Police, crime ref 46190022731, the same night.', [['IDNUM', '46190022731']]],
    ['British police ranks before surnames', 'en', 'The OIC is DS Okafor; DC Brennan took the statement, permesso di soggiorno seen.', [['PERSON', 'Okafor'], ['PERSON', 'Brennan']]],
    ['British given names the lists lacked', 'en', 'Referred by Gemma Hughes; Owen will call back.', [['PERSON', 'Gemma Hughes'], ['PERSON', 'Owen']]],
    ['Kazakh and Turkmen given names the lists lacked', 'ru', 'Ответственная: Толкын. Брат (Бегенч) звонит каждый день.', [['PERSON', 'Толкын'], ['PERSON', 'Бегенч']]],
    ['a displaced person\'s certificate after "cert"', 'en', 'She is registered, IDP cert 4512-3300871265, in Dnipro.', [['IDNUM', '4512-3300871265']]],
    ['a house with its building\'s к joined, after "на"', 'ru', 'живёт на Профсоюзной 88к3, там же работает.', [['ADDRESS', 'Профсоюзной 88к3']]],
    ['the National Insurance number after its short name, not the name Nino', 'en', 'NINo: AB 12 34 56 C\nNino Beridze came later.', [['IDNUM', 'AB 12 34 56 C'], ['PERSON', 'Nino Beridze']]],
  ]);

  itLeavesAlone([
    ['British, German and Dutch towns, shops and football clubs', 'en', 'She bought a SIM at Asda in Hounslow, took an Uber to Feltham; Ajax lost, then they moved to Cannstatt near Duisburg.', /Asda|Hounslow|Uber|Feltham|Ajax|Cannstatt|Duisburg/],
    ['Swiss and Dutch cities in Russian', 'ru', 'Сейчас она в Цюрихе, раньше жила в Роттердаме.', /Цюрих|Роттердам/],
  ]);
});

describe('held-out sets HQ-HT (5 December, fourteenth session)', () => {
  itFinds([
    ['a Balkan court register\'s letters before the case\'s number and year', 'ru', 'Основной суд в Нише, К 2207/24; прекршајни ПРК-Т 118/23.', [['IDNUM', 'К 2207/24'], ['IDNUM', 'ПРК-Т 118/23']]],
    ['a register\'s letters before the year and the number', 'en', 'Referral numbers: SZC 2024/0417 and SZC 2024/0418.', [['IDNUM', 'SZC 2024/0417'], ['IDNUM', 'SZC 2024/0418']]],
    ['a feminine surname in Latin letters that is a town\'s genitive too, not read as the town', 'en', 'Judge Ivanova refused; then Pushkina came.', [['PERSON', 'Ivanova'], ['PERSON', 'Pushkina']]],
    ['Azerbaijani given names the lists lacked', 'ru', 'Пришла Улькяр, с ней Хаяла Ильгар кызы Насирова.', [['PERSON', 'Улькяр'], ['PERSON', 'Хаяла Ильгар кызы Насирова']]],
  ]);

  itLeavesAlone([
    ['a law\'s, a season\'s number and year', 'en', 'Under Law 22/2019, in Season 2023/24.', /22\/2019|2023\/24/],
    ['places in Russian case forms written in Latin letters', 'en', 'ona seichas v Dubae, ran\'she zhila v Tadzhikistane i v Moskve', /Dubae|Tadzhikistane|Moskve/],
    ['Russian words with щ written "sh" in Latin letters', 'en', 'privet, ona eshe tam, ta zhenshina skazala chto pomosh nuzhna, soobshenie otpravila', /eshe|zhenshina|pomosh|soobshenie/],
  ]);
});

describe('held-out sets HU-HX (5 December, fifteenth session)', () => {
  itFinds([
    ['a number told after its word and what was said about it', 'en', 'Bodycam number she remembered: 0287451. The officer gave his number as 150421.', [['IDNUM', '0287451'], ['IDNUM', '150421']]],
    ['a number told after a dash, a number in parts', 'ru', 'Номер протокола, который она успела сфотографировать, — 0015873. Номер медкарты видела на бланке: 0612-24.', [['IDNUM', '0015873'], ['IDNUM', '0612-24']]],
    ['a series and "No." written in English', 'en', 'Migration card: 4620 No. 3310674; patent 77 No. 2300918457.', [['IDNUM', '4620 No. 3310674'], ['IDNUM', '77 No. 2300918457']]],
    ['a patient\'s code in a treatment programme', 'ru', 'Натия, код ЗТ TB-4412, два года на метадоне. Olha (OST code PL-0773).', [['PERSON', 'Натия'], ['IDNUM', 'TB-4412'], ['PERSON', 'Olha'], ['IDNUM', 'PL-0773']]],
    ['a Russian court\'s case number a few words after its decision', 'ru', 'постановление о выдворении 5-442/2024, красносельский суд.', [['IDNUM', '5-442/2024']]],
    ['numbers in parts with dots after a number\'s sign or a file', 'ru', 'решение о нежелательности пребывания № 00.1.19-4831; IGI file 1.204.338/2024.', [['IDNUM', '№ 00.1.19-4831'], ['IDNUM', '1.204.338/2024']]],
    ['a police car\'s plate written in Latin letters, and in Cyrillic after a Lada\'s model', 'ru', 'plate a 1290 77, потом в служебную «Весту» А 0318 24.', [['PLATE', 'a 1290 77'], ['PLATE', 'А 0318 24']]],
    ['a person\'s number told the same way, as her phone', 'ru', 'Номер у Гены такой — 2643 1870. Second number (her mother\'s): 5566 1203.', [['PERSON', 'Гены'], ['PHONE', '2643 1870'], ['PHONE', '5566 1203']]],
  ]);

  itLeavesAlone([
    ['a date, a count or a year told after a number\'s word', 'en', 'Переслано на рабочий номер 12.12; number of contacts: 1200; the number was 2024.', /12\.12|1200|2024/],
  ]);
});

describe('held-out sets HY-IB and IC-IF (5 December, fifteenth session)', () => {
  itFinds([
    ['a surname read as a place\'s case form, before her initials', 'ru', 'Постановление вынесла судья Сургутова Е.Н., отказ.', [['PERSON', 'Сургутова Е.Н.']]],
    ['a surname before initials after a number', 'en', 'magistrate of judicial precinct no. 212 Sokolova E.V., fine', [['PERSON', 'Sokolova E.V.']]],
    ['a Russian court\'s case number after "no.", not as a phone', 'en', 'Protocol under art. 6.11 CAO no. 5-1184/2023, fine.', [['IDNUM', '5-1184/2023']]],
    ['a Russian court\'s case number after its decision or before its court', 'ru', 'решение 5-4410/2019. Номер постановления (по фото в телефоне): 5-2261/2023, Кировский районный суд.', [['IDNUM', '5-4410/2019'], ['IDNUM', '5-2261/2023']]],
    ['a name broken over a line with a hyphen, as text read from a photo breaks it', 'ru', 'объяснение от гр. Абдуллаевой Зарины Рустам-\nовны, 2001 г.р.', [['PERSON', 'Абдуллаевой Зарины Рустам-\nовны']]],
    ['a case number with a letter glued to its first digits', 'ru', 'апелляционный суд по делу № 1б/417-23 оставил', [['IDNUM', '№ 1б/417-23']]],
    ['a judgment\'s applicant who is the organisation\'s own client', 'en', 'Application: Petrosyan v. Armenia, lodged in May.', [['PERSON', 'Petrosyan']]],
  ]);

  itLeavesAlone([
    ['published judgments cited by their applicants', 'en', 'Claims: Opuz v. Turkey and M.C. v. Bulgaria; Rantsev v. Cyprus and Russia; cf tkhelidze v georgia.', /Opuz|M\.C\.|Rantsev|tkhelidze/],
    ['judgments cited in Russian', 'ru', 'ссылаемся на «Володина против России» и «Туникова и другие против России».', /Володина|Туникова/],
    ['a convention, a constitution, a committee and the State capitalised in a legal text', 'ru', 'Ссылаемся на ст. 2, 5, 12 и 15 Конвенции. Срок для ответа Государства — шесть месяцев; Правительство не ответило, Комитетом зарегистрировано.', /Конвенции|Государства|Правительство|Комитетом/],
    ['a place\'s adjective the lists do not derive, before its body\'s words', 'ru', 'Гюмрийский медицинский центр и Бишкекский городской суд.', /Гюмрийский|Бишкекский/],
    ['Strasbourg, as the Court', 'en', 'Articles 8 and 14 to Strasbourg, four months from the decision.', /Strasbourg/],
  ]);
});

describe('held-out sets IG-IJ (5 December, fifteenth session)', () => {
  itFinds([
    ['Cyprus\'s residence and tax numbers and a Greek prosecutor\'s register after their short names', 'en', 'ARC: 1183047   TIC: 60418237Q; ABM Ε24/18327.', [['IDNUM', '1183047'], ['IDNUM', '60418237Q'], ['IDNUM', 'ABM Ε24/18327']]],
    ['a Greek street named after a saint, with its house', 'en', 'Her employer lives in Chloraka, Agiou Georgiou 15.', [['ADDRESS', 'Agiou Georgiou 15']]],
    ['North Caucasian and Siberian given names the lists lacked', 'en', 'Vladikavkaz: Alana paid nothing. Patimat is exhausted. Dulma is keeping the girls informed.', [['PERSON', 'Alana'], ['PERSON', 'Patimat'], ['PERSON', 'Dulma']]],
    ['a Russian plate transliterated letter by letter after a car', 'en', 'He drives a black Prado, N 347 UK 154, phone unknown.', [['PLATE', 'N 347 UK 154']]],
    ['a profile link with "@" in its path', 'en', 'the link she sent: tinder.com/@nata_kutaisi24.', [['HANDLE', 'tinder.com/@nata_kutaisi24']]],
  ]);
});

describe('a twenty-fifth outside tester, built to find weaknesses in Central and Eastern Europe (5 December, fifteenth session)', () => {
  itFinds([
    ['the short form she goes by in a bracket after her full name, even a word', 'ru', 'Катержина Дворжакова (Катка) пришла. Телефон Катки: +420 777 123 456.', [['PERSON', 'Катержина Дворжакова'], ['PERSON', 'Катка'], ['PERSON', 'Катки'], ['PHONE', '+420 777 123 456']]],
    ['an officer after a Ukrainian rank and its service', 'ru', 'Протокол склав ст. лейтенант поліції Гончаренко О. о 14:20.', [['PERSON', 'Гончаренко О.']]],
    ['a given name after "supports" or "болеет за", which is a person\'s', 'ru', 'Айгерим болеет за Айдоса.', [['PERSON', 'Айгерим'], ['PERSON', 'Айдоса']]],
  ]);

  itLeavesAlone([
    ['football clubs after who supports them, a match or a stadium', 'en', 'Her cousin supports Steaua; Dejan supports Budućnost; a Partizan fan.', /Steaua|Budućnost|Partizan/],
    ['football clubs in Russian', 'ru', 'Муж болеет за Зенит, Митко болеет за Левски, после матчей Спарты, возле стадиона Интера.', /Зенит|Левски|Спарты|Интера/],
    ['a role or a place in a bracket after a full name', 'en', 'Dana Ivanova (Lawyer) and Aigerim Bekova (Almaty) came.', /Lawyer|Almaty/],
  ]);
});

describe('held-out sets IK-IN (6 December, sixteenth session)', () => {
  itFinds([
    ['an authority\'s letter numbers about her complaint', 'ru', 'Ответ Инспектората полиции Буюкань исх. № 34/12-4410 от 19.04.2024. Прокуратура: исх. 3Т-18/4471.', [['IDNUM', '№ 34/12-4410'], ['IDNUM', '3Т-18/4471']]],
    ['a complaint\'s registration and an office\'s reference in English', 'en', 'Report to the Special Investigation Service, registered SIS/2-10487 on 05.04. The Commissioner\'s office, ref. 04-21/2216.', [['IDNUM', 'SIS/2-10487'], ['IDNUM', '04-21/2216']]],
    ['a number after "nr" without its full stop, as Polish and Estonian write it, with its sign', 'en', 'Kriminaalasi nr 24270000412 on menetluses; sprawa nr 412/24.', [['IDNUM', 'nr 24270000412'], ['IDNUM', 'nr 412/24']]],
    ['a Polish court\'s register with its department\'s Roman number', 'en', 'Our appeal is pending, ref. VIII Kp 418/24.', [['IDNUM', 'VIII Kp 418/24']]],
    ['a forensic act\'s number of four digits', 'ru', 'Акт судебно-медицинского освидетельствования № 3194 от 03.04.2024.', [['IDNUM', '№ 3194']]],
    ['a town and a district before an address after its label', 'ru', 'Проживает: Ереван, Малатия-Себастия, ул. Раффи, д. 71, кв. 40.', [['ADDRESS', 'Ереван, Малатия-Себастия, ул. Раффи, д. 71, кв. 40']]],
    ['a district and a numbered micro-district before an address', 'en', 'Her new address: Nor Nork, 6th micro, Bagrevand street 11, apt 27.', [['ADDRESS', 'Nor Nork, 6th micro, Bagrevand street 11, apt 27']]],
    ['a Russian street\'s word after its adjective, a floor by its name', 'ru', 'Сауна, Фонтанская дорога, 58/2; the sauna at Tole Bi St 189, ground floor.', [['ADDRESS', 'Фонтанская дорога, 58/2'], ['ADDRESS', 'Tole Bi St 189, ground floor']]],
    ['a username in snake case with a part no word, after a dating app', 'ru', 'Client\'s Hornet: ihor_lb_top. Через Hornet с пользователем stas_spb_real.', [['HANDLE', 'ihor_lb_top'], ['HANDLE', 'stas_spb_real']]],
    ['a profile\'s name in quotes with a digit or an inner capital', 'en', 'a client from Grindr, profile "VereBear41".', [['HANDLE', 'VereBear41']]],
    ['a given name that is half of a town\'s name, on its own', 'en', 'We met Luka and Ana at the bar.', [['PERSON', 'Luka'], ['PERSON', 'Ana']]],
    ['a name of two letters each time it comes back', 'en', 'Caller: Lu (they/them). Lu does sex work; Lu wrote it down.', [['PERSON', 'Lu'], ['PERSON', 'Lu'], ['PERSON', 'Lu']]],
    ['Armenian given names the lists lacked', 'ru', 'Севак на смене. звонила седа из гюмри. Hrachya came with Levon.', [['PERSON', 'Севак'], ['PERSON', 'седа'], ['PERSON', 'Hrachya'], ['PERSON', 'Levon']]],
  ]);

  itLeavesAlone([
    ['the organisation\'s own letters and references', 'ru', 'Мы направили запрос в центр (наш исх. № 14/24) и жалобу в прокуратуру; от общественной организации (исх. № 14/02-24).', /14\/24|14\/02-24/],
    ['a form\'s labels in snake case, every part a word', 'en', 'case_status: open; next_step: call the clinic.', /case_status|next_step/],
    ['a town of two words whose second is a given name', 'en', 'She works in Banja Luka now; Banja Luka police detained her.', /Luka|Banja/],
  ]);
});

describe('held-out sets IO-IR (6 December, sixteenth session)', () => {
  itFinds([
    ['Polish, Czech, Belarusian and Georgian given names the lists lacked', 'en', 'Libuše is drafting a complaint. Then Jolanta came with Grzegorz; Tatsiana and Shorena stayed.', [['PERSON', 'Libuše'], ['PERSON', 'Jolanta'], ['PERSON', 'Grzegorz'], ['PERSON', 'Tatsiana'], ['PERSON', 'Shorena']]],
    ['a Czech court\'s file with its senate\'s number glued to its register', 'en', 'Case sp. zn. 3T 41/2023, trafficking.', [['IDNUM', '3T 41/2023']]],
    ['a badge\'s number on the vest or told before the badge', 'ru', 'на жилетке было 247-118. One had 125703 on the badge.', [['IDNUM', '247-118'], ['IDNUM', '125703']]],
    ['a bare street, its house and its flat written short', 'en', 'He turned up at her place on Grójecka 128 m. 33 and took her card.', [['ADDRESS', 'Grójecka 128 m. 33']]],
    ['a micro-district written m/d', 'en', 'address she gave 10th m/d, block 4, apt 31.', [['ADDRESS', '10th m/d, block 4, apt 31']]],
  ]);

  itLeavesAlone([
    ['districts and regions before and after their short words', 'ru', 'Адрес регистрации: Алматинская обл., Талгарский р-н; р-н Хынчешть, с. Ларга.', /Алматинская|Талгарский|Хынчешть|Ларга/],
    ['a report\'s page written short', 'ru', '- стр. 9: прозвище убрать; ФИНАЛ (стр. 27 отчёта).', /стр/],
    ['a phrase of Polish in a chat, not names in lower case', 'en', '[21:02] landlord: "Pani Julio, wiem czym się zajmujecie w tym mieszkaniu. Albo 1500 zł więcej do piątku."', /wiem|zajmujecie|mieszkaniu|więcej|piątku/],
    ['a Polish lawyer\'s title before her name', 'en', 'She went with adw. Monika Żak today.', /adw/],
  ]);

  it('keeps the patient\'s and the police\'s codes of the same shape', () => {
    const text = 'Olha (OST code PL-0773); police file DXB-CID-2024-118273; patient code RM-0512.';
    const found = detectPii(text, 'en').filter((s) => s.type === 'IDNUM').map((s) => text.slice(s.start, s.end));
    expect(found).toEqual(expect.arrayContaining(['PL-0773', 'DXB-CID-2024-118273', 'RM-0512']));
  });
});

describe('held-out sets IS-IZ and a twenty-sixth outside tester (6 December, sixteenth session)', () => {
  itFinds([
    ['a surname-shaped town\'s name right after a given name or an initial', 'en', 'Her pimp Dima Sokolov sold her debt; translated by M. Sokolova.', [['PERSON', 'Dima Sokolov'], ['PERSON', 'M. Sokolova']]],
    ['a Russian word as a surname after two initials', 'ru', 'Консультация юриста Д. А. Бережной, 21.05.', [['PERSON', 'Д. А. Бережной']]],
    ['the short form in a bracket after a given name, even a word', 'ru', 'Шахноза (Шаха) и Магомед (Мага) пришли.', [['PERSON', 'Шахноза'], ['PERSON', 'Шаха'], ['PERSON', 'Магомед'], ['PERSON', 'Мага']]],
    ['her real name in a bracket after a nickname in quotes', 'en', 'she calls herself "Sonya" (Sohiba) on the site', [['PERSON', 'Sonya'], ['PERSON', 'Sohiba']]],
    ['a named district before an English ordinal\'s district', 'en', 'Address: Davtashen 4th district, bldg 21, apt 16', [['ADDRESS', 'Davtashen 4th district, bldg 21, apt 16']]],
    ['a staircase\'s letter and a flat after the house', 'en', 'She was kept in a flat at Kielotie 14 B 27 with three other women.', [['ADDRESS', 'Kielotie 14 B 27']]],
    ['a region\'s two digits joined before a register\'s number', 'ru', 'заявление подано в прокуратуру, номер ЕРП 02-0117-2024-000412.', [['IDNUM', '02-0117-2024-000412']]],
  ]);

  itLeavesAlone([
    ['initials before an English word', 'en', 'near the U. S. Army base', /Army/],
    ['a district\'s code in capitals in a bracket after a name', 'en', 'Dana (BG) came with Ферида (Шуто Оризари).', /BG|Шуто|Оризари/],
    ['a Bulgarian given name that is a Russian word', 'ru', 'Встретились у стоянки, потом стоянка закрылась. Цвета не помнит.', /стоянк|Цвета/i],
  ]);
});

describe('held-out sets JA-JD (6 December, sixteenth session)', () => {
  itFinds([
    ['an officer\'s number right after the word, on a badge or a jacket', 'ru', 'Complaint re. officer 218845. Фамилия на бейдже Казлаускас, номер 5517; на куртке 0893.', [['IDNUM', '218845'], ['PERSON', 'Казлаускас'], ['IDNUM', '5517'], ['IDNUM', '0893']]],
    ['a handle with a Latin letter\'s mark', 'en', 'Last message from her Telegram @lola_lv_rīga on 12.11.', [['HANDLE', '@lola_lv_rīga']]],
    ['a dotted username after a colon, its messenger named earlier in the sentence', 'en', 'kanykei showed us the insta of the sergeant: almaz.karakol', [['PERSON', 'kanykei'], ['HANDLE', 'almaz.karakol']]],
    ['an Arabic name with "bin", and its article joined by a hyphen', 'ru', 'Sponsor (kafeel): Salim bin Nasser Al Hinai. Лейтенант аль-Марри составил протокол.', [['PERSON', 'Salim bin Nasser Al Hinai'], ['PERSON', 'аль-Марри']]],
    ['an area of several words after the flat, before the sentence\'s end or the town', 'en', 'Lives at Russia Cluster, building S-12, flat 608, International City. Sponsor address: Villa 54, Way 3341, Al Khuwair, Muscat', [['ADDRESS', 'Russia Cluster, building S-12, flat 608, International City'], ['ADDRESS', 'Villa 54, Way 3341, Al Khuwair']]],
    ['places before an address after a dwelling\'s word', 'ru', 'заставили принимать мужчин в квартире Shabiya ME-10, здание 41, кв. 207. Жильё: Руви, Way 2853, здание 1402, комната 11.', [['ADDRESS', 'Shabiya ME-10, здание 41, кв. 207'], ['ADDRESS', 'Руви, Way 2853, здание 1402, комната 11']]],
    ['Tajik, Ukrainian, Lithuanian, Turkmen and South Asian given names the lists lacked', 'ru', 'Мама: Мукаррама. Аліна заплатила. Ramunė says. Набат пришла. PRO Deepak took it.', [['PERSON', 'Мукаррама'], ['PERSON', 'Аліна'], ['PERSON', 'Ramunė'], ['PERSON', 'Набат'], ['PERSON', 'Deepak']]],
    ['a plate after a minibus', 'en', 'Their minibus: RZ 4418K. Reported to La Strada.', [['PLATE', 'RZ 4418K']]],
  ]);

  itLeavesAlone([
    ['a given name after an address and its comma', 'ru', 'живёт на ул. Абая 5, кв. 3, Айгерим.', /Абая 5, кв\. 3, Айгерим/],
    ['a year or a sum after an officer\'s word', 'en', 'the officer 2024 report; инспектор 1500 сом взял', /2024|1500/],
  ]);
});

describe('held-out sets JE-JH (6 December, sixteenth session)', () => {
  itFinds([
    ['a court register\'s letters and "nr." before the number, as Kosovo\'s courts write it', 'en', 'Basic Court Prishtina, file P. nr. 2214/23; the trafficking case PKR. nr. 318/2023.', [['IDNUM', 'P. nr. 2214/23'], ['IDNUM', 'PKR. nr. 318/2023']]],
    ['Kyrgyz and Macedonian given names the lists lacked', 'ru', 'Проводила: Гулиза. — Ленче (волонтёр) отвела её домой. Новенькая: Елица (Ели).', [['PERSON', 'Гулиза'], ['PERSON', 'Ленче'], ['PERSON', 'Елица'], ['PERSON', 'Ели']]],
  ]);

  itLeavesAlone([
    ['an identity document\'s short name before "nr."', 'en', 'Her ID nr. 2214/23 was copied.', /ID nr/],
  ]);
});

describe('held-out sets JI-JL (6 December, seventeenth session)', () => {
  // The organisation's own codes were left alone until this session; they lead to her records there, so a published
  // narrative must not carry them either (and writers of new sets mark them).
  itFinds([
    ['the organisation\'s own files and numbers', 'en', 'Case no. SH-2026-118 opened; see our file UZ-0412 and case SR-031. Internal file 2024/KZ/118 opened.', [['IDNUM', 'SH-2026-118'], ['IDNUM', 'UZ-0412'], ['IDNUM', 'SR-031'], ['IDNUM', '2024/KZ/118']]],
    ['the organisation\'s internal number and an appeal\'s to it', 'ru', 'Заметки по делу (вн. № ТКР-24-011). Ответ по обращению № 24/215 готов. Код AKT-0130.', [['IDNUM', '№ ТКР-24-011'], ['IDNUM', '№ 24/215'], ['IDNUM', 'AKT-0130']]],
    ['the organisation\'s own references and case codes after their words', 'en', 'Org ref: TP-OSH/2024/118 (internal)\nOur ref. No. 15/LA-2025\nCase code AST-24-017. Client code: B-0311.', [['IDNUM', 'TP-OSH/2024/118'], ['IDNUM', 'No. 15/LA-2025'], ['IDNUM', 'AST-24-017'], ['IDNUM', 'B-0311']]],
    ['case codes in Cyrillic and Latin after "код", "карточка", "дело", "file"', 'ru', 'Код дела: ВКО-23-052. Карточка CH-23-77. Дело MD-TR-2023-07 (торговля людьми). Код: Ш-24/007. Клиентка: Асема, код BSH-0772. Our file WAW/2023/044.', [['IDNUM', 'ВКО-23-052'], ['IDNUM', 'CH-23-77'], ['IDNUM', 'MD-TR-2023-07'], ['IDNUM', 'Ш-24/007'], ['PERSON', 'Асема'], ['IDNUM', 'BSH-0772'], ['IDNUM', 'WAW/2023/044']]],
    ['a chat\'s writer after its date and time without the year, a word of English', 'en', 'Sender: "Den" @den_hh_vip\n29.01, 02:17 – Den: I know your real name\n29.01, 02:18 – Den: pay\n29.01, 09:40 – Nastia: Who are you?', [['PERSON', 'Den'], ['HANDLE', '@den_hh_vip'], ['PERSON', 'Den'], ['PERSON', 'Den'], ['PERSON', 'Nastia']]],
    ['a surname after its word, a few words and a colon or a dash', 'ru', 'Его фамилию Оксана знает из почтового ящика: Вебер. Фамилию Диля видела на удостоверении — Луговской. фамилию на нашивке запомнила: Kask.', [['PERSON', 'Оксана'], ['PERSON', 'Вебер'], ['PERSON', 'Диля'], ['PERSON', 'Луговской'], ['PERSON', 'Kask']]],
    ['a contact\'s whole saved name with a make or a town in it, and again as a chat\'s writer', 'ru', 'сохранённым как «Эрлан BMW». Display name "Nurik Shymkent". У Алтынай записана как «Лара Кар»\nЛара Кар: ne moi problemy', [['PERSON', 'Эрлан BMW'], ['PERSON', 'Nurik Shymkent'], ['PERSON', 'Алтынай'], ['PERSON', 'Лара Кар'], ['PERSON', 'Лара Кар']]],
    ['listed given names in lower case twice in a note with capitals', 'en', '22:40 met ketino and lali under the bridge with Eka. ketino: patrol car. 00:30 lali called back.', [['PERSON', 'ketino'], ['PERSON', 'lali'], ['PERSON', 'Eka'], ['PERSON', 'ketino'], ['PERSON', 'lali']]],
    ['South Slavic houses without a number ("bb")', 'en', 'Now living at Stočni trg bb in a shack; her sister lives in naselje Poljice bb with her son.', [['ADDRESS', 'Stočni trg bb'], ['ADDRESS', 'naselje Poljice bb']]],
    ['a Petersburg building\'s letter and a building glued to its "k"', 'ru', 'Их поселили: ул. Первомайская, д. 18, лит. Б. Flat at ul. Kollontai 41 k3 kv 207.', [['ADDRESS', 'ул. Первомайская, д. 18, лит. Б'], ['ADDRESS', 'ul. Kollontai 41 k3 kv 207']]],
    ['a Serbian court\'s department before its register, a Bosnian prosecutor\'s case', 'en', 'Case II-4 Pr. 3127/23, then 4 Pr. 22051/23; ref. T09 0 KT 0048213 23.', [['IDNUM', 'II-4 Pr. 3127/23'], ['IDNUM', '4 Pr. 22051/23'], ['IDNUM', 'T09 0 KT 0048213 23']]],
    ['plates remembered in part, with their dots, and a plate after "бус"', 'ru', 'Номер машины помнит частично – B-MK ... Говорят, что их привёз «Гоша» на белом бусе KR 7M412, каждое утро.', [['PLATE', 'B-MK ...'], ['PERSON', 'Гоша'], ['PLATE', 'KR 7M412']]],
    ['a plate remembered in part after "partial plate"', 'en', 'He drives a dark VW Passat, partial plate 1AK 4... and no more.', [['PLATE', '1AK 4...']]],
    ['unique client codes, a masked card, a clinic\'s cards', 'ru', 'Коды: МАОЛ1990Ж, GASE1985F. Card ending **** 7718. Card 17-5093; карта 3318-С.', [['IDNUM', 'МАОЛ1990Ж'], ['IDNUM', 'GASE1985F'], ['IDNUM', '**** 7718'], ['IDNUM', '17-5093'], ['IDNUM', '3318-С']]],
    ['a displaced person\'s German card, a German health insurance number, an old passport booklet', 'ru', 'Ausweis für Vertriebene № AV 2207 1938. Health insurance (AOK) no. K482917365. паспорт старый, книжечка, ВК 418 207.', [['IDNUM', '№ AV 2207 1938'], ['IDNUM', 'K482917365'], ['IDNUM', 'ВК 418 207']]],
    ['a case\'s code after "дело"', 'ru', 'Клиентка: Армине Петросян, дело AM-GY-24-019.', [['PERSON', 'Армине Петросян'], ['IDNUM', 'AM-GY-24-019']]],
  ]);
});

describe('held-out sets JM-JV (6 December, seventeenth session)', () => {
  itFinds([
    ['the short numbers of papers about her body or her detention', 'en', 'The forensic report no. 1924 dates the injuries. Observation sheet no. 18834. A 24-hour detention order, No. 1432з-118.', [['IDNUM', '1924'], ['IDNUM', '18834'], ['IDNUM', 'No. 1432з-118']]],
    ['an expert\'s report\'s number later in its sentence', 'ru', 'Экспертизу мне выдали только 6 сентября, № 3341.', [['IDNUM', '№ 3341']]],
    ['one initial alone: with "\'s", opening a numbered item, after "by"', 'en', '1. N. Sh. (Tajik) — extortion. N.\'s new number is in the file.\n4. L. (Timișoara), Moldovan citizen. Screenshots sent by R. on 2 August.', [['PERSON', 'N. Sh.'], ['PERSON', 'N.'], ['PERSON', 'L.'], ['PERSON', 'R.']]],
    ['an applicant\'s initials in her own draft application', 'en', 'STATEMENT OF FACTS (draft) N.G. v. Georgia', [['PERSON', 'N.G.']]],
    ['client codes of letters, a year and a letter joined by hyphens', 'en', 'Codes: LȚ-0691-F; ЛМ-1996-О; MC-0895-F.', [['IDNUM', 'LȚ-0691-F'], ['IDNUM', 'ЛМ-1996-О'], ['IDNUM', 'MC-0895-F']]],
    ['the name before its quoted nickname, a nickname\'s hyphened part, a name in brackets after a person\'s noun', 'ru', '— Надежда «Надя», 33 г. Хозяин (он же «Виталя-таксист») опять. Дежурный консультант (Айнұр) предложила.', [['PERSON', 'Надежда'], ['PERSON', 'Надя'], ['PERSON', 'Виталя-таксист'], ['PERSON', 'Айнұр']]],
    ['an Arabic surname with its article after a space', 'en', 'An officer (name tag "Al Mansoori") took 1,800 AED.', [['PERSON', 'Al Mansoori']]],
    ['a name after its label and four words of how it was heard', 'en', 'Name as she heard it: Beibit, badge 0651.', [['PERSON', 'Beibit'], ['IDNUM', '0651']]],
    ['a case\'s code after "кейс-файла"', 'ru', 'Для кейс-файла КРГ-24-0033.', [['IDNUM', 'КРГ-24-0033']]],
    ['a Hungarian initial of two letters before the given name', 'en', 'The statement says "K. Róbert (42) and Sz. Gábor (39)" were taken.', [['PERSON', 'K. Róbert'], ['PERSON', 'Sz. Gábor']]],
    ['a Hungarian officer\'s identification number', 'en', 'The officer (azonosító szám 114738 in the report) wrote it.', [['IDNUM', '114738']]],
    ['a Nigerian given name that is an English word', 'en', 'Her mother got calls saying Blessing "will die". Blessing Osagie, 26.', [['PERSON', 'Blessing'], ['PERSON', 'Blessing Osagie']]],
    ['the Investigative Committee\'s register number with "пр"', 'ru', 'Заявление зарегистрировано, КРСП № 312пр-24.', [['IDNUM', 'КРСП № 312пр-24']]],
    ['the writer\'s name in brackets after "me", an escort\'s after her label, a case\'s code with its letter after "the code"', 'en', 'Team: Volha (driver), me (Katsiaryna). Escort: Aleh (volunteer). The lab used the code V-0319-B.', [['PERSON', 'Volha'], ['PERSON', 'Katsiaryna'], ['PERSON', 'Aleh'], ['IDNUM', 'V-0319-B']]],
    ['a people\'s name that is a common surname after a given name', 'en', 'My sister, Alina Moldovan, picked me up. Ana Tóth came.', [['PERSON', 'Alina Moldovan'], ['PERSON', 'Ana Tóth']]],
    ['a surname before her badge\'s number, an initial alone after a label\'s dash', 'ru', 'The officer who came (Məmmədli, badge 3149) left.\nКоординатор — Ю.\nЛуиза, 27 лет.', [['PERSON', 'Məmmədli'], ['IDNUM', '3149'], ['PERSON', 'Ю.'], ['PERSON', 'Луиза']]],
    ['a nickname of one letter named so, and the letter alone later', 'en', 'Angel came over with a new girl they call Z. Later Z said she is from Tashkent; Z lives with six women.', [['PERSON', 'Angel'], ['PERSON', 'Z.'], ['PERSON', 'Z'], ['PERSON', 'Z']]],
    ['a chat\'s writer of one letter, and the letter in the messages', 'en', 'D: its me\nSunny: which D?\nD: the tall one', [['PERSON', 'D'], ['PERSON', 'Sunny'], ['PERSON', 'D'], ['PERSON', 'D']]],
    ['a chat\'s writer that is an English word, writing several lines', 'en', 'Crystal: guys be careful\nSunny: ok\nCrystal: little', [['PERSON', 'Crystal'], ['PERSON', 'Sunny'], ['PERSON', 'Crystal']]],
    ['case codes listed after "files", an invitation link, a street\'s word in the locative', 'ru', 'See files TB-2023-041 and TB-2023-057. Ссылка t.me/+kX9fLq2m7ZpYzQ1i. Квартира на Фонтанской дороге, д. 58, кв. 12.', [['IDNUM', 'TB-2023-041'], ['IDNUM', 'TB-2023-057'], ['HANDLE', 't.me/+kX9fLq2m7ZpYzQ1i'], ['ADDRESS', 'дороге, д. 58, кв. 12']]],
    ['a decision\'s number after "номер решения", a nickname after "подписана"', 'ru', 'Дело закрыли, номер решения 2023/1147. В чате подписана «Лиса».', [['IDNUM', '2023/1147'], ['PERSON', 'Лиса']]],
    ['a number ended by the bracket of the prose around it', 'en', 'She owes Sergiu (the "manager", +373 68 004 211) 1,200 euros.', [['PERSON', 'Sergiu'], ['PHONE', '+373 68 004 211']]],
  ]);

  itLeavesAlone([
    ['a published judgment cited by its applicant\'s initials', 'en', 'Claims: M.C. v. Bulgaria; Rantsev v. Cyprus and Russia.', /M\.C|Rantsev/],
    ['free-phone lines of ten digits whose check digit fits an NHS number', 'en', 'National helpline for victims of trafficking (0800 800 818); the Frauenhelpline 0800 222 555.', /0800/],
    ['an organisation\'s role account on its own domain', 'en', 'From: help@migrantwomen-helpdesk.org; info@lastrada.org.ua', /@/],
    ['peoples\' names in apposition or in brackets after a name', 'en', 'Imran (Pakistani, +971 55 318 2290) came with three Filipinas; an Austrian +43 660 9138 274.', /Pakistani|Filipinas|Austrian/],
    ['a people\'s name before the noun it describes', 'en', 'Alina, Moldovan citizen, and Maria Moldovan citizen too.', /Moldovan/],
    ['letters of codes, vitamins and plans where a letter is a nickname', 'en', 'They call her Z. Plan Z-2 and the Z4 failed.', /Z-2|Z4/],
    ['a law\'s number in a sentence about a detention order', 'en', 'He was held under a detention order (Art. 57, Law No. 6458) for nine days.', /6458/],
  ]);

  itLeavesAlone([
    ['a virus\'s or a standard\'s name after a code\'s word', 'en', 'Test code HIV-2 only; file ISO-9 form.', /HIV|ISO/],
    ['free-phone hotlines', 'ru', 'Горячая линия 0 800 500 335, Women\'s Helpline 8 800 2000 122.', /800/],
    ['a note\'s labels between a chat\'s messages, a verb before a colon after a badge\'s word', 'en', '[21:02] Den: hi\n[21:03] Den: pay\nSteps: call back.\nAdvised: go to the clinic. фамилию на нашивке запомнила: Kask', /Steps|Advised|запомнила/],
    ['a currency in lower case after a sum, twice', 'en', 'fined 60.000 dinara, then 10.000 dinara more.', /dinara/],
    ['a sum after "паспорт" in the same sentence', 'ru', 'Паспорт забрали, оформлено шесть микрозаймов на 180 000 тенге.', /180/],
  ]);
});

describe('held-out sets KC-KF (6 December, seventeenth session)', () => {
  itFinds([
    ['a unique client code with the day of birth', 'en', 'Client code ОЛМА120388Ж, first name Alla.', [['IDNUM', 'ОЛМА120388Ж'], ['PERSON', 'Alla']]],
    ['an IBAN of its country\'s length with an account\'s word earlier in the sentence', 'en', 'He paid to an account in the name of his brother, GE29BG0000000561847302.', [['IDNUM', 'GE29BG0000000561847302']]],
    ['the name of who filled in a form after its label', 'ru', 'Тбилиси, 14.02.2024. Заполняла: Хатия.', [['PERSON', 'Хатия']]],
    ['a Hungarian house number with its full stop', 'en', 'Her house: Béke utca 4. Then Rákóczi út 88. 1/4. with her partner.', [['ADDRESS', 'Béke utca 4.'], ['ADDRESS', 'Rákóczi út 88. 1/4.']]],
    ['a case\'s code after "случай", maybe two words between', 'ru', 'Записал в журнал, случай ОШ-23/114. Ее случай у нас БШ-24/038, по Айзиргуль случай январский, БШ-24/007.', [['IDNUM', 'ОШ-23/114'], ['IDNUM', 'БШ-24/038'], ['PERSON', 'Айзиргуль'], ['IDNUM', 'БШ-24/007']]],
    ['a surname right after its word, and again alone', 'en', 'The sergeant, surname Lapin, said go home. Lapin was in the corridor.', [['PERSON', 'Lapin'], ['PERSON', 'Lapin']]],
    ['a phone before the bracket of its message\'s time', 'ru', 'Переписываю: — +996 558 61 04 30 (22:41): «завтра до обеда»', [['PHONE', '+996 558 61 04 30']]],
    ['an area\'s name in lower case before an address in hurried notes', 'ru', 'работает на квартире в бишкеке джал 29 д14 кв 41. снимает студию самал 2 д58 кв16. держат в доме ж/м ак-орго ул 7 д 33.', [['ADDRESS', 'джал 29 д14 кв 41'], ['ADDRESS', 'самал 2 д58 кв16'], ['ADDRESS', 'ж/м ак-орго ул 7 д 33']]],
  ]);

  itLeavesAlone([
    ['an interview\'s "Q:" and "A:", and letters that are words, where a transcript\'s lines open with them', 'en', 'Q: when did it start?\nA: in May. A man came.\nQ: and then?\nA: he left. В среду тоже.', /^(?:Q|A|В)$/],
    ['a word before an address in lower-case notes that is no area\'s name', 'ru', 'сейчас живёт у тёти ул улугбека 14. she lives behind 12 main st, flat 4.', /тёти|behind/],
  ]);
});

describe('held-out sets KK-KN and the 28th tester (6 December, eighteenth session)', () => {
  itFinds([
    ['the floor, the side and the letterbox after a Western house', 'en', 'She lives at via Privata Oslavia 7, scala B, 4° piano, int. 12 now. Address: C/ Alberto Palacios 41, 3º izda. (shared). She rents at Lange Kievitstraat 112 bus 3.', [['ADDRESS', 'via Privata Oslavia 7, scala B, 4° piano, int. 12'], ['ADDRESS', 'C/ Alberto Palacios 41, 3º izda.'], ['ADDRESS', 'Lange Kievitstraat 112 bus 3']]],
    ['a lower-case "via" before the articles of its name', 'en', 'She moved to a flat at via dei Volsci 88, scala A, int. 9 (San Lorenzo).', [['ADDRESS', 'via dei Volsci 88, scala A, int. 9']]],
    ['an address that stops before a document\'s number after it', 'en', 'She stays at calle de Toledo 97, 1º dcha. NIE Y3018472M.', [['ADDRESS', 'calle de Toledo 97, 1º dcha.'], ['IDNUM', 'Y3018472M']]],
    ['a social security or national register number in many groups', 'en', 'Social security number 2 88 11 99 111 214 37. Номер в национальном реестре 95.03.21-418.07.', [['IDNUM', '2 88 11 99 111 214 37'], ['IDNUM', '95.03.21-418.07']]],
    ['a Mossos\' TIP, a French officer\'s RIO, an agent\'s number', 'en', 'Agents with TIP 15823 and 20471 came. RIO number 1843275. The conduct of agent 3417.', [['IDNUM', '15823'], ['IDNUM', '20471'], ['IDNUM', '1843275'], ['IDNUM', '3417']]],
    ['Western European given names', 'en', 'A German couple, Frank and Sabine Lehmann. The host, "Corinne", wrote. To: Bart (lawyer). Another woman, Viola, came.', [['PERSON', 'Frank'], ['PERSON', 'Sabine Lehmann'], ['PERSON', 'Corinne'], ['PERSON', 'Bart'], ['PERSON', 'Viola']]],
    ['an initial after "со слов"', 'ru', 'Со слов Ш., угрожает сдать её в полицию.', [['PERSON', 'Ш.']]],
    ['a daughter\'s name that is a car\'s after "дочкой"', 'ru', 'Из Мариуполя, с дочкой Ладой 17 лет.', [['PERSON', 'Ладой']]],
    ['a personal number\'s groups joined by an en dash or a middle dot, or in five groups', 'en', 'Her personal code 120302–11457. IDNP 2002·0040·12345. Foreigner ID 99 618 453 72 0 given.', [['IDNUM', '120302–11457'], ['IDNUM', '2002·0040·12345'], ['IDNUM', '99 618 453 72 0']]],
    ['what she asks to be called', 'en', 'She said "call me Barbie". They call her Nika.', [['PERSON', 'Barbie'], ['PERSON', 'Nika']]],
    ['a door\'s side after the floor and its comma, a German attic', 'en', 'She was in rue Gabriel Péri 48, escalier C, 5e étage, porte droite. They live at Venloer Straße 503, Dachgeschoss.', [['ADDRESS', 'rue Gabriel Péri 48, escalier C, 5e étage, porte droite'], ['ADDRESS', 'Venloer Straße 503, Dachgeschoss']]],
    ['an Italian prosecutor\'s file with its register', 'en', 'He was arrested (criminal proceedings no. 11842/2024 RGNR).', [['IDNUM', '11842/2024 RGNR']]],
    ['an organisation\'s case codes opening a list\'s items, and again later', 'en', '1. ALM-031. Madina S., Almaty, extortion.\n2. AST-044. Assel Zh., Astana. Likely the same group as in ALM-031.', [['IDNUM', 'ALM-031'], ['PERSON', 'Madina S.'], ['IDNUM', 'AST-044'], ['PERSON', 'Assel Zh.'], ['IDNUM', 'ALM-031']]],
    ['two codes of one shape in a table\'s column, and a code of a shape already found', 'en', '| 1 | Florentina V. | BU-2024-011 |\n| 2 | Gina | BU-2024-014 |\nHer card number there is KRG-04471, Katya\'s is KRG-04473.', [['PERSON', 'Florentina V.'], ['IDNUM', 'BU-2024-011'], ['PERSON', 'Gina'], ['IDNUM', 'BU-2024-014'], ['IDNUM', 'KRG-04471'], ['PERSON', 'Katya'], ['IDNUM', 'KRG-04473']]],
    ['a respondent\'s code, a client\'s folder and card', 'ru', 'Код респондента: TR-0917. Оригиналы в папке клиента М-2024-117. Карточка клиента FC-0932.', [['IDNUM', 'TR-0917'], ['IDNUM', 'М-2024-117'], ['IDNUM', 'FC-0932']]],
    ['a number after "No" without its full stop', 'en', 'Proceedings are open, No 77/2024. Nevena\'s is No 1113з-892. Clinic patient No ΑΣ-23-5587.', [['IDNUM', '77/2024'], ['PERSON', 'Nevena'], ['IDNUM', '1113з-892'], ['IDNUM', 'ΑΣ-23-5587']]],
    ['Bulgarian file numbers with a letter inside after "номер"', 'ru', 'Номер преписки 1147р-2231/2023. Данче сфотографировала номер: 275р-3381.', [['IDNUM', '1147р-2231/2023'], ['PERSON', 'Данче'], ['IDNUM', '275р-3381']]],
    ['an Uzbek genitive of a name in Cyrillic, after its honorific too', 'ru', 'Мохирахоннинг онаси келди. Гулноранинг онаси.', [['PERSON', 'Мохирахоннинг'], ['PERSON', 'Гулноранинг']]],
    ['a surname that is a town\'s with a Turkic suffix after "Dr."', 'en', 'Today Dr. Karamanli took the time to explain.', [['PERSON', 'Karamanli']]],
    ['a Dutch floor, Dutch and Bulgarian given names', 'en', 'Lives at Hoefkade 612, 2e verdieping. Sanne + Rumi came. Gery had a cut.', [['ADDRESS', 'Hoefkade 612, 2e verdieping'], ['PERSON', 'Sanne'], ['PERSON', 'Rumi'], ['PERSON', 'Gery']]],
    ['a door\'s number in Russian, an entrance\'s ordinal after the house', 'ru', 'Квартира 5, дверь 7. Живёт: улица Айни, дом 12, второй подъезд, у сестры.', [['ADDRESS', 'Квартира 5, дверь 7'], ['ADDRESS', 'улица Айни, дом 12, второй подъезд']]],
    ['Vietnamese full names, the family name first', 'en', 'Caller: Nguyễn Thị Lan, 35. Her boss (Vũ Văn Dũng) told her. Run by Lê Văn Phúc.', [['PERSON', 'Nguyễn Thị Lan'], ['PERSON', 'Vũ Văn Dũng'], ['PERSON', 'Lê Văn Phúc']]],
    ['a lab sample\'s code, a programme card\'s code in mixed case, a client code with the month of birth', 'en', 'Client code OLKA0391F, confirmatory sample OD-24-03117. PrEP card PrEP-BSH-0274.', [['IDNUM', 'OLKA0391F'], ['IDNUM', 'OD-24-03117'], ['IDNUM', 'PrEP-BSH-0274']]],
    ['a Polish flat\'s "m." after its house without a street\'s word', 'en', 'I have the videos from Puławska 145 m. 52 too.', [['ADDRESS', 'Puławska 145 m. 52']]],
    ['one or three Cyrillic initials as court papers anonymise', 'ru', 'Остановил потерпевшую Н. и её знакомую С., посадил их. Показания потерпевшей К.Н.А. о том. Отвозил Д. и Н.Т. к клиентам.', [['PERSON', 'Н.'], ['PERSON', 'С.'], ['PERSON', 'К.Н.А.'], ['PERSON', 'Д.'], ['PERSON', 'Н.Т.']]],
    ['an operator\'s initials in a bracket after her name, and the same letters later', 'en', 'Operator: Ainura T. (AT). 14:20 AT asked if she wants a lawyer. Follow-up 09.12 (AT): deleted.', [['PERSON', 'Ainura T.'], ['PERSON', 'AT'], ['PERSON', 'AT'], ['PERSON', 'AT']]],
    ['Greek police and court numbers with their register\'s letters', 'en', 'Police report no. Α/Λ 344/2024. Case no. Δ.Δ.Π. 1742/2024. The arrest record (no. Α24/10338).', [['IDNUM', 'Α/Λ 344/2024'], ['IDNUM', 'Δ.Δ.Π. 1742/2024'], ['IDNUM', 'Α24/10338']]],
    ['a Gulf plate of digits alone, Gulf addresses by building, street, zone and block', 'ru', 'Javed drives a van, plate 60417. Позвала пожить: здание 14, улица 870, зона 26, кв. 7. Адрес: China Cluster, building T-09, flat 205.', [['PERSON', 'Javed'], ['PLATE', '60417'], ['ADDRESS', 'здание 14, улица 870, зона 26, кв. 7'], ['ADDRESS', 'China Cluster, building T-09, flat 205']]],
    ['a Ukrainian entrance with its apostrophe', 'ru', 'Тигр: я знаю, Садова 37, під\'їзд 2, кв. 48.', [['ADDRESS', 'Садова 37, під\'їзд 2, кв. 48']]],
    ['a card\'s code after a comma, a sample\'s digits in three parts, a call\'s card', 'en', 'She showed her OST card, M-4471. Referred with confirmatory sample 24-0331-77. Карточка обращения КРГ-24-077.', [['IDNUM', 'M-4471'], ['IDNUM', '24-0331-77'], ['IDNUM', 'КРГ-24-077']]],
    ['a town that is a given name in apposition before "who", a Polish surname after "пану"', 'ru', 'A third woman, Sofia, who is still in Berlin. Письмо пану Садовскому.', [['PERSON', 'Sofia'], ['PERSON', 'Садовскому']]],
    ['a name and its initial in a file\'s or a folder\'s name', 'en', 'Attached: Beridze_N_statement_signed.pdf and /cases/2023/Kristina_Lee/notes.docx.', [['PERSON', 'Beridze_N'], ['PERSON', 'Kristina'], ['PERSON', 'Lee']]],
    ['one initial before her age, two letters of a transliteration with an initial', 'en', '"They asked how much I charge." — R., 23, Tbilisi. "He took her." — Zh., 31, Bishkek. The fourth, Yu.M., 44, refused.', [['PERSON', 'R.'], ['PERSON', 'Zh.'], ['PERSON', 'Yu.M.']]],
    ['a case\'s code opening a paragraph before its bracket', 'en', 'Intro.\n\nUA-KH-22-003 (Kharkiv, detention and beating).', [['IDNUM', 'UA-KH-22-003']]],
    ['a phone dictated in words after the same written in digits, or after another number\'s end', 'ru', 'дала свой телефон: 8 (926) 418-35-07. Восемь девятьсот двадцать шесть, четыреста восемнадцать, тридцать пять, ноль семь.', [['PHONE', '8 (926) 418-35-07'], ['PHONE', 'Восемь девятьсот двадцать шесть, четыреста восемнадцать, тридцать пять, ноль семь']]],
    ['a name spelled out letter by letter', 'en', 'Surname, she spelled it: H-N-A-T-I-U-K. Н-А-Т-А-Л-Ь-Я.', [['PERSON', 'H-N-A-T-I-U-K'], ['PERSON', 'Н-А-Т-А-Л-Ь-Я']]],
    ['an address dictated in words after the street\'s name', 'ru', 'Адрес: Профсоюзная, девяносто три, корпус два, седьмой этаж, квартира сто сорок восемь. Kalvarijų ninety-eight, flat fourteen.', [['ADDRESS', 'Профсоюзная, девяносто три, корпус два, седьмой этаж, квартира сто сорок восемь'], ['ADDRESS', 'Kalvarijų ninety-eight, flat fourteen']]],
    ['a phone after "личный номер", a dossier\'s and a programme\'s code, a Ukrainian UNZR', 'ru', 'Личный номер Лизы — +7 (916) 204-38-77. Код по программе: TK-M-0912. Клиентка (досье TAS-23-118). UNZR 19970412-03518.', [['PERSON', 'Лизы'], ['PHONE', '+7 (916) 204-38-77'], ['IDNUM', 'TK-M-0912'], ['IDNUM', 'TAS-23-118'], ['IDNUM', 'UNZR 19970412-03518']]],
    ['a plate and a document\'s number dictated in words, letters spelled, after their words or their characters', 'en', 'The plate is zero one K G four eight two A D F, white. Паспорт, номер... щас... эф-а, четыре-один-семь, два-три-восемь-пять.', [['PLATE', 'zero one K G four eight two A D F'], ['IDNUM', 'эф-а, четыре-один-семь, два-три-восемь-пять']]],
    ['a Norwegian DUF number, a Finnish personal identity code by its shape, a dossier\'s number', 'en', 'DUF 2022 118304 96. Personal identity code 030491-986T. Dossier 19-771046.', [['IDNUM', '2022 118304 96'], ['IDNUM', '030491-986T'], ['IDNUM', '19-771046']]],
    ['a Swedish surname\'s "af", initials of a team in a bracket or joined by "+"', 'ru', 'Visitor: Johanna af Klercker. асель и я (Ж.) 21.30 точка. 2 чел (Дж. + А.), осторожно.', [['PERSON', 'Johanna af Klercker'], ['PERSON', 'асель'], ['PERSON', 'Ж.'], ['PERSON', 'Дж.'], ['PERSON', 'А.']]],
    ['a transliterated embankment with its letter and premises', 'en', 'They raided a salon at nab. Obvodnogo kanala 118, lit. A, pom. 12-N.', [['ADDRESS', 'nab. Obvodnogo kanala 118, lit. A, pom. 12-N']]],
    ['an Uzbek name with the tutuq before two letters', 'en', "We met Ra'no at the bazaar; Ra'no Karimova came later.", [['PERSON', "Ra'no"], ['PERSON', "Ra'no Karimova"]]],
    ['a French house before its street\'s word and the articles of its name', 'en', 'They kept her at 14 rue de la Paix in Lyon. He lives at 8, rue des Lilas.', [['ADDRESS', '14 rue de la Paix'], ['ADDRESS', '8, rue des Lilas']]],
    ['a street\'s name after an elided article', 'en', "She worked in a window at rue d'Aerschot 45. Room at Via dell'Indipendenza 12, int. 3. At 5 rue de l'Église.", [['ADDRESS', "rue d'Aerschot 45"], ['ADDRESS', "Via dell'Indipendenza 12, int. 3"], ['ADDRESS', "5 rue de l'Église"]]],
    ['Turkish court files by their register\'s letter or kind, an investigation\'s number', 'en', 'Court file E. 2024/2291; the judgeship\'s file 2025/1873 D.İş; Soruşturma No: 2024/18832.', [['IDNUM', 'E. 2024/2291'], ['IDNUM', '2025/1873 D.İş'], ['IDNUM', '2024/18832']]],
    ['a complaint\'s number of letters and digits after its word', 'en', 'She filed a wage complaint with MOHRE, no. MB219845372AE.', [['IDNUM', 'MB219845372AE']]],
    ['a name after "друг", even a word\'s form', 'ru', 'Акмаль и его друг Мага избивали её.', [['PERSON', 'Мага']]],
    ['a Romanian surname in -scu that starts with a place\'s letters', 'en', 'We met Patrascu near the station.', [['PERSON', 'Patrascu']]],
    ['a Lithuanian surname in capitals on a name tag', 'en', 'The name tag on the first one said PETRAUSKAS.', [['PERSON', 'PETRAUSKAS']]],
    ['a Russian month\'s form as a name after a label', 'ru', 'Рига, 17.07. Принимала: Марта (социальный работник).', [['PERSON', 'Марта']]],
    ['a home phone after "домашний", an Estonian avenue in Russian', 'ru', 'Домашний матери: 654 22 918. Квартира оформлена на неё: Сыпрузе пст 175-33.', [['PHONE', '654 22 918'], ['ADDRESS', 'Сыпрузе пст 175-33']]],
    ['a zero for an O at a name\'s edge in an OCR\'d scan', 'ru', 'Потерпевшая 0ксана Мельник и Бондаренк0 О.С.', [['PERSON', '0ксана Мельник'], ['PERSON', 'Бондаренк0 О.С.']]],
    ['a Russian passport\'s number in its two halves after its series', 'ru', 'Паспорт серия 45 19 № 612 488 выдан ОВД.', [['IDNUM', '45 19 № 612 488']]],
    ['a document\'s number typed digit by digit after its word', 'ru', 'Паспорт ЕК 4 5 1 2 3 9 выдан. Зарегистрировано в КУСП № 9 1 2 4.', [['IDNUM', 'ЕК 4 5 1 2 3 9'], ['IDNUM', '№ 9 1 2 4']]],
    ['a phone with an em dash or underscores between its groups', 'ru', 'Звонил с 8(903)418_27_60 и с 8 911 — 027 — 44 — 91 ночью.', [['PHONE', '8(903)418_27_60'], ['PHONE', '8 911 — 027 — 44 — 91']]],
    ['a nickname in quotes after "звала" or "обращаться"', 'ru', 'Нона звала его «Лысый». Просит обращаться: «Сева».', [['PERSON', 'Нона'], ['PERSON', 'Лысый'], ['PERSON', 'Сева']]],
  ]);

  itLeavesAlone([
    ['a free-phone line in groups after "number"', 'en', 'Gave her our card with the team number and the 0800 800 678 line.', /0800/],
    ['a year and a sum after an em dash', 'en', 'Unpaid wages for February–May 2023 — 11 460 zł gross.', /2023|11 460/],
    ['marks listed digit by digit in the sentence after a passport', 'en', 'passport FA 0 8 7 2 3 4 1. Оценка 5 4 3 2 1 баллов.', /5 4 3 2 1/],
    ['districts of the Baltic capitals and Bishkek', 'en', 'Riga, Imanta and Latgale side; Vilnius, Naujininkai; Bishkek, Sovmin and Kok-Jar.', /Imanta|Latgale|Naujininkai|Sovmin|Kok|Jar/],
    ['a lawyer\'s "Av." before her name as no avenue', 'en', 'Prepared by Av. Selin Aktaş, 3 October 2023.', /Av\./],
    ['plates and postal codes of one shape as no register\'s codes', 'en', 'Client in a grey Prius, PP-118-GE; later BB-406-NN. Address: Dzirnavu iela 91, Rīga, LV-1011; her sister at LV-1050.', /^(?:PP-118|BB-406|LV-10\d\d)$/],
    ['a Russian word that is a Bulgarian name in Latin letters', 'ru', 'хз где стоянка. калина красная.', /стоянка|калина/],
    ['"Van" of a Dutch name after a Vietnamese Văn, one Cyrillic letter alone in a plain sentence, a knock on a door', 'ru', 'Run by Lê Văn Phúc. The Van Gogh museum. Группа А. и другие. В г. Бишкек. Стучала в дверь 3 раза.', /^(?:Van|А\.|г\.|дверь 3)$/],
    ['a country\'s code in a bracket after a name, a town in apposition before "which", a year after "plates"', 'en', 'Maria (MD) came. The city, Sofia, which is cold. Plates 2024 model.', /MD|Sofia|2024/],
    ['a file\'s extension, a standard\'s number opening a line, an abbreviation spelled', 'en', 'Files: notes.pdf, scan.jpg.\nISO-9001: applies. The U-S-A trip.', /pdf|jpg|ISO|U-S-A/],
    ['a door without its number after the floor', 'en', 'Vídeňská 54, 3. patro, door with no name. Please call her Monday.', /door|Monday/],
    ['a bus\'s number, "per" and a count, a Roman district after "San"', 'en', 'She took bus 42 to the station, twice per 2 days, from San Lorenzo.', /42|per|San|Lorenzo/],
  ]);
});

describe('held-out sets LM-MN and the 31st and 32nd testers (6 December, nineteenth session)', () => {
  itFinds([
    ['common English and Greek given names with a surname no list holds', 'en', 'James Walker, the landlord, took her passport. Keyworker: Fotini. She met Christina at the shelter.', [['PERSON', 'James Walker'], ['PERSON', 'Fotini'], ['PERSON', 'Christina']]],
    ['a Greek transliteration\'s initial "Th." before or after a name', 'en', 'Lawyer: Th. Karagianni. From: Christina Th. Date: 14 March.', [['PERSON', 'Th. Karagianni'], ['PERSON', 'Christina Th.']]],
    ['an initial before an Arabic article or a Dutch particle', 'en', 'Next steps: lawyer mr. S. El Amrani to file; adviser mr. E. de Boer-Visser agrees.', [['PERSON', 'S. El Amrani'], ['PERSON', 'E. de Boer-Visser']]],
    ['a transliteration\'s initial in capitals, and "Дж." with its full stop', 'ru', 'перевод на карту (name on transfer SH. ERGASHEV). 2 чел (Дж. + А.).', [['PERSON', 'SH. ERGASHEV'], ['PERSON', 'Дж.'], ['PERSON', 'А.']]],
    ['a police case\'s number of eight digits after a bare "case"', 'en', 'Contact: investigator Sunniva Lie, Trøndelag politidistrikt, case 15337802.', [['PERSON', 'Sunniva Lie'], ['IDNUM', '15337802']]],
    ['one capital and nine digits said with no word', 'en', 'The case worker asked me last time, it\'s F002518734.', [['IDNUM', 'F002518734']]],
    ['a medical card\'s number after "номер"', 'ru', 'Потом посмотрели. Медкарта номер 18-4472.', [['IDNUM', '18-4472']]],
    ['a Polish account in all its groups, a prosecutor\'s file, an officer\'s ID in two groups, a number worn', 'en', 'Transfer to 48 1020 5226 0000 6102 0417 7395. Case PO I Ds. 41.2023. Officer ID no. 136 571. He wore the number SG 04417.', [['IDNUM', '48 1020 5226 0000 6102 0417 7395'], ['IDNUM', 'PO I Ds. 41.2023'], ['IDNUM', '136 571'], ['IDNUM', 'SG 04417']]],
    ['a contact shown in a chat, a nickname saved as a contact', 'ru', 'Sender shown as "Andrei BMW". Отправитель: контакт «Серый», номер скрыт.', [['PERSON', 'Andrei BMW'], ['PERSON', 'Серый']]],
    ['an initial signing a transcript and the text\'s last word', 'en', 'Transcribed by D. for the case file. The certificates are with me, I will scan them tomorrow. T.', [['PERSON', 'D.'], ['PERSON', 'T.']]],
    ['Moldovan and Turkish given names', 'en', 'The other women: Nadea and Mărioara. Next: meet with Av. Ece at our office.', [['PERSON', 'Nadea'], ['PERSON', 'Mărioara'], ['PERSON', 'Ece']]],
    ['initials after "translated by"', 'en', 'Original in Georgian, translated by N.K. Spelling as in the original.', [['PERSON', 'N.K.']]],
    ['a surname that is an adjective before a given name and a patronymic', 'ru', 'хочешь чтоб его увидела мама? Бережная Тамара Ивановна, вк скинул.', [['PERSON', 'Бережная Тамара Ивановна']]],
    ['Balkan streets named after a person in the genitive, with "bb" or a floor in words', 'en', 'She lives at Ivana Gorana Kovačića bb (no number). Znam gdje ti je mater, Mije Keroševića 22, drugi sprat.', [['ADDRESS', 'Ivana Gorana Kovačića bb'], ['ADDRESS', 'Mije Keroševića 22, drugi sprat']]],
    ['a street after "address was given as"', 'en', 'The address was given as Partizanska 132a in the order.', [['ADDRESS', 'Partizanska 132a']]],
    ['a Hungarian personal number, an Austrian court\'s case and the BFA\'s number, a French matricule', 'en', 'személyi szám 2-960807-3315; case no. W283 2274411-1; IFA-Zahl 1327748905; matricule 4127.', [['IDNUM', '2-960807-3315'], ['IDNUM', 'W283 2274411-1'], ['IDNUM', '1327748905'], ['IDNUM', '4127']]],
    ['an organisation\'s own codes after "intake no.", "internal number", "CRM as" and in a bracket after "case"', 'en', 'Intake no. SH-KH-23-064. We keep her under internal number DU-23-041; registered in CRM as MSK-1211-07; Timur passed the case (MSK-24-044) on.', [['IDNUM', 'SH-KH-23-064'], ['IDNUM', 'DU-23-041'], ['IDNUM', 'MSK-1211-07'], ['PERSON', 'Timur'], ['IDNUM', 'MSK-24-044']]],
    ['a card\'s last four digits after its word', 'en', 'Sitora transferred 15 000 to the card ending 3390 in March; на карту, которая заканчивается на 4417.', [['PERSON', 'Sitora'], ['IDNUM', '3390'], ['IDNUM', '4417']]],
    ['a lower-case initial after a lower-case name, with or without its full stop', 'en', 'Truck stop. lena b. and her cousin are ok. Near the station tanya k says a client hit her.', [['PERSON', 'lena b.'], ['PERSON', 'tanya k']]],
    ['a Ukrainian building\'s "kor." between the house and the flat', 'en', 'Actually residing at prosp. Slobozhanskyi, bud. 95, kor. 3, kv. 71, Dnipro.', [['ADDRESS', 'prosp. Slobozhanskyi, bud. 95, kor. 3, kv. 71, Dnipro']]],
    ['an abbreviation\'s letters as a client\'s initials after her label or before her verb', 'en', 'Client: N.B. (asked us not to write her name). Later N.B. was stopped by patrol police. N.B. The office closes at six.', [['PERSON', 'N.B.'], ['PERSON', 'N.B.']]],
    ['programme codes in mixed case after "referral no." and "номер у меня", a patient\'s code with its sex\'s letter', 'ru', 'Referral no. PrEP-CH-0229. Я на PrEP, номер у меня TB-PrEP-2291. Код пациентки ALM-0823-Ж.', [['IDNUM', 'PrEP-CH-0229'], ['IDNUM', 'TB-PrEP-2291'], ['IDNUM', 'ALM-0823-Ж']]],
    ['a car\'s number after "номер" as a plate', 'ru', 'Серый «Пассат», номер KJ-2048, стоял у входа.', [['PLATE', 'KJ-2048']]],
    ['a register\'s numbers after "register Nos."', 'en', 'Complaints to the prosecutors (register Nos. 01-102-2023-004719 and 01-101-2023-011638) were refused.', [['IDNUM', '01-102-2023-004719'], ['IDNUM', '01-101-2023-011638']]],
    ['a surname in capitals after a colon that closes a sentence about a name tag', 'en', 'She read the name tag of the one who hit her: BĂLAN. The other was older.', [['PERSON', 'BĂLAN']]],
    ['a lower-case initial before a bracket', 'en', 'gave the address of the free clinic - maria k (not the other one) - pregnant again', [['PERSON', 'maria k']]],
    ['a nickname in quotes between a given name and a surname, one name', 'en', 'Client: Tetiana "Tania" Hrytsenko, 31. Respondent: Yevheniia «Zhenia» Moroz.', [['PERSON', 'Tetiana "Tania" Hrytsenko'], ['PERSON', 'Yevheniia «Zhenia» Moroz']]],
    ['a phone glued to its word', 'en', 'her mama nomer87014452318 pls dont call; дала свой номер87756042219 вчера', [['PHONE', '87014452318'], ['PHONE', '87756042219']]],
    ['a client\'s initials after "client" with no colon, initials after "инициалы –"', 'en', 'Re: client N.B. – extortion by patrol. Subject: sextortion – client K., Yerevan. Позже я узнала его инициалы – О.В. Он ушёл.', [['PERSON', 'N.B.'], ['PERSON', 'K.'], ['PERSON', 'О.В.']]],
    ['a case\'s code on an e-mail\'s subject line, after "ДЕЛО", an Austrian penalty\'s reference', 'en', 'Subject: Re: closing – Osh police case – OR-2023-019\nТема: Re: [ДЕЛО К-2023-077] итог\nSubject: Beschwerde – GZ VStV/923104718322', [['IDNUM', 'OR-2023-019'], ['IDNUM', 'К-2023-077'], ['IDNUM', 'VStV/923104718322']]],
    ['short badge and warrant numbers after their words', 'en', 'His collar number 4127 was visible. Warrant number 7215. He showed his ID number, 4417. Показал удостоверение с номером 42 117.', [['IDNUM', '4127'], ['IDNUM', '7215'], ['IDNUM', '4417'], ['IDNUM', '42 117']]],
    ['an Irish PPS number, a case number after "is", a patent\'s series before "no."', 'en', 'He wrote down my PPS 5810432P. The case number is 3318/2023. Russian work patent series 77 no. 2300459118.', [['IDNUM', '5810432P'], ['IDNUM', '3318/2023'], ['IDNUM', '77 no. 2300459118']]],
    ['Montenegro\'s court registers with "br."', 'en', 'Misdemeanour Court Podgorica: PP br. 1123/24. Prosecutor in Kotor: Kt. br. 388/24.', [['IDNUM', 'PP br. 1123/24'], ['IDNUM', 'Kt. br. 388/24']]],
    ['a Dutch particle after a given name of a pack, a nickname everyone says', 'en', 'Dennis de Vries, the landlord, came. His name Kanybek but everyone says Kana.', [['PERSON', 'Dennis de Vries'], ['PERSON', 'Kanybek'], ['PERSON', 'Kana']]],
    ['a name spelled with lower-case letters, full stops or spaces between them', 'ru', 'Её зовут Н-а-т-а-ш-а, а подругу A.s.e.l и Ш а х н о з а.', [['PERSON', 'Н-а-т-а-ш-а'], ['PERSON', 'A.s.e.l'], ['PERSON', 'Ш а х н о з а']]],
    ['handles and an address said in words', 'en', 'insta: nino dot b dot 95, tg kamola underscore ist underscore 21; почта leyla_m \'at\' yandex \'dot\' ru, в инсте гуля точка алматы', [['HANDLE', 'nino dot b dot 95'], ['HANDLE', 'kamola underscore ist underscore 21'], ['EMAIL', "leyla_m 'at' yandex 'dot' ru"], ['HANDLE', 'гуля точка алматы']]],
    ['a phone typed digit by digit in long groups', 'en', 'Her number: 0 7 0 5 – 1 2 – 3 4 – 8 8, call after six. +49 1 5 7 - 3 2 8 1 - 9 0 4 4 is his.', [['PHONE', '0 7 0 5 – 1 2 – 3 4 – 8 8'], ['PHONE', '+49 1 5 7 - 3 2 8 1 - 9 0 4 4']]],
    ['a surname, a comma and a given name after a label; a quoted name after "known as"', 'en', 'Client: Sidorova, Jelena. She borrowed from a man known as "Dima Bolt" last spring.', [['PERSON', 'Sidorova, Jelena'], ['PERSON', 'Dima Bolt']]],
    ['an IBAN without spaces after "transfer", a police reference of eight digits', 'en', 'Transfer to LV54HABA0551032718264 today. Norwegian police reference: 14519377.', [['IDNUM', 'LV54HABA0551032718264'], ['IDNUM', '14519377']]],
    ['initials after a moderator\'s, an observer\'s and a note\'s or translation\'s "by"', 'en', 'Moderator: L.A.; observer: S.G.. English translation by T.L. Recording follows; notes by K. for the file.', [['PERSON', 'L.A.'], ['PERSON', 'S.G.'], ['PERSON', 'T.L.'], ['PERSON', 'K.']]],
    ['an Irish plate, a number worn on a shirt, a Norwegian number after "answers at"', 'en', '[22:14] Lena: 191-D-23418 silver skoda again. He had shirt number 14-0932. He answers at 412 83 507 only.', [['PERSON', 'Lena'], ['PLATE', '191-D-23418'], ['IDNUM', '14-0932'], ['PHONE', '412 83 507']]],
    ['a surname in -ов in the case of the patronymic after it', 'ru', 'Передали Орлову Анну Петровну в руки.', [['PERSON', 'Орлову Анну Петровну']]],
    ['a flight\'s booking code and an e-ticket\'s number', 'en', 'Turkish Airlines, e-ticket 235-2418836571, booking code KX7Q4P. Код бронирования PGX4HD.', [['IDNUM', '235-2418836571'], ['IDNUM', 'KX7Q4P'], ['IDNUM', 'PGX4HD']]],
    ['a Croatian misdemeanour register before its number, a case folder\'s code, a history of illness\' letters', 'en', 'Prekršajni sud u Zagrebu, Pp J-2317/2023. Originals are in the case folder BG-23-057. Номер истории болезни ИБ 23/7714.', [['IDNUM', 'Pp J-2317/2023'], ['IDNUM', 'BG-23-057'], ['IDNUM', 'ИБ 23/7714']]],
    ['a Czech address broken by a dash between the town and its district', 'en', 'Residing at Sokolovská 312/47, Praha 8 – Libeň, 2. patro, byt 8. Phone follows.', [['ADDRESS', 'Sokolovská 312/47, Praha 8 – Libeň, 2. patro, byt 8']]],
    ['a Croatian basement after the house, Serbian and Croatian diminutives', 'en', 'She lived at Ulica kralja Tomislava kbr. 12, suteren. Bilja is back. Shift: Dunja / Hrvoje.', [['ADDRESS', 'Ulica kralja Tomislava kbr. 12, suteren'], ['PERSON', 'Bilja'], ['PERSON', 'Dunja'], ['PERSON', 'Hrvoje']]],
    ['initials after "translated from two languages by"', 'en', 'Translated from Russian and Uzbek by N.. Contact name as saved follows.', [['PERSON', 'N.']]],
    ['West African given names that are words, a surname after "от имени", a Georgian ministry\'s registration number, a short client code', 'en', 'Blessing, Precious and Gift were kept at the station. Жалоба от имени Касымовой А.Б. готова. Registration No. MIA 4 24 00917632. Alina\'s code ГЖ1997Ж.', [['PERSON', 'Blessing'], ['PERSON', 'Precious'], ['PERSON', 'Gift'], ['PERSON', 'Касымовой А.Б.'], ['IDNUM', 'No. MIA 4 24 00917632'], ['PERSON', 'Alina'], ['IDNUM', 'ГЖ1997Ж']]],
    ['a Turkish lawyer after "Av."', 'en', 'Follow-up: lawyer Av. Aydemir to write to her.', [['PERSON', 'Aydemir']]],
    ['Azerbaijani given names with their letters', 'en', 'Friend with her in the hostel: Aytac. The Səidə case from June is known.', [['PERSON', 'Aytac'], ['PERSON', 'Səidə']]],
    ['Hungarian and Georgian given names in notes', 'en', '21:45 Kitti (HU) came back. Дато за рулём.', [['PERSON', 'Kitti'], ['PERSON', 'Дато']]],
  ]);

  itLeavesAlone([
    ['German nouns capitalised as German writes them', 'en', 'The facts support § 104a StGB (Menschenhandel) and schwere Nötigung; the Strafbefehl came; ask about the Verbrechensopfergesetz.', /Menschenhandel|Nötigung|Strafbefehl|Verbrechensopfergesetz/],
    ['a role written as an adjective before a given name and a patronymic', 'ru', 'Оперуполномоченный Тимур Рашидович сказал, что ждёт.\nУважаемая Ольга Викторовна, пишу вам.', /Оперуполномоченный|Уважаемая/],
    ['a sum after "case"', 'en', 'In case 150000 som are asked, refuse.', /150000/],
    ['words cut short in terse Russian notes, pronouns writing a chat', 'ru', 'раздали конд и лубр, конс по ВИЧ, сопр в клинику.\n[23:14] он: ты где\n[23:40] она: дома', /^(?:конд|лубр|конс|сопр|он|она)$/],
    ['cities of the world\'s time zones that end like surnames, the Irish police', 'en', 'Flight to Dublin via Berlin; the garda station in Cork.', /Dublin|Berlin|garda|Cork/],
    ['a chat\'s next line with its day and time after a flat\'s number', 'en', 'flat 207\n04.05 23:10 she called', /04\.05/],
    ['"e.g." before a name, "Peace" in a law\'s title', 'en', 'e.g. Alina\'s code. Fined under the Law on Public Order and Peace.', /e\.g|Peace/],
    ['an Irish free line after its name', 'en', 'Garda Confidential 1800 666 111 is open at night.', /1800/],
    ['"at" and "dot" in prose', 'en', 'Meet at nine at Lenin square; we met at the point dot of night.', /at|dot/],
    ['a word and a number after a lower-case "no."', 'en', 'Signed by officer Krstić, ID no. 207741. In 2023 no. 1234567 was paid.', /^(?:ID no\.|2023 no\.)/],
    ['a lower-case word quoted after "контакт"', 'ru', 'Мохира дала контакт «агента» в Стамбуле.', /агента/],
  ]);
});

describe('held-out sets MS-NP and the 33rd and 34th testers (6 December, twentieth session)', () => {
  itFinds([
    ['a German court\'s letters after the year of its file', 'en', 'Ref. 4 L 2219/24.F.A; the Amtsgericht ordered custody (file 931 XIV 1184/23 B).', [['IDNUM', '4 L 2219/24.F.A'], ['IDNUM', '931 XIV 1184/23 B']]],
    ['initials after "перепечатала"', 'ru', 'Текст перепечатала Д.М. без правок.', [['PERSON', 'Д.М.']]],
    ['a badge, and a sum in groups of thousands after it that is no second badge', 'ru', 'Сержант Омаров (жетон 14-0731) требовал от неё 150 000 тенге.', [['PERSON', 'Омаров'], ['IDNUM', '14-0731']]],
    ['a Hungarian diminutive in brackets', 'en', 'The man she cleaned for (Gyuri) kept her pay.', [['PERSON', 'Gyuri']]],
    ['a username writing a chat after the time in brackets', 'en', '[02:14] marko.zg.private: i know where u live', [['HANDLE', 'marko.zg.private']]],
    ['Azerbaijani districts named before the street', 'en', 'The raid was on Nəsimi r., Füzuli küç. 61, mənzil 14 at night.', [['ADDRESS', 'Nəsimi r., Füzuli küç. 61, mənzil 14']]],
    ['a detention log\'s entries, initials after a list\'s number', 'en', 'Taken: 1. L. K., 24 – log entry 2281 – fined. 2. S. T., 30 – log entry 2282 – released.', [['PERSON', 'L. K.'], ['IDNUM', '2281'], ['PERSON', 'S. T.'], ['IDNUM', '2282']]],
    ['Spanish and Italian case numbers after their words, a Spanish badge', 'en', 'Diligencias previas 2207/2023 were opened; procedimento n. 6610/2024 RGNR in Turin; fascicolo N. 3307/2024 mod. 45. The officer, placa 118903, laughed.', [['IDNUM', '2207/2023'], ['IDNUM', '6610/2024 RGNR'], ['IDNUM', '3307/2024 mod. 45'], ['IDNUM', '118903']]],
    ['a Spanish door\'s letter after the floor and after "bajo"', 'en', 'She lived at Calle de Toledo 41, 2º C, and later at Calle de Alcalá 12, bajo B; neither is safe.', [['ADDRESS', 'Calle de Toledo 41, 2º C'], ['ADDRESS', 'Calle de Alcalá 12, bajo B']]],
    ['a Montenegrin court\'s letters with its branch\'s', 'en', 'The record is at the misdemeanour court, case PP-Ba 2209/24.', [['IDNUM', 'PP-Ba 2209/24']]],
    ['a Korean given name of two syllables joined by a hyphen', 'en', 'The landlady, Park Mi-sook, kept the deposit.', [['PERSON', 'Park Mi-sook']]],
    ['an e-mail with a stray space after "@" or before its last dot', 'en', 'Write to oksana.v91@ gmail.com or to dina_k@mail .ru today.', [['EMAIL', 'oksana.v91@ gmail.com'], ['EMAIL', 'dina_k@mail .ru']]],
    ['letters a scan reads for digits among digits spaced out', 'en', 'PESEL 8 5 0 3 l 4 0 7 2 6 1 on the copy; mobile +7 (9l6) 5O2-ll-8 4.', [['IDNUM', '8 5 0 3 l 4 0 7 2 6 1'], ['PHONE', '+7 (9l6) 5O2-ll-8 4']]],
    ['a name and an address broken by a hyphen at a line\'s end', 'ru', 'в отношении ПЕТРОВОЙ АННЫ СЕРГЕЕВ-\nНЫ, проживающей: ул. Комсо-\nмольская, д. 12, кв. 3.', [['PERSON', 'ПЕТРОВОЙ АННЫ СЕРГЕЕВ-\nНЫ'], ['ADDRESS', 'Комсо-\nмольская, д. 12, кв. 3']]],
    ['an Israeli flat after its street, Hebrew and Greek registers\' letters', 'en', 'They lived at rechov Masada 21, dira 6. Police file פל"א 22817/2025; Cyprus police file ΑΡ. ΦΑΚ. 518/2024.', [['ADDRESS', 'rechov Masada 21, dira 6'], ['IDNUM', 'פל"א 22817/2025'], ['IDNUM', 'ΑΡ. ΦΑΚ. 518/2024']]],
    ['a Russian lane written in Latin letters', 'en', 'He rents a room at per. Sadovy 14 from an Uzbek foreman.', [['ADDRESS', 'per. Sadovy 14']]],
    ['a Belarusian plate whose letters OCR could read for digits', 'en', 'He drives a grey Passat, 4417 OO-7, at night.', [['PLATE', '4417 OO-7']]],
    ['a Russian protocol\'s region before its series, Chechen and Bulgarian given names', 'en', 'Protocol 02 АП 00418377 was written. Team: Zaur and Kostadin.', [['IDNUM', '02 АП 00418377'], ['PERSON', 'Zaur'], ['PERSON', 'Kostadin']]],
    ['a peer programme\'s code of letters and digits glued after "код"', 'ru', 'Клиентка: Зарина, код ZAKA0291.', [['PERSON', 'Зарина'], ['IDNUM', 'ZAKA0291']]],
    ['an entrance written "pod." in Latin letters', 'en', 'Her address: ul. Lenina, d. 12, pod. 3, kv. 45, near the market.', [['ADDRESS', 'ul. Lenina, d. 12, pod. 3, kv. 45']]],
    ['a nickname in quotes that a person\'s verb follows', 'ru', 'Потом «Жираф» приехал снова.', [['PERSON', 'Жираф']]],
    ['a chat written by a contact saved with a word after her name', 'en', '[18/07 09:14] Vasile hotel: you are not coming?\n[18/07 09:20] Georgiana: I am sick', [['PERSON', 'Vasile'], ['PERSON', 'Georgiana']]],
  ]);

  itLeavesAlone([
    ['oil fields and villages in Russian case forms, an adverb with a patronymic\'s letters', 'ru', 'Она родом из Бейнеу, работала в Жетыбае, клиенты — в основном вахтовики с Каламкаса.', /Бейнеу|Жетыбае|основном|вахтовики|Каламкаса/],
    ['a district court by its adjective, a payment service', 'en', 'The Lyublinsky court fined her; the money went through Idram.', /Lyublinsky|Idram/],
    ['border crossings of Ukraine, Hungary and Romania', 'en', 'They crossed at Luzhanka–Beregsurány and later at Porubne.', /Luzhanka|Beregsur|Porubne/],
    ['a South Slavic town in its case, a word for rotation workers', 'en', 'Sud za prekršaje u Budvi fined her; the vakhtoviki came at night.', /Budvi|vakhtoviki/],
    ['a nationality after "known" and a comma, Spanish and Italian places and courts', 'en', 'Dorina (known, Romanian) works near Ruzafa; under art. 177 bis Código Penal the Juzgado de Instrucción was told.', /Romanian|Ruzafa|Código|Instrucción/],
  ]);
});

describe('held-out sets from NQ and the 35th tester (6 December, twenty-first session)', () => {
  itFinds([
    ['a name whose two halves were both found across a hyphen at a line\'s end', 'ru', 'ФИО задержанной: ШЕРЕМЕТЬЕВА ОЛЬГА ВИК-\nТОРОВНА\nМесто жительства: не указано.', [['PERSON', 'ШЕРЕМЕТЬЕВА ОЛЬГА ВИК-\nТОРОВНА']]],
    ['initials before the next field\'s label on the same line', 'ru', 'Интервьюер: М.К. Респондентка: Т. Л.', [['PERSON', 'М.К.'], ['PERSON', 'Т. Л.']]],
    ['a form\'s next label after a name is no part of it, labels of German, Albanian and Italian forms', 'en', 'Imię: Ewa Nazwisko: Nowak. Nachname: Keller. Mbiemri: Hoxha. Nome: Giulia, cognome: Bianchi.', [['PERSON', 'Ewa'], ['PERSON', 'Nowak'], ['PERSON', 'Keller'], ['PERSON', 'Hoxha'], ['PERSON', 'Giulia'], ['PERSON', 'Bianchi']]],
    ['a surname that is a word after one initial and a person\'s word or a label', 'ru', 'Сотрудник: М. Гайдамак. Принял врач О. Бондарь, записала М. Сокол.', [['PERSON', 'М. Гайдамак'], ['PERSON', 'О. Бондарь'], ['PERSON', 'М. Сокол']]],
    ['a folder\'s code with two letters at its end, samples\' codes with a digit in their letters, an incoming letter\'s number in lower case', 'ru', 'Консультация (папка TG-0707-KV). Образцы CD4-05512 и ВН-05513. Жалобу в прокуратуру отправили, вх. № ж-1902-24.', [['IDNUM', 'TG-0707-KV'], ['IDNUM', 'CD4-05512'], ['IDNUM', 'ВН-05513'], ['IDNUM', '№ ж-1902-24']]],
    ['a month\'s name of another language listed after a name, a usernames ending in a number, an account\'s id', 'en', 'Team: Rasa, Julius. Direct from kairat.kz.777: pay. Instagram: mr.kg777. His user id u148830271.', [['PERSON', 'Rasa'], ['PERSON', 'Julius'], ['HANDLE', 'kairat.kz.777'], ['HANDLE', 'mr.kg777'], ['HANDLE', 'u148830271']]],
    ['a nickname in lower case in quotes before a person\'s verb, a surname that is a word\'s form before a verb', 'ru', 'Пять девочек. «малая» говорит, что Кочетов сказал ей уйти.', [['PERSON', 'малая'], ['PERSON', 'Кочетов']]],
    ['a Russian plate whose series OCR could read for zeros, one in lower case after a van\'s name', 'en', 'A white Land Cruiser Р 999 ОО 178; they brought her in the police gazelle о 457 мк 96.', [['PLATE', 'Р 999 ОО 178'], ['PLATE', 'о 457 мк 96']]],
    ['Russian court cases by their shape alone, a Serbian register\'s letter and digit after "№"', 'ru', 'Список на двери: 5-233/2024, 5-234/2024. Дело об опеке, № П2 1184/24.', [['IDNUM', '5-233/2024'], ['IDNUM', '5-234/2024'], ['IDNUM', '№ П2 1184/24']]],
    ['a username with a Turkish letter, a Turkish name in Cyrillic with an initial, a given name after a street\'s "St."', 'en', 'Profile "tatlı_adam_07" wrote; Эмре Т. paid. On Sherif Khimshiashvili St. Nata told us.', [['HANDLE', 'tatlı_adam_07'], ['PERSON', 'Эмре Т.'], ['PERSON', 'Nata']]],
    ['writers of a chat copied in lower case whose names are words, each opening several lines', 'ru', 'вера: девочки кто сегодня\nнадя: я\nвера: скинь адрес\nнадя: скину вечером', [['PERSON', 'вера'], ['PERSON', 'надя'], ['PERSON', 'вера'], ['PERSON', 'надя']]],
    ['a nickname in quotes that a dash or "is" calls one', 'en', '«Кошка» — прозвище. Note: "Fox" is the nickname of the group\'s admin.', [['PERSON', 'Кошка'], ['PERSON', 'Fox']]],
    ['a Moldovan report\'s series with seven digits, a phone after a SIM\'s word, an initial opening a paragraph before a verb', 'ru', 'Протокол серия MAI04 0613384. Новая симка 29 073 418.\n\nГ. просит не передавать её данные.', [['IDNUM', 'MAI04 0613384'], ['PHONE', '29 073 418'], ['PERSON', 'Г.']]],
    ['a badge in two groups of three, an IBAN with a space after its country, client codes', 'en', 'He showed a police badge with the number 186 402. Rent went to his account PL 27 1140 2004 0000 3102 7764 1180. Client ID in our database: OD-0562; contact log, client MN-047.', [['IDNUM', '186 402'], ['IDNUM', 'PL 27 1140 2004 0000 3102 7764 1180'], ['IDNUM', 'OD-0562'], ['IDNUM', 'MN-047']]],
    ['a landlord named after a house\'s number, a Ukrainian room written "kim.", a profile\'s name in Cyrillic with underscores', 'en', 'She rents in a private house, Kenesary street 56, from Zhumabek Turlybekov, about 60. The hostel at vul. Chornomorskoho Kozatstva 70, kim. 14. Profile name "Камилла_азиатка_19".', [['ADDRESS', 'Kenesary street 56'], ['PERSON', 'Zhumabek Turlybekov'], ['ADDRESS', 'vul. Chornomorskoho Kozatstva 70, kim. 14'], ['HANDLE', 'Камилла_азиатка_19']]],
    ['a Slovak street without its word after a known town, Kyrgyz streets in Latin letters, a Hungarian rank before a surname first', 'en', 'Her mother\'s house in Trebišov, Komenského 9, is near. She lives on Lenin köchösü 41. The officer: főtörzsőrmester Kiss Ádám.', [['ADDRESS', 'Komenského 9'], ['ADDRESS', 'Lenin köchösü 41'], ['PERSON', 'Kiss Ádám']]],
    ['a letter\'s incoming number with a letter between its parts, a case registered "as No."', 'ru', 'Жалоба в прокуратуру района (вх. № 3411-ж-23). The case would be registered as No. 4-1129.', [['IDNUM', '№ 3411-ж-23'], ['IDNUM', 'No. 4-1129']]],
    ['a Tajik street written "ku.", a dormitory\'s number in Russian, a profile in quotes after its network\'s user and a comma or before its network', 'en', 'Registered at ku. Bukhoro 17, khona 34. Жил в общежитии № 4, комната 318. A Grindr user, "Emre34_", came; then "hovo.yerevan" disappeared from Hornet.', [['ADDRESS', 'ku. Bukhoro 17, khona 34'], ['ADDRESS', 'общежитии № 4, комната 318'], ['HANDLE', 'Emre34_'], ['HANDLE', 'hovo.yerevan']]],
    ['a lawyer\'s warrant numbered short, a Bulgarian two-letter initial, protocols listed after their plural', 'ru', 'Приложение: ордер № 219. Составитель — мл. инспектор Ст. Андонов. Protocol numbers: 0021457, 0021458 and 0021463.', [['IDNUM', '№ 219'], ['PERSON', 'Ст. Андонов'], ['IDNUM', '0021457'], ['IDNUM', '0021458'], ['IDNUM', '0021463']]],
    ['a Korean name whose given name ends in a street\'s syllable, then its surname alone; Korean flats and lanes; a Korean bank\'s account', 'en', 'An "agent", Park Young-gil, met them. Park then said the debt grew. She lived at «Хансоль», 105-дон 1203-хо, then at Gojan 1-gil 17, 401-ho. Send to kookmin 481202-04-197733.', [['PERSON', 'Park Young-gil'], ['PERSON', 'Park'], ['ADDRESS', '«Хансоль», 105-дон 1203-хо'], ['ADDRESS', 'Gojan 1-gil 17, 401-ho'], ['IDNUM', '481202-04-197733']]],
    ['a programme\'s UIC, a Latvian two-letter initial, an IBAN without spaces, a Romanian prosecutor\'s file without its word', 'en', 'Client UIC in our programme: OYKU-150390. Our lawyer, Dz. Stepiņa, appealed. He sent it to GE12BG0000000498301755. Subject: 813D/P/2021, request.', [['IDNUM', 'OYKU-150390'], ['PERSON', 'Dz. Stepiņa'], ['IDNUM', 'GE12BG0000000498301755'], ['IDNUM', '813D/P/2021']]],
    ['a surname that is a word before a given name, a patronymic and a year of birth, Arabic names in Cyrillic', 'ru', '— Ткач Алина Сергеевна, 2002 г.р. Её держал Мохаммед Салем.', [['PERSON', 'Ткач Алина Сергеевна'], ['PERSON', 'Мохаммед Салем']]],
    ['a number spaced digit by digit right after its word\'s capitals, fifteen digits after "№"', 'ru', 'Подсудимый: БОЛАТОВ НУРЛАН СЕРИКОВИЧ, ИИН 8 5 0 7 1 2 3 0 0 1 8 4, уголовное дело № 1 9 5 1 2 0 0 3 1 0 0 0 4 2 7.', [['PERSON', 'БОЛАТОВ НУРЛАН СЕРИКОВИЧ'], ['IDNUM', '8 5 0 7 1 2 3 0 0 1 8 4'], ['IDNUM', '№ 1 9 5 1 2 0 0 3 1 0 0 0 4 2 7']]],
  ]);

  itLeavesAlone([
    ['a letter\'s incoming stamp is no entrance, a role in quotes, a hotel in quotes, an adverb with a surname\'s ending', 'ru', 'Ответ из горсуда, вх. № 88. Там «модератор» требовал плату, не путать с гостиницей «Чехов». — Снова пришёл.', /вх|модератор|Чехов|Снова/],
    ['a court\'s stand-ins for names, a screenshot\'s file name, a Czech town', 'ru', 'Потерпілі: ОСОБА_1, ОСОБА_2. Во вложении: скрин_сторис_05. Parking in Rajhrad.', /ОСОБА|скрин|Rajhrad/],
    ['a date is no house\'s number, months as a timeline\'s items or before a noun, police in Russian, Polish and Czech bodies', 'en', 'Log, Fri 17.03 → Sat 18.03.2023.\n- April: the uncle came.\n- May: nothing since the June statement. 02:20 Милиция на посту. Biuro, Zarząd we Wrocławiu; Městská policie; school at Bródno.', /Sat|April|May|June|Милиция|Zarząd|Městská|Bródno/],
    ['a saint\'s title written short is no initial, an order to arrest', 'ru', 'Златни пясъци / Св. Константин. Выписала ордер на арест 12 человек.', /Св\.|12/],
    ['districts of Dubai after an address', 'en', 'A villa at Mirdif, and a room at Al Barsha Heights, Tecom.', /Mirdif|Tecom/],
    ['a park beside a capitalised word, Korean districts', 'en', 'We met near Olympic Park after Park Young-gil left; then to Jung-gu and Sinsa-dong.', /Olympic|Jung-gu|Sinsa/],
    ['a woman\'s surname and her age after a town', 'en', 'Women met: Praha, Nováková 31, worked nights.', /Nováková 31/],
    ['labels and pronouns opening a lower-case note\'s lines', 'en', 'q: where?\nanswer: home\nq: when?\nanswer: now\nhim: pay\nme: no\nhim: ok\nme: fine', /q|answer|him|me/],
    ['a weekday listed after a name, a word after a street\'s "St."', 'en', 'Seen: Anna, Friday night on Zakrevskoho St. Nobody came.', /Friday|Nobody/],
  ]);
});

describe('held-out sets from PA and the 37th tester (6 December, twenty-second session)', () => {
  itFinds([
    ['names of more than two parts that no list holds, with a nickname quoted after them or in a bracket after another name', 'en', 'The interviewee, Yuleisy Carolina Martínez Rojas ("Yuli"), 26. She met Roselyn Mae Tolentino ("Rose"). Run by Doña Mirta (Mirta Benítez Ocampo).', [['PERSON', 'Yuleisy Carolina Martínez Rojas'], ['PERSON', 'Yuli'], ['PERSON', 'Roselyn Mae Tolentino'], ['PERSON', 'Rose'], ['PERSON', 'Mirta'], ['PERSON', 'Mirta Benítez Ocampo']]],
    ['Vietnamese names of four parts, in a passport\'s capitals and in Cyrillic', 'ru', 'Lê Thị Thanh Tâm (в паспорте LE THI THANH TAM). Свидетели: Фам Тхи Хоа и Ле Ван Тхань; организатор — Чан Ван Минь.', [['PERSON', 'Lê Thị Thanh Tâm'], ['PERSON', 'LE THI THANH TAM'], ['PERSON', 'Фам Тхи Хоа'], ['PERSON', 'Ле Ван Тхань'], ['PERSON', 'Чан Ван Минь']]],
    ['a pet name in a bracket after a given name though it is a word\'s form, a Tajik village\'s and jamoat\'s words before a street', 'ru', 'Ангелина (Геля), 26, Херсон. Геля говорит, что адрес: Rudaki district, jamoat Chorgulteppa, deh. Somoniyon, kuchai Bahor 31.', [['PERSON', 'Ангелина'], ['PERSON', 'Геля'], ['PERSON', 'Геля'], ['ADDRESS', 'Rudaki district, jamoat Chorgulteppa, deh. Somoniyon, kuchai Bahor 31']]],
    ['a given name in lower case before a verb or an age, badges far after their word or after an initial, a pickup\'s plate', 'en', 'Women from Tajikistan; malika says a patrol came. 23:40 firuza (new, 19?) asked. No identification number; he showed a card briefly; she remembers 314-207. Badges read by Gulnara T.: 17-2281. His pickup: WGR 4K17.', [['PERSON', 'malika'], ['PERSON', 'firuza'], ['IDNUM', '314-207'], ['PERSON', 'Gulnara T.'], ['IDNUM', '17-2281'], ['PLATE', 'WGR 4K17']]],
    ['a Serbian account with its bank\'s and check digits, an officer\'s identifier, a number seen on his ID', 'en', 'Rent paid to the landlord\'s account 160-0000004521876-33. He wrote the identifier 201733. She saw the number on his ID, she remembers "047391".', [['IDNUM', '160-0000004521876-33'], ['IDNUM', '201733'], ['IDNUM', '047391']]],
    ['a programme\'s unique code of four letters and a birth date anywhere, a code alone in a bracket after a name, "my code was"', 'en', 'Vilnius - Jurga (JOVA870422) complained. Agnė (VLN-F-0622), Vilnius. Client code (UIC) GUAS220393. My code was MST-0934.', [['PERSON', 'Jurga'], ['IDNUM', 'JOVA870422'], ['PERSON', 'Agnė'], ['IDNUM', 'VLN-F-0622'], ['IDNUM', 'GUAS220393'], ['IDNUM', 'MST-0934']]],
    ['a Latvian Santa before a double surname, a Lithuanian given name that ends like a town\'s case, a word-name listed after a name, a nickname described in a bracket', 'en', 'Client: Santa Kalniņa-Petrova. The landlady, Genovaitė Rimkienė, told her. - Aigerim and Cherry: the patrol came. Kosmos (older woman, 50+) stays.', [['PERSON', 'Santa Kalniņa-Petrova'], ['PERSON', 'Genovaitė Rimkienė'], ['PERSON', 'Aigerim'], ['PERSON', 'Cherry'], ['PERSON', 'Kosmos']]],
    ['a word no list knows between two parts of a name, a Vietnamese "Quang", a Zalo id, a case\'s number a few words after its word and a dash', 'ru', 'Абена Асанте, в паспорте ABENA SERWAA ASANTE. Организатор — Đỗ Quang Hải, Zalo ID trang.nguyen.hp. Номер дела в приюте — TB-SH-24-141.', [['PERSON', 'Абена Асанте'], ['PERSON', 'ABENA SERWAA ASANTE'], ['PERSON', 'Đỗ Quang Hải'], ['HANDLE', 'trang.nguyen.hp'], ['IDNUM', 'TB-SH-24-141']]],
    ['a Spanish NIE with hyphens and its check letter, without its word; a Brazilian CPF by its check digits', 'en', 'She holds a tarjeta roja, NIE Y-7742813-K; another 529.982.247-25.', [['IDNUM', 'Y-7742813-K'], ['IDNUM', '529.982.247-25']]],
    ['phones in a spreadsheet\'s row pasted with tabs, never joined across a cell', 'ru', 'Ася\t25\t+7 701 845 22 16\t990213451290\nНаташа\t32\t8 778 102 60 39\t010305600214\n+998 97 420 33 61\tAC 2090318', [['PERSON', 'Ася'], ['PHONE', '+7 701 845 22 16'], ['IDNUM', '990213451290'], ['PERSON', 'Наташа'], ['PHONE', '8 778 102 60 39'], ['IDNUM', '010305600214'], ['PHONE', '+998 97 420 33 61'], ['IDNUM', 'AC 2090318']]],
    ['a Kyrgyz street written "көч." with a flat\'s "батир", a Kazakh microdistrict "ш/а", a badge after its Kazakh word, a client\'s id in a database\'s export', 'ru', 'Ош ш., Курманжан-Датка көч., 212, 33-батир. Нұрсәт ш/а, 12-үй. Полицейский, төсбелгі 0418. клиент_id: TSH-00918.', [['ADDRESS', 'Ош ш., Курманжан-Датка көч., 212, 33-батир'], ['ADDRESS', 'Нұрсәт ш/а, 12-үй'], ['IDNUM', '0418'], ['IDNUM', 'TSH-00918']]],
    ['an officer\'s letters and number, municipal officers\' numbers listed, a birth certificate\'s Latin series, a Russian administrative case, a Czech account to pay to', 'en', 'Officer PC 2154 told her. Photographed the fines; strážníci numbers 0417 and 0982. The certificate is IV-MYU No. 814507. The case (2а-2251/2024) ended. "Send it to 2701458823/2010 or Revolut."', [['IDNUM', 'PC 2154'], ['IDNUM', '0417'], ['IDNUM', '0982'], ['IDNUM', 'IV-MYU No. 814507'], ['IDNUM', '2а-2251/2024'], ['IDNUM', '2701458823/2010']]],
    ['given names in lower case before a bracket and a verb or a bracket that describes her, a street\'s "bulvar" in Latin letters, names in Chinese characters in a bracket', 'en', 'Condoms out. oksana (UA, the tall one) says a patrol came. 01:15 – aselya (new, maybe 20) asked. In Sirenevy bulvar, d. 44, kv. 8. Client: LIU Yan (刘燕); Xiao Mei (Zhang Mei, 张梅).', [['PERSON', 'oksana'], ['PERSON', 'aselya'], ['ADDRESS', 'Sirenevy bulvar, d. 44, kv. 8'], ['PERSON', 'LIU Yan'], ['PERSON', '刘燕'], ['PERSON', 'Xiao Mei'], ['PERSON', 'Zhang Mei'], ['PERSON', '张梅']]],
    ['Dutch and Belgian particles after a title, capitalised or after its full stop; a forum\'s user called by a name with digits, each mention', 'en', '(c) Me Van Hecke agreed. Forwarded to mr. de Groot\'s office. A user called hardrijder66 posted; she believes hardrijder66 is a client.', [['PERSON', 'Van Hecke'], ['PERSON', 'de Groot'], ['HANDLE', 'hardrijder66'], ['HANDLE', 'hardrijder66']]],
    ['a Belgian national number by its check digits, a Dutch prosecutor\'s number, a client\'s card, a sort code and its account, an Irish police system\'s number', 'ru', 'Регистр: 85.07.30-033.28. Parketnummer 13/752198-22. Карта клиента 5528-104. Гоша: sort 04-00-04 acc 71294835. Протокол — PULSE 19837722.', [['IDNUM', '85.07.30-033.28'], ['IDNUM', '13/752198-22'], ['IDNUM', '5528-104'], ['PERSON', 'Гоша'], ['IDNUM', '04-00-04'], ['IDNUM', '71294835'], ['IDNUM', 'PULSE 19837722']]],
    ['a full name of three capitalised words in Russian that no list holds', 'ru', 'Гудлак диктует: полное имя Эстер Осарумвенсе Игбинидион, паспорт Нигерии A12240867.', [['PERSON', 'Гудлак'], ['PERSON', 'Эстер Осарумвенсе Игбинидион'], ['IDNUM', 'A12240867']]],
  ]);

  itLeavesAlone([
    ['peoples\' names made of their countries\', foreign names of things in quotes or after a preposition of place', 'en', 'A Paraguayan woman, two Mongolians and a Ghanaian. Они уехали на «Лэнд Крузер Прадо» в отели на Шейх Зайед Роуд.', /Paraguayan|Mongolians|Ghanaian|Лэнд|Крузер|Шейх|Роуд/],
    ['a saint\'s word before a place beside a woman called Santa, a body\'s letters and a year in a bracket, a word after an initial and a time', 'en', 'Client: Santa Ozola. We met at Santa Maria Maggiore; Directive (EU-2016) applies. Team: Elmira A.\n\n22:40 Corner of the market.', /Maria|Maggiore|EU-2016|Corner/],
    ['bodies written with capitals in Russian, roles and kin in a bracket after a name, a preposition before "Ван"', 'ru', 'Комиссия По Делам Несовершеннолетних отказала. Анна (Волонтёр) и Ольга (Координатор), 35. До Ван Дамма далеко.', /Комиссия|^По|Волонтёр|Координатор|^До/],
    ['a word of the dictionary after a name and "and" before a verb, a street after a Vietnamese name, a place in Chinese characters after a comma, a standard\'s or a flight\'s code in a bracket, an order\'s code', 'en', 'Anna and Security refused. Nguyen Van Minh Street. Anna, 北京, was there. Standard (ISO-9001), Flight (TK-1234). Order ABCD120345.', /Security|Street|北京|ISO|TK-|ABCD/],
    ['a pronoun is no title before a capitalised particle, nor is a particle at a sentence\'s start one after a title', 'en', 'She told me De Luca was away. Van Gogh painted it.', /^me |^Van /],
    ['a code\'s word in capitals before the code\'s letters glued to its digits, a messenger\'s name', 'en', 'When Sitora (Sitora Nazarova, UIC MASA0795) came, she said she uses Zalo daily.', /UIC|Zalo/],
  ]);
});

describe('held-out sets from PY and the 39th tester (6 December, twenty-third session)', () => {
  itFinds([
    ['one initial for a woman in prose: before a verb or a bracket that describes her, defined, after a dash, listed beside a name, signing', 'en', 'Two came. K. (Lithuanian, the tall one) says the flat is cold.\n00:50 — K. came back. From three accounts (R., G., Lauryna). D. = Daryna. Met O. and Gozel. Talk to F. tomorrow. Thanks, M.\n-- Dana', [['PERSON', 'K.'], ['PERSON', 'K.'], ['PERSON', 'R.'], ['PERSON', 'G.'], ['PERSON', 'Lauryna'], ['PERSON', 'D.'], ['PERSON', 'Daryna'], ['PERSON', 'O.'], ['PERSON', 'Gozel'], ['PERSON', 'F.'], ['PERSON', 'M.'], ['PERSON', 'Dana']]],
    ['initials listed with "and" after a name, a report\'s woman by initials with her name quoted, a transliteration\'s initial, a Garda\'s number in a Russian sentence, surnames that are German towns', 'en', 'Saw Gozel and O. yesterday. Women: D.C. ("Dana"). Woman: K., trans woman, 31. From Yu. ("Yulka"), 33. The women – A. M., D. Kh. and G. N.\nНомер 28814K. Anna Lichtenberg and Anna Steinhäuser.', [['PERSON', 'Gozel'], ['PERSON', 'O.'], ['PERSON', 'D.C.'], ['PERSON', 'Dana'], ['PERSON', 'K.'], ['PERSON', 'Yu.'], ['PERSON', 'Yulka'], ['PERSON', 'A. M.'], ['PERSON', 'D. Kh.'], ['PERSON', 'G. N.'], ['IDNUM', '28814K'], ['PERSON', 'Anna Lichtenberg'], ['PERSON', 'Anna Steinhäuser']]],
    ['a Mongolian address by khoroo, building, entrance and door, in English and Mongolian, a Mongolian given name', 'ru', 'Адрес: Songinokhairkhan district, 20th khoroo, building 7, door 52.\nДругой: 9-р хороо, 12-р байр, 3-р орц, 45 тоот. Мөнхтуяа сказала.', [['ADDRESS', 'Songinokhairkhan district, 20th khoroo, building 7, door 52'], ['ADDRESS', '9-р хороо, 12-р байр, 3-р орц, 45 тоот.'], ['PERSON', 'Мөнхтуяа']]],
    ['one initial in Russian after a person\'s word, before a verb or her age', 'ru', 'Передала Д. на утро. Консультант Ж., 13.06 утром. Л., 19 лет, ушла.', [['PERSON', 'Д.'], ['PERSON', 'Ж.'], ['PERSON', 'Л.']]],
    ['an Irish PPS and a Garda\'s number written with letters after the digits, a German tax number, a court chamber\'s case number, a forensic act, an ID card\'s number in a bracket', 'ru', 'PPS 7741296KA, табельный номер 31846D. Steuernummer 317/5122/3348. Номер дела 2T/41/2024, акт 0487-СМЭ/24 о машине. ID-карта (EB 736 401) у них.', [['IDNUM', '7741296KA'], ['IDNUM', '31846D'], ['IDNUM', '317/5122/3348'], ['IDNUM', '2T/41/2024'], ['IDNUM', '0487-СМЭ/24'], ['IDNUM', 'EB 736 401']]],
    ['a given name after a quoted nickname and a dash, a Russian name shortened after the given name, a Romanian initial', 'ru', 'Настоящее имя «Мамы Розы» — Розалия Ахмедовна. Контакт «Хозяйка Светлана Ив.». На бейдже "Gh. Lungu".', [['PERSON', 'Мамы Розы'], ['PERSON', 'Розалия Ахмедовна'], ['PERSON', 'Светлана Ив.'], ['PERSON', 'Gh. Lungu']]],
    ['e-mails disguised with braces, a spaced "@" and spaced dots, "собака" before a Latin domain with "точка"', 'en', 'Write to vika.kovalenko {at} seznam {dot} cz or cholpon . asan @ gmail . com; or shahzoda2001 собака umail точка uz.', [['EMAIL', 'vika.kovalenko {at} seznam {dot} cz'], ['EMAIL', 'cholpon . asan @ gmail . com'], ['EMAIL', 'shahzoda2001 собака umail точка uz']]],
    ['a surname in capitals without the angry words after it, a full name in capitals', 'ru', 'Она написала: КАСЫМОВ ОПЯТЬ ПРИЕЗЖАЛ. ФИО: КОВАЛЕНКО ВЕРА ПЕТРОВНА.', [['PERSON', 'КАСЫМОВ'], ['PERSON', 'КОВАЛЕНКО ВЕРА ПЕТРОВНА']]],
    ['Buryat, Yakut and Tuvan given names in lower case, a surname made of a place\'s name', 'en', '20:30 at the market: darima, seseg and aital came. The district officer, Bazarov, took money; Kazanov too.', [['PERSON', 'darima'], ['PERSON', 'seseg'], ['PERSON', 'aital'], ['PERSON', 'Bazarov'], ['PERSON', 'Kazanov']]],
    ['a nickname before a bracket holding her full name, a name before the bracket of her short name, Armenian and Hungarian addresses', 'en', 'The loan: Ďuro (Juraj Mižigár), who lends. Габриэлла (Габи) Пап came. At Sebastia poghots 128, shenk 3, bnakaran 40. Registered at Ózd, Bolyki főút 112.', [['PERSON', 'Ďuro'], ['PERSON', 'Juraj Mižigár'], ['PERSON', 'Габриэлла (Габи) Пап'], ['ADDRESS', 'Sebastia poghots 128, shenk 3, bnakaran 40'], ['ADDRESS', 'Ózd, Bolyki főút 112']]],
  ]);

  itLeavesAlone([
    ['letters that label things, a germ\'s name, a German office\'s and a hotline\'s words, German regions and cities', 'en', 'Take vitamin D. every day. Block C. has rooms. E. coli was found. Referat für Prostitutionsangelegenheiten; Saarland (Beschwerdestelle); Hilfetelefon; at Ostbahnhof in Saarbrücken; Нижняя Саксония.', /D\.|C\.|E\.|Prostitutions|Beschwerdestelle|Hilfetelefon|Ostbahnhof|Saar|Нижняя/],
    ['a transcript\'s speakers of one letter taking turns, a region round Moscow, "зовут дома"', 'en', 'C: hi its Madina\nW: Hi Madina!\nC: yes im at the room\nW: ok. Она из Подмосковья, её так зовут дома.', /^C$|^W$|Подмосков|дома/],
    ['a dog that is no e-mail\'s "at", a number before "@ home"', 'ru', 'У неё собака дома. We met at 5 @ home.', /собака|home/],
    ['villages of southern Kazakhstan, a sister\'s husband and the district\'s office in Kazakh, a resort and a street that are names too', 'ru', 'Она из Мынбулака, потом Шиели и Жалагаш. Жезде сказал, что в акимате знают. Отдыхали в Белеке; стояла на Саина.', /Мынбулак|Шиели|Жалагаш|Жезде|акимат|Белек|Саина/],
    ['letters numbering a list\'s items, germs\' names, a letter after an abbreviation, sums and measures with letters, prices in a bracket after an ID card, a billion, a test\'s name and month', 'en', 'The options were: A. leave the city, B. stay, C. go. M. genitalium and H. pylori found. Vit. D. daily. She owed 150000K, 20000KG, 12000KM. A fake ID card (AMD 150 000). Earned 2 bn 40 percent. Sample HIV-AB 1/24 taken.', /^[ABCMHD]\.$|150000K|20000KG|12000KM|AMD|bn|HIV/],
    ['a spaced "@" before no mail provider, a plate with its region after a slash is still a plate', 'en', 'meet @ 5 . ok; she was @ home . ok. He drove a BMW, plates CJ 12 ABC/RO.', /meet|home|^5/],
    ['a thing\'s code with letters after its digits, a plan\'s letter', 'en', 'Order 123456A arrived. Plan B. is ready.', /123456A|B\./],
  ]);
});

describe('held-out sets from QO (7 December, twenty-fourth session)', () => {
  itFinds([
    ['Kyrgyz names written without the soft sign of -гуль, in their cases; a nickname joined to her name by a hyphen; a client\'s number in the database', 'ru', 'Сопровождала: Чынаргул (аутрич). Назгулу позвонили. В Бишкеке её зовут Аля-казашка. Клиентка: Нургуль (в базе К-1184).', [['PERSON', 'Чынаргул'], ['PERSON', 'Назгулу'], ['PERSON', 'Аля-казашка'], ['PERSON', 'Нургуль'], ['IDNUM', 'К-1184']]],
    ['streets of the Balkans with "bb" for the house and no street\'s word, with a unit after it or a full stop', 'en', 'Lives at Partizanska bb, kontejner 3. Office at Trg Slobode bb.', [['ADDRESS', 'Partizanska bb, kontejner 3'], ['ADDRESS', 'Trg Slobode bb']]],
    ['a Czech court chamber in Roman numerals, a patient\'s card and a discharge letter\'s number', 'ru', 'Решение суда II Kop 118/24. Карта пациента SKB-HIV-0311, номер в выписке KBC 05-2231/23.', [['IDNUM', 'II Kop 118/24'], ['IDNUM', 'SKB-HIV-0311'], ['IDNUM', 'KBC 05-2231/23']]],
    ['"Mama" before the name of a madam, a nickname in brackets between given name and surname', 'en', 'The flat belongs to a woman called Mama Tina. Witness: Ioana (Nana) Munteanu.', [['PERSON', 'Mama Tina'], ['PERSON', 'Ioana (Nana) Munteanu']]],
    ['a Turkish address written in Russian letters, quarter, street, number, floor and flat', 'ru', 'Адрес: Джихангир мах., Сорма сок., № 7, кат 2, дайре 5.', [['ADDRESS', 'Джихангир мах., Сорма сок., № 7, кат 2, дайре 5']]],
    ['Korean names in Hangul beside their transliteration or alone, an Albanian surname that is a feast\'s word too', 'en', 'Paid to an account in the name of 한지민 (Han Ji-min); saved as 윤대호. Client: Arjeta Bajrami, 31.', [['PERSON', '한지민'], ['PERSON', 'Han Ji-min'], ['PERSON', '윤대호'], ['PERSON', 'Arjeta Bajrami']]],
    ['a shortened patronymic in Latin letters, a double given name\'s initials with a hyphen, a surname\'s ending split from it', 'en', 'Comments: Oleg Vl. 04.03. Client: Munteanu A.-M. came. My name is Aysel Guli yeva, twenty. Saved as Davit Kapana dze.', [['PERSON', 'Oleg Vl.'], ['PERSON', 'Munteanu A.-M.'], ['PERSON', 'Aysel Guli yeva'], ['PERSON', 'Davit Kapana dze']]],
    ['addresses said aloud and written in words: the street\'s name before its word, a numbered quarter by its ordinal, a Russian street with its house, building and flat', 'en', 'The flat is on Tabidze street sixty one, apartment seven. It is in the eleventh micro district, building four, flat twenty.\nадрес улица низами дом восемь корпус два квартира тридцать', [['ADDRESS', 'Tabidze street sixty one, apartment seven'], ['ADDRESS', 'eleventh micro district, building four, flat twenty'], ['ADDRESS', 'улица низами дом восемь корпус два квартира тридцать']]],
    ['Kazakh streets named after a biy or a batyr without the street\'s word, a Tajik mahalla before its street', 'ru', 'Сауна на богенбай батыр 75.\nДругая на толе би 189.\nЖивёт: махаллаи Сомон, кӯчаи Рӯдакӣ 14.', [['ADDRESS', 'богенбай батыр 75'], ['ADDRESS', 'толе би 189'], ['ADDRESS', 'махаллаи Сомон, кӯчаи Рӯдакӣ 14']]],
    ['a union member\'s number after "member", "член" or "в реестре", registration numbers after "reg."/"рег.", dispensary cards with letters, a hyphen and a year', 'en', 'Dina (member KAR-0114) waited. член PAV-0032, 1999 г.р. (в реестре TRZ-0007). Ombudsman reg. 03-2/0415; (рег. Ж/4-2210/23); card SAM-KVD 22-1187, dispensary card BK-D 3390, card 4418/K-23.', [['PERSON', 'Dina'], ['IDNUM', 'KAR-0114'], ['IDNUM', 'PAV-0032'], ['IDNUM', 'TRZ-0007'], ['IDNUM', '03-2/0415'], ['IDNUM', 'Ж/4-2210/23'], ['IDNUM', 'SAM-KVD 22-1187'], ['IDNUM', 'BK-D 3390'], ['IDNUM', '4418/K-23']]],
    ['a Gulf address with a numbered street and its quarter after it, before a preposition or with its sector\'s letter', 'en', 'She was kept in Villa 17, Street 9, Al Nahda with two others. Later at Flat 12, Building 4, 22nd Street, Khalifa City B.', [['ADDRESS', 'Villa 17, Street 9, Al Nahda'], ['ADDRESS', 'Flat 12, Building 4, 22nd Street, Khalifa City B']]],
  ]);

  itFinds([
    ['common words of the packs that are surnames too are still read as names beside a given name; a house number after a city\'s district number; a park named after a woman after a flat', 'en', 'Maria Apel and Ion Freier came. She lives in Praha 2 Vinohradská 1234/12 with her friend. Flat 4, Lola Park.', [['PERSON', 'Maria Apel'], ['PERSON', 'Ion Freier'], ['ADDRESS', 'Vinohradská 1234/12'], ['ADDRESS', 'Flat 4, Lola Park']]],
  ]);

  itLeavesAlone([
    ['a particle and a term of respect after a name\'s hyphen, a district of Dushanbe, a year after "в базе"', 'ru', 'Люба-то знала. У имама Магомеда-хаджи. В ОВД района Сино. В базе 2024 года нет.', /-то|хаджи|Сино|2024/],
    ['a chat\'s "bb" after a given name or a word, numbers in words before a noun after a street, juice', 'en', 'love you Ana bb. See you bb. Okay bb see you. Miss you Lejla bb. At the hotel on Abay Street two officers entered. Купила сок 2 литра.', /bb|two|сок/],
    ['a union\'s member since a year, a registration\'s year, a dose', 'en', 'She has been a member of the union since 2019. Member since 2021, 3 years. член союза с 2019 г. Reg. 2024. The reg. 1/2 dose.', /2019|2021|2024|1\/2/],
    ['Hangul words for places, people and days, feasts called Bajram, a verb glued to a name by a hyphen, German offices', 'en', '노래방 한국인 금요일. Šeker Bajram and Fitër Bajrami. Зарина-сказала. Filed with the Staatsanwaltschaft Potsdam.', /노래방|한국인|금요일|Bajram|сказала|Staatsanwaltschaft|Potsdam/],
    ['Korean words in Hangul that are a city, a language or a title, a name after a room\'s number before "from", the feast of Bajram', 'en', 'He lives in 서울시, speaks 한국어, calls him 사장님. Aysel from room 204, Nərmin Abbasova from room 210. On Kurban Bajram they left.', /서울시|한국어|사장님|room 204, N|Kurban|Bajram/],
  ]);
});

describe('held-out sets from RM (7 December, twenty-fifth session)', () => {
  itFinds([
    ['a research interview\'s and a respondent\'s or participant\'s codes, with a letter before the digits or after them, in a table\'s cell, a code "given", a reference', 'en', 'Warsaw – interview WAW-R09. Respondent ID EKB-R14. Follow-up interview BA-03b. | Respondent code | LT-KNS-06 |\nCode given: LJ-DI-0327. Participant code: UR-R14. Reference PRN-CYB-009; registered as AMP-KA-4471.\nИнтервью № KNS-11. Код случая в базе проекта: ШАГ-ЕКБ-0917. Код обращения: КЗН-0206-02.', [['IDNUM', 'WAW-R09'], ['IDNUM', 'EKB-R14'], ['IDNUM', 'BA-03b'], ['IDNUM', 'LT-KNS-06'], ['IDNUM', 'LJ-DI-0327'], ['IDNUM', 'UR-R14'], ['IDNUM', 'PRN-CYB-009'], ['IDNUM', 'AMP-KA-4471'], ['IDNUM', '№ KNS-11'], ['IDNUM', 'ШАГ-ЕКБ-0917'], ['IDNUM', 'КЗН-0206-02']]],
    ['a code in a bracket after a given name or after a full name and a comma', 'en', 'Kamila (AKT-0655), Aktau. Case 3 (Anel Kusainova, ATR-0188), 27.', [['PERSON', 'Kamila'], ['IDNUM', 'AKT-0655'], ['PERSON', 'Anel Kusainova'], ['IDNUM', 'ATR-0188']]],
    ['Uzbek addresses with the turned comma of o‘ and g‘, lower-case words of the street\'s name, the chain of region, district and town before it', 'en', 'She lives on Yangi hayot koʻchasi 15. Family: Namangan viloyati, Chust tumani, Gʻova MFY, Bogʻbon koʻchasi 17-uy. Husband at Pastdargʻom tumani, Juma shahri, Navroʻz koʻchasi 15-uy, phone unknown.', [['ADDRESS', 'Yangi hayot koʻchasi 15'], ['ADDRESS', 'Namangan viloyati, Chust tumani, Gʻova MFY, Bogʻbon koʻchasi 17-uy'], ['ADDRESS', 'Pastdargʻom tumani, Juma shahri, Navroʻz koʻchasi 15-uy']]],
    ['Turkmen addresses by district, village and house, an Albanian quarter\'s name with "i", a Budapest district, a hotel room after its house', 'en', 'With an aunt at Dänew etraby, Galkynyş obasy, 37-nji jaý. Visited at Azatlyk köç. 88, öý 5. Mother at Lagjja Uji i Ftohtë, Rr. Kosova, nr. 14. A room at Budapest VIII., Bérkocsis utca 14. fsz. 3.\nГостиница: г. Кульсары, ул. Желтоксан, 3, номер 12.', [['ADDRESS', 'Dänew etraby, Galkynyş obasy, 37-nji jaý.'], ['ADDRESS', 'Azatlyk köç. 88, öý 5'], ['ADDRESS', 'Lagjja Uji i Ftohtë, Rr. Kosova, nr. 14'], ['ADDRESS', 'Budapest VIII., Bérkocsis utca 14. fsz. 3.'], ['ADDRESS', 'г. Кульсары, ул. Желтоксан, 3, номер 12']]],
    ['a Polish prosecutor\'s signature with "Ds.", a Serbian police administration\'s record, a Slovene payment order, protocols listed after their word, a proceeding, Romanian and Hungarian courts\' files, the sign before a number', 'ru', 'Дело RP-II Ds. 77.2024. Record no. PU NS 0117/24. Plačilni nalog 2231-24-000318 и 2231-24-000319. Protocols 731/4, 732/4 and 736/4. Criminal proceeding 1577/2023. Registered as 2406/117/2022; case 9.B.302/2022, 3.Bf.41/2023. Протокол № 0587941.', [['IDNUM', 'RP-II Ds. 77.2024'], ['IDNUM', 'PU NS 0117/24'], ['IDNUM', '2231-24-000318'], ['IDNUM', '2231-24-000319'], ['IDNUM', '731/4'], ['IDNUM', '732/4'], ['IDNUM', '736/4'], ['IDNUM', '1577/2023'], ['IDNUM', '2406/117/2022'], ['IDNUM', '9.B.302/2022'], ['IDNUM', '3.Bf.41/2023'], ['IDNUM', '№ 0587941']]],
    ['given names of Poland, Croatia, Slovenia, Albania, Uzbekistan and Turkmenistan alone; initials that sign a log\'s entries; three initials of an injured person', 'en', 'A: Sebastian. We lived together. Van team: Domagoj (peer educator), Sandi, Blerta, Mahfuza and Ogulşat.\nOperators: Dora (D), Kushtrim (K)\n23:14 Mon (D) — woman called. Workers: ZV, AL\n03.10 (ZV) IN. Statements of A.M.D. and D.O.L.', [['PERSON', 'Sebastian'], ['PERSON', 'Domagoj'], ['PERSON', 'Sandi'], ['PERSON', 'Blerta'], ['PERSON', 'Mahfuza'], ['PERSON', 'Ogulşat'], ['PERSON', 'Dora'], ['PERSON', 'D'], ['PERSON', 'Kushtrim'], ['PERSON', 'K'], ['PERSON', 'D'], ['PERSON', 'ZV'], ['PERSON', 'AL'], ['PERSON', 'ZV'], ['PERSON', 'A.M.D.'], ['PERSON', 'D.O.L.']]],
    ['a client\'s code with a country\'s letters after her given name, codes opening a bullet', 'en', 'Found Sanela (BG-0417) on the curb.\nIncidents:\n• BG-0455 — Katarina R. — blackmail', [['PERSON', 'Sanela'], ['IDNUM', 'BG-0417'], ['IDNUM', 'BG-0455'], ['PERSON', 'Katarina R.']]],
    ['a client\'s code after "клиентка" or after her initial and surname, a Finnish personal code after its words whose check letter is wrong, a respondent\'s code of one letter', 'ru', 'Бермет, 27 лет, клиентка НСК-0131. Re: D. Yusupova (MSK-23-0203). Finnish personal identity code (temp.): 260981-958J; финский личный код 110488-254L. | Respondent code R-07 | Kazan', [['PERSON', 'Бермет'], ['IDNUM', 'НСК-0131'], ['PERSON', 'D. Yusupova'], ['IDNUM', 'MSK-23-0203'], ['IDNUM', '260981-958J'], ['IDNUM', '110488-254L'], ['IDNUM', 'R-07']]],
    ['an operator\'s initial after her name, not the letters of a list after it', 'en', 'Operator Blerta (B) took the call.\nOptions offered: (A) shelter, (B) lawyer. Plan (B).', [['PERSON', 'Blerta'], ['PERSON', 'B']]],
    ['a Latvian mobile after a full name and a comma, a Czech lawyer\'s title in Russian letters', 'ru', 'Юрист — Инга Сергеевна, 29 614 850, говорите что от нас. Позвонила адвокату, Мгр. Коваржиковой.', [['PERSON', 'Инга Сергеевна'], ['PHONE', '29 614 850'], ['PERSON', 'Коваржиковой']]],
  ]);

  itLeavesAlone([
    ['an interview with someone, a payment order\'s sum, a region alone, a car\'s model before its plate\'s word, countries in brackets after names, a date', 'en', 'The interview with the director took 3 hours. He paid the nalog of 300 euros on 12.05.2024. She moved to Toshkent viloyati in May. Машина: Toyota Camry 55, номер 305 AVX 02. Intake by Marta (PL) with Ivana (SK). On 12/10/2022 they left. Debreceni Törvényszék decided.', /interview|300|viloyati|Camry|PL|SK|12\/10|Törvényszék/],    ['spans of years and ranges after an interview\'s, a log\'s, a reference\'s or a proceeding\'s word, a disease\'s code, an airline\'s in a bracket', 'en', 'Interview 2022-2023 cycle was completed. Interview 45-120 minutes long. Hotline log 2023-2024 shows 300 calls. Reference 1951-1967 convention. Interview (COVID-19) was postponed; COVID-19 again. The proceeding 2019-2021 was long. The client at the shelter 2020-2022 stayed. (Turkish Airlines, TK-1234)', /2022-2023|45-120|2023-2024|1951|COVID|2019-2021|2020-2022|TK-1234/],
    ['dotted acronyms, letters of a list or a plan in brackets after a signed log, abbreviations and countries listed after a team\'s word, sums after a full name', 'en', 'Her D.O.B. is unknown. Born in the U.S.S.R.; the N.G.O. helped, reply A.S.A.P. Options A. B. C. and D. were offered.\nOptions offered: (A) shelter, (B) lawyer. Plan (B).\nWorkers: HIV, TB\n03.10 (HIV) test. She moved from the UK (UK) to the US.\nMaria Ivanova, 45 000 000 sum was paid.', /D\.O\.B|U\.S\.S\.R|N\.G\.O|A\.S\.A\.P|^[ABCD]\.?$|HIV|TB|UK|US|45 000/],
    ['a road after a log\'s word, a postal code in a bracket after a city, a standard after a name, years after "клиентка"', 'en', 'Outreach log — R-240 highway, Sterlitamak. Riga (LV-1011) office. See J. Smith (ISO-9001) standard. Клиентка 2023-2024 годов.', /R-240|LV-1011|ISO|2023/],
    ['a heading\'s Roman number before a street, a room\'s word before a plate or a phone', 'ru', 'Живёт в Алматинской обл., Карасайский р-н, ул. Абая 5. Part III., Baker Street 221. Она села в такси на ул. Абая 5, номер 777 ABA 02.', /Part|номер/],
  ]);
});

describe('held-out sets from SG (7 December, twenty-sixth session)', () => {
  itFinds([
    ['codes in a bracket after a given name and her initial, before a dash or a comma there, with a letter after a hyphen; after a name, her initial and a comma; in a case ("в деле")', 'en', '2. Feruza Y. (R-OSH-07) — Ombudsman replied. Bianca (CH-HL-0912 – opened file). | Lalə (BAK-0312-b) | Ramilə H., BAK-0288 |\nУже упоминался в деле R-OSH-07.', [['PERSON', 'Feruza Y.'], ['IDNUM', 'R-OSH-07'], ['PERSON', 'Bianca'], ['IDNUM', 'CH-HL-0912'], ['PERSON', 'Lalə'], ['IDNUM', 'BAK-0312-b'], ['PERSON', 'Ramilə H.'], ['IDNUM', 'BAK-0288'], ['IDNUM', 'R-OSH-07']]],
    ['codes in the column of a table headed "Код"', 'ru', '| № | Код | Возраст |\n|---|---|---|\n| 1 | ГАЖ88Ж | 35 |\n| 2 | JA-23-031 | 24 |', [['IDNUM', 'ГАЖ88Ж'], ['IDNUM', 'JA-23-031']]],
    ['a Kyrgyz plate with four digits, a Moldovan court\'s file, a referral\'s number with its office\'s letter', 'en', 'A patrol car (plate 01KG 0271 ABP) stopped. Order against him (court file 2pc-318/23). The referral with the number 127/Н on it.', [['PLATE', '01KG 0271 ABP'], ['IDNUM', '2pc-318/23'], ['IDNUM', '127/Н']]],
    ['addresses in Moldova with the town\'s "or." and in Georgian letters, which have no capitals', 'ru', 'Адрес по прописке (or. Strășeni, str. Mihai Eminescu 44). По-грузински: ისანი, ქეთევან დედოფლის გამზ. 66, ბ. 24; ჭავჭავაძის გამზ. 37, ბინა 12.', [['ADDRESS', 'or. Strășeni, str. Mihai Eminescu 44'], ['ADDRESS', 'ისანი, ქეთევან დედოფლის გამზ. 66, ბ. 24'], ['ADDRESS', 'ჭავჭავაძის გამზ. 37, ბინა 12']]],
    ['an initial alone with her age in a bracket, the full stop of two initials before "\'s", a nickname in quotes after a name and her initial', 'en', 'One of them, IK-0244 (A., 19), called. D. C.\'s home address was read aloud. Roxana P. ("Roxy") was hit.', [['IDNUM', 'IK-0244'], ['PERSON', 'A.'], ['PERSON', 'D. C.'], ['PERSON', 'Roxana P.'], ['PERSON', 'Roxy']]],
  ]);

  itFinds([
    ['codes after "saved under", "see" or "см." in a bracket', 'ru', 'The Kaspi receipt saved under ALA-TW-0312. Same man as before (see TAS-23-041). Задержаны: Мадина (см. ДШ-2024-014), Лейла.', [['IDNUM', 'ALA-TW-0312'], ['IDNUM', 'TAS-23-041'], ['PERSON', 'Мадина'], ['IDNUM', 'ДШ-2024-014'], ['PERSON', 'Лейла']]],
    ['Hungarian police files with their kind after the year, a Kyrgyz unified register\'s number with its year inside', 'en', 'Police case 02000/1187/2022.bü. and the seizure record 02010/1209-1/2023.szabs. Registered in the ERPP as 01-022-2024-000631.', [['IDNUM', '02000/1187/2022.bü.'], ['IDNUM', '02010/1209-1/2023.szabs.'], ['IDNUM', '01-022-2024-000631']]],
    ['Swiss, Austrian and Dutch files and registers: a prosecutor\'s year and number, a police\'s letters before it, an administrative penalty, a police report, a company\'s and a migration register\'s numbers', 'en', 'Staatsanwaltschaft Zürich, 2023/10017745: fine. Reference KAPO-ZH 2022/0558731. Austrian fine VStV/922300388120/2023. Aangifte PL1300-2023188214-1. Registered (KvK 87214409); ZEMIS no. N 1093 4471.', [['IDNUM', '2023/10017745'], ['IDNUM', 'KAPO-ZH 2022/0558731'], ['IDNUM', 'VStV/922300388120/2023'], ['IDNUM', 'PL1300-2023188214-1'], ['IDNUM', '87214409'], ['IDNUM', 'N 1093 4471']]],
    ['German misdemeanour files, a Berlin office\'s decision, a Slovak court\'s file with its chamber\'s letter', 'ru', 'По делу AG Dortmund, 731 OWi 1094/22. Az. OWi 37/4410/23. Решение LABO № IV C 23-55817. Okresný súd, sp. zn. 3T/118/2022.', [['IDNUM', '731 OWi 1094/22'], ['IDNUM', 'OWi 37/4410/23'], ['IDNUM', '№ IV C 23-55817'], ['IDNUM', '3T/118/2022']]],
    ['a Hungarian initial of two letters before another, Hungarian Roma surnames before the given name', 'en', 'Victims: Sz. E. (PK1), Orsós Kitti (PK2) and Sárközi Anett.', [['PERSON', 'Sz. E.'], ['PERSON', 'Orsós Kitti'], ['PERSON', 'Sárközi Anett']]],
  ]);

  itFinds([
    ['codes with a caron\'s letter, a code after a full name and a comma, codes speaking in a focus group\'s transcript and listed in a range', 'ru', 'They took Ajša Ramadanova (client code ŠO-0231). Тетово. Дрита (TE-2024-019) — прокуратура. The tall one, Oksana Lim, SMY-0121.\nУчастницы: 7 (коды FG3-01 — FG3-07).\nFG3-02: В «Шугылу», к девочкам.\nFG3-05: Я ходила в СПИД-центр.', [['PERSON', 'Ajša Ramadanova'], ['IDNUM', 'ŠO-0231'], ['PERSON', 'Дрита'], ['IDNUM', 'TE-2024-019'], ['PERSON', 'Oksana Lim'], ['IDNUM', 'SMY-0121'], ['IDNUM', 'FG3-01'], ['IDNUM', 'FG3-07'], ['IDNUM', 'FG3-02'], ['IDNUM', 'FG3-05']]],
    ['protocols\' numbers in a table\'s column headed so, initials signing a log\'s lines before their dates', 'en', '| # | Code | Protocol no. | Outcome |\n|---|---|---|---|\n| 1 | MN-0233 | 0958114 | fine |\n| 2 | MN-0241 | 1013276 | arrest |\n\nYP 03.04 — Met her at the bus station.\nYP 15.04 — She has side effects.', [['IDNUM', 'MN-0233'], ['IDNUM', '0958114'], ['IDNUM', 'MN-0241'], ['IDNUM', '1013276'], ['PERSON', 'YP'], ['PERSON', 'YP']]],
  ]);

  itFinds([
    ['British addresses with a street\'s word English addresses also use (Lanes, Pass, The Broadway) and the postcode after the town', 'en', 'Taken to a house at 112 Green Lanes, London N4 1DR. Then 88 Donegall Pass, Belfast BT7 1BX and Flat 3, 18 The Broadway, Southall UB1 1JY.', [['ADDRESS', '112 Green Lanes, London N4 1DR'], ['ADDRESS', '88 Donegall Pass, Belfast BT7 1BX'], ['ADDRESS', 'Flat 3, 18 The Broadway, Southall UB1 1JY']]],
    ['a Prague district\'s name after its number and a dash, a Bratislava district after the postcode and the city', 'ru', 'Адрес для писем: Koněvova 2427/210, Praha 3 – Žižkov. Снимает на Romanova 35, byt 56, 851 02 Bratislava-Petržalka у пани.', [['ADDRESS', 'Koněvova 2427/210, Praha 3 – Žižkov'], ['ADDRESS', 'Romanova 35, byt 56, 851 02 Bratislava-Petržalka']]],
    ['a British National Insurance number, police references of London, Ireland and Northern Ireland with their systems\' names, a police log\'s and crime references\' numbers, a call\'s record', 'en', 'NI number QQ 48 21 93 D. A slip with ref CRIS 4417302/24. Police log 13240062215. PSNI ref given: CC2024011700893. Garda ref PULSE 23990416. Crime refs 20/554102/23 and a call, CAD 7716/02NOV23.', [['IDNUM', 'QQ 48 21 93 D'], ['IDNUM', 'CRIS 4417302/24'], ['IDNUM', '13240062215'], ['IDNUM', 'CC2024011700893'], ['IDNUM', 'PULSE 23990416'], ['IDNUM', '20/554102/23'], ['IDNUM', 'CAD 7716/02NOV23']]],
    ['a research participant\'s short code and the same code speaking in the transcript (the interviewer\'s initials too, since the twenty-eighth session), a name written again in Hangul in a bracket, a judge\'s title', 'en', 'Interviewer: EB\nParticipant: P14 ("Camelia")\nEB: What paper?\nP14: The community protection.\nPetitioner: Kanykei Abdrakhmanova (카니케이 압드라흐마노바), born 1995. Judge: HHJ Whitcombe.', [['PERSON', 'EB'], ['IDNUM', 'P14'], ['PERSON', 'Camelia'], ['PERSON', 'EB'], ['IDNUM', 'P14'], ['PERSON', 'Kanykei Abdrakhmanova'], ['PERSON', '카니케이 압드라흐마노바'], ['PERSON', 'Whitcombe']]],
  ]);

  itFinds([
    ['a Montenegrin decision\'s number with its procedure\'s letters, a client\'s code whose middle group ends in a digit, a year\'s running number after a complaint\'s word (no span of years)', 'en', 'Expulsion no. UP-I 27-511/24-3318, 1 year entry ban. Client code: BUC-S5-0417. M.C. (BUC-S5-0288), 31. Complaint 2023/45 was filed.', [['IDNUM', 'UP-I 27-511/24-3318'], ['IDNUM', 'BUC-S5-0417'], ['PERSON', 'M.C.'], ['IDNUM', 'BUC-S5-0288'], ['IDNUM', '2023/45']]],
  ]);

  itLeavesAlone([
    ['"or" between numbers, a table\'s years and words in a code\'s column, an airline\'s and a standard\'s codes before a comma in a bracket', 'en', 'Either 44 or 55 cases; she paid 200 or 300 lei.\n| № | Код | Возраст |\n|---|---|---|\n| 1 | 2023 | 35 |\n| 2 | нет | 24 |\nFlight (TK-1234, delayed) and Standard (ISO-9001, 2015).', /44|55|200|300|2023|нет|TK-1234|ISO/],
    ['a disease\'s code and years after "see", years and a body\'s letters and a year after "under", years and seasons with slashes', 'en', '(see COVID-19), (see 2021-2023), filed under 2023-2024, saved under EU-2016. In 2022/2023 and 2021/22 we had many cases.', /COVID|2021|2023|2024|EU-2016|2022/],
    ['a postal code after a town and a comma, a standard\'s and a year\'s codes after a full name, countries\' letters opening a log\'s lines, a year in a protocols\' column', 'en', 'Novi Sad, RS-21000 and Maria Ivanova, ISO-9001 and Anna Smith, KZ-2024.\nKZ 12.03 — one\nKZ 13.03 — two\n| # | Protocol no. |\n|---|---|\n| 1 | 2019 |', /RS-21000|ISO|KZ|2019/],
    ['a log\'s span of years, places written again in Hangul or Georgian letters, capitalised words before an English street\'s word that is a common one', 'en', 'The log 2023-2024 shows more calls. She went to Seoul (서울) and Tbilisi (თბილისი). Call log 2022/2023. We waited 2 Hours Park for 3 Big Green things.', /2023|서울|თბილისი|2022|Park|Green/],
    ['paper sizes and a road\'s number with a digit in a group', 'en', 'Printed on A4-2023 and B5-2024 sizes. Route E-40-12 north.', /A4|B5|E-40/],
    ['what a reviewer found the working build marked: resolutions, roads, laws and diseases after "see", "см." or "under", articles and flights after a name with a dash or a comma, bodies\' codes after a comma, region and drug course codes in a table, a questionnaire\'s items and goals opening lines', 'en', '(see A/RES/55/25), (see R-240), (see GDPR-17), (see ICD-10), (см. МКБ-10), (см. 115-ФЗ), kept under ART-12 regimen, saved under PIN-1234 code, в деле 2022-2023 годов, в деле 150-200 листов. Human Rights Watch, HRW-EUR-2019, Global Fund, GF-KGZ-H-17. Bishkek (KG-GB-01, Chui).\n| Code | Description | Total |\n| PEP-28 | 28-day PEP course | 14 |\n| ART-30 | 30-day ART refill | 50 |\nQ-01: How old are you?\nQ-02: Where?\nSDG-05: Gender\nSDG-16: Peace', /A\/RES|R-240|GDPR|ICD|МКБ|ФЗ|ART|PIN|2022|150|UK-120|KC-109|HRW|GF-KGZ|KG-GB|PEP|Q-0|SDG/],
    ['an article after a name and a dash in a bracket', 'en', 'Gulnara (UK-120 – pimping) was charged.', /UK-120/],
    ['a flight after a name and a comma', 'en', 'Aida Bekova, KC-109, flew home.', /KC-109/],
    ['logs of times, days and dates, sums and drug courses opening log lines, a vitamin and a road after a participant\'s code, places in Georgian after a name, an initial and a number in a bracket, English places with a street\'s word before a noun', 'en', 'The shift log 10.30-11.45. The log 2200-0300 shift. night log 22/23 oct. The log 15/03-20/03 covers a week. log 14.03.2023-15.03.2023. See refs 12-15. Hotline log #2231 — 2 August.\nEUR 50.00 – half hour\nEUR 80.00 – one hour\nPEP 03.04 — started course\nPEP 01.05 — finished\nRespondent R12 said she takes vitamin B12 daily. Nino Beridze (თბილისი) came. Table 2 (N., 45). 500 Canary Wharf offices, a 7 Day Travel Pass, 300 Golan Heights residents. Koněvova 2427/210, Praha 3 – Police came.', /10\.30|2200|22\/23|15\/03|14\.03|12-15|2231|EUR|PEP|^B12$|თბილისი|^N\.$|Canary|Pass|Golan|Police/],
  ]);
});

describe('held-out sets from TA (7 December, twenty-seventh session)', () => {
  itFinds([
    ['codes opening a dash\'s list item with a letter alone or a slash between their groups, on a heading in capitals after a dash, in three groups after a bare "No.", after "register under" and "(у нас —"', 'en', 'Yerevan\n- EVN-B-031 — O. Zhuk. Passport expiring.\n- YRV/0412 — D. Lebedeva. Passport recovered.\nCASE NOTES — AST-0302 — debt bondage\nREFERRAL SLIP No. R-ALM-118\nHer number is in the register under ALM-0488. Потерпевшая (у нас — SGD-064).', [['IDNUM', 'EVN-B-031'], ['PERSON', 'O. Zhuk'], ['IDNUM', 'YRV/0412'], ['PERSON', 'D. Lebedeva'], ['IDNUM', 'AST-0302'], ['IDNUM', 'No. R-ALM-118'], ['IDNUM', 'ALM-0488'], ['IDNUM', 'SGD-064']]],
    ['an Uzbek court\'s case anywhere, courts\' cases in a table\'s column headed "Case No.", a form\'s label with a remark in a bracket before its colon, a programme\'s code with the year\'s two digits', 'ru', 'Дело 4-1004-2408/2291 — штраф.\n| Date | Court | Case No. | Outcome |\n|---|---|---|---|\n| 03.04 | Sino district | 5-1102/24 | fine |\n| 30.05 | City court | 5а-88/24 | arrest |\n6. Код клиента (если есть): TSH-0603\nУИК: НУАС02Ж', [['IDNUM', '4-1004-2408/2291'], ['IDNUM', '5-1102/24'], ['IDNUM', '5а-88/24'], ['IDNUM', 'TSH-0603'], ['IDNUM', 'НУАС02Ж']]],
    ['a team\'s initials closing paragraphs in a bracket, after an entry\'s date, around a handover\'s arrow and alone on the signing line that ends the text, and where they stand again', 'en', 'Stop 1. Nobody there. (IT)\n\nStop 2. Police car opposite. Left. (TB)\n\n08.04 (SB): wants to report, translated by IT.\n14.04 — SB → OM\nBack 03:10.\n— SB', [['PERSON', 'IT'], ['PERSON', 'TB'], ['PERSON', 'SB'], ['PERSON', 'IT'], ['PERSON', 'SB'], ['PERSON', 'OM'], ['PERSON', 'SB']]],
    ['a code after a given name and a word about her in the bracket, a protective order\'s number after the man it is against, a Korean surname of two letters after an initial, three initials with their last full stop', 'en', 'Lyaziza (regular, ALM-0347) has a cut. A protective order against Akhmetov, no. 02-118-24, 30 days. With lawyer V. Li. В интересах: К. Л. В., Т. А. и Ким.', [['PERSON', 'Lyaziza'], ['IDNUM', 'ALM-0347'], ['PERSON', 'Akhmetov'], ['IDNUM', '02-118-24'], ['PERSON', 'V. Li'], ['PERSON', 'К. Л. В.'], ['PERSON', 'Т. А.'], ['PERSON', 'Ким']]],
  ]);

  itFinds([
    ['protocols\' numbers in a table\'s column headed "Протокол", a few words after a protocol\'s word in its sentence and listed after it', 'en', '| № | Имя | Протокол |\n|---|---|---|\n| 1 | Айнур С. | 0091224 |\n| 2 | Умида | 0091225 |\nThere they wrote a protocol, 0103355, that I was standing. They got protocols for "petty hooliganism" (1112046, 1112047). Ей выписали протокол по миграции 0012587 + предупредили.', [['PERSON', 'Айнур С.'], ['IDNUM', '0091224'], ['PERSON', 'Умида'], ['IDNUM', '0091225'], ['IDNUM', '0103355'], ['IDNUM', '1112046'], ['IDNUM', '1112047'], ['IDNUM', '0012587']]],
    ['a code after a given name, a word about her and her age in the bracket, an authority\'s incoming number, a Vietnamese name with a family name that was missing, a name after "chị"', 'en', 'Сона (трансженщина, 33, AM-TW-0071) works. The prosecutor\'s office, delivered 30.09, incoming no. 2471. The inspectors found Lưu Thị Bích Ngọc (33); the owner\'s wife, chị Loan, walks her.', [['PERSON', 'Сона'], ['IDNUM', 'AM-TW-0071'], ['IDNUM', '2471'], ['PERSON', 'Lưu Thị Bích Ngọc'], ['PERSON', 'Loan']]],
  ]);

  itLeavesAlone([
    ['Prague and Hanoi in Russian cases, a nationality after a person\'s word and a comma', 'ru', 'Привёз её в Прагу, в салон в Праге 4. Сестра в Ханое. Interpretation by Lan (volunteer, Vietnamese community).', /Прагу|Праге|Ханое|Vietnamese/],
    ['sums, articles, years and pages after a protocol\'s word', 'ru', 'Протокол, штраф 150000 за. Protocol signed, she paid 250000 som. Протокол по ст. 449, 2024 год. Protocol on page 123456.', /150000|250000|449|2024|123456/],
  ]);

  itFinds([
    ['a family\'s code in the organisation\'s base, a code whose middle group ends in two digits, a Romanian protocol\'s series and number after "seria", chat writers before their day and time in a bracket', 'ru', 'Код семьи в нашей базе — SUM-F-0021. Family code TSH-0412 opened. Yulia\'s file CT-S23-019. P-V seria PLS5 nr. 0041872 for soliciting.\nВера (17.11, 20:01): Девочки, осторожно.\nМышка (17.11, 20:03): Кто на Балке стоит?\nМышка (17.11, 20:06): да он, старлей.', [['IDNUM', 'SUM-F-0021'], ['IDNUM', 'TSH-0412'], ['PERSON', 'Yulia'], ['IDNUM', 'CT-S23-019'], ['IDNUM', 'PLS5 nr. 0041872'], ['PERSON', 'Вера'], ['PERSON', 'Мышка'], ['PERSON', 'Мышка']]],
    // (Until this session a district a sentence named before the address was left out of it, as a third of the kept sets'
    // writers do; two thirds hide it with the address, and a district narrows a street down.)
    ['a district a sentence names before the address, a region after "в" before its district', 'en', 'Both live in Yasamal district, Sharifzade st. 12, apt. 4. Живёт в Алматинской обл., Карасайский р-н, ул. Абая 5.', [['ADDRESS', 'Yasamal district, Sharifzade st. 12, apt. 4'], ['ADDRESS', 'Алматинской обл., Карасайский р-н, ул. Абая 5']]],
    ['an address with its region, its rural district and its village before it, and a city\'s district', 'ru', 'Адрес регистрации: Ошская обл., Кара-Суйский р-н, с. Нариман, ул. Навои, 45\nPlace: Kara-Suu district, Kashgar-Kyshtak village, Yusupov street 41\nShe lives in Chilonzor district, 9-kvartal, 14-uy, 27-xonadon.', [['ADDRESS', 'Ошская обл., Кара-Суйский р-н, с. Нариман, ул. Навои, 45'], ['ADDRESS', 'Kara-Suu district, Kashgar-Kyshtak village, Yusupov street 41'], ['ADDRESS', 'Chilonzor district, 9-kvartal, 14-uy, 27-xonadon']]],
  ]);

  itFinds([
    ['a patient\'s ID, a Romanian form\'s code after its bilingual label, a therapy card\'s code after its abbreviation, prescriptions\' numbers, a list item\'s code before a comma and her name, a Tajik birth certificate\'s series, a Finnish personal number after its Russian words', 'en', 'Patient ID TB-F-00932. Goes by Maka.\nPacient (patient): cod MD-CL-0986 / Doina Ceban\nОна на терапии, карта АРВТ ТАРВ-1187. PrEP, Rx 0048812. Хламидиоз, рецепт 0021904.\n- АЛ-0762, Алина: тестирование.\nBirth certificate № II-ТҶ 0329514; финский персональный номер Виртанена: 120375-113X.', [['IDNUM', 'TB-F-00932'], ['PERSON', 'Maka'], ['IDNUM', 'MD-CL-0986'], ['PERSON', 'Doina Ceban'], ['IDNUM', 'ТАРВ-1187'], ['IDNUM', '0048812'], ['IDNUM', '0021904'], ['IDNUM', 'АЛ-0762'], ['PERSON', 'Алина'], ['IDNUM', '№ II-ТҶ 0329514'], ['PERSON', 'Виртанена'], ['IDNUM', '120375-113X']]],
    ['Tuvan names with their "-оол" and Mongolian names with their first element before a hyphen', 'ru', 'Полные данные: Ооржак Айлана Эрес-ооловна, 2000 г.р. Живёт с Айдысом Кара-оолом. Her old name, Bat-Ochir, was on the ID.', [['PERSON', 'Ооржак Айлана Эрес-ооловна'], ['PERSON', 'Айдысом Кара-оолом'], ['PERSON', 'Bat-Ochir']]],
  ]);

  itFinds([
    ['what a reviewer found the working build lost: Tuvan names with "-оол" whose first part begins places\' names, German surnames that are lorries\' trailers\' makes, given names that are weekdays after a person\'s word and a comma', 'en', 'Сутенёр Кара-оол забрал деньги у неё. Сутенёр Ак-оол тоже. Her pimp, Thomas Schmitz, drove a truck. She met Jürgen Kögel at the Rasthof. The madam\'s husband, Sunday, collected the money.', [['PERSON', 'Кара-оол'], ['PERSON', 'Ак-оол'], ['PERSON', 'Thomas Schmitz'], ['PERSON', 'Jürgen Kögel'], ['PERSON', 'Sunday']]],
  ]);

  itLeavesAlone([
    ['what a reviewer found the working build marked: a route between countries\' letters, countries, languages and channels tagging a log\'s entries, a dash\'s list of countries, a dialogue\'s «ОК»', 'ru', 'Маршрут клиентки:\n12.03 — UZ → KR\n02.05 — KR → AE\nОна работала в KR два года.\n\n08.04 (ВК): написала подруга.\n09.04 (TG): клиентка из Оша.\nВсё общение дальше в TG, ссылку на ВК-группу удалили.\n\nCountries:\n— KZ\n— MN\n\nIn MN the police raid saunas.\n— Ты пойдёшь?\n— ОК\n\nShe said: "They took my passport." (EN)\n\nОна сказала: «Они забрали паспорт». (RU)\n\nThe EN text is final.', /UZ|KR|AE|ВК|TG|KZ|MN|ОК|EN|RU/],
    ['a log\'s and an agenda\'s entries before their stamps in a bracket', 'en', 'Call (17.11, 20:03): she says the landlord took her passport.\nMeeting (18.11, 11:00): lawyer agreed.\nCall (19.11, 21:40): she is scared.\nRegistration (09:00): coffee and badges.\nBreak (11:00): tea.\nBreak (15:00): tea.', /Call|Meeting|Registration|Break|tea/],
    ['postcodes, sums, a budget\'s line, a version\'s date and a body\'s code a few words after a protocol\'s word, protocols counted in a table', 'ru', 'Протокол отправили почтой в суд по индексу 050004, г. Алматы. Протокол на 1500000 сум, она не платила. Protocol of the board meeting: budget line 20240115. The WHO PrEP protocol, version 20230901, lists tenofovir. The protocol was sent to postcode 720040.\n| № | Регион | Протоколы |\n|---|---|---|\n| 1 | Алматы | 10234 |\n| 2 | Астана | 11870 |\n\n| ID | Site | Protocol | Dose |\n|---|---|---|---|\n| 1 | Bishkek | 2-100/24 | 300 |\n| 2 | Osh | 2-100/24 | 300 |', /050004|1500000|20240115|20230901|720040|10234|11870|2-100/],
    ['a prescription\'s form and doses, a statement\'s incoming and outgoing sums, a hotline\'s and an ISBN\'s numbers in a court case\'s shape, a law on a heading in capitals, models and a car in a dash\'s list, a diagnosis\'s code after "cod", a stock\'s code, Vietnamese addressing words before brands and words', 'ru', 'Врач выписал рецепт 107-1/у. Rx: 200/245 mg once daily. Prescription 10-14 days. Рецепт: 1000 мг. Her statement shows incoming 50000 tenge and outgoing 20000 tenge. Hotline 8-800-2000/122 is free. ISBN 5-8125-0736/2 was cited.\nЗАКОН — ЗРУ-516 (о противодействии торговле людьми)\nЧто купить:\n- HP-1020 — принтер.\n- ЛАДА-2107 — машина.\nDiagnostic: cod F-64 pe certificat. Stored under SKU-10482. Em đi với anh Honda về nhà, anh Taxi chờ, anh Grab.', /107|200|10-14|1000|50000|20000|8-800|5-8125|ЗРУ|HP-1020|ЛАДА|F-64|SKU|Honda|Taxi|Grab/],
  ]);

  itLeavesAlone([
    ['a fish before a colon, a prescription\'s dose, towns joined by a hyphen', 'en', 'He ate cod: 12 pieces. Rx 100 mg daily. The Almaty-Astana train.', /cod|Rx|100|Almaty|Astana/],
  ]);

  itLeavesAlone([
    ['towns and border crossings along the motorways of Poland, Czechia, Slovakia, Hungary and Austria, lorries\' makes, a chat\'s message in Romanian, a rank\'s slang', 'en', 'MOP Świecko, A2, Rzepin stretch. Parking at Hegyeshalom and Mosonmagyaróvár, D1 Humpolec, Hlohovec / Piešťany exits, Nickelsdorf. A white Iveco, a blue Scania, a Mercedes Actros.\n[21.05.2023, 02:10] Denisa: eu am 17 ani si jumatate nu am buletin provizoriu. m-au notat cu CNP-ul mamei\nЛиса: это он? старлей?', /Świecko|Rzepin|Hegyeshalom|Mosonmagyaróvár|Humpolec|Hlohovec|Piešťany|Nickelsdorf|Iveco|Scania|Actros|^ani$|jumatate|buletin|provizoriu|notat|mamei|старлей/],
  ]);

  itLeavesAlone([
    ['countries\' letters after cities, a document\'s and a note\'s letters closing paragraphs, a border\'s crossing, a form\'s number after "No.", a year after a place and a word in a bracket, a standard and a year on headings', 'en', 'Cities: Almaty (KZ)\nBishkek (KG)\nShe showed her card. (ID)\nAll fine. (OK)\n12.04 — KZ → KG\nThe form No. DS-160 was filed. Almaty (old capital, ALM-2023) grew.\nSTANDARD — ISO-9001\nREPORT — KZ-2024 — summary', /KZ|KG|ID|OK|DS-160|ALM-2023|ISO|2024/],
  ]);
});

describe('held-out sets from TU (7 December, twenty-eighth session)', () => {
  itFinds([
    ['a surname after an address\'s house number and a comma, which is no age before a town; a town there', 'en', 'They drove her to ul. Abaya 12, Kasymov and his men were waiting. Her aunt lives at Zhibek Zholy street 45, Nurlanova rents the flat. Later: ul. Lenina 5, Rostov.', [['ADDRESS', 'ul. Abaya 12'], ['PERSON', 'Kasymov'], ['ADDRESS', 'Zhibek Zholy street 45'], ['PERSON', 'Nurlanova'], ['ADDRESS', 'ul. Lenina 5, Rostov']]],
  ]);

  itFinds([
    ['surnames that are words, first in a table\'s cell before a given name and her patronymic', 'ru', '| 4 | KRG-240 | Пак Виктория Андреевна | 42 |\n| 5 | KRG-241 | Жук Татьяна | 1988 |\nODS-160 | Мельник Наталія Вікторівна | 1984 |', [['IDNUM', 'KRG-240'], ['PERSON', 'Пак Виктория Андреевна'], ['IDNUM', 'KRG-241'], ['PERSON', 'Жук Татьяна'], ['IDNUM', 'ODS-160'], ['PERSON', 'Мельник Наталія Вікторівна']]],
    ['numbers in a column headed by a protocol\'s, a court case\'s or a report\'s word, in bars, tabs or semicolons, alone under their header or after a register\'s letters', 'en', 'code;name;court case;status\nUZ-1;Dilya;5999-23-00-3/2214;deported\nUZ-2;Malika;-;open\n\n| name | szabs. ügy |\n| Erika | 01000/2187/2023 |\n| Tibi | - |\n\n| Код | Документ |\n| KRG-1 | КУСП 1872 |\n| KRG-2 | КУСП 2471 |', [['PERSON', 'Dilya'], ['IDNUM', '5999-23-00-3/2214'], ['PERSON', 'Malika'], ['PERSON', 'Erika'], ['IDNUM', '01000/2187/2023'], ['PERSON', 'Tibi'], ['IDNUM', '1872'], ['IDNUM', '2471']]],
    ['a district and a town opening an address\'s cell, a district\'s word before its name', 'en', '1;Farangis;35;р-н Сино, 92-й мкр., д. 7, кв. 118;open\n| 3 | Aysel | Nəsimi r-nu, Səməd Vurğun küç. 74, m. 21 |', [['PERSON', 'Farangis'], ['ADDRESS', 'р-н Сино, 92-й мкр., д. 7, кв. 118'], ['PERSON', 'Aysel'], ['ADDRESS', 'Nəsimi r-nu, Səməd Vurğun küç. 74, m. 21']]],
    ['a Tbilisi district before an address, Georgian and Armenian addresses with their towns in their own letters', 'en', 'She rented a room at Dighomi, Petre Kavtaradze St 22.\nAddress: ქ. თბილისი, გლდანის III მ/რ, კორპ. 14, ბ. 61\nAddress: Երևան, Դավթաշեն 3-րդ թաղ., շ. 17, բն. 44', [['ADDRESS', 'Dighomi, Petre Kavtaradze St 22'], ['ADDRESS', 'ქ. თბილისი, გლდანის III მ/რ, კორპ. 14, ბ. 61'], ['ADDRESS', 'Երևան, Դավթաշեն 3-րդ թաղ., շ. 17, բն. 44']]],
    ['a signature\'s initials before the writer\'s role, a monitor after her label, Turkish and Bulgarian given names, a Turkish judgeship\'s file by its kind, a bus\'s booking, codes listed after a slash, a report\'s and a complaint\'s numbers', 'en', 'Monitor: Veselina (volunteer law student). | 6 | Gülsüm (Turkish citizen) | Istanbul |\nThe Sulh Ceza judge rejected it (decision 2023/7781 D.İş). Ticket, booking VNTH-558213. Коды: IST-RO-0402 / CT-0812. Сообщение № 1187, жалоба № 1192.\n\n— A. M., caseworker', [['PERSON', 'Veselina'], ['PERSON', 'Gülsüm'], ['IDNUM', '2023/7781 D.İş'], ['IDNUM', 'VNTH-558213'], ['IDNUM', 'IST-RO-0402'], ['IDNUM', 'CT-0812'], ['IDNUM', '№ 1187'], ['IDNUM', '№ 1192'], ['PERSON', 'A. M.']]],
  ]);

  itFinds([
    ['a Belarusian personal number typed with Cyrillic letters, a register\'s number in a bracket or joined by a hyphen', 'ru', 'Паспорт МР 4012773, личный № 4180796М023РВ1. Книга учёта (КУИ) 7714, по словам дежурного, КУИ-18844.', [['IDNUM', 'МР 4012773'], ['IDNUM', '№ 4180796М023РВ1'], ['IDNUM', '7714'], ['IDNUM', 'КУИ-18844']]],
    ['an interviewer\'s initials after her label heading her turns, initials that spell a name before them in a bracket', 'en', 'Interviewer: RV. Respondent: Hanna.\n\nRV: Can you say when you left Minsk?\nH: Last March.\nRV: The third detention?\n\nInterviewer: Saule Dzhaksybekova (SD).\n[00:00:12] SD: It\'s recording.\n[00:00:18] R: Okay.', [['PERSON', 'RV'], ['PERSON', 'Hanna'], ['PERSON', 'RV'], ['PERSON', 'RV'], ['PERSON', 'Saule Dzhaksybekova'], ['PERSON', 'SD'], ['PERSON', 'SD']]],
    ['a note\'s writer by capitals after "translated by", "noted by", "Note by" and in a note\'s bracket', 'en', 'Original in Ukrainian, translated by IS for the case file.\n\nNote by IS, 04.06.: she is known to us. Her words, noted by LD:\nNote (EG): submit in person.', [['PERSON', 'IS'], ['PERSON', 'IS'], ['PERSON', 'LD'], ['PERSON', 'EG']]],
    ['German papers\' numbers without their words, a German indictment\'s court and prosecutor files together, ranks in the feminine', 'en', 'BG-Nummer 26102BG0034817. Do you have the Aufenthaltstitel? Yes I have it — YK4M07T2P. Vorgang 240307-0211-012845. Az. 5 KLs 206 Js 41187/23. Prosecutor: OStA\'in Hartmann. Then KHK\'in Braun called.', [['IDNUM', '26102BG0034817'], ['IDNUM', 'YK4M07T2P'], ['IDNUM', '240307-0211-012845'], ['IDNUM', '5 KLs 206 Js 41187/23'], ['PERSON', 'Hartmann'], ['PERSON', 'Braun']]],
    ['codes after "(Internal: see", "entry", "Case summary", Belarusian given names before a code', 'en', 'Sveta — Sviatlana Hurskaya, GM-0178. (Internal: see MG-0119.) Added to the list as entry BC-2023-41. Case summary VT-TR-004 for the partner.', [['PERSON', 'Sveta'], ['PERSON', 'Sviatlana Hurskaya'], ['IDNUM', 'GM-0178'], ['IDNUM', 'MG-0119'], ['IDNUM', 'BC-2023-41'], ['IDNUM', 'VT-TR-004']]],
    ['an address\'s district after "residing at" that is a known place', 'en', 'He was residing at Kanaker-Zeytun, Azatutyan Ave 12, apt 5.', [['ADDRESS', 'Kanaker-Zeytun, Azatutyan Ave 12, apt 5']]],
    ['a town before an address after "at" and a comma, a region before a village or a town\'s district', 'ru', 'Регистрация (fake, at Московская обл., г. Люберцы, ул. Попова, д. 9, кв. 3). Живёт у матери, г. Алматы, ул. Абая 5. Мать: Иссык-Кульская обл., с. Тюп, ул. Токтогула, 58. Баня: Московская обл., г.о. Балашиха, мкр. Никольско-Архангельский, ул. Вишняковская, д. 46', [['ADDRESS', 'Московская обл., г. Люберцы, ул. Попова, д. 9, кв. 3'], ['ADDRESS', 'г. Алматы, ул. Абая 5'], ['ADDRESS', 'Иссык-Кульская обл., с. Тюп, ул. Токтогула, 58'], ['ADDRESS', 'Московская обл., г.о. Балашиха, мкр. Никольско-Архангельский, ул. Вишняковская, д. 46']]],
    ['an Azerbaijani FIN that starts with a digit and has a nought among its letters, Azerbaijani given names', 'ru', 'Сона назвала свой FİN наизусть — 5RT0KLA, записали. name / nick: Jalə / "Şokolad".', [['PERSON', 'Сона'], ['IDNUM', '5RT0KLA'], ['PERSON', 'Jalə'], ['PERSON', 'Şokolad']]],
    ['Western European papers\' numbers: an Italian health code, a Belgian immigration office\'s file, a Belgian bis number, a French officer\'s number', 'en', 'Her STP/ENI health code ENI0309060007723. Номер досье OE: 8.214.377. Belgian national number (bis) 85.31.03-412.76. Officer\'s RIO seen: 1527390.', [['IDNUM', 'ENI0309060007723'], ['IDNUM', '8.214.377'], ['IDNUM', '85.31.03-412.76'], ['IDNUM', '1527390']]],
    ['Western European streets written in Russian letters, with their postcodes and towns', 'ru', 'Снимает студию на рю Мира 12, 75018 Париж. Живёт на виа Марелли 301, Сесто-Сан-Джованни, кв. 18. Их отвезли на Триестер штрассе 114, 1100 Вена. Живёт на калье Алькала 45.', [['ADDRESS', 'рю Мира 12, 75018 Париж'], ['ADDRESS', 'виа Марелли 301, Сесто-Сан-Джованни, кв. 18'], ['ADDRESS', 'Триестер штрассе 114, 1100 Вена'], ['ADDRESS', 'калье Алькала 45']]],
  ]);

  itFinds([
    ['a district\'s word in the locative before its name, a signature\'s initials before the writer\'s role and office', 'ru', 'Живёт в р-не Сино, 92-й мкр., д. 7, кв. 118.\n\n— A.M., outreach worker, Bishkek office', [['ADDRESS', 'р-не Сино, 92-й мкр., д. 7, кв. 118'], ['PERSON', 'A.M.']]],
    ['what a reviewer found the working build lost: a name a quote in Armenian letters opens with, a team\'s initials that are a far country\'s letters', 'en', 'The officer said: «Լիլիթ, արի». Volunteers: AE, IL\n14.05 (AE) court visit', [['PERSON', 'Լիլիթ'], ['PERSON', 'AE'], ['PERSON', 'IL'], ['PERSON', 'AE']]],
  ]);

  itLeavesAlone([
    ['what a reviewer found the working build marked: a cell\'s words before an address, a town shaped like a surname after a house\'s number, capitals after a note\'s or a writer\'s word, models, batches and orders, codes of things after a case\'s word, counts in a table of figures, a year after a register\'s letters', 'en', '12.03.2024;Встреча с участковым, ул. Ленина 5;нет\nHotline;Call received, Abay avenue 12;yes\nShe moved to Lenina street 12, Kurchatov, near the market.\nNote (KG): ok. Note (PS): ok. Translated by UN staff. Notes by AI.\nRedmi (model M1908C3JH), vaccine lot FK7723MNX. Order 230512-1530-000123. Flight booking SU-1850.\nCase summary — COVID-19. Case update: EU-2024.\nРегион;Год;КУСП;Протоколы\nАлматы;2023;12345;40\nАстана;2023;10220;35\nКУИ-2023 отчёт за год.', /Встреча|Call|Kurchatov|^KG$|^PS$|^UN$|^AI$|M1908|FK7723|230512|SU-1850|COVID|EU-2024|12345|10220|КУИ-2023/],
    ['a role\'s, a body\'s or a project\'s word before a given name in a table\'s cell, an order\'s number shaped like a police report\'s', 'ru', '| Фонд Анна |\n| Проект Надежда |\n| Свидетель Алина |\n| Witness Lola |\n| Operation Natasha |\nOrder 230512-1530-000123.', /Фонд|Проект|Свидетель|Witness|Operation|230512/],
    ['what a reviewer found the final build still marked: a body\'s letters after its name, a kin\'s or a resort\'s word before a name in a cell, a year and a month under a number\'s header', 'ru', 'Médecins Sans Frontières (MSF) runs a clinic in Osh.\n| 25 | Мама Алина | да |\n| Пансионат Карина | Иссык-Куль |\n| Заявление № | Дата |\n| 2024-03 | 12.03.2024 |\n| 2024-04 | 13.03.2024 |', /MSF|Мама|Пансионат|2024-0/],
    ['a town after an age in a list of who came', 'en', 'Zorica, 45, Doljevac. Milena, 31, Leskovac.', /Doljevac|Leskovac/],
    ['a form\'s labels heading its lines, as a chat\'s writers would', 'en', 'Name: Ani\nAddress: Gyumri, near the market\nPhone: none\nAddress: same as before\nStatus: open', /Address|Phone|Status|Name/],
    ['speech quoted in Armenian letters, a writer\'s role after a dash that signs nothing, a Turkish court\'s words', 'en', 'He wrote: «Սպասիր վաղը կտեսնես». She said: «Նա ասում է, որ ինձ կսպանի». The Sulh Ceza judge and the Asliye Ceza court.\n\n— Outreach team, Almaty', /Սպասիր|վաղը|ասում|կսպանի|Sulh|Ceza|Asliye|Outreach|team/],
    ['a list\'s name before an address after a semicolon, a name and a role in a table\'s cell before the address', 'ru', 'свидетели: Шевченко, д. 81/4, кв. 9; Ткаченко Л.М., ул. Юности, д. 18, кв. 140.\n| 1 | Gennady, landlord, ул. Герцена 34, кв. 27 | Moved |', /^(?:Ткаченко Л\.М\.|Gennady), /],
    ['standards and bodies after "see" and "entry", lower-case words in a note\'s bracket, a body translating, German words for a number', 'en', '(see ISO-9001) Entry 2023-2024 was long. Note (see below): fine. note (abc) here. Translated by UN staff. Written by the team. BG-Nummer missing.', /ISO|2023|see|abc|UN|team|Nummer/],
    ['a car that shares a French officer\'s number\'s word, a population, a word of letters and a nought', 'en', 'The silver Kia Rio came. Population 8.214.377 people. Mateusz Kr0l and ОЛЕГ0ВНА were read.', /Rio|8\.214/],
    ['a complaint and a report without a number\'s sign, a year, a page\'s count', 'ru', 'Заявление от 12.03.2024. Заявление на 5 страницах. Жалоба 2023 года. Обращение № 2 в 2024 году.', /12\.03|5|2023|2024/],
  ]);
});

describe('held-out sets from UG (7 December, twenty-ninth session)', () => {
  itFinds([
    ['a file\'s code alone, with no word of a file before it, after a name\'s initial or in a bracket', 'en', 'Inventory of the folder of Ainur Zh. (KRG-0451), 2021. Known from the Ulus outreach (ANK-TJ-052). Ogulnabat is our ZB-2022-141 — she left. Next copy, see ALM-23-118/2.', [['PERSON', 'Ainur Zh.'], ['IDNUM', 'KRG-0451'], ['IDNUM', 'ANK-TJ-052'], ['PERSON', 'Ogulnabat'], ['IDNUM', 'ZB-2022-141'], ['IDNUM', 'ALM-23-118/2']]],
    ['a register\'s number in a bracket after a name, opening with a nought or after a code\'s word or sign', 'ru', 'Жылдыз (0070) пришла в офис. Потом Айнура (код 0113) и Бермет (№ 045).', [['PERSON', 'Жылдыз'], ['IDNUM', '0070'], ['PERSON', 'Айнура'], ['IDNUM', '0113'], ['PERSON', 'Бермет'], ['IDNUM', '№ 045']]],
    ['a nickname joined to a given name by a hyphen, her town\'s or district\'s name, or a word in Latin letters', 'ru', 'Пришли Оля-Ош и Света-Токмок, потом Наташа-Салтовка. Позвонила Юля-Сибирь. Zhanna-kazashka: same night.', [['PERSON', 'Оля-Ош'], ['PERSON', 'Света-Токмок'], ['PERSON', 'Наташа-Салтовка'], ['PERSON', 'Юля-Сибирь'], ['PERSON', 'Zhanna-kazashka']]],
    ['a meeting\'s speakers by a word no dictionary has, in capitals too, and by a nickname the text capitalises elsewhere', 'ru', 'Присутствовали: Лиса, Марго, Ира.\n\nМОДЕРАТОР: Расскажите.\nАЙЖАН: Нас забрали ночью.\nДИЛЯ: У меня забрали айфон.\nМарго: Пришли под утро.\nЛиса: Гордиенко этот сразу стал снимать.\nИра: Да, так было.', [['PERSON', 'Лиса'], ['PERSON', 'Марго'], ['PERSON', 'Ира'], ['PERSON', 'АЙЖАН'], ['PERSON', 'ДИЛЯ'], ['PERSON', 'Марго'], ['PERSON', 'Лиса'], ['PERSON', 'Гордиенко'], ['PERSON', 'Ира']]],
    ['a paper\'s short number after its sign where its word stands earlier in the line, a letter\'s incoming number with its letter', 'ru', 'Сейчас у меня только справка из ОВД Оша, № 3921.\nЗАКЛЮЧЕНИЕ ЭКСПЕРТА № 3814\n| Medical certificate, city polyclinic No. 3 | No. 877 |\nЖалобу прокуратура зарегистрировала за вх. № 3184/к.', [['IDNUM', '№ 3921'], ['IDNUM', '№ 3814'], ['IDNUM', 'No. 877'], ['IDNUM', '№ 3184/к']]],
    ['the town after a label before an address that starts with its district, a region before a village after "registered at"', 'ru', 'зарегистрированной: г. Караганда, р-н Казыбек би, мкр. Майкудук, 15 мкр., д. 7, кв. 33. Passport 5218 604291, registered at Omsk region, Tavricheskoe, ul. Lenina, 27.', [['ADDRESS', 'г. Караганда, р-н Казыбек би, мкр. Майкудук, 15 мкр., д. 7, кв. 33'], ['IDNUM', '5218 604291'], ['ADDRESS', 'Omsk region, Tavricheskoe, ul. Lenina, 27']]],
    ['a Turkish address\'s floor, block and room after its number, and its district', 'en', 'She worked at Telsiz Mah. Balıklı Sk. No: 27, bodrum kat, for a boss. Detained at Sorgun Mah. Titreyengöl Cad. No: 52, lojman B blok oda 7, Manavgat, after a complaint.', [['ADDRESS', 'Telsiz Mah. Balıklı Sk. No: 27, bodrum kat'], ['ADDRESS', 'Sorgun Mah. Titreyengöl Cad. No: 52, lojman B blok oda 7, Manavgat']]],
    ['Serbian papers\' numbers by their register\'s letters or their words, an LBO, codes of two letter groups and a number', 'en', 'She got a misdemeanour order, PN 02-15880/24, for nothing. Zapisnik o zadržavanju br. 03-214/24. | zapisnik 11-3472/24 | Only an old LBO 10029384771. Her clinic number is KIB-HIV 2211.', [['IDNUM', 'PN 02-15880/24'], ['IDNUM', '03-214/24'], ['IDNUM', '11-3472/24'], ['IDNUM', '10029384771'], ['IDNUM', 'KIB-HIV 2211']]],
    ['a Serbian address\'s container or room and its settlement, a surname of two letters before a given name after a label, a contact\'s name on a messenger', 'en', 'Lives at Vojvođanska 214, kontejner 14, Surčin. Mother at Nikole Pašića 12, Veliki rit. Witness: Ли Ольга. On WhatsApp as "Тома Караганда". VK (id481277903).', [['ADDRESS', 'Vojvođanska 214, kontejner 14, Surčin'], ['ADDRESS', 'Nikole Pašića 12, Veliki rit'], ['PERSON', 'Ли Ольга'], ['PERSON', 'Тома Караганда'], ['HANDLE', 'id481277903']]],
  ]);

  itFinds([
    ['a Moldovan or Romanian report\'s series before "nr.", an initial with her age in a table\'s cell, a registration\'s number a few words after its word, a court file\'s judge\'s letter', 'en', 'A proces-verbal, number MAI07 nr. 094581. PV seria IS PL nr. 0220931.\n| Tashkent | TAS-PE-0147 | M., 24 | fine |\nрег. номер прокуратуры 12-4-2157. Суд отказал (дело № ГД-115/23-К1).', [['IDNUM', 'MAI07 nr. 094581'], ['IDNUM', 'IS PL nr. 0220931'], ['IDNUM', 'TAS-PE-0147'], ['PERSON', 'M.'], ['IDNUM', '12-4-2157'], ['IDNUM', '№ ГД-115/23-К1']]],
    ['a Moldovan village and its district before the street', 'ru', 'Не писать домой (s. Costești, r-nul Ialoveni, str. Păcii 3).', [['ADDRESS', 's. Costești, r-nul Ialoveni, str. Păcii 3']]],
    ['an address and a plate dictated to speech-to-text, in lower case, without commas, letters by their names', 'ru', 'мы живём на бажова девяносто один квартира шестьдесят три это. машина белая приора номер восемьсот сорок два эй эн зет ноль два я на камеру сняла', [['ADDRESS', 'бажова девяносто один квартира шестьдесят три'], ['PLATE', 'восемьсот сорок два эй эн зет ноль два']]],
    ['a Ukrainian phone after the old long-distance 8, Ukrainian and Armenian capitals in file codes, a barring order\'s number', 'en', 'Тел. 8-093-517-26-40. Card № МК-ВІЛ-2277, application ԱՔ-88310. He got an urgent barring order, no. 000184, for 10 days.', [['PHONE', '8-093-517-26-40'], ['IDNUM', '№ МК-ВІЛ-2277'], ['IDNUM', 'ԱՔ-88310'], ['IDNUM', '000184']]],
    ['a nickname\'s adjective in another case, a Ukrainian given name opening a sentence', 'ru', 'Пришла Света Рыжая. Рыжей дали штраф. Віра плакала, Віра Гнатюк звернулася.', [['PERSON', 'Света Рыжая'], ['PERSON', 'Рыжей'], ['PERSON', 'Віра'], ['PERSON', 'Віра Гнатюк']]],
  ]);

  itLeavesAlone([
    ['a car\'s model alone', 'ru', 'Модель ВАЗ-2107 давно не выпускают.', /ВАЗ/],
    ['a form\'s number alone', 'en', 'She filled in form IV-100 at the clinic.', /IV-100/],
    ['a promotion\'s code alone', 'en', 'The app gave her promo code AB-1234.', /AB-1234/],
    ['a flight alone', 'en', 'Aida flew home on KC-109 last night.', /KC-109/],
    ['a tracker\'s model alone', 'en', 'He hid a GPS-1200 tracker in her bag.', /GPS/],
    ['a package\'s name alone', 'en', 'He paid for the VIP-500 package.', /VIP/],
    ['a law\'s number on a heading', 'ru', 'ЗАКОН — ЗРУ-516 (о противодействии торговле людьми)', /ЗРУ/],
    ['a numbered place\'s or a law\'s number after a paper\'s word, a sentence opening after a surname\'s initial', 'ru', 'Справка из поликлиники № 12 выдана. Решение о депортации по ст. 54 Закона № 6458. Получатель Абдуллаев С. Сумма 85 000.', /№ 12|6458|Сумма/],
    ['a count after a label in a list of towns, words of Ukrainian heading a meeting\'s lines, a word opening a sentence like a nickname\'s adjective', 'ru', 'Участницы:\n- Нургиза: полиция берёт.\n- Гулкайыр: клиент украл телефон.\n- Айжамал: работает.\n\nГорода:\n- Алматы: 5\n- Кордай: 2\n\nПрисутні: 8 дівчат, Ира Большая.\nРішення: юрист подає скаргу.\nПеренаправлення: до юристки.\nБольше ничего не скажу.', /Кордай|Присутні|Рішення|Перенаправлення|Больше/],
    ['an IBAN-shaped code written together without an account\'s word, a town after its region\'s district', 'en', 'Code GB34BUKB20201555555555 was printed on the box. Home address: ul. Lenina 54, Kara-Suu, Osh region.', /GB34|Osh/],
    ['what a reviewer found the working build marked: drugs, vehicles, devices and standards by their shape, years after two bodies\' letters, radio bands, cells and roads', 'en', 'She was put on EFV-600. Canon LBP-2900 printer. IEC-60601 applies. HIV-AIDS 2024 conference. LTE-FDD 1800 band. Held in the ИВС-112 cell.', /EFV|LBP|IEC|HIV-AIDS|LTE|ИВС/],
    ['what a reviewer found the working build marked: numbered pages, annexes, tables, tills, trains, sessions, a government\'s decree and a meeting\'s minutes after a paper\'s word', 'ru', 'Справка, том 2, лист № 145. Заключение: см. приложение № 105 и таблицу № 112. Квитанция: поезд № 0123. Постановление Правительства Республики Казахстан № 1347. Meeting protocol No. 105 of the working group.', /145|105|112|0123|1347/],
    ['what a reviewer found the working build marked: a gazette\'s citation of a law, a room\'s number, a phone with a slash after capitals, Kyrgyz and Uzbek question and answer labels, towns heading a report\'s lines, English words joined to a name, an interjection before a name', 'en', 'Zakon o prekršajima („Sl. glasnik RS", br. 65/2013, 13/2016). Pozovi ANA 064/123-4567.\nМадина: Мы стояли.\nСуроо: Качан?\nЖооп: Кечээ.\nSavol: Qachon?\nJavob: Kecha.\n\nБишкек: 12 новых.\nОш: 5 новых.\nКочкор: пять новых клиенток.\n\nRose-gold phone. Oh Maria, I am sorry.', /65\/2013|13\/2016|Суроо|Жооп|Savol|Javob|Кочкор|Rose-gold|Oh Maria/],
  ]);
});

describe('held-out sets from UW (7 December, thirtieth session)', () => {
  itFinds([
    ['a file\'s code with an office\'s digit after its letters, alone in a bracket', 'ru', '1. Олах Тимея / Тими (BP8-0417) — штраф не оплачен.', [['PERSON', 'Олах Тимея'], ['PERSON', 'Тими'], ['IDNUM', 'BP8-0417']]],
    ['Hungarian police files with their register after a space, a court\'s number with its full stop', 'en', 'Complaint number 05010-1982/2023. bü.. Case: 26.Szabs.12451/2023/4. – prohibited. She got 05010-3377/2023. ált. but nobody called.', [['IDNUM', '05010-1982/2023. bü.'], ['IDNUM', '26.Szabs.12451/2023/4.'], ['IDNUM', '05010-3377/2023. ált.']]],
    ['landlines with an area code of one or two digits in brackets or before a slash', 'en', 'Tel.: (46) 555-208. Call 46/555-312 or (1) 555 1234. Warsaw office (22) 628 11 22.', [['PHONE', '(46) 555-208'], ['PHONE', '46/555-312'], ['PHONE', '(1) 555 1234'], ['PHONE', '(22) 628 11 22']]],
    ['Budapest\'s district before the street, a ground floor\'s door with its full stop, a settlement after an address\'s label in a table', 'en', 'Timi lives at Bp. VIII., Magdolna u. 33., földszint 4. and is afraid. She lives at Budapest VIII. kerület, Bérkocsis utca 18. fsz. 2.\n| Address | Nyíregyháza, Huszár-telep, Hungária u. 8. (with mother-in-law) |', [['PERSON', 'Timi'], ['ADDRESS', 'Bp. VIII., Magdolna u. 33., földszint 4.'], ['ADDRESS', 'Budapest VIII. kerület, Bérkocsis utca 18. fsz. 2.'], ['ADDRESS', 'Nyíregyháza, Huszár-telep, Hungária u. 8.']]],
    ['a Slovak plate spaced before its letters, two names in a bracket joined by "&", a surname after a title\'s initial', 'en', 'My friend saw the number, MI 233 CK. Two new girls, very young (Nikoleta & Vanesa), came. The badge said Dr. J. Liepa, and Dr. J. Smith signed.', [['PLATE', 'MI 233 CK'], ['PERSON', 'Nikoleta'], ['PERSON', 'Vanesa'], ['PERSON', 'J. Liepa'], ['PERSON', 'J. Smith']]],
    ['Hungarian and Slovak given names in Cyrillic, a name that is a word signing a note', 'ru', 'Эржебет (все зовут её Эржи) пришла. Ружка просит не упоминать её.\n\nПодготовила: Нора.', [['PERSON', 'Эржебет'], ['PERSON', 'Эржи'], ['PERSON', 'Ружка'], ['PERSON', 'Нора']]],
    ['Bulgarian streets and quarters named in quotes, every word, entrances and zones by their letters', 'ru', 'Семья жила по адресу ул. „Трета македонска бригада“ бр. 27. Адрес: ж.к. „Меден рудник“, зона А, бл. 37, вх. 2, ет. 3, ап. 8. Мать живёт в бл. 612, вх. Б, а я рядом.', [['ADDRESS', 'ул. „Трета македонска бригада“ бр. 27'], ['ADDRESS', 'ж.к. „Меден рудник“, зона А, бл. 37, вх. 2, ет. 3, ап. 8'], ['ADDRESS', 'бл. 612, вх. Б']]],
    ['a Montenegrin building\'s word, an administrative procedure\'s number after "№", a region and a stanitsa before the street, a rank written short', 'ru', 'Residence: Konik, Vrela Ribnička, zgrada B2, ulaz 1, stan 14. Решение № UP I 04-511/23-3187. Адрес регистрации: Краснодарский край, ст. Динская, ул. Красная, д. 88\n| протокол | уч. Бондарь |', [['ADDRESS', 'Konik, Vrela Ribnička, zgrada B2, ulaz 1, stan 14'], ['IDNUM', '№ UP I 04-511/23-3187'], ['ADDRESS', 'Краснодарский край, ст. Динская, ул. Красная, д. 88'], ['PERSON', 'Бондарь']]],
  ]);

  itFinds([
    ['a Greek room after a street in the genitive, the Greek police\'s register letters, a landlord\'s phone after his given name and a comma', 'en', 'She rents a room by the week, Μενάνδρου 37, δωμάτιο 14. Released with the number ΑΒΜ Ε23/81447. Friend who rents the flat: Kristjan, 5344 1207.', [['ADDRESS', 'Μενάνδρου 37, δωμάτιο 14'], ['IDNUM', 'ΑΒΜ Ε23/81447'], ['PERSON', 'Kristjan'], ['PHONE', '5344 1207']]],
    ['Uzbek districts before an address that starts with a numbered quarter or a street, an assembly\'s name in quotes, a flat\'s abbreviation with its full stop', 'ru', 'Her address: Mirzo Ulug\'bek tumani, Qorasuv-3, 17-uy, 44-xonadon. Отвёз в дом: Бектемир тумани, Хусайн Бойқаро кўчаси, 3-тор, 19-уй. Прописана по адресу: г. Самарканд, МФЙ «Кўксарой», ул. Гагарина, 54-уй, живёт у сестры. She lives at Sergeli-7, 22-uy, 15-kv. — the son does not know.', [['ADDRESS', 'Mirzo Ulug\'bek tumani, Qorasuv-3, 17-uy, 44-xonadon'], ['ADDRESS', 'Бектемир тумани, Хусайн Бойқаро кўчаси, 3-тор, 19-уй'], ['ADDRESS', 'г. Самарканд, МФЙ «Кўксарой», ул. Гагарина, 54-уй'], ['ADDRESS', 'Sergeli-7, 22-uy, 15-kv.']]],
    ['a Ukrainian street named after a person with "ім." and an initial, a Lithuanian room\'s abbreviation after its number', 'ru', 'Снимает квартиру на вул. Набережна ім. В. Стефаника, 30, кв. 104 с зимы. Гостиница у порта, Naujoji Uosto g. 3, 208 kamb.. Клиент — моряк.', [['ADDRESS', 'вул. Набережна ім. В. Стефаника, 30, кв. 104'], ['ADDRESS', 'Naujoji Uosto g. 3, 208 kamb.']]],
    ['Polish police stations\' protocols and Blue Card forms, with the sign "Nr"', 'ru', 'Номер протокола изъятия: Nr 87/KMP/IV/24. Протокол задержания: nr 1123/KMP/24. Форма «A» номер NK 112/2024/GD, form A number NK-A 45/2023/ZI.', [['IDNUM', 'Nr 87/KMP/IV/24'], ['IDNUM', 'nr 1123/KMP/24'], ['IDNUM', 'NK 112/2024/GD'], ['IDNUM', 'NK-A 45/2023/ZI']]],
    ['Romanian contravention series in a table and after "PV", Bucharest sectors\' file codes in brackets, a protection order named a few words before its number, initials after "checked by"', 'en', 'Written by Cristi, checked by A.M.\n| 1 | PLS1 0388712 | 12.01.2023 |\nRamona Ionescu, PV PL4 0551237, 1.500 lei. Carmen Lăcătuș (B6-0078) and Ana (B5-0331) came. Police issued a provisional protection order the same night (OPP no. 0041876, 5 days).', [['PERSON', 'Cristi'], ['PERSON', 'A.M.'], ['IDNUM', 'PLS1 0388712'], ['PERSON', 'Ramona Ionescu'], ['IDNUM', 'PL4 0551237'], ['PERSON', 'Carmen Lăcătuș'], ['IDNUM', 'B6-0078'], ['PERSON', 'Ana'], ['IDNUM', 'B5-0331'], ['IDNUM', '0041876']]],
    ['a paper\'s short number after an extract\'s or a Kyrgyz register\'s word, a register\'s codes that read as years', 'en', 'Extract No. 4421 from the hospital. Police registered the statement, КУС № 611, no action.\nTLN-2210 — first visit.\nTLN-2054 — her husband came.\nTLN-1998 — came back.', [['IDNUM', 'No. 4421'], ['IDNUM', 'КУС № 611'], ['IDNUM', 'TLN-2210'], ['IDNUM', 'TLN-2054'], ['IDNUM', 'TLN-1998']]],
  ]);

  itFinds([
    ['a table\'s columns of plates and of its writers\' initials, by their headers, in a row with a cell more than its header and in a CSV with commas inside its cells', 'en', 'id | date | person | plate | ref\nCZ-0457 | 03/05/2023 | Jana V. | 3U7 2145 (silver VW) | none\nCZ-0461 | 12/05/2023 | Olga K. | 1AB 7742 | -\n\nnr\tdate\twhat\tby\nPL/23/0192\t2023-06-02\tstopped, checked\tAK\nPL/23/0197\t2023-06-14\tclient\tno car\tMZ\n\n"id","place","what","plate"\n"ME-23-031","Budva","locked her in, took money, phone","PG AB417"', [['IDNUM', 'CZ-0457'], ['PERSON', 'Jana V.'], ['PLATE', '3U7 2145'], ['IDNUM', 'CZ-0461'], ['PERSON', 'Olga K.'], ['PLATE', '1AB 7742'], ['IDNUM', 'PL/23/0192'], ['PERSON', 'AK'], ['IDNUM', 'PL/23/0197'], ['PERSON', 'MZ'], ['IDNUM', 'ME-23-031'], ['PLATE', 'PG AB417']]],
    ['a Macedonian court\'s register and "бр." with its number, not a house', 'ru', 'Re: case ПРК бр. 3214/23, Basic Court. Номер протокола: ПП бр. 0871/24.', [['IDNUM', 'ПРК бр. 3214/23'], ['IDNUM', 'ПП бр. 0871/24']]],
    ['a writer\'s initials in an export\'s field and after a diary\'s date, interviews\' codes of two digits, a Kazakh court\'s number', 'en', 'CASEID=LT-V-2023-067\nSTAFF=GB\n\n02.10.2023 PH — first contact at the station.\nSame officer as in BG-PD-04, she says.\nCase 1 — 7599-25-00-5/1011. Fine 10 MRP.', [['IDNUM', 'LT-V-2023-067'], ['PERSON', 'GB'], ['PERSON', 'PH'], ['IDNUM', 'BG-PD-04'], ['IDNUM', '7599-25-00-5/1011']]],
    ['a Dutch address with its floor in Roman numbers and its postcode, Budapest\'s district between commas, a Romanian series of five letters, a Hungarian register\'s full stop', 'en', 'She lives at Javastraat 214-II, 1095 CP Amsterdam, in a room. Kitti gave Budapest, VII. ker., Dob utca 58. fsz. 2., which is a friend\'s. Proces-verbal seria PCPMB nr. 4471906. The ügyszám 01130-4488/2023.bü. after that.', [['ADDRESS', 'Javastraat 214-II, 1095 CP Amsterdam'], ['PERSON', 'Kitti'], ['ADDRESS', 'Budapest, VII. ker., Dob utca 58. fsz. 2.'], ['IDNUM', 'PCPMB nr. 4471906'], ['IDNUM', '01130-4488/2023.bü.']]],
  ]);

  itFinds([
    ['what a reviewer found the working build lost: names in lower case in a quoted chat of a language the dictionaries lack, clients\' codes after a slash or in two groups whose letters are a product\'s, an address\'s quarter after its label, a street named by capitals', 'en', 'Her pimp, who calls himself dzsoni, takes most of her money. On 2 April officer hegedus stopped her. She showed us the message dzsoni sent her, copied exactly: "figyelj ide, ha holnapig nem hozod a penzt tudod mi var rad, ne jatszadozz velem, tudom hol lakik anyad es tudom melyik iskolaba jar a kicsi, a rendorseg nem tud nekem semmit csinalni mert mindenki az enyem, egy telefon es vege vagy, ejfelig van idod, es ne hivj errol a szamrol, irj messengeren, kulonben erted megyek"\nClients MI/0412 and MI/0415. She is SM-KR 0412 in our list. Адрес: г. Ташкент, Квартал: 12, дом 5, кв. 41.', [['PERSON', 'dzsoni'], ['PERSON', 'hegedus'], ['PERSON', 'dzsoni'], ['IDNUM', 'MI/0412'], ['IDNUM', 'MI/0415'], ['IDNUM', 'SM-KR 0412'], ['ADDRESS', 'г. Ташкент, Квартал: 12, дом 5, кв. 41']]],
    ['a country\'s letters opening clients\' codes, one after a code\'s word and one listed after it', 'en', 'Project code: AZ-BAK-0045 (Günel), AZ-BAK-0061 (Səbinə).', [['IDNUM', 'AZ-BAK-0045'], ['PERSON', 'Günel'], ['IDNUM', 'AZ-BAK-0061'], ['PERSON', 'Səbinə']]],
    ['Hungarian files with their register whatever their label, or none', 'en', 'Ügyszám: 05010-1982/2023. bü. The penalty notice 01000/1234/2023. szabs. was paid. Iktatószám: 30000/1234-2/2023. ált.', [['IDNUM', '05010-1982/2023. bü.'], ['IDNUM', '01000/1234/2023. szabs.'], ['IDNUM', '30000/1234-2/2023. ált.']]],
  ]);

  itLeavesAlone([
    ['a player\'s model with a digit after its letters, Budapest\'s abbreviation, a title after "said", an article\'s abbreviation', 'en', 'He bought an MP3-1234 player in Bp. last year. The badge said Dr. nothing more. По ст. 6.11 КоАП.', /MP3|^Bp$|^Dr$|6\.11/],
    ['a quarter of a year, a count after a quarter\'s word, a range of days, places of the Balkans', 'ru', 'Квартальная сводка, III квартал 2023. Итого за квартал: 6 случаев. Задержаны 04–05.09.2023 на сутки. Women in Topaana and along the Vardar; the mobile unit Sozopol–Primorsko.', /квартал|04–05|Topaana|Sozopol|Primorsko/],
    ['a street\'s name holding a car\'s model, a region\'s code after its town, a plate\'s column without a plate, a writer\'s column without initials', 'en', 'On Javastraat the door code was XK 12 AB for all. Bishkek (KG-GB-01, Chui).\nid | plate | by\nA-1 | none | client\nA-2 | - | police', /Javastraat|XK 12|KG-GB|none|client|police/],
    ['what a reviewer found the working build marked: counts and sums after an area code\'s shape, phones\' and cards\' capacities, a zone\'s and a building\'s word before a count or a year, a settlement\'s word before a distance, a gas and a vaccine\'s lot', 'en', 'Rate 12/100 000 and 1/250 000. Fine (1) 150 000 forints, (3) 120-150 women, pages 12/345-356. iPhone XR 128 GB, an SD 128 GB card, a TV 100 HD set. Сидела зона 5 лет. Nova zgrada 2019. Zgrada 12 spratova. A telep 2 km away. CO2-1000 and lot AZ1-2233.', /100 000|250 000|150 000|120-150|345-356|XR|SD 128|TV 100|зона|zgrada|Zgrada|telep|CO2|AZ1/],
    ['paper sizes after a year, two products of one shape', 'en', 'Printed on A4-2023 and B5-2024 sizes. She bought an MP3-1234 player and an MP3-1299 one.', /A4|B5|MP3/],
  ]);
});

describe('held-out sets from VO (7 December, thirty-first session)', () => {
  itFinds([
    ['a log\'s writers named with their initials after "Entries by", then signing each entry after its date', 'en', 'Night route, October. Entries by Zuzana (ZK) and Peter (PH).\n\n3.10. (ZK) Monika says a new man is collecting.\n7.10. (PH) Klára showed an SMS.', [['PERSON', 'Zuzana'], ['PERSON', 'ZK'], ['PERSON', 'Peter'], ['PERSON', 'PH'], ['PERSON', 'ZK'], ['PERSON', 'Monika'], ['PERSON', 'PH'], ['PERSON', 'Klára']]],
    ['a number dialled with "00" in a bracket the prose opened, clients\' codes of a name\'s letters, a birth\'s four digits and a sex\'s letter', 'ru', 'Позвонила тёте (0040 741 662 009). Код клиента (УИК): ТАТ8503Ж. Клиентка ГАЛ8812Ж согласна.', [['PHONE', '0040 741 662 009'], ['IDNUM', 'ТАТ8503Ж'], ['IDNUM', 'ГАЛ8812Ж']]],
    ['a complaint\'s number whose register has a digit, a country\'s letters joined to a register\'s before its number', 'en', 'The complaint was registered, number R2-1187/23.\nDocument received: prekršajni nalog br. RS-PN 2201-004317/24.', [['IDNUM', 'R2-1187/23'], ['IDNUM', 'RS-PN 2201-004317/24']]],
    ['a Bulgarian resort\'s name before the street, a signature closing the note after its last sentence', 'ru', 'Живёт при отеле: к.к. Златни пясъци, ул. „Янтра“ 6, корпус Б, стая 3.\n\nУстала. Дома в 01:15. — Амра', [['ADDRESS', 'к.к. Златни пясъци, ул. „Янтра“ 6, корпус Б, стая 3'], ['PERSON', 'Амра']]],
    ['identity cards\' numbers after their names in other cases, Serbian and Croatian', 'en', 'Broj lične karte: 1E7K43092\nPokazala je ličnu kartu 009214567 policiji. Broj osobne iskaznice: 112233445', [['IDNUM', '1E7K43092'], ['IDNUM', '009214567'], ['IDNUM', '112233445']]],
    ['streets named after an ordinal and what it counts, after a title and the person, a Slovenian square', 'en', 'He parks at Ulica 5. prekomorske 14. Адрес: ул. Булевар 2. тузланске бригаде 14/III. The club, Cesta dr. Franje Tuđmana 402. His address, Rimska ploščad 9.', [['ADDRESS', 'Ulica 5. prekomorske 14'], ['ADDRESS', 'ул. Булевар 2. тузланске бригаде 14/III'], ['ADDRESS', 'Cesta dr. Franje Tuđmana 402'], ['ADDRESS', 'Rimska ploščad 9']]],
    ['a house before a street named for a Soviet anniversary, with "№"', 'ru', 'Задержана у дома № 14 по ул. 10 лет Октября, под угрозой. Живёт: ул. 40 лет Победы 12.', [['ADDRESS', 'дома № 14 по ул. 10 лет Октября'], ['ADDRESS', 'ул. 40 лет Победы 12']]],
    ['who wrote a note, named after its word, by a name no list has or by initials, then those initials again', 'en', 'Volunteer note (Klevisa): Gave her 2,000 lek.\nNotes (YM):\n- Only the date of birth was removed.\nLater addition (YM, 02.11): the media problem.\nДополнение Марселы: мы проверили.', [['PERSON', 'Klevisa'], ['PERSON', 'YM'], ['PERSON', 'YM'], ['PERSON', 'Марселы']]],
    ['a surname shortened to two letters with its full stop where no sentence ends', 'ru', '[17.08.23 23:55] Лена Кр.: не давай ничего. Потом Лена Кр. сказала, что уедет.', [['PERSON', 'Лена Кр.'], ['PERSON', 'Лена Кр.']]],
    ['roadside places by a road\'s kilometre and the building there, with the road\'s number or the towns it joins', 'en', 'Truck stop behind the café, M-51, km 1921, plot 2, the last parking. Мотель «Уют», Р-254, 347-й км, д. 1, номер 12 — тут живут. We are at the motel, Pavlodar–Semey highway, km 14, bldg 7, room 6.', [['ADDRESS', 'M-51, km 1921, plot 2'], ['ADDRESS', 'Р-254, 347-й км, д. 1, номер 12'], ['ADDRESS', 'Pavlodar–Semey highway, km 14, bldg 7, room 6']]],
    ['a client\'s cipher after "Шифр клиента", an organisation\'s list opening with codes whose year is whole, one labelled', 'ru', 'Шифр клиента: КСТ-24/037.\n\n1) MI-2023-031 — Erika B., посёлок.\n4) Новый: TV-2023-015 — Nikoleta Kaleja, 20 лет.', [['IDNUM', 'КСТ-24/037'], ['IDNUM', 'MI-2023-031'], ['PERSON', 'Erika B.'], ['IDNUM', 'TV-2023-015'], ['PERSON', 'Nikoleta Kaleja']]],
    ['a Slovak floor\'s abbreviation before a comma, a Slovak identity card\'s number after "OP"', 'ru', 'Адрес, где жила: Štúrova 27, byt 16, 3. posch., квартиру снимал владелец. Её OP EH 905 331 остался в полиции.', [['ADDRESS', 'Štúrova 27, byt 16, 3. posch.'], ['IDNUM', 'EH 905 331']]],
    ['phone numbers said in Kyrgyz, Kazakh and Uzbek words, their teens a ten and a digit, a comma closing each group', 'en', 'nomerim jangy, jazyp alyngyz: nol jeti juz, jyiyrma uch, kyrk bir, toksan segiz\nwhatsapp nomeri segiz zheti zheti bes, tort zhuz on bir, elu bes, zhiyrma togyz\nroza opaning raqami to\'qson yetti, to\'rt yuz o\'n bir, nol sakkiz, yigirma olti. o\'zi keldi', [['PHONE', 'nol jeti juz, jyiyrma uch, kyrk bir, toksan segiz'], ['PHONE', 'segiz zheti zheti bes, tort zhuz on bir, elu bes, zhiyrma togyz'], ['PHONE', 'to\'qson yetti, to\'rt yuz o\'n bir, nol sakkiz, yigirma olti']]],
    ['a Turkish quarter written short before a comma and its street, whole with the address', 'en', 'Her flat at Haseki Sultan Mah., Cerrahpaşa Cad., Gümüşyüzük Sk. No: 5 Daire: 2 was entered.', [['ADDRESS', 'Haseki Sultan Mah., Cerrahpaşa Cad., Gümüşyüzük Sk. No: 5 Daire: 2']]],
    ['applications to the European Court and UN committees by their numbers after the body\'s word', 'ru', '| 1 | Соколова К.В. | ЕСПЧ, 51207/19 | коммуницирована |\n| 3 | Жаксыбекова А.Н. | CEDAW, 168/2021 | ответ |\n| 14.11.2018 | Application lodged with ECtHR | — | 67341/18 |', [['PERSON', 'Соколова К.В.'], ['IDNUM', '51207/19'], ['PERSON', 'Жаксыбекова А.Н.'], ['IDNUM', '168/2021'], ['IDNUM', '67341/18']]],
    ['clients\' codes that a country\'s letters open, no town beside them', 'en', 'Case file summary SK-0871. The same officer was named by three other clients (SK-0912, SK-1142, SK-1190).\n1. Milena Kostić – BG-0211 – PS Savski venac', [['IDNUM', 'SK-0871'], ['IDNUM', 'SK-0912'], ['IDNUM', 'SK-1142'], ['IDNUM', 'SK-1190'], ['PERSON', 'Milena Kostić'], ['IDNUM', 'BG-0211']]],
    ['what a reviewer found the working build lost: streets ending in a ruler\'s ordinal or capitals before "nr" or "br." and a house, an entrance without its full stop between house and flat, a plate after its word whose letters are a Soviet make\'s, plates sharing a slash, an anniversary street without its house', 'ru', 'Mieszka przy ul. Jana Pawła II nr 12/14, Kraków. ul. Żołnierzy AK nr 12/14, Gdańsk. Живёт: Абая 150 под 4 кв 88. Plate GAZ-123, white Opel. Машины сутенёра: 777 ABA 02/123 ABC 05. Работала на ул. 10 лет Октября у рынка.', [['ADDRESS', 'ul. Jana Pawła II nr'], ['IDNUM', 'nr 12/14'], ['ADDRESS', ', Kraków'], ['ADDRESS', 'ul. Żołnierzy AK nr'], ['IDNUM', 'nr 12/14'], ['ADDRESS', ', Gdańsk'], ['ADDRESS', 'Абая 150 под 4 кв 88'], ['PLATE', 'GAZ-123'], ['PLATE', '777 ABA 02'], ['PLATE', '123 ABC 05'], ['ADDRESS', 'ул. 10 лет Октября']]],
    ['what the same review found missing: a signature after a hyphen, initials after a note\'s word that another rule read first, then again, clients\' codes in Kazakh and Slovak letters, identity cards in the locative and the accusative', 'ru', 'Note (YM): ok.\nLater addition (YM, 02.11): x. Код ҚАЙ8812Ж и ŠEV8812F. U ličnoj karti broj 009214567. Pokazala osobnu iskaznicu 112233445.\n\nTired. Home 01:15. - Sead', [['PERSON', 'YM'], ['PERSON', 'YM'], ['IDNUM', 'ҚАЙ8812Ж'], ['IDNUM', 'ŠEV8812F'], ['IDNUM', '009214567'], ['IDNUM', '112233445'], ['PERSON', 'Sead']]],
    ['a register\'s capitals and "бр." in a table\'s cell after a plate\'s letters, no street\'s', 'en', 'id\tclient\tplate\tfile\nSK-2431\tclient "Toni"\tSK-7718-BD\tПЗ бр. 4471/23', [['IDNUM', 'SK-2431'], ['PERSON', 'Toni'], ['PLATE', 'SK-7718-BD'], ['IDNUM', 'ПЗ бр. 4471/23']]],
    ['a Kosovo court\'s register of one letter and "nr." before its number, read with it and not as a house', 'en', 'She lives at Rr. Ilirida 14. Her file at the court is P. nr. 2214/23.', [['ADDRESS', 'Rr. Ilirida 14'], ['IDNUM', 'P. nr. 2214/23']]],
  ]);

  itLeavesAlone([
    ['a product\'s model with a sex\'s letter after its digits, a note closed by a word of the dictionary or a team', 'en', 'The model RTX3060M was sold as order ABC1234M. We went home. — Okay', /RTX|ABC|Okay/],
    ['a team\'s signing word without a name before the initials', 'en', 'Case closed. – Outreach team', /Outreach|team/],
    ['a Soviet car\'s model, a file\'s number and year whose middle reads as a plate, "под" as a preposition, a body\'s letters and a month after a note\'s word', 'ru', 'Водитель автомашины ВАЗ-2114 уехал. Дело у ЖДО K-DO-31/2024. Она живёт: ул. Ленина 5, под угрозой выселения. Note (HIV): test. Update (November): none.', /ВАЗ|DO-31|под|HIV|November/],
    ['a sentence ending at a short surname keeps its full stop out', 'en', 'She met Anna Kim. She left.', /Kim\./],
    ['a date after an application\'s word, a judgment cited as precedent, postal codes beside their towns', 'en', 'Application of 12/05 was late (see Lyapin v. Russia, no. 46956/09). Office: Rīga, LV-1011. Post to LV-1050 Riga.', /12\/05|LV-10/],
    ['a distance driven before a house, the English "on" among numbers, a flat on a floor said in words', 'en', 'He drove us on 5 May, on one two three roads, and she lives in a flat on the second floor.', /on 5|on one|flat on/],
    ['a flat\'s number ending a sentence before one in lower case, and a street\'s word written short after its name before a comma', 'ru', 'Клиент избил на квартире, ул. Мелешкина, 17, кв. 45. вызвала 102, приехали. В квартире в Эсеньюрте, Namık Kemal Mah., 1453. Sk. No: 7 D: 11.', /вызвала|^Namık Kemal Mah\.$/],
  ]);
});

describe('held-out sets from WG (8 December, thirty-second session)', () => {
  itFinds([
    ['a Budapest district\'s Roman number and "ker." before its street, a staircase\'s and a building\'s words', 'en', 'She lives with her mother at VIII. ker., Dankó u. 9. II/7, phone +36 30 418 2276. Her address: Szigetvári út 33. 2. lh. 1/3 – correct.', [['ADDRESS', 'VIII. ker., Dankó u. 9. II/7'], ['PHONE', '+36 30 418 2276'], ['ADDRESS', 'Szigetvári út 33. 2. lh. 1/3']]],
    ['a shift\'s initials, then in an operator\'s column headed "опер." and wherever they stand again as words', 'ru', 'Неделя 13–19 ноября. Смена: ЕЗ, АК, ДБ\n\n| дата/время | опер. | кто | тема |\n|---|---|---|---|\n| 13.11 10:12 | ДБ | Вика | хозяйка |\n| 14.11 22:55 | ЕЗ | Алёна | утром ЕЗ пойдёт с ней |\n\nПримечание АК: Белла приходила.', [['PERSON', 'ЕЗ'], ['PERSON', 'АК'], ['PERSON', 'ДБ'], ['PERSON', 'ДБ'], ['PERSON', 'Вика'], ['PERSON', 'ЕЗ'], ['PERSON', 'Алёна'], ['PERSON', 'ЕЗ'], ['PERSON', 'АК'], ['PERSON', 'Белла']]],
    ['initials of a double given name in a shift\'s list and an operator\'s column, a local number after a bracket or an age after a name', 'en', 'Operators: K.T. (lead), M-L.R.\n| time | op | contact |\n|---|---|---|\n| 23:02 | M-L.R. | Diana (client code TLN-0412), 5381 2290 |\n- Tatjana Kuznetsova, 44, 5649 3371. Condoms taken.', [['PERSON', 'K.T.'], ['PERSON', 'M-L.R.'], ['PERSON', 'M-L.R.'], ['PERSON', 'Diana'], ['IDNUM', 'TLN-0412'], ['PHONE', '5381 2290'], ['PERSON', 'Tatjana Kuznetsova'], ['PHONE', '5649 3371']]],
    ['a street without its word after "адрес" and whose address it is', 'ru', 'Адрес салона Kopli 25-3. Дали инфо.', [['ADDRESS', 'Kopli 25-3']]],
    ['a surname that is a town\'s name too, found in a full name, then alone', 'en', 'A woman, Inna Sokolova, came. They were driven by Sokolova\'s partner; she went back to Sokolov.', [['PERSON', 'Inna Sokolova'], ['PERSON', 'Sokolova']]],
    ['a number dialled with "00" and a space after it, in a bracket', 'en', 'Her sister (00 36 30 418 2276) called.', [['PHONE', '00 36 30 418 2276']]],
    ['a Turkish prosecutor\'s investigation file, Serbian prosecutors\' and pre-trial judges\' registers, a police administration\'s', 'en', 'Prosecutor\'s file 2023/51872 Soruşturma. Against Radoje Sekulić, Kt. 203/23, and (Ppr 3/2024-118, Osnovni sud Novi Sad). Номер ПУ-Зем 1427/24.', [['IDNUM', '2023/51872 Soruşturma'], ['PERSON', 'Radoje Sekulić'], ['IDNUM', 'Kt. 203/23'], ['IDNUM', 'Ppr 3/2024-118'], ['IDNUM', 'ПУ-Зем 1427/24']]],
    ['a CSV export\'s column of codes under its header of field names, a comma inside quotes parting no cells', 'en', 'uic,first_name,last_name,nick,phone,city\nMAEL0791,Jelena,Smirnova,Lena S.,+372 5341 2087,Tallinn\nNAOL1196,Natalja,,Nata,"no ID, lost",Tallinn', [['IDNUM', 'MAEL0791'], ['PERSON', 'Jelena'], ['PERSON', 'Smirnova'], ['PERSON', 'Lena S.'], ['PHONE', '+372 5341 2087'], ['IDNUM', 'NAOL1196'], ['PERSON', 'Natalja'], ['PERSON', 'Nata']]],
    ['a complainant\'s code of letters and a number, then every code of those letters', 'en', 'Complainants (codes only here): BS-12, BS-27, BS-31.\nOn 14 November complainant BS-27 refused to pay.', [['IDNUM', 'BS-12'], ['IDNUM', 'BS-27'], ['IDNUM', 'BS-31'], ['IDNUM', 'BS-27']]],
    ['a log\'s rows signed in their last cell with no header, a notebook\'s entries signed after a dash at their line\'s end', 'ru', '19.06 | 11:20 | Лейла | спрашивала про врача | СК\n19.06 | 23:55 | Мальвина | клиент не заплатил | АЖ\n\n09.03. Phone switched off. — AZh\n1. Aida ✓ checked by call — SK\n2. Toma', [['PERSON', 'Лейла'], ['PERSON', 'СК'], ['PERSON', 'Мальвина'], ['PERSON', 'АЖ'], ['PERSON', 'AZh'], ['PERSON', 'Aida'], ['PERSON', 'SK'], ['PERSON', 'Toma']]],
    ['a letter\'s incoming number after "вх. №" with no office named, a register\'s code after "nr.", a name on a badge without its article', 'en', 'Документация отправлена 30.10, вх. № 08-1193. She got a payment order nr. ПН-0441/24. Officer\'s name on badge: Hoti.', [['IDNUM', '№ 08-1193'], ['IDNUM', 'ПН-0441/24'], ['PERSON', 'Hoti']]],
    ['what a reviewer found the working build lost: an entrance\'s letter in quotes or after "№", an entrance after its ordinal, a housing estate\'s house after its capitals and a hyphen', 'ru', 'Адрес: ул. Ленина 5, под «Б», кв. 14. Адрес: ул. Ленина 7, второй под, кв. 3. Адрес: ул. Ленина 9, под №2, кв. 1. Её держали в квартире, ЖК-Самал 114/3, две недели.', [['ADDRESS', 'ул. Ленина 5, под «Б», кв. 14'], ['ADDRESS', 'ул. Ленина 7, второй под, кв. 3'], ['ADDRESS', 'ул. Ленина 9, под №2, кв. 1'], ['ADDRESS', 'Самал 114/3']]],
    ['signatures whose letters are a country\'s or a body\'s too beside others that are no one else\'s, one writer signing every row, a CSV row with two quoted cells side by side', 'en', '09.03. Phone switched off. — AZh\n1. Aida checked by call — SK\n\n| 01 | call | JS |\n| 02 | visit | JS |\n\ncode,date,client,note,by\nAL-0412,2024-01-03,"Omarova, Dina","called",AK\nAL-0413,2024-01-04,Aliya,visit,BT', [['PERSON', 'AZh'], ['PERSON', 'Aida'], ['PERSON', 'SK'], ['PERSON', 'JS'], ['PERSON', 'JS'], ['IDNUM', 'AL-0412'], ['PERSON', 'Omarova'], ['PERSON', 'Dina'], ['PERSON', 'AK'], ['IDNUM', 'AL-0413'], ['PERSON', 'Aliya'], ['PERSON', 'BT']]],
    ['a shift\'s initials that are a body\'s letters too, read in the list and not where they name the body', 'ru', 'Дежурили: СК, ОЛ\nПотом позвонили в СК, ОЛ ушла.', [['PERSON', 'СК'], ['PERSON', 'ОЛ'], ['PERSON', 'ОЛ']]],
    ['an entrance\'s word that is a preposition too, without its full stop, right before its number or letter, also after a comma', 'ru', 'Живёт: ул. Ленина 5, под 2, кв. 14. Адрес: ул. Абая 150, под А, кв 8. Address: ul. Lenina 5, pod 3, kv. 14.', [['ADDRESS', 'ул. Ленина 5, под 2, кв. 14'], ['ADDRESS', 'ул. Абая 150, под А, кв 8'], ['ADDRESS', 'ul. Lenina 5, pod 3, kv. 14']]],
  ]);

  itLeavesAlone([
    ['prepositions that are a unit\'s or a street\'s word too, before a count or prose', 'en', 'She hid pod 3 blankets. Hidden pod 3 blankets, then paid 2,000 per 24 hours and 500 per night.', /pod|per/],
    ['a Serbian court\'s word and a town in the locative, a contact\'s name and town then the town after "from"', 'en', 'Osnovni sud u Nišu. Saved as "Nicu Cahul", +373 79 563 081. Marcela, 30, from Cahul, came.', /Osnovni|Nišu|^Cahul$/],
    ['a table\'s last cells of countries\', currencies\' codes or statuses, a status after a dash at a line\'s end', 'en', '| Almaty | KZ |\n| Osh | KG |\n\n| fine | 200 | EUR |\n| bribe | 50 | USD |\n\n| status | OK |\n| result | YES |\n\nPrices checked: 10 — OK', /^(?:KZ|KG|EUR|USD|OK|YES)$/],
    ['what a reviewer found the working build hid: bodies\' and codes\' letters in a table\'s last column, key populations\' codes, a country\'s or a body\'s letters after a dash with no other signature, a letter\'s own outgoing number heading it', 'ru', '| Дата | Орган | Ответ |\n| 01.02 | Прокуратура | ГП |\n| 03.02 | Полиция | МВД |\n| 05.02 | Комитет | КНБ |\n\n| 01.02 | ст. 120 | УК |\n| 04.02 | ст. 73 | ГК |\n\n| C-01 | 23 | MSM |\n| C-02 | 31 | FSW |\n\nShe came from Bratislava — SK\nОтвет получен из Следственного комитета — СК\n\nИсх. № 112 от 27.02.2024\nУважаемые коллеги!', /^(?:ГП|МВД|КНБ|УК|ГК|MSM|FSW|SK|СК|112|№ 112)$/],
    ['a district\'s Roman number and its word with no street after it, a town that is a surname too with no one named so', 'en', 'Night shift log – Budapest VIII. ker., Friday 23 February. Then to VIII. kerület (Józsefváros). She lives in Sokolov now.', /VIII|ker|Sokolov/],
  ]);
});
