import type { CountryPack } from './country-pack';

/** Slovakia. */
export const SK: CountryPack = {
  country: 'SK',
  name: 'Slovakia',
  phone: { trunk: '0', national: false },
  identityNumbers: [{ validator: 'rodne-cislo', context: ['rodné číslo', 'rodne cislo', 'r.č.'] }],
  plates: [
    // (With a space before its last letters too, "MI 233 CK"; not a phone's or a card's capacity, "XR 128 GB", "SD 128 GB".)
    { pattern: String.raw`[A-Z]{2}[-\s]?\d{3}(?:[^\S\n](?!GB|MB|TB|KB|HD)|)[A-Z]{2}`, standalone: true },
  ],
  address: { street: ['ulica', 'ul', 'nám', 'námestie', 'namestie', 'nábrežie', 'sídlisko', 'trieda'], unit: ['posch', 'poschodie', 'byt', 'č', 'poschodie', 'vchod', 'izba', 'ubytovňa', 'internát', 'súp', 'sup'] },
  names: { titles: ['mgr', 'мгр', 'judr', 'mudr', 'ppráp', 'npráp', 'práp', 'pprap', 'nprap', 'prap', 'kpt', 'mjr', 'por', 'npor', 'ppor', 'inšpektor', 'policajt', 'policajtka'], endings: ['ová', 'ova', 'ský', 'ská', 'cký', 'cká', 'ák', 'ík', 'ec'], given: ['Ruža', 'Ružena', 'Ruženka', 'Ružka', 'Ружа', 'Ружена', 'Ружка', 'Ярка', 'Zuzka', 'Зузка', 'Terézia', 'Тереза', 'Терезия', 'Deniska', 'Дениска', 'Sabína', 'Sabina', 'Bibiána', 'Gabika', 'Габика', 'Evka', 'Marienka', 'Jarka', 'Mirka', 'Мирка', 'Kristínka', 'Ladislav', 'Luboš', 'Juraj', 'Štefan', 'Róbert', 'Ľubomír', 'Rastislav', 'Marián', 'Lacko', 'Mária', 'Anna', 'Zuzana', 'Katarína', 'Eva', 'Jana', 'Monika', 'Lucia', 'Simona', 'Veronika', 'Peter', 'Ján', 'Jozef', 'Michal', 'Martin', 'Tomáš', 'Marek', 'Lukáš', 'Dušan', 'Milan', 'Zuzka', 'Janka', 'Katka', 'Majka', 'Mišo', 'Jožo', 'Dagmar', 'Dáša', 'Jarmila', 'Ľubica', 'Lubica', 'Ivana', 'Alena', 'Silvia', 'Kvetoslava', 'Bohdana', 'Мартин'] },
  notNames: ['deň', 'ústavy', 'január', 'február', 'marec', 'apríl', 'máj', 'jún', 'júl', 'august', 'september', 'október', 'november', 'december', 'pondelok', 'utorok', 'streda', 'štvrtok', 'piatok', 'sobota', 'nedeľa', 'vianoce', 'dušičky', 'januára', 'februára', 'marca', 'apríla', 'júna', 'júla', 'augusta', 'septembra', 'októbra', 'novembra', 'decembra'],
  institutions: ['polícia', 'oddelenie', 'nemocnica', 'stanica', 'súd', 'úrad'],
  places: ['Ubľa', 'Ubla', 'Veľké Slemence', 'Velke Slemence', 'Snina', 'Humenné', 'Humenne', 'Sobrance', 'Šaca', 'Saca', 'Прешов', 'Жилина', 'Нитра', 'Трнава', 'Вышне Немецке', 'Vyšné Nemecké', 'Vysne Nemecke', 'Banská Bystrica', 'Banska Bystrica', 'Poprad', 'Попрад', 'Komárno', 'Komarno', 'Комарно', 'Michalovce', 'Михаловце', 'Petržalka', 'Petrzalka', 'Петржалка', 'Братислава', 'Кошице', 'Bratislava', 'Košice', 'Kosice', 'Prešov', 'Presov', 'Žilina', 'Zilina', 'Nitra', 'Trnava', 'Krompachy', 'Кромпахи', 'Trebišov', 'Trebisov', 'Требишов', 'Требишове', 'Sečovce', 'Сечовце', 'Solivar', 'Luník', 'Lunik', 'Spišská Nová Ves', 'Stará Tehelňa', 'Jarovnice', 'Rudňany', 'Moldava nad Bodvou', 'Sabinov', 'Сабинов', 'Plavecký Štvrtok', 'Plavecky Stvrtok', 'Rimavská Sobota', 'Lučenec', 'Lucenec', 'Hlohovec', 'Piešťany', 'Piestany', 'Trenčín', 'Trencin', 'Тренчин', 'Тренчином'],
  vehicleWords: ['auto', 'aute', 'vozidl', 'EČV'],
};
