import { applyRedaction, detectPii } from './detect';
import type { PiiType } from './types';

/** The spans found in `text`, as [type, covered text]. */
function found(text: string): Array<[PiiType, string]> {
  return detectPii(text).map((s) => [s.type, text.slice(s.start, s.end)]);
}
const types = (text: string, type: PiiType) => found(text).filter(([t]) => t === type).map(([, v]) => v);

describe('detectPii', () => {
  describe('persons', () => {
    it('finds given names, surnames, patronymics and initials in Russian with case forms', () => {
      const text = 'Участковый Сыдыков забрал паспорт у Бегимай. Позже майор Ахметов Д.К. позвонил Гульмире Сериковне, а Свету отпустили.';
      expect(types(text, 'PERSON')).toEqual(['Сыдыков', 'Бегимай', 'Ахметов Д.К.', 'Гульмире Сериковне', 'Свету']);
    });

    it('finds Kazakh letters, diminutives and instrumental forms', () => {
      expect(types('Лейтенант Қасымов и Ақмарал. Клиент, назвавшийся Ерболом, позвонил Светке.', 'PERSON')).toEqual([
        'Қасымов',
        'Ақмарал',
        'Ерболом',
        'Светке',
      ]);
    });

    it('finds English-text names in transliteration, nicknames in quotes and kinship suffixes', () => {
      const text = 'Her friend Gaukhar Tulegenova was called "Lola" at work. The manager, Farrukh-aka, and Dr. Omarova knew.';
      expect(types(text, 'PERSON')).toEqual(['Gaukhar Tulegenova', 'Lola', 'Farrukh-aka', 'Omarova']);
    });

    it('finds lower-case names in casual notes', () => {
      expect(types('resp: aselya, 22, karaganda. client named ruslan beat her. officer kuanyshev refused.', 'PERSON')).toEqual([
        'aselya',
        'ruslan',
        'kuanyshev',
      ]);
    });

    it('leaves alone words that are also names, places, months, institutions', () => {
      const text =
        'В мае она потеряла надежду, вера в полицию пропала. Машина Тойота стояла у Хан Шатыра. I had no hope and in May 2023 I left Almaty for Bishkek; the Almalinsky district police and the Kovcheg NGO refused.';
      expect(types(text, 'PERSON')).toEqual([]);
    });

    it('takes ambiguous names as names when capitalised in a name position', () => {
      expect(types('Её подругу звали Вера, и Вера говорит, что вера в полицию пропала.', 'PERSON')).toEqual(['Вера', 'Вера']);
      expect(types('Two girls, Vika and May, ran away. Hope, my sister, came later.', 'PERSON')).toEqual(['Vika', 'May', 'Hope']);
    });
  });

  describe('phones', () => {
    it.each([
      '8 776 413 02 95',
      '+7 (727) 261-40-18',
      '87021549930',
      '+996 555 318 940',
      '0555 718 903',
      '+998 (90) 351-17-64',
      '+992 92 774 1035',
      '+380 67 123 45 67',
      '+373 69 441 207',
      '+7 771 909\n33 18',
    ])('finds %s', (phone) => {
      expect(types(`звонил с номера ${phone}, потом`, 'PHONE')).toEqual([phone]);
    });

    it('does not take sums, dates, years or articles for phones', () => {
      expect(types('Штраф 150 000 тенге, 12.03.2023, статья 309 УК, в 2019-2021 годах, 1 500 000 сом.', 'PHONE')).toEqual([]);
    });
  });

  describe('e-mails and handles', () => {
    it('finds addresses, @handles and profile links', () => {
      const text = 'Пишите на aliya.k@mail.kz; инстаграм @aliya_k_92, страница vk.com/id48120733 и t.me/some_channel.';
      expect(found(text)).toEqual([
        ['EMAIL', 'aliya.k@mail.kz'],
        ['HANDLE', '@aliya_k_92'],
        ['HANDLE', 'vk.com/id48120733'],
        ['HANDLE', 't.me/some_channel'],
      ]);
    });
  });

  describe('identity numbers', () => {
    it('finds IINs, cards, passports, ID cards and badges', () => {
      const text =
        'ИИН 870412400123, карта 4400 4302 1187 6530, паспорт AN 3309812, ID card ID1873402, номер удостоверения 041177532, badge 2318, жетон 0734.';
      expect(types(text, 'IDNUM')).toEqual(['870412400123', '4400 4302 1187 6530', 'AN 3309812', 'ID1873402', '041177532', '2318', '0734']);
    });

    it('leaves alone sums, years, article numbers and ages', () => {
      expect(types('She paid 150000 tenge in 2023 under article 449, she is 24, room 12.', 'IDNUM')).toEqual([]);
    });
  });

  describe('plates', () => {
    it.each(['445 ARX 17', '01 482 AKM', 'Е747КР 799', '01 A 123 BC'])('finds %s', (plate) => {
      expect(types(`машина с номером ${plate} уехала`, 'PLATE')).toEqual([plate]);
    });
  });

  describe('addresses', () => {
    it.each([
      ['ул. Байтурсынова 112', 'сауну на ул. Байтурсынова 112 накрыли'],
      ['мкр. Орбита-3, д. 21, кв. 64', 'рейд на квартиру в мкр. Орбита-3, д. 21, кв. 64. С полицией'],
      ['Жандосова 58, кв. 104', 'Квартира на Жандосова 58, кв. 104. Паспорт'],
      ['Seifullin ave 531, apt 40', 'came to the flat at Seifullin ave 531, apt 40 where'],
      ['Aksay-4 microdistrict, 27, apt 81', 'in a flat at Aksay-4 microdistrict, 27, apt 81 and'],
      ['Төле би 44, 17-пәтер', 'на квартире на Төле би 44, 17-пәтер. Ночью'],
      ['kenesary 52/1', 'past her building at kenesary 52/1 twice'],
    ])('finds %s', (address, text) => {
      expect(types(text, 'ADDRESS')).toEqual([address]);
    });

    it('leaves alone cities, institutions, law articles and a name with an age', () => {
      expect(types('Гульзат Маматова, 35. Отдел полиции Алматы, статья 309, polyclinic No. 3, Abay avenue.', 'ADDRESS')).toEqual([]);
    });
  });

  it('replaces spans with typed placeholders', () => {
    const text = 'Айгерим звонила с +7 701 234 56 78.';
    expect(applyRedaction(text, detectPii(text))).toBe('[PERSON] звонила с [PHONE].');
  });
});

describe('snapToWords', () => {
  it('widens a selection to whole words and trims spaces and punctuation', () => {
    const text = 'Her friend Nurgul Sadykova, 24, called.';
    const { snapToWords } = jest.requireActual('./apply-redaction') as typeof import('./apply-redaction');
    const span = (a: number, b: number) => {
      const s = snapToWords(text, a, b);
      return s && text.slice(s.start, s.end);
    };
    expect(span(text.indexOf('gul'), text.indexOf('gul') + 3)).toBe('Nurgul');
    expect(span(text.indexOf(' Nurgul'), text.indexOf(',') + 1)).toBe('Nurgul Sadykova');
    expect(span(text.indexOf('called') + 2, text.length)).toBe('called');
    expect(span(text.indexOf(', 24'), text.indexOf(', 24') + 2)).toBeNull();
  });
});
