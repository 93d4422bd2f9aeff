import type { CountryPack } from './country-pack';

/** Slovenia. */
export const SI: CountryPack = {
  country: 'SI',
  name: 'Slovenia',
  phone: { trunk: '0', national: false },
  plates: [
    { pattern: String.raw`[A-ZČŠŽ]{2}\s?[A-Z0-9]{2}-\d{3}`, standalone: false },
  ],
  address: { street: ['ulica', 'ul', 'cesta', 'trg', 'nabrežje', 'pot', 'ploščad', 'ploščadi'], unit: ['št', 'stanovanje', 'nadstropje', 'soba'] },
  names: { titles: ['gospa', 'gospod', 'gospodična'], endings: ['ič', 'čič', 'nik'], given: ['Sandi', 'Žiga', 'Blaž', 'Aljaž', 'Nejc', 'Matjaž', 'Maja', 'Nina', 'Eva', 'Mojca', 'Petra', 'Špela', 'Urška', 'Anja', 'Tina', 'Katja', 'Luka', 'Matej', 'Rok', 'Jure', 'Gregor', 'Aleš', 'Boštjan', 'Primož', 'Janez', 'Marko'] },
  notNames: ['januar', 'februar', 'marec', 'april', 'maj', 'junij', 'julij', 'avgust', 'september', 'oktober', 'november', 'december', 'ponedeljek', 'torek', 'sreda', 'četrtek', 'petek', 'sobota', 'nedelja', 'božič', 'kurentovanje'],
  institutions: ['društvo', 'drustvo', 'policija', 'policijska', 'postaja', 'bolnica', 'sodišče', 'sodisce', 'zavod'],
  places: ['Любляна', 'Марибор', 'Ljubljana', 'Maribor', 'Celje', 'Kranj', 'Koper', 'Ptuj', 'Птуй', 'Novo Mesto', 'Murska Sobota', 'Velenje', 'Nova Gorica', 'Jesenice'],
  vehicleWords: ['avto', 'vozilo'],
};
