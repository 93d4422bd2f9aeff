import { foldDiacritics, linkMentions, nameShaped, sameName } from './name-signals';

describe('name signals', () => {
  it('folds diacritics of the whole region', () => {
    expect(['Dvořáková', 'Yılmaz', 'Łukasz', 'Kazlauskienė', 'Răducanu', 'Đorđević'].map(foldDiacritics)).toEqual([
      'dvorakova',
      'yilmaz',
      'lukasz',
      'kazlauskiene',
      'raducanu',
      'dordevic',
    ]);
  });

  it('knows the shape of names from Prague to Bishkek', () => {
    for (const name of ['Sýkorová', 'Kowalski', 'Kazlauskienė', 'Petrović', 'Popescu', 'Beridze', 'Kapanadze', 'Hakobyan', 'Yılmazoğlu', 'Rahimzoda', 'Nurbek', 'Aigul', 'Tashkentova', 'Жаныбекова', 'Јанковић', 'Min-jun']) {
      expect([name, nameShaped(name)]).toEqual([name, true]);
    }
    for (const word of ['Police', 'Market', 'Ombudsman', 'Дом', 'Court']) expect([word, nameShaped(word)]).toEqual([word, false]);
  });

  it('matches case forms and Turkic suffixes of one name, not other words', () => {
    expect(sameName('нурбол', 'нурболдың')).toBe(true);
    expect(sameName('sykorova', 'sykorove')).toBe(true);
    expect(sameName('lada', 'ladu')).toBe(true);
    expect(sameName('renata', 'renatat')).toBe(true);
    expect(sameName('dias', 'diaspora')).toBe(false);
    expect(sameName('anna', 'antonina')).toBe(false);
  });

  it('links every mention of a found name: lower case, other forms, the other script', () => {
    const words = ['Zhanar', 'said', 'zhanar', 'called', 'Жанар', 'Жанарға', 'frost', 'Zhanarka'];
    const tokens = words.map((w) => ({ lower: w.toLowerCase(), cyrillic: /[а-я]/i.test(w), capitalised: /^[A-ZА-Я]/.test(w), common: ['said', 'called', 'frost'].includes(w) }));
    const found = linkMentions(tokens, [true, false, false, false, false, false, false, false]);
    expect(found.map((i) => words[i])).toEqual(['zhanar', 'Жанар', 'Жанарға', 'Zhanarka']);
  });
});
