import { detectPii } from './detect';
import type { Span } from './types';

export type DetectResult = Span[] | { error: string };

/**
 * A made-up narrative with one of everything the detector looks for: run a
 * few times when a thread starts, so that its patterns are compiled and its
 * code optimised before the first real narrative arrives.
 */
const WARM_UP = [
  'Лейтенант Ахметов Д.К. и сержант Қасымов забрали у Светки телефон +7 (701) 234-56-78 и паспорт N12345678.',
  'Они живут по адресу ул. Байтурсынова 112, кв. 64; машина 123 ABC 02. ИИН 900101400011, карта 4400 4301 2345 6789.',
  'Her friend Gaukhar Tulegenova (instagram.com/lola.almaty, @lola_kz, lola.k@mail.kz) lives at Seifullin ave 531, apt 40.',
  'In May, officer Pak said article 131 applies; she paid 20 000 tenge. Вера в справедливость, надежда на суд.',
].join('\n');
const WARM_UP_ROUNDS = 50;

/**
 * A detector thread's task (see DetectorPool): the spans of each text, or why
 * it could not be read, per text, so that one bad narrative does not fail
 * the others. The error says what failed, never what the text said.
 */
export default function detectTexts(texts: string[] | 'warm-up'): DetectResult[] {
  if (texts === 'warm-up') {
    for (let i = 0; i < WARM_UP_ROUNDS; i++) detectPii(WARM_UP);
    return [];
  }
  return texts.map((text) => {
    try {
      return detectPii(text);
    } catch (error) {
      return { error: error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 200) : 'detector failed' };
    }
  });
}
