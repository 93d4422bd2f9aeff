import type { CountryPack } from './country-pack';

/** Albania. */
export const AL: CountryPack = {
  country: 'AL',
  name: 'Albania',
  phone: { trunk: '0', national: false },
  plates: [
    { pattern: String.raw`[A-Z]{2}\s?\d{3}\s?[A-Z]{2}`, standalone: false },
  ],
  address: { street: ['rruga', 'rr', 'bulevardi', 'blv', 'lagjja', 'lagja', 'sheshi'], unit: ['pallati', 'pall', 'shkalla', 'shk', 'ap', 'apartamenti', 'kati', 'dhoma', 'hyrja', 'banesa', 'banesë', 'nr'] },
  names: { titles: ['adv', 'avokat', 'avokate', 'avokatja', 'zonja', 'zoti'], endings: ['aj', 'aku', 'ari'], given: ['Дрита', 'Дриты', 'Rozana', 'Sindi', 'Bukurije', 'Donjeta', 'Arianit', 'Kushtrim', 'Elvana', 'Enkeleda', 'Gazmend', 'Hysen', 'Naile', 'Lorela', 'Jetmira', 'Entela', 'Eriona', 'Fjolla', 'Kaltrina', 'Arbnora', 'Albulena', 'Valdete', 'Shkurte', 'Fitore', 'Edona', 'Egzona', 'Arlinda', 'Qendresa', 'Shpresa', 'Drenusha', 'Besarta', 'Luljeta', 'Лирие', 'Розана', 'Albana', 'Blerta', 'Fatjona', 'Klodiana', 'Rozeta', 'Kujtim', 'Leutrim', 'Driton', 'Fatmir', 'Ermal', 'Erjon', 'Ardit', 'Vjosa', 'Lindita', 'Majlinda', 'Rudina', 'Doriana', 'Alketa', 'Besa', 'Fjona', 'Lirie', 'Fatmire', 'Xhemile', 'Dzhemile', 'Elona', 'Anila', 'Blerina', 'Ermira', 'Mimoza', 'Valbona', 'Drita', 'Flutura', 'Teuta', 'Jonida', 'Arben', 'Ilir', 'Gentian', 'Artan', 'Besnik', 'Fatos', 'Agron', 'Edmond', 'Genti', 'Dritan', 'Bajram', 'Bajrami', 'Fatime', 'Arbër', 'Faton', 'Valon', 'Arta', 'Bekim', 'Klea', 'Ornela', 'Xhuljeta', 'Shpend', 'Ardi', 'Sevdije', 'Remzije', 'Shqipe', 'Liridona', 'Burim', 'Arbnore', 'elira', 'megi'] },
  notNames: ['janar', 'shkurt', 'mars', 'prill', 'maj', 'qershor', 'korrik', 'gusht', 'shtator', 'tetor', 'nëntor', 'dhjetor', 'e', 'hënë', 'e', 'martë', 'e', 'mërkurë', 'e', 'enjte', 'e', 'premte', 'e', 'shtunë', 'e', 'diel', 'novruzi'],
  // (With Kosovo's towns: Albanian is spoken there, and no pack of its own exists yet.)
  places: ['Qafë Thanë', 'Kapshticë', 'Тирана', 'Дуррес', 'Tirana', 'Tiranë', 'Durrës', 'Durres', 'Vlorë', 'Vlore', 'Shkodër', 'Shkoder', 'Elbasan', 'Korçë', 'Korce', 'Fier', 'Berat', 'Lushnjë', 'Kavajë', 'Sarandë', 'Prishtina', 'Prishtinë', 'Pristina', 'Fushë Kosovë', 'Fushe Kosove', 'Prizren', 'Pejë', 'Peja', 'Mitrovica', 'Mitrovicë', 'Gjilan', 'Ferizaj'],
  vehicleWords: ['makin'],
};
