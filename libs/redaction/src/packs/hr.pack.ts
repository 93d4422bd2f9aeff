import type { CountryPack } from './country-pack';

/** Croatia. */
export const HR: CountryPack = {
  country: 'HR',
  name: 'Croatia',
  phone: { trunk: '0', national: false },
  identityNumbers: [{ validator: 'oib', context: ['oib', 'osobni identifikacijski broj'] }],
  plates: [
    { pattern: String.raw`[A-ZČŠŽ]{2}\s?\d{3,4}-[A-Z]{1,2}`, standalone: true },
  ],
  address: { street: ['ulica', 'ul', 'trg', 'cesta', 'put', 'obala', 'šetalište', 'avenija', 'naselje', 'kralja', 'kraljice', 'kneza', 'kneginje', 'vojvode', 'cara', 'maršala', 'marsala', 'bana'], unit: ['br', 'kbr', 'stan', 'kat', 'soba', 'suteren', 'potkrovlje', 'prizemlje', 'vila'] },
  names: { titles: ['gospođa', 'gospodin', 'teta', 'tetka', 'policajac', 'policajka', 'policajci', 'inspektor', 'narednik', 'vodnik', 'komandir', 'полицајац', 'инспектор'], endings: ['ić', 'ović', 'ević', 'vić'], given: ['Domagoj', 'Dubravka', 'Andrijana', 'Lorena', 'Leona', 'Antonija', 'Mateja', 'Vedrana', 'Vlatka', 'Željka', 'Zrinka', 'Dora', 'Ana', 'Marija', 'Ivana', 'Petra', 'Maja', 'Martina', 'Kristina', 'Marina', 'Nikolina', 'Lucija', 'Ivan', 'Marko', 'Josip', 'Tomislav', 'Ante', 'Stjepan', 'Luka', 'Mario', 'Zvonimir', 'Krešimir', 'Mare', 'Jele', 'Kata', 'Ivica', 'Ante', 'Hrvoje', 'Dunja', 'Nataša', 'Ljiljana', 'Branka'] },
  notNames: ['siječanj', 'veljača', 'ožujak', 'travanj', 'svibanj', 'lipanj', 'srpanj', 'kolovoz', 'rujan', 'listopad', 'studeni', 'prosinac', 'ponedjeljak', 'utorak', 'srijeda', 'četvrtak', 'petak', 'subota', 'nedjelja', 'uskrs', 'božić', 'tijelovo', 'velika'],
  institutions: ['udruga', 'društvo', 'policije', 'kafić', 'policija', 'policijska', 'postaja', 'uprava', 'bolnica', 'sud', 'pravobranitelj'],
  places: ['Sisak', 'Karlovac', 'Varaždin', 'Varazdin', 'Загреб', 'Сплит', 'Риека', 'Zagreb', 'Split', 'Rijeka', 'Osijek', 'Zadar', 'Pula', 'Dubrovnik', 'Beli Manastir', 'Darda', 'Bilje', 'Tvrđa', 'Осиек', 'Kaštela', 'Kastela', 'Bačvice', 'Bacvice', 'Šibenik', 'Sibenik', 'Slavonski Brod', 'Vukovar', 'Čakovec', 'Cakovec', 'Međimurje', 'Medjimurje', 'Trešnjevka', 'Tresnjevka', 'Dubrava', 'Sesvete'],
  vehicleWords: ['auto', 'automobil', 'vozilo', 'tablic'],
};
