import type { CountryPack } from './country-pack';

/** Estonia. */
export const EE: CountryPack = {
  country: 'EE',
  name: 'Estonia',
  phone: { trunk: null, national: true },
  identityNumbers: [{ validator: 'baltic', context: ['isikukood', 'isikukoodi'] }],
  plates: [
    { pattern: String.raw`\d{3}\s?[A-Z]{3}`, standalone: false },
  ],
  address: { afterName: ['tn', 'mnt', 'pst', 'tänav', 'maantee', 'puiestee', 'tee', 'мнт', 'тн', 'пст'], street: ['tn', 'tänav', 'mnt', 'мнт', 'тн', 'пст', 'maantee', 'pst', 'puiestee', 'tee', 'väljak', 'põik'], unit: ['k', 'korter', 'ühiselamu', 'tuba'] },
  names: { endings: ['son', 'mäe', 'oja', 'salu', 'lepp'], given: ['Merle', 'Pille', 'Siim', 'Marten', 'Märten', 'Mari', 'Kadri', 'Kati', 'Piret', 'Tiina', 'Kristiina', 'Liis', 'Maarja', 'Triin', 'Anu', 'Jaan', 'Andres', 'Toomas', 'Peeter', 'Margus', 'Rein', 'Tõnu', 'Indrek', 'Kalle', 'Meelis', 'Kristi', 'Kaie', 'Kairi', 'Merike', 'Helen', 'Liina', 'Kersti', 'Ülle', 'Sirje', 'Tiiu', 'Reet', 'Kaja', 'Urmas', 'Priit', 'Tarmo', 'Kristjan', 'Кайе', 'Кристи', 'Пирет', 'Тийна', 'Кадри', 'Марью', 'Kätlin', 'Katlin', 'Kaia', 'Mihhail', 'Aune'] },
  commonWords: ['кренгольмская', 'кренгольмской', 'kreenholm'],
  notNames: ['jaanuar', 'veebruar', 'märts', 'aprill', 'mai', 'juuni', 'juuli', 'august', 'september', 'oktoober', 'november', 'detsember', 'esmaspäev', 'teisipäev', 'kolmapäev', 'neljapäev', 'reede', 'laupäev', 'pühapäev', 'jaanipäev', 'jaaniõhtu', 'jõulud', 'lihavõtted', 'võidupüha', 'яанипяэв', 'яанипяэва', 'яанипяэве'],
  institutions: ['politsei', 'politseijaoskond', 'haigla', 'jaam', 'prefektuur', 'kohus'],
  places: ['Нарвы', 'Нарве', 'Annelinn', 'Lasnamäe', 'Ласнамяэ', 'Mustamäe', 'Мустамяэ', 'Kopli', 'Копли', 'Таллин', 'Таллинн', 'Нарва', 'Тарту', 'Tallinn', 'Tartu', 'Narva', 'Pärnu', 'Parnu', 'Kohtla-Järve', 'Maardu', 'Põhja-Tallinn', 'Kristiine', 'Haabersti', 'Кохтла-Ярве', 'Йыхви', 'Jõhvi', 'Johvi', 'Силламяэ', 'Sillamäe', 'Sillamae', 'Пярну', 'Маарду', 'Сааремаа', 'Saaremaa', 'Haapsalu', 'Хаапсалу', 'Viljandi', 'Вильянди', 'Rakvere', 'Раквере', 'Valga', 'Валга', 'Kadriorg', 'Кадриорг', 'Kesklinn', 'Кесклинн', 'Pirita', 'Пирита', 'Nõmme', 'Nomme', 'Õismäe', 'Väike-Õismäe', 'Kalamaja', 'Kalamajas', 'Mustvee', 'Ida-Viru', 'Ида-Вирумаа', 'Pelgulinn', 'Lasnamäel', 'Paldiski', 'Палдиски', 'Harku'],
  vehicleWords: ['auto', 'numbrimärk'],
};
