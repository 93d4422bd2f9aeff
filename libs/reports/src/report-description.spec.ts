import { DESCRIPTION_TEXT } from './report-description';

describe('a report period in words', () => {
  it('is in years when it runs from January to December, as the form asks for it', () => {
    expect(DESCRIPTION_TEXT.en.period('2024-01', '2025-12')).toBe('incidents in 2024–2025');
    expect(DESCRIPTION_TEXT.en.period('2025-01', '2025-12')).toBe('incidents in 2025');
    expect(DESCRIPTION_TEXT.en.period('2024-01', undefined)).toBe('incidents from 2024');
    expect(DESCRIPTION_TEXT.en.period(undefined, '2025-12')).toBe('incidents up to 2025');
    expect(DESCRIPTION_TEXT.ru.period('2024-01', '2025-12')).toBe('случаи за 2024–2025 гг.');
    expect(DESCRIPTION_TEXT.ru.period('2025-01', '2025-12')).toBe('случаи за 2025 г.');
    expect(DESCRIPTION_TEXT.en.period(undefined, undefined)).toBe('all incidents documented');
  });

  it('keeps the months of an exact report over part of a year', () => {
    expect(DESCRIPTION_TEXT.en.period('2024-03', '2025-12')).toBe('incidents from 2024-03 to 2025-12');
    expect(DESCRIPTION_TEXT.ru.period('2024-01', '2024-06')).toBe('случаи с 2024-01 по 2024-06');
  });
});
