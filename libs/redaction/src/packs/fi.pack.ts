import type { CountryPack } from './country-pack';

/** Finland (a destination country). */
export const FI: CountryPack = {
  country: 'FI',
  name: 'Finland',
  phone: { trunk: '0', national: false },
  // Henkilötunnus: DDMMYY, the century's sign (- + A …), three digits and a check character (the nine digits mod 31).
  identityNumbers: [{ validator: 'fi-hetu', context: ['henkilötunnus', 'henkilotunnus', 'hetu', 'personbeteckning'] }],
  plates: [
    // ABC-123, AB-12.
    { pattern: String.raw`[A-ZÅÄÖ]{2,3}-\d{1,3}`, standalone: false },
  ],
  address: {
    // Written as one word with the street's name (Uudenmaankatu, Tikkurilantie, Kontulankaari, Itäväylä).
    // (Not -tie alone: Katie, Mattie; the genitive's n before it is how Finnish streets are named.)
    streetEndings: ['katu', 'ntie', 'kaari', 'kuja', 'polku', 'väylä', 'raitti', 'rinne', 'aukio', 'ranta', 'kaarre', 'puistikko'],
    // A flat: the staircase's letter and the flat's number (Kontulankaari 7 B 34), or as. (asunto), krs (floor).
    unit: ['as', 'asunto', 'krs', 'kerros'],
  },
  names: {
    // Virtanen, Korhonen, Nieminen, Mäkinen: the -nen of most Finnish surnames.
    endings: ['inen', 'anen', 'onen', 'änen', 'enen', 'unen'],
    given: [
      'Aino', 'Aila', 'Aleksi', 'Antti', 'Anu', 'Eero', 'Eeva', 'Eija', 'Eino', 'Elina', 'Esa', 'Hannu', 'Heidi', 'Heikki', 'Hilkka', 'Ilkka', 'Jaana', 'Janne', 'Jari',
      'Jarmo', 'Johanna', 'Jouni', 'Juha', 'Jukka', 'Jussi', 'Kaarina', 'Kaisa', 'Kalle', 'Kari', 'Kimmo', 'Kirsi', 'Lauri', 'Leena', 'Liisa', 'Maija', 'Marjatta',
      'Markku', 'Matti', 'Merja', 'Mervi', 'Mika', 'Mikko', 'Minna', 'Niina', 'Noora', 'Olli', 'Oona', 'Outi', 'Paavo', 'Päivi', 'Pasi', 'Pekka', 'Pertti', 'Petri',
      'Pirkko', 'Raija', 'Raimo', 'Reijo', 'Riikka', 'Ritva', 'Sari', 'Satu', 'Seppo', 'Sini', 'Sirpa', 'Taina', 'Tapio', 'Teemu', 'Terhi', 'Tero', 'Tiina', 'Timo',
      'Tuomas', 'Tuula', 'Ulla', 'Venla', 'Ville', 'Хейкки', 'Кари', 'Пекка', 'Матти', 'Тийна', 'Ээва',
    ],
    titles: ['ylikonstaapeli', 'konstaapeli', 'komisario', 'asianajaja'],
  },
  notNames: ['tammikuu', 'helmikuu', 'maaliskuu', 'huhtikuu', 'toukokuu', 'kesäkuu', 'heinäkuu', 'elokuu', 'syyskuu', 'lokakuu', 'marraskuu', 'joulukuu', 'maanantai', 'tiistai', 'keskiviikko', 'torstai', 'perjantai', 'lauantai', 'sunnuntai', 'juhannus', 'vappu'],
  institutions: ['poliisi', 'poliisilaitos', 'kela', 'migri', 'maahanmuuttovirasto', 'käräjäoikeus', 'sairaala', 'terveyskeskus', 'vastaanottokeskus'],
  places: ['Hakaniemi', 'Хаканиеми', 'Kallio', 'Каллио', 'Helsinki', 'Хельсинки', 'Espoo', 'Vantaa', 'Вантаа', 'Tampere', 'Тампере', 'Turku', 'Турку', 'Oulu', 'Lahti', 'Kuopio', 'Jyväskylä', 'Kallio', 'Kontula', 'Itäkeskus', 'Tikkurila', 'Hakaniemi'],
  vehicleWords: ['auto', 'rekisterinumero', 'rekkari'],
};
