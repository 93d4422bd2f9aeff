import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fieldCode, fieldDetail, GENERIC_CODE, pickLanguage, RULE_CODES, TRANSLATED_CODES } from './field-messages';

const ROOT = join(__dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' || name === 'web' ? [] : sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Every plain field message the server code can send: `message: '…'` literals and password rules. */
function literalMessages(): string[] {
  const found = new Set<string>();
  for (const file of [...sourceFiles(join(ROOT, 'apps/api/src')), ...sourceFiles(join(ROOT, 'libs'))]) {
    const text = readFileSync(file, 'utf8');
    // Configuration messages are for operators, not clients.
    if (file.includes('config')) continue;
    for (const m of text.matchAll(/message: '((?:[^'\\]|\\.)*)'/g)) found.add(m[1].replace(/\\'/g, "'"));
    for (const m of text.matchAll(/message: "((?:[^"\\]|\\.)*)"/g)) found.add(m[1]);
    for (const m of text.matchAll(/problems\.push\('((?:[^'\\]|\\.)*)'\)/g)) found.add(m[1].replace(/^[a-z]\w* (?=must )/, ''));
  }
  return [...found].filter((m) => m.length > 0 && !/^The |^bad$/.test(m));
}

describe('field error codes', () => {
  it('gives every message in the code base a code of its own', () => {
    const messages = literalMessages();
    expect(messages.length).toBeGreaterThan(30);
    const generic = messages.filter((m) => fieldCode(m).code === GENERIC_CODE);
    expect(generic).toEqual([]);
  });

  it('classifies the messages built at run time, with their parameters', () => {
    expect(fieldCode('must be shorter than or equal to 200 characters')).toEqual({ code: 'too-long', params: { max: 200 } });
    expect(fieldCode('each value in abuses must be a taxonomy code')).toEqual({ code: 'not-a-code', params: {} });
    expect(fieldCode('must contain at least 1 elements')).toEqual({ code: 'too-few-items', params: { min: 1 } });
    expect(fieldCode('must contain at least one incident')).toEqual({ code: 'too-few-items', params: { min: 1 } });
    expect(fieldCode('is a region of KZ, not of KG')).toEqual({ code: 'region-of-another-country', params: { of: 'KZ', country: 'KG' } });
    expect(fieldCode('is not an active abuse category code')).toEqual({ code: 'unknown-term', params: { vocabulary: 'abuse category' } });
    expect(fieldCode('cannot be recorded: the respondent was not asked about sexual abuse or declined')).toEqual({ code: 'question-not-asked', params: { group: 'sexual' } });
    expect(fieldCode('must be at least 5 (the disclosure policy); a larger k gives more protection')).toEqual({ code: 'below-policy-k', params: { min: 5 } });
    expect(fieldCode('must be one of the following values: asked, not_asked')).toEqual({ code: 'not-one-of', params: { values: 'asked, not_asked' } });
    expect(fieldCode('must not be greater than 100')).toEqual({ code: 'too-large', params: { max: 100 } });
    expect(fieldCode('must be at least 12 characters long')).toEqual({ code: 'too-short', params: { min: 12 } });
    expect(fieldCode('overlaps span 3')).toEqual({ code: 'span-overlap', params: { other: 3 } });
    expect(fieldCode('the releases do not cross gender with the other tables; leave this filter out and read the gender breakdown instead')).toEqual({ code: 'release-not-crossed', params: { what: 'gender' } });
    expect(fieldCode('something nobody wrote')).toEqual({ code: GENERIC_CODE, params: {} });
  });

  it('has a Russian sentence for every code, with no Latin word in it', () => {
    for (const code of [...RULE_CODES, GENERIC_CODE]) expect(TRANSLATED_CODES.has(code)).toBe(true);
    for (const code of TRANSLATED_CODES) {
      const text = fieldDetail('x', { code, params: { min: 3, max: 9, of: 'KZ', country: 'KG', vocabulary: 'gender', group: 'sexual', other: 1, values: 'a' } }, 'ru');
      expect(text).not.toMatch(/[A-Za-z]{2,}/);
    }
  });

  it('keeps the English message for English readers', () => {
    expect(fieldDetail('must not be in the future', fieldCode('must not be in the future'), 'en')).toBe('must not be in the future');
    expect(fieldDetail('must not be in the future', fieldCode('must not be in the future'), 'ru')).toBe('Дата не может быть в будущем');
  });

  it('reads Accept-Language with quality values', () => {
    expect(pickLanguage(undefined)).toBe('en');
    expect(pickLanguage('ru')).toBe('ru');
    expect(pickLanguage('ru-RU,ru;q=0.9,en-US;q=0.8')).toBe('ru');
    expect(pickLanguage('en-GB,ru;q=0.5')).toBe('en');
    expect(pickLanguage('de-DE,ru;q=0.7,en;q=0.3')).toBe('ru');
    expect(pickLanguage('ru;q=0')).toBe('en');
    expect(pickLanguage('*')).toBe('en');
  });
});
