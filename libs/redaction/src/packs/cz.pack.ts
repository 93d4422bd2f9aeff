import type { CountryPack } from './country-pack';

/** Czechia. */
export const CZ: CountryPack = {
  country: 'CZ',
  name: 'Czechia',
  phone: { trunk: '0', national: true },
  identityNumbers: [{ validator: 'rodne-cislo', context: ['rodné číslo', 'rodne cislo', 'r.č.', 'rč'] }],
  plates: [
    { pattern: String.raw`\d[A-Z]\d\s?\d{4}`, standalone: true },
    { pattern: String.raw`\d[A-Z]{2}\s?\d{4}`, standalone: false },
  ],
  address: { street: ['ulice', 'ul', 'nám', 'náměstí', 'namesti', 'třída', 'trida', 'nábřeží', 'nabrezi', 'sídliště', 'sidliste'], unit: ['byt', 'č', 'č.p', 'c.p', 'patro', 'vchod', 'pokoj', 'ubytovna', 'koleje'] },
  names: { titles: ['pane', 'paní', 'pprap', 'nprap', 'prap', 'strm', 'nstrm', 'kpt', 'mjr', 'por', 'npor', 'ppor', 'inspektor', 'inspektorka', 'policista', 'policistka', 'strážník', 'strážníci', 'mudr', 'judr', 'mgr', 'мгр', 'мудр', 'юдр', 'bc', 'ing', 'phdr', 'rndr'], endings: ['ová', 'ova', 'ský', 'ská', 'cký', 'cká', 'ák', 'ík'], given: ['Libuše', 'Vlasta', 'Šárka', 'Alžběta', 'Jiřina', 'Romana', 'Iveta', 'Jakub', 'Ярмила', 'Либуше', 'Шарка', 'Маркета', 'Lacko', 'Pavla', 'Klára', 'Václav', 'Ondřej', 'Radek', 'Vojtěch', 'Jirka', 'Franta', 'Tonda', 'Venca', 'Pepík', 'Miluška', 'Miluše', 'Láďa', 'Laďa', 'Bára', 'Barbora', 'Verunka', 'Kačka', 'Maruška', 'Eliška', 'Anička', 'Terezka', 'Hanka', 'Olinka', 'Jana', 'Eva', 'Hana', 'Anna', 'Lenka', 'Kateřina', 'Lucie', 'Věra', 'Petra', 'Markéta', 'Tereza', 'Michaela', 'Jiří', 'Jan', 'Petr', 'Josef', 'Pavel', 'Martin', 'Tomáš', 'Jaroslav', 'Miroslav', 'Zdeněk', 'Honza', 'Pepa', 'Míša', 'Káťa', 'Terka', 'Verča', 'Lucka', 'Peťa', 'Jarda', 'Mirek', 'Dagmar', 'Dáša', 'Jitka', 'Ivana', 'Alena', 'Marie', 'Zdeňka', 'Radka', 'Bohdana', 'Blanka', 'Sněžana', 'Snezana'] },
  notNames: ['leden', 'únor', 'březen', 'duben', 'květen', 'červen', 'červenec', 'srpen', 'září', 'říjen', 'listopad', 'prosinec', 'pondělí', 'úterý', 'středa', 'čtvrtek', 'pátek', 'sobota', 'neděle', 'velikonoce', 'vánoce', 'dušičky', 'ledna', 'února', 'března', 'dubna', 'května', 'června', 'července', 'srpna', 'října', 'listopadu', 'prosince', 'lednu', 'únoru', 'březnu', 'dubnu', 'květnu', 'červnu', 'červenci', 'srpnu', 'říjnu', 'prosinci'],
  institutions: ['městský', 'městského', 'městském', 'krajský', 'krajského', 'krajském', 'okresní', 'okresního', 'obvodní', 'obvodního', 'nejvyšší', 'služebna', 'sluzebna', 'policie', 'oddělení', 'nemocnice', 'nádraží', 'soud', 'úřad', 'městská', 'městské', 'mestska'],
  places: ['Rozvadov', 'Розвадов', 'Карловых Варах', 'Усти', 'Ústí', 'Ústi', 'Děčín', 'Decin', 'Děčíně', 'Aš', 'Varnsdorf', 'Rumburk', 'Jablonec nad Nisou', 'Vaňkovka', 'Vankovka', 'Aš', 'Brně', 'Brne', 'Petrovice', 'Карловы Вары', 'Karlovy Vary', 'Пльзень', 'Оломоуц', 'Либерец', 'Теплице', 'Усти-над-Лабем', 'Ústí nad Labem', 'Usti nad Labem', 'České Budějovice', 'Ceske Budejovice', 'Hradec Králové', 'Pardubice', 'Пардубице', 'Zlín', 'Jihlava', 'Cínovec', 'Cinovec', 'Sokolov', 'Cheb', 'Хеб', 'Прага', 'Брно', 'Острава', 'Praha', 'Prague', 'Brno', 'Ostrava', 'Plzeň', 'Plzen', 'Liberec', 'Olomouc', 'Žižkov', 'Zizkov', 'Smíchov', 'Teplice', 'Cheb', 'Dubí', 'Rajhrad', 'Pohořelice', 'Mikulov', 'Břeclav', 'Znojmo', 'Hatě', 'Humpolec', 'Гумполец', 'Velké Meziříčí', 'Velke Mezirici', 'Велке Мезиржичи', 'Svojkovice', 'Mlýnec', 'Stříbro', 'Stribro', 'Bělá-Jezová', 'Bela-Jezova'],
  vehicleWords: ['auto', 'autě', 'autem', 'vůz', 'vozidl', 'SPZ'],
};
