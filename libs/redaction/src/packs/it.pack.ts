import type { CountryPack } from './country-pack';

/** Italy (a destination: women from Romania, Moldova, Ukraine, Albania and Nigeria work in Milan, Rome and on the coast). */
export const IT: CountryPack = {
  country: 'IT',
  name: 'Italy',
  // (Mobiles start with 3 and landlines with 0 at home, with no trunk prefix to drop: digits alone are left to the region's countries.)
  phone: { trunk: null, national: false },
  // The codice fiscale: letters of the names, the date of birth, the place and a check letter.
  identityNumbers: [{ validator: 'it-codice-fiscale', context: ['codice fiscale', 'cod. fisc.', 'tessera sanitaria', 'permesso di soggiorno'] }],
  plates: [
    // Two letters, three digits, two letters: AB 123 CD, AB123CD.
    { pattern: String.raw`[A-Z]{2}\s?\d{3}\s?[A-Z]{2}`, standalone: false },
  ],
  address: {
    street: ['виа', 'виале', 'корсо', 'пьяцца', 'пьяццале', 'via', 'viale', 'piazza', 'piazzale', 'corso', 'vicolo', 'largo', 'lungomare', 'strada', 'contrada', 'località', 'loc'],
    // Interno (flat), scala (staircase), piano (floor).
    unit: ['interno', 'int', 'scala', 'sc', 'piano', 'appartamento', 'app', 'civico', 'palazzina', 'pal'],
  },
  names: {
    given: ['Nico', 'Giuseppe', 'Salvatore', 'Turi', 'Carmelo', 'Antonio', 'Marco', 'Francesco', 'Giovanni', 'Gianni', 'Luigi', 'Mario', 'Paolo', 'Roberto', 'Stefano', 'Vincenzo', 'Enzo', 'Gino', 'Pino', 'Nino', 'Luca', 'Matteo', 'Alessandro', 'Giulia', 'Francesca', 'Chiara', 'Paola', 'Federica', 'Alessia', 'Giorgia', 'Rosaria', 'Carmela', 'Concetta', 'Viola', 'Sergio', 'Sandro', 'Massimo', 'Fabio', 'Davide', 'Simone', 'Lorenzo', 'Riccardo', 'Federico', 'Emanuele', 'Claudio', 'Carla', 'Elisa', 'Serena', 'Roberta', 'Patrizia', 'Franca', 'Rita', 'Ornella', 'Tiziana', 'Daniela', 'Alessio', 'Mirko', 'Cristian', 'Франческа', 'Джулия', 'Кьяра', 'Серджо', 'Сандро', 'Марко', 'Лука', 'Паоло', 'Джованни', 'Антонио', 'Массимо', 'Фабио', 'Франческо'],
    titles: ['signora', 'signor', 'sig', 'sig.ra', 'dott', 'dott.ssa', 'avv', 'avvocato', 'agente', 'brigadiere', 'maresciallo', 'appuntato', 'carabiniere', 'ispettore', 'vigile'],
  },
  notNames: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica', 'ferragosto', 'natale', 'pasqua'],
  institutions: ['soccorso', 'minorenni', 'municipio', 'questura', 'carabinieri', 'polizia', 'commissariato', 'prefettura', 'tribunale', 'procura', 'ospedale', 'comune', 'stazione', 'caserma'],
  places: ['Турин', 'Турине', 'Турина', 'Милане', 'Рима', 'Риме', 'Vigentino', 'Cinisello', 'Cinisello Balsamo', 'Sesto San Giovanni', 'Quarto Oggiaro', 'Corvetto', 'San Salvario', 'Tor Bella Monaca', 'Esquilino', 'Termini', 'Vittoria', 'Ragusa', 'Рагуза', 'Latina', 'Foggia', 'Фоджа', 'Roma', 'Rome', 'Рим', 'Milano', 'Napoli', 'Naples', 'Torino', 'Turin', 'Bologna', 'Firenze', 'Venezia', 'Venice', 'Verona', 'Padova', 'Genova', 'Palermo', 'Bari', 'Rimini', 'Castel Volturno', 'Caserta'],
  vehicleWords: ['macchina', 'auto', 'targa'],
};
