import type { CountryPack } from './country-pack';

/** Latvia. */
export const LV: CountryPack = {
  country: 'LV',
  name: 'Latvia',
  phone: { trunk: null, national: true },
  identityNumbers: [{ validator: 'baltic', context: ['personas kods', 'p.k.'] }],
  plates: [
    { pattern: String.raw`[A-Z]{2}-\d{1,4}`, standalone: false },
  ],
  address: { afterName: ['iela'], street: ['iela', 'ielā', 'krastmala', 'gatve', 'bulvāris', 'bulv', 'prospekts', 'pr', 'laukums', 'šoseja', 'soseja', 'līnija'], unit: ['dz', 'dzīv', 'dzīvoklis', 'k', 'korp', 'kopmītne', 'istaba'] },
  names: { endings: ['iņš', 'ovs', 'ska', 'ājs', 'nieks', 'ietis', 'ere'], given: ['Liene', 'Mārtiņš', 'Raimonds', 'Uldis', 'Lelde', 'Agnese', 'Anna', 'Inese', 'Ilze', 'Kristīne', 'Laura', 'Līga', 'Dace', 'Sandra', 'Jana', 'Ieva', 'Jānis', 'Andris', 'Māris', 'Edgars', 'Aivars', 'Juris', 'Artūrs', 'Kaspars', 'Gatis', 'Raivis', 'Inga', 'Zane', 'Baiba', 'Ilzīte', 'Anniņa', 'Jānītis', 'Ivars', 'Gunārs', 'Krista', 'Edžus', 'Валдис', 'Sergejs', 'Kristaps', 'Elīna', 'Jūlija', 'Sanita'] },
  commonWords: ['forštate', 'forštates'],
  notNames: ['janvāris', 'februāris', 'marts', 'aprīlis', 'maijs', 'jūnijs', 'jūlijs', 'augusts', 'septembris', 'oktobris', 'novembris', 'decembris', 'pirmdiena', 'otrdiena', 'trešdiena', 'ceturtdiena', 'piektdiena', 'sestdiena', 'svētdiena', 'jāņi', 'jāņos', 'jāņus', 'jani', 'līgo', 'ligo', 'ziemassvētki', 'lieldienas', 'mārtiņi', 'līgo', 'ligo', 'лиго', 'jāņi', 'jani', 'янов', 'яновы', 'яновым'],
  institutions: ['valsts', 'policija', 'policijas', 'slimnīca', 'slimnīcas', 'tirgus', 'stacija', 'pārvalde', 'iecirknis'],
  places: ['Maskavas', 'Рига', 'Даугавпилс', 'Rīga', 'Riga', 'Daugavpils', 'Liepāja', 'Liepaja', 'Jelgava', 'Jūrmala', 'Jurmala', 'Ventspils', 'Лиепая', 'Елгава', 'Юрмала', 'Вентспилс', 'Резекне', 'Rēzekne', 'Rezekne', 'Valmiera', 'Валмиера', 'Jēkabpils', 'Jekabpils', 'Ogre', 'Огре', 'Sigulda', 'Tukums', 'Cēsis', 'Cesis', 'Purvciems', 'Пурвциемс', 'Ķengarags', 'Kengarags', 'Кенгарагс', 'Zolitūde', 'Золитуде', 'Imanta', 'Иманта', 'Pļavnieki', 'Plavnieki', 'Плявниеки', 'Ziepniekkalns', 'Зиепниеккалнс', 'Āgenskalns', 'Agenskalns', 'Агенскалнс', 'Teika', 'Тейка', 'Mežciems', 'Межциемс', 'Jugla', 'Югла', 'Bolderāja', 'Болдерая', 'Vecmīlgrāvis', 'Вецмилгравис', 'Sarkandaugava', 'Саркандаугава', 'Latgale', 'Латгале', 'Латгалия', 'Vidzeme', 'Kurzeme', 'Zemgale', 'Spīķeri', 'Spikeri', 'Mucenieki', 'Муцениеки', 'Olaine', 'Salaspils', 'Саласпилс', 'Torņakalns', 'Iļģuciems', 'Grīziņkalns', 'Avoti', 'Дрейлини', 'Dreiliņi'],
  vehicleWords: ['mašīn', 'auto', 'numurs'],
};
