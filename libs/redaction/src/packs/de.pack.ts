import type { CountryPack } from './country-pack';

/** Germany (a destination country). */
export const DE: CountryPack = {
  country: 'DE',
  name: 'Germany',
  // (Written with its trunk 0 at home: digits without it are left to the region's countries.)
  phone: { trunk: '0', national: false },
  plates: [
    // B-AB 1234, M AB 123, HH-XY 42E: a district code of one to three letters, one or two letters, up to four digits.
    { pattern: String.raw`[A-ZÄÖÜ]{1,3}[-\s][A-Z]{1,2}\s?\d{1,4}[EH]?`, standalone: false },
  ],
  address: {
    // (Not Platz, Weg or Ring alone: Platz 3 is a rank.)
    street: ['straße', 'strasse', 'str', 'allee', 'gasse', 'chaussee', 'штрассе', 'гассе', 'аллее'],
    // Written as one word with the street's name (Lindenstraße, Hauptstr., Kastanienallee).
    streetEndings: ['straße', 'strasse', 'str.', 'weg', 'allee', 'platz', 'gasse', 'damm', 'chaussee', 'штрассе', 'штрасе', 'аллее', 'плац', 'гассе', 'дамм'],
    unit: ['hinterhaus', 'hinterhof', 'vorderhaus', 'seitenflügel', 'hof', 'og', 'eg', 'dg', 'ug', 'links', 'rechts', 'mitte', 'whg', 'wohnung', 'etage', 'stock', 'zimmer', 'zi', 'app', 'hausnr', 'dachgeschoss', 'erdgeschoss', 'obergeschoss', 'untergeschoss', 'souterrain', 'hochparterre', 'parterre'],
  },
  // Police ranks as written in files (PK Schulz, KOK Weber, POKin Hoffmann) and the professions before a name.
  names: { titles: ['frau', 'herr', 'osta', 'ostain', 'sta', 'staatsanwältin', 'oberstaatsanwältin', 'staatsanwalt', 'oberstaatsanwalt', 'phm', 'phmin', 'zoi', 'zoin', 'zi', 'zin', 'ra', 'rain', 'pk', 'pkin', 'pok', 'pokin', 'phk', 'phkin', 'pm', 'pmin', 'pom', 'pomin', 'kk', 'kkin', 'kok', 'kokin', 'khk', 'khkin', 'kor', 'polizeihauptmeister', 'polizeikommissar', 'polizeikommissarin', 'kriminalkommissar', 'kriminalkommissarin', 'kriminaloberkommissar', 'rechtsanwalt', 'rechtsanwältin', 'rechtsanwaeltin', 'dolmetscherin', 'dolmetscher', 'sozialarbeiterin'], given: ['Verena', 'Ursula', 'Birgit', 'Gertrud', 'Till', 'Ronny', 'Anna', 'Julia', 'Lena', 'Laura', 'Sabine', 'Katrin', 'Jana', 'Nina', 'Lisa', 'Sandra', 'Thomas', 'Michael', 'Stefan', 'Andreas', 'Jürgen', 'Uwe', 'Dieter', 'Klaus', 'Jens', 'Sven', 'Svenja', 'Katharina', 'Gerhard', 'Florian', 'Гюнтер', 'Михаэль', 'Томас', 'Erika', 'Frank', 'Wolfgang', 'Günter', 'Manfred', 'Horst', 'Rainer', 'Thorsten', 'Torsten', 'Kai', 'Heike', 'Silke', 'Anke', 'Ute', 'Gabriele', 'Ines', 'Susanne', 'Stefanie', 'Detlef', 'Holger', 'Ralf', 'Volker', 'Jörg', 'Matthias', 'Tobias', 'Benedikt', 'Moritz', 'Jannik', 'Lukas', 'Leonie', 'Sabrina', 'Nadine', 'Jacqueline', 'Mandy', 'Doreen', 'Yvonne', 'Ханс', 'Юрген', 'Клаус', 'Катарина', 'Катарины', 'Катарину', 'Катариной', 'Кэти', 'Маркус', 'Штефан', 'Штефани', 'Йоханнес', 'Вольфганг', 'Дитер', 'Уве', 'Ральф', 'Торстен', 'Свен', 'Бригитта', 'Урсула', 'Габи', 'Габриэле', 'Зигрид', 'Хайке', 'Сабине', 'Зилке', 'Петра'] },
  // Nouns of the setting that German capitalises and narratives quote: never a name.
  commonWords: ['vertriebene', 'vertriebenen', 'woche', 'laufhaus', 'bordell', 'puff', 'wohnung', 'dezernat', 'kripo', 'polizeiwache', 'wache', 'sozialamt', 'gesundheitsamt', 'ordnungsamt',
    'anmeldung', 'strafanzeige', 'anzeige', 'staatsanwaltschaft', 'landgericht', 'prostituiertenschutzgesetz', 'prostschg', 'aufenthaltstitel',
    'duldung', 'freier', 'zuhälter', 'miete', 'kaution', 'ausweis', 'reisepass', 'schulden', 'geld', 'arbeit', 'hilfe', 'frauenhaus', 'tagessatz'],
  notNames: ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
    'ostern', 'weihnachten', 'silvester', 'pfingsten'],
  institutions: ['dienstnummer', 'polizei', 'polizeirevier', 'revier', 'ausländerbehörde', 'jobcenter', 'krankenhaus', 'gericht', 'amtsgericht', 'bahnhof', 'hauptbahnhof', 'beratungsstelle',
    // (Also the last part of a name joined by hyphens: Goethe-Universität, Rudolf-Virchow-Klinikum.)
    'universität', 'klinik', 'klinikum', 'kirche', 'schule', 'gymnasium', 'stadion', 'zentrum', 'charité', 'hilfetelefon', 'ostbahnhof', 'westbahnhof', 'südbahnhof'],
  // (With Switzerland's cities, where the same counselling centres refer women.)
  places: ['Франкфурт-на-Майне', 'Майне', 'St. Georg', 'Kurfürstenstraße', 'Курфюрстенштрассе', 'Bern', 'Basel', 'Luzern', 'Zürich', 'Zurich', 'Winterthur', 'Aussersihl', 'Oerlikon', 'Altstetten', 'Depotweg', 'Langstrasse', 'Langstraße',
    'Цюрих', 'Zürich', 'Zurich', 'Женева', 'Genève', 'Geneva', 'Базель', 'Basel', 'Берн', 'Bern', 'Лозанна', 'Lausanne', 'Langstrasse', 'Cannstatt',
    'Marxloh', 'Schöneberg', 'Шёнеберг', 'Leonhardsviertel', 'Дуйсбург', 'Duisburg', 'Штутгарт', 'Stuttgart', 'Франкфурт', 'Frankfurt', 'Мюнхен',
    'München', 'Гамбург', 'Hamburg', 'Берлин', 'Berlin', 'Кёльн', 'Köln', 'Дортмунд', 'Dortmund', 'Эссен', 'Нюрнберг', 'Nürnberg', 'Лейпциг',
    'Leipzig', 'Дрезден', 'Dresden', 'Дюссельдорф', 'Düsseldorf', 'Zittau', 'Зиттау', 'Görlitz', 'Goerlitz', 'Гёрлиц', 'Герлиц', 'Plauen', 'Плауэн',
    'Weiden', 'Вайден', 'Vogtland', 'Фогтланд', 'Bautzen', 'Бауцен', 'Hof', 'Chemnitz', 'Хемниц', 'Bahnhofsviertel', 'Банхофсфиртель', 'Марцан',
    'Марцане', 'Marzahn', 'Кельн', 'Ганновер', 'Бремен', 'Бонн', 'Bonn', 'Essen', 'Munich', 'Cologne', 'Hannover', 'Bremen', 'Neukölln', 'Kreuzberg', 'Potsdam', 'Cottbus', 'Tempelhof', 'Spandau', 'Reinickendorf',
    'Wedding', 'Mitte', 'St. Pauli',
    // (The Länder and more of the cities and districts where women work.)
    'Saarland', 'Saarbrücken', 'Саарбрюккен', 'Bayern', 'Бавария', 'Sachsen', 'Саксония', 'Нижняя Саксония', 'Niedersachsen', 'Thüringen',
    'Nordrhein-Westfalen', 'Rheinland-Pfalz', 'Schleswig-Holstein', 'Mecklenburg-Vorpommern', 'Sachsen-Anhalt', 'Baden-Württemberg', 'Bochum', 'Бохум',
    'Gelsenkirchen', 'Гельзенкирхен', 'Karlsruhe', 'Карлсруэ', 'Wiesbaden', 'Висбаден', 'Mainz', 'Майнц', 'Bielefeld', 'Билефельд',
    'Wuppertal', 'Duisburg-Marxloh', 'Friedrichshain', 'Charlottenburg', 'Charlottenburg-Wilmersdorf', 'Wilmersdorf', 'Spandau', 'Tiergarten', 'Moabit', 'Hellersdorf', 'Reeperbahn', 'Рипербан',
  ],
  vehicleWords: ['auto', 'wagen', 'kennzeichen', 'fahrzeug', 'kfz', 'nummernschild'],
};
