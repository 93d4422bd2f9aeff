import type { CountryPack } from './country-pack';

/** Bosnia and Herzegovina. */
export const BA: CountryPack = {
  country: 'BA',
  name: 'Bosnia and Herzegovina',
  phone: { trunk: '0', national: false },
  identityNumbers: [{ validator: 'jmbg', context: ['jmbg', 'јмбг'] }],
  plates: [
    { pattern: String.raw`[A-Z]\d{2}-[A-Z]-\d{3}`, standalone: true },
  ],
  address: { street: ['ulica', 'ul', 'trg', 'naselje', 'bulevar', 'kralja', 'kraljice', 'kneza', 'kneginje', 'vojvode', 'cara', 'maršala', 'marsala', 'bana'], unit: ['br', 'broj', 'bb', 'stan', 'sprat', 'ulaz'] },
  names: { titles: ['teta', 'tetka', 'čika', 'cika', 'gospođa', 'gospodin', 'policajac', 'policajka', 'policajci', 'inspektor', 'narednik', 'vodnik', 'komandir', 'полицајац', 'инспектор'], endings: ['ić', 'ović', 'ević', 'vić', 'bašić', 'agić'], given: ['Amra', 'Amila', 'Lejla', 'Selma', 'Emina', 'Ajla', 'Merima', 'Azra', 'Maida', 'Sanela', 'Amir', 'Adnan', 'Emir', 'Haris', 'Edin', 'Kenan', 'Mirza', 'Jasmin', 'Senad', 'Nermin', 'Bajram', 'Bajro', 'Senada', 'Edo', 'Zijad', 'Amela', 'Zlata', 'Харис', 'Dario', 'Luna'] },
  notNames: ['januar', 'februar', 'mart', 'april', 'maj', 'juni', 'juli', 'august', 'septembar', 'oktobar', 'novembar', 'decembar', 'đurđevdan', 'jurjevdan', 'vaskrs', 'božić'],
  institutions: ['policije', 'kafana', 'policija', 'policijska', 'stanica', 'uprava', 'bolnica', 'sud', 'tužilaštvo', 'ombudsmen'],
  places: ['Banja Luka', 'Бања Лука', 'Баня-Лука', 'Баня Лука', 'Ilidža', 'Ilidza', 'Илиджа', 'Vogošća', 'Сараево', 'Тузла', 'Мостар', 'Sarajevo', 'Tuzla', 'Zenica', 'Mostar', 'Bihać', 'Bihac', 'Brčko', 'Brcko', 'Брчко'],
  vehicleWords: ['auto', 'kola', 'vozilo'],
};
