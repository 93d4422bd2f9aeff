import { words, type PersonVocabulary } from './person-vocabulary';

/**
 * The person recognizer's words of the Central European and Balkan languages written in narratives beside English and
 * Russian: Czech, Slovak, Polish, Serbian, Croatian, Bosnian, Montenegrin, Slovenian, Bulgarian and Macedonian place
 * adjectives, and German articles. Words tied to one country (its forms of address, its street words) are in its pack.
 * Sources: general knowledge of the languages; not taken from any case data.
 */
export const CENTRAL_EUROPEAN_PERSON_WORDS: PersonVocabulary = {
  language: 'cs sk pl sr hr bs sl bg mk de ro hu lt lv',
  /** The first words of places' names: new, old, great, small, upper, lower, middle, crooked, white, wide, dry, golden. */
  placeFirstWords: words(`
    nová nový nové stará starý staré malá malý malé velká velký veľká veľký horná horný dolná dolný spišská spišské spišský
    novi nova novo stari stara staro veliki velika veliko mali mala malo gornji gornja gornje donji donja donje gorna gorno dolna dolno
    sredno srednja srednje kriva krivi bila bijelo bijela široki široka suva suha zlatna
    nowa nowy stary biała biały czarna czarny wielka wielki mała mały górna górny dolny
    нова нови ново стара стари старо велико велики мала мали горна горни долна долни средно широк широки
  `),
  articles: words(`
    der die das ein eine
  `),
  saints: words(`
    sf sv sveti sveto svetog svete светог свете свети santa san sankt szent svatý svatá święty święta šv svētā svētais sfânta sfântul sfanta sfantul сфынта сфынтул
  `),
  datePrepositions: words(`
    pe de na po do od za przed o u
  `),
  dayAfter: words(`
    bajram bajrami den ден
  `),
  dayBefore: words(`
    ден
  `),
};
