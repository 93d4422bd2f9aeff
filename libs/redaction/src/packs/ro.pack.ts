import type { CountryPack } from './country-pack';

/** Romania. */
export const RO: CountryPack = {
  country: 'RO',
  name: 'Romania',
  phone: { trunk: '0', national: false },
  identityNumbers: [{ validator: 'cnp', context: ['cnp', 'cod numeric personal'] }],
  plates: [
    { pattern: String.raw`(?:B|[A-Z]{2})[\s-]?\d{2,3}[\s-]?[A-Z]{3}(?![\s-]?\d)`, standalone: true },
  ],
  address: { afterName: ['bulevardul', 'strada'], street: ['str', 'strada', 'bd', 'bdul', 'bulevardul', 'calea', 'șos', 'sos', 'șoseaua', 'soseaua', 'aleea', 'piața', 'piata', 'intrarea', 'splaiul', 'cartier'], unit: ['nr', 'ap', 'apartament', 'bl', 'bloc', 'sc', 'scara', 'et', 'etaj', 'cămin', 'camin', 'camera', 'cam', 'of', 'oficiul', 'birou'] },
  names: { titles: ['șef', 'şef', 'sef', 'agent-șef', 'agent-sef', 'doamna', 'doamnei', 'domnul', 'domnului', 'dna', 'dl', 'plutonier', 'plutonierul', 'sergent', 'sergentul', 'agent', 'agentul', 'comisar', 'comisarul', 'subcomisar', 'subcomisarul', 'inspectorul', 'căpitan', 'căpitanul', 'locotenent', 'locotenentul'], endings: ['escu', 'eanu', 'anu', 'aru', 'ache', 'oiu', 'uță', 'iță'], given: ['Lavinia', 'Victor', 'Eugenia', 'Aurica', 'Dorina', 'Marin', 'Eugen', 'Octavian', 'Cristian', 'Ciprian', 'Cami', 'Anca', 'Mirela', 'Vasilica', 'Vasilca', 'Geanina', 'Sanda', 'Cristiana', 'Ilinca', 'Maria', 'Elena', 'Ioana', 'Andreea', 'Alexandra', 'Mihaela', 'Cristina', 'Gabriela', 'Daniela', 'Florentina', 'Ion', 'Gheorghe', 'Vasile', 'Constantin', 'Nicolae', 'Mihai', 'Andrei', 'Alexandru', 'Florin', 'Marian', 'Gabi', 'Geta', 'Lenuța', 'Ionela', 'Ionuț', 'Costel', 'Fănel', 'Nelu', 'Dănuț', 'Viorel', 'Adriana', 'Mădălina', 'Madalina', 'Loredana', 'Denisa', 'Alina', 'Bianca', 'Roxana', 'Georgiana', 'Nicoleta', 'Larisa', 'Raluca', 'Oana', 'Simona', 'Claudia', 'Ramona', 'Cătălina', 'Catalina', 'Adrian', 'Cătălin', 'Catalin', 'Marius', 'Bogdan', 'Ionel', 'Sorin', 'Cosmin', 'Petrică', 'Paula', 'Cristi', 'Sorina', 'Fane', 'Luminița', 'Aurel', 'Mitică', 'Răzvan', 'Ovidiu', 'Lăcrămioara', 'Gigel', 'Costică', 'Elisabeta', 'Remus'] },
  commonWords: ['apel'],
  notNames: ['Mărțișor', 'Martisor', 'Мэрцишор', 'Мэрцишора', 'ianuarie', 'februarie', 'martie', 'aprilie', 'mai', 'iunie', 'iulie', 'august', 'septembrie', 'octombrie', 'noiembrie', 'decembrie', 'luni', 'marți', 'miercuri', 'joi', 'vineri', 'sâmbătă', 'duminică', 'mărțișor', 'mărțişor', 'martisor', 'dragobete', 'sânziene', 'sanziene', 'paște', 'paşte', 'crăciun', 'rusalii', 'bobotează', 'sânziene', 'sanziene'],
  institutions: ['dosar', 'dosarul', 'proces', 'procesul', 'penal', 'centrul', 'centru', 'piata', 'secția', 'secţia', 'poliție', 'poliția', 'poliţia', 'spitalul', 'spital', 'urgență', 'urgenţă', 'judecătoria', 'tribunalul', 'parchetul', 'gara', 'autogara', 'piața', 'centrala', 'centrală', 'nord', 'sud', 'inspectoratul', 'direcția', 'comisariatul', 'curtea', 'curții'],
  places: ['Sighet', 'Sighetu Marmației', 'Sighetu Marmatiei', 'Sighetu', 'Сигет', 'Siret', 'Сирет', 'Halmeu', 'Rădăuți', 'Radauti', 'Vicovu de Sus', 'Câmpulung Moldovenesc', 'Бухарест', 'București', 'Bucuresti', 'Bucharest', 'Cluj', 'Timișoara', 'Timisoara', 'Iași', 'Iasi', 'Constanța', 'Constanta', 'Craiova', 'Brașov', 'Brasov', 'Ferentari', 'Rahova', 'Vaslui', 'Medgidia', 'Mamaia', 'Galați', 'Galati', 'Brăila', 'Braila', 'Cluj-Napoca', 'Napoca', 'Pata Rât', 'Pata Rat', 'Colentina', 'Sibiu', 'Oradea', 'Ploiești', 'Ploiesti', 'Arad', 'Pitești', 'Pitesti', 'Bacău', 'Bacau', 'Suceava', 'Ферентарь', 'Ферентари', 'Крайова', 'Тимишоара', 'Рахова', 'Констанца', 'Яссы', 'Giurgiu', 'Jilava', 'Năvodari', 'Navodari', 'Cernavodă', 'Cernavoda', 'Bolintin-Vale', 'Tomis Nord'],
  vehicleWords: ['mașin', 'masin', 'automobil', 'număr'],
};
