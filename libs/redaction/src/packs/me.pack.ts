import type { CountryPack } from './country-pack';

/** Montenegro. */
export const ME: CountryPack = {
  country: 'ME',
  name: 'Montenegro',
  phone: { trunk: '0', national: false },
  identityNumbers: [{ validator: 'jmbg', context: ['jmbg', 'јмбг'] }],
  plates: [
    { pattern: String.raw`[A-ZČŠŽ]{2}\s?[A-Z]{2}\s?\d{3}`, standalone: false },
  ],
  address: { street: ['ulica', 'ul', 'bulevar', 'trg', 'naselje', 'kralja', 'kraljice', 'kneza', 'kneginje', 'vojvode', 'cara', 'maršala', 'marsala', 'bana'], unit: ['zgrada', 'зграда', 'br', 'broj', 'bb', 'stan', 'sprat', 'ulaz'] },
  names: { titles: ['gospođa', 'gospodin', 'teta', 'tetka', 'čika', 'policajac', 'policajka', 'policajci', 'inspektor', 'narednik', 'vodnik', 'komandir', 'полицајац', 'инспектор'], endings: ['ić', 'ović', 'ević', 'vić'], given: ['Jelena', 'Milena', 'Ana', 'Marija', 'Dragana', 'Vesna', 'Sanja', 'Tamara', 'Milan', 'Marko', 'Nikola', 'Vuk', 'Vuksan', 'Dragan', 'Luka', 'Filip'] },
  institutions: ['policije', 'kafana', 'policija', 'policijska', 'stanica', 'uprava', 'bolnica', 'sud', 'zaštitnik'],
  notNames: ['januar', 'februar', 'mart', 'april', 'maj', 'jun', 'jul', 'avgust', 'septembar', 'oktobar', 'novembar', 'decembar', 'đurđevdan', 'vidovdan', 'božić', 'badnji'],
  places: ['Crne Gore', 'Crna Gora', 'Црна Гора', 'Šušanj', 'Susanj', 'Шушањ', 'Petrovac', 'Петровац', 'Sutomore', 'Сутоморе', 'Vrela Ribnička', 'Zabjelo', 'Забјело', 'Spuž', 'Spuz', 'Спуж', 'Danilovgrad', 'Даниловград', 'Tuzi', 'Подгорица', 'Будва', 'Podgorica', 'Nikšić', 'Niksic', 'Budva', 'Ulcinj', 'Cetinje', 'Тиват', 'Tivat', 'Котор', 'Kotor', 'Будва', 'Herceg Novi', 'Херцег-Нови', 'Bijelo Polje', 'Pljevlja', 'Konik', 'Коник', 'Berane', 'Беране', 'Улцинь', 'Улцине', 'Никшич', 'Никшиче', 'Никшича'],
  vehicleWords: ['auto', 'kola', 'vozilo'],
};
