import type { CountryPack } from './country-pack';

/** Spain (a destination: women from Romania, Ukraine, Albania, Paraguay and Nigeria work in Madrid, Barcelona and the clubs of the roads). */
export const ES: CountryPack = {
  country: 'ES',
  name: 'Spain',
  // (Nine digits without a trunk prefix, 6xx and 7xx mobiles: left to the region's countries without +34.)
  phone: { trunk: null, national: false },
  // The DNI and the foreigner's NIE, each with its check letter.
  identityNumbers: [{ validator: 'es-dni', context: ['nie', 'dni', 'nif', 'tarjeta de residencia', 'número de identidad de extranjero'] }],
  plates: [
    // Four digits and three consonants: 1234 BCD, 1234-BCD.
    { pattern: String.raw`\d{4}[\s-]?[BCDFGHJKLMNPRSTVWXYZ]{3}`, standalone: false },
  ],
  address: {
    // (C/ is calle written short; Catalan carrer and passeig.)
    street: ['калье', 'авенида', 'пасео', 'пласа', 'calle', 'c/', 'avenida', 'avda', 'plaza', 'pza', 'paseo', 'pº', 'carrer', 'passeig', 'ronda', 'travesía', 'camino', 'carretera', 'ctra'],
    // Piso (floor), puerta (door), escalera (staircase), bajo (ground floor): 3º 2ª is read as numbers.
    unit: ['piso', 'puerta', 'pta', 'escalera', 'esc', 'bajo', 'planta', 'portal', 'nº', 'izda', 'izq', 'izquierda', 'dcha', 'dcho', 'derecha', 'entl', 'entlo', 'entresuelo', 'pral', 'principal', 'ático', 'atico', 'baixos', 'pis'],
  },
  // (Surnames of Spain and Latin America in -ez: Martínez, Fernández, Rodríguez, Vázquez, González, Pérez, Núñez.)
  names: { endings: ['ández', 'andez', 'éndez', 'endez', 'ínez', 'inez', 'íguez', 'iguez', 'ázquez', 'azquez', 'ález', 'alez', 'érez', 'ítez', 'itez', 'úñez', 'uñez'], given: ['Carmen', 'Lucía', 'Marta', 'Montse', 'Núria', 'Pilar', 'Jordi', 'Pere', 'Xavi', 'Javier', 'Pablo', 'Manuel', 'Jesús', 'Raúl', 'Iñaki', 'Sergi', 'Rocío', 'Ainhoa', 'Itziar', 'Nerea', 'Laia', 'Marc', 'Oriol', 'Àlex', 'Albert', 'Joan', 'Josep', 'Кармен', 'Хуан', 'Хосе', 'Мигель', 'Пабло', 'Лусия', 'Хавьер', 'Карлос', 'Мануэль'], titles: ['señora', 'señor', 'sra', 'sr', 'doña', 'don', 'agente', 'abogada', 'abogado', 'letrada', 'letrado', 'mossos', 'guardia', 'sargento', 'cabo', 'inspector', 'inspectora'] },
  notNames: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'navidad'],
  institutions: ['instrucción', 'instruccion', 'código', 'codigo', 'esquadra', 'greuges', 'síndic', 'sindic', 'municipal', 'comisaría', 'comisaria', 'policía', 'juzgado', 'fiscalía', 'hospital', 'ayuntamiento', 'estación', 'extranjería'],
  places: ['Marconi', 'Polígono Marconi', 'Ruzafa', 'Russafa', 'El Saler', 'Silla', 'Zona Franca', 'Sant Ramon', 'Sant Pau', 'Robador', 'Casa de Campo', 'Villaverde', 'Usera', 'Zapadores', 'La Rambla', 'Rambla', 'Montjuïc', 'Castellana', 'Poble Sec', 'Polígono', 'Elche', 'Эльче', 'Montera', 'Gran Vía', 'Lavapiés', 'Raval', 'Madrid', 'Мадрид', 'Barcelona', 'Барселона', 'Valencia', 'Sevilla', 'Seville', 'Málaga', 'Malaga', 'Bilbao', 'Girona', 'Alicante', 'Murcia', 'Zaragoza', 'La Jonquera', 'Lleida', 'Tarragona'],
  vehicleWords: ['coche', 'matrícula', 'matricula'],
};
