import type { CountryPack } from './country-pack';

/** Serbia. */
export const RS: CountryPack = {
  country: 'RS',
  name: 'Serbia',
  phone: { trunk: '0', national: false },
  identityNumbers: [{ validator: 'jmbg', context: ['jmbg', 'јмбг', 'матични број', 'maticni broj'] }],
  plates: [
    { pattern: String.raw`[A-ZČĆŠŽĐ]{2}\s?\d{3,4}[-\s]?[A-ZČĆŠŽĐ]{2}`, standalone: false },
  ],
  address: { afterName: ['bulevar'], street: ['ulica', 'ul', 'bulevar', 'bul', 'trg', 'ул', 'улица', 'булевар', 'трг', 'naselje', 'blok', 'блок', 'kralja', 'kraljice', 'kneza', 'kneginje', 'vojvode', 'cara', 'maršala', 'marsala', 'bana', 'краља', 'краљице', 'кнеза', 'кнегиње', 'војводе', 'цара', 'маршала'], unit: ['baraka', 'барака', 'br', 'broj', 'бр', 'број', 'stan', 'стан', 'ulaz', 'улаз', 'sprat', 'спрат', 'sobа', 'soba', 'bb', 'бб'] },
  names: { titles: ['gospođa', 'gospodin', 'teta', 'tetka', 'čika', 'cika', 'тета', 'чика', 'policajac', 'policajka', 'policajci', 'inspektor', 'narednik', 'vodnik', 'komandir', 'полицајац', 'инспектор'], endings: ['ić', 'vić', 'ović', 'ević', 'ић', 'вић', 'ович'], given: ['Darko', 'Slavica', 'Славица', 'Bojana', 'Sneza', 'Teodora', 'Dijana', 'Ljubica', 'Mirjana', 'Natasa', 'Ivka', 'Ana', 'Jelena', 'Milica', 'Marija', 'Ivana', 'Dragana', 'Snežana', 'Jovana', 'Tijana', 'Maja', 'Nikola', 'Marko', 'Stefan', 'Milan', 'Dragan', 'Nenad', 'Miloš', 'Dejan', 'Zoran', 'Goran', 'Ceca', 'Biljana', 'Beba', 'Cica', 'Raša', 'Žika', 'Mika', 'Joca', 'Sale', 'Buba', 'Nemanja', 'Bojan', 'Vladimir', 'Aleksandar', 'Srđan', 'Srdjan', 'Predrag', 'Dušan', 'Dusan', 'Vesna', 'Gordana', 'Slađana', 'Sladjana', 'Danijela', 'Aleksandra', 'Katarina', 'Jasmina', 'Горан', 'Деян', 'Rajko', 'Slađa', 'Veselin', 'Zoki', 'Dule', 'Gaga', 'Mita', 'Bilja', 'Sneki', 'Sneža', 'Dunja', 'Goca', 'Jeca', 'Nataša', 'Ljiljana', 'Zoka', 'Branka', 'Kaća', 'Boban', 'Bobi', 'Saša', 'Pera', 'bane', 'мица'] },
  commonWords: ['prekršajni', 'prekrsajni', 'prekršajnog', 'prekrsajnog'],
  notNames: ['januar', 'februar', 'mart', 'april', 'maj', 'jun', 'jul', 'avgust', 'septembar', 'oktobar', 'novembar', 'decembar', 'ponedeljak', 'utorak', 'sreda', 'četvrtak', 'petak', 'subota', 'nedelja', 'јануар', 'фебруар', 'март', 'април', 'мај', 'јун', 'јул', 'август', 'септембар', 'октобар', 'новембар', 'децембар', 'vidovdan', 'видовдан', 'đurđevdan', 'djurdjevdan', 'ђурђевдан', 'božić', 'божић', 'vaskrs', 'васкрс', 'badnjak', 'бадњак', 'đurđevdan', 'djurdjevdan', 'ederlezi', 'herdelezi', 'hederlezi', 'едерлези', 'хедерлези', 'хедерлеза', 'хедерлезы'],
  institutions: ['policije', 'kafana', 'dom', 'policija', 'policijska', 'stanica', 'uprava', 'zaštitnik', 'građana', 'bolnica', 'sud', 'tužilaštvo', 'полиција', 'станица', 'управа'],
  places: ['Autokomanda', 'Аутокоманда', 'Horgoš', 'Horgos', 'Хоргош', 'Хоргоша', 'Petrovaradin', 'Петроварадин', 'Liman', 'Ada Ciganlija', 'Нови-Сад', 'Ниш', 'Белград', 'Beograd', 'Belgrade', 'Niš', 'Nis', 'Kragujevac', 'Subotica', 'Zemun', 'Београд', 'Aleksinac', 'Rakovica', 'Rakovice', 'Čukarica', 'Cukarica', 'Palilula', 'Zvezdara', 'Čukarička padina', 'Чукарица', 'Sava Centar', 'Сава Центар', 'Palić', 'Палич', 'Палича', 'Суботица', 'Niška Banja', 'Нишка Баня', 'Нишкой Баней', 'Makiš', 'Земун', 'Kraljevo', 'Краљево', 'Кралево', 'Звездара', 'Звездаре', 'Dorćol', 'Dorcol', 'Дорћол', 'Vračar', 'Vracar', 'Vranje', 'Врање', 'Bujanovac', 'Бујановац', 'Preševo', 'Presevo', 'Прешево', 'Surdulica', 'Leskovac', 'Лесковац', 'Doljevac', 'Prokuplje', 'Vranjska Banja', 'Vladičin Han', 'Futog', 'Inđija', 'Indjija', 'Sremska Mitrovica'],
  vehicleWords: ['auto', 'kola', 'vozilo', 'tablic'],
};
