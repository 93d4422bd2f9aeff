import type { CountryPack } from './country-pack';

/** Moldova. */
export const MD: CountryPack = {
  country: 'MD',
  name: 'Moldova',
  phone: { trunk: '0', national: true },
  identityNumbers: [{ validator: 'idnp', context: ['idnp', 'идноп', 'cod personal', 'codul personal'] }],
  plates: [
    { pattern: String.raw`[A-Z]{1,3}\s?[A-Z]{2}\s?\d{3}`, standalone: false },
    // A police crew's car of the ministry (MAI 9036).
    { pattern: String.raw`MAI\s\d{4}`, standalone: true },
  ],
  address: { street: ['mun', 'мун', 'or', 'oraș', 'orașul', 'oras', 'orasul', 's', 'sat', 'satul', 'comuna', 'str', 'strada', 'bd', 'bulevardul', 'bulevard', 'șos', 'sos', 'șoseaua', 'soseaua', 'str-la', 'stradela', 'ул'], unit: ['ap', 'apartament', 'bl', 'bloc', 'sc', 'scara', 'et', 'etaj', 'cămin', 'camin', 'odaia', 'camera', 'of', 'oficiul', 'birou'] },
  names: { surnames: ['Ceban', 'Чебан', 'Rusu', 'Русу', 'Munteanu', 'Мунтяну', 'Cojocaru', 'Кожокару', 'Ciobanu', 'Чобану', 'Rotari', 'Ротарь', 'Sîrbu', 'Sirbu', 'Сырбу', 'Țurcanu', 'Turcanu', 'Цуркану', 'Lungu', 'Лунгу', 'Guțu', 'Gutu', 'Гуцу', 'Bivol', 'Бивол'], titles: ['șef', 'şef', 'sef', 'agent-șef', 'agent-sef', 'doamna', 'doamnei', 'domnul', 'domnului', 'dna', 'dl', 'plutonier', 'plutonierul', 'sergent', 'sergentul', 'agent', 'agentul', 'comisar', 'comisarul', 'subcomisar', 'subcomisarul', 'inspectorul', 'căpitan', 'căpitanul', 'locotenent', 'locotenentul'], endings: ['escu', 'eanu', 'iuc', 'ciuc', 'aru', 'uță', 'ița', 'ский', 'эску', 'ану'], given: ['Tanea', 'Танея', 'Victor', 'Eugenia', 'Aurica', 'Dorina', 'Marin', 'Eugen', 'Octavian', 'Cristian', 'Ana', 'Ion', 'Vasile', 'Mihaela', 'Natalia', 'Olga', 'Ina', 'Doina', 'Aliona', 'Cristina', 'Corina', 'Victoria', 'Nicoleta', 'Ghenadie', 'Sergiu', 'Andrei', 'Dorin', 'Vlad', 'Nicu', 'Gheorghe', 'Iulian', 'Lilia', 'Viorica', 'Tania', 'Ionel', 'Nelu', 'Petrică', 'Gică', 'Ionuț', 'Olesea', 'Veaceslav', 'Mihail', 'Vitalie', 'Valeriu', 'Ludmila', 'Svetlana', 'Tatiana', 'Iuliana', 'Liuba', 'Vanea', 'Vasea', 'Vica', 'Grișa', 'Дорин', 'Lacri', 'Nadea', 'Gheorghiță', 'Mărioara', 'Iurie', 'Serghei', 'Marcel', 'Marinel', 'Mircea', 'Liviu', 'Lucian', 'Claudiu', 'Cornel', 'Ilie', 'Anișoara', 'Maricica', 'Tudora', 'Grigore', 'Petru', 'Andrian', 'Costică', 'Lenuța', 'Fănel', 'Gigel', 'Nelly', 'Nelli'] },
  commonWords: ['linella', 'apel'],
  notNames: ['ianuarie', 'februarie', 'martie', 'aprilie', 'mai', 'iunie', 'iulie', 'august', 'septembrie', 'octombrie', 'noiembrie', 'decembrie', 'luni', 'marți', 'miercuri', 'joi', 'vineri', 'sâmbătă', 'duminică', 'mărțișor', 'mărțişor', 'martisor', 'dragobete', 'sânziene', 'paște', 'paşte', 'paste', 'crăciun'],
  institutions: ['secția', 'poliție', 'poliția', 'inspectoratul', 'spitalul', 'urgență', 'judecătoria', 'procuratura', 'curtea', 'curții', 'gara', 'piața', 'centrala', 'centrală', 'nord', 'sud', 'botanica', 'râșcani', 'ciocana', 'buiucani'],
  places: ['Чадыр-Лунга', 'Ceadîr-Lunga', 'Ceadir-Lunga', 'Otaci', 'Отачь', 'Ocnița', 'Ocnita', 'Окница', 'Leova', 'Hîncești', 'Hincesti', 'Călărași', 'Calarasi', 'Edineț', 'Edinet', 'Briceni', 'Drochia', 'Florești', 'Floresti', 'Rîbnița', 'Ribnita', 'Рыбница', 'Dubăsari', 'Dubasari', 'Дубоссары', 'Chișinău', 'Chisinau', 'Кишинёв', 'Кишинев', 'Bălți', 'Balti', 'Бельцы', 'Tiraspol', 'Тирасполь', 'Orhei', 'Cahul', 'Ungheni', 'Soroca', 'Comrat', 'Комрат', 'Botanica', 'Ботаника', 'Ботанике', 'Ботанику', 'Ciocana', 'Чеканы', 'Чеканах', 'Buiucani', 'Буюканы', 'Râșcani', 'Rîșcani', 'Рышкановка', 'Рышкановке', 'Буюкань', 'Чокана', 'Рышкань', 'Флорешты', 'Флорешт', 'Оргеев', 'Оргееве', 'Кагул', 'Кагуле', 'Унгены', 'Унген', 'Единцы', 'Единец', 'Бричаны', 'Дрокия', 'Хынчешты', 'Калараш', 'Страшены', 'Каушаны', 'Фалешты', 'Рышканы', 'Сынжерей', 'Ниспорены', 'Яловены', 'Криуляны', 'Бендерах', 'Bendery', 'Strășeni', 'Straseni', 'Căușeni', 'Causeni', 'Fălești', 'Falesti', 'Sîngerei', 'Singerei', 'Nisporeni', 'Ialoveni', 'Criuleni'],
  vehicleWords: ['mașin', 'masin', 'automobil', 'număr'],
};
