import { countIn, numberIn, percentIn } from './numbers';

const NBSP = /[\u00a0\u202f]/;

describe('figures in the reader’s format', () => {
  it('writes Russian with no-break spaces and a decimal comma, English with commas and a point', () => {
    expect(percentIn(50.9, 'ru-RU')).toMatch(new RegExp(`^50,9${NBSP.source}%$`));
    expect(percentIn(50.9, 'en-GB')).toBe('50.9%');
    expect(percentIn(100, 'en-GB')).toBe('100%');
    expect(numberIn(12345, 'ru-RU')).toMatch(new RegExp(`^12${NBSP.source}345$`));
    expect(numberIn(12345, 'en-GB')).toBe('12,345');
    expect(numberIn(2.45, 'ru-RU')).toBe('2,45');
  });

  it('keeps an exact decimal’s digits and a small fraction’s first significant ones', () => {
    expect(numberIn('0.0125', 'en-GB')).toBe('0.0125');
    expect(numberIn('0.0125', 'ru-RU')).toBe('0,0125');
    expect(numberIn(0.000001, 'en-GB')).toBe('0.000001');
    expect(numberIn('not a number', 'en-GB')).toBe('not a number');
  });

  it('never shows a count below zero, or none at all', () => {
    expect(countIn(-1, 'en-GB')).toBeNull();
    expect(countIn(null, 'ru-RU')).toBeNull();
    expect(countIn(undefined, 'ru-RU')).toBeNull();
    expect(countIn(Number.NaN, 'ru-RU')).toBeNull();
    expect(countIn(0, 'en-GB')).toBe('0');
    expect(countIn(1974, 'en-GB')).toBe('1,974');
  });
});
