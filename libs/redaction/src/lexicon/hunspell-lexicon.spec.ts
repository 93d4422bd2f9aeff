import { HunspellLexicon } from './hunspell-lexicon';

/**
 * The reader answers from a hash table of offsets into the `.dic` text (no
 * string per entry). These cases are what a map from word to flags answered:
 * entries, affixes with their flags and conditions, words listed twice, white
 * space and morphological fields.
 */
const AFF = ['SET UTF-8', 'SFX S Y 2', 'SFX S 0 s [^s]', 'SFX S 0 es s', 'SFX D Y 1', 'SFX D y ied y', 'PFX U Y 1', 'PFX U 0 un .', 'SFX Й N 1', 'SFX Й а ой а'].join('\n');
const DIC = ['8', 'cat/S', '  dog/S  po:noun', 'bus/S', 'carry/D', 'do/U', 'do/S', 'knot/US', 'Lada', 'мама/Й', ''].join('\n');

describe('HunspellLexicon', () => {
  const lexicon = new HunspellLexicon(AFF, DIC);

  it('knows the entries and the forms their flags allow', () => {
    for (const form of ['cat', 'cats', 'dog', 'dogs', 'buses', 'carried', 'undo', 'knots', 'unknots', 'Lada', 'мама', 'мамой']) expect([form, lexicon.has(form)]).toEqual([form, true]);
  });

  it('refuses forms no flag or condition allows, and case that is not the entry’s', () => {
    for (const form of ['buss', 'carrys', 'uncat', 'lada', 'LADA', 'Cat', 'мамы', 'cat ', 'po:noun', 'dog/S', 'unLada', '', 'c'.repeat(5000)]) expect([form, lexicon.has(form)]).toEqual([form, false]);
  });

  it('joins the flags of a word listed twice, as both lines allow', () => {
    // do/U and do/S: "undo" from the first line, "dos" from the second.
    expect(lexicon.has('undo')).toBe(true);
    expect(lexicon.has('dos')).toBe(true);
  });

  it('keeps no form it was asked about (a name asked of it stays in no field between calls)', () => {
    lexicon.has('Zarqunova');
    const fields = (o: object) => Object.values(o).filter((v) => typeof v === 'string');
    expect([...fields(lexicon), ...fields((lexicon as unknown as { entries: object }).entries)]).not.toContain('Zarqunova');
  });

  it('answers the same for a table of many entries (probing past collisions)', () => {
    const words = Array.from({ length: 20000 }, (_, k) => `w${k}x`);
    const big = new HunspellLexicon(AFF, [String(words.length), ...words.map((w, k) => (k % 2 ? `${w}/S` : w))].join('\n'));
    words.forEach((w, k) => {
      expect(big.has(w)).toBe(true);
      expect(big.has(`${w}s`)).toBe(k % 2 === 1);
    });
    expect(big.has('w')).toBe(false);
  });
});
