import type { CountryPack } from './country-pack';

/** Lithuania. */
export const LT: CountryPack = {
  country: 'LT',
  name: 'Lithuania',
  phone: { trunk: '8', national: false },
  identityNumbers: [{ validator: 'baltic', context: ['asmens kodas', 'a.k.'] }],
  plates: [
    { pattern: String.raw`[A-Z]{3}[\s-]?\d{3}`, standalone: false },
  ],
  address: { afterName: ['gatvė', 'gatve', 'prospektas', 'alėja', 'plentas', 'skersgatvis'], street: ['g', 'gatvė', 'gatve', 'pr', 'prospektas', 'al', 'alėja', 'aleja', 'pl', 'plentas', 'skg', 'skersgatvis', 'a', 'aikštė'], unit: ['kamb', 'kambarys', 'b', 'butas', 'k', 'korpusas', 'bendrabutis', 'kambarys'] },
  names: { endings: ['ienė', 'iene', 'aitė', 'aite', 'ytė', 'yte', 'utė', 'ūtė', 'auskas', 'auskienė', 'evičius', 'avičius', 'onis', 'ūnas', 'aitis', 'ytis'], given: ['Vaida', 'Agnė', 'Indrė', 'Ramunė', 'Ramune', 'Egidijus', 'Jurga', 'Рамуне', 'Ирена', 'Irena', 'Austėja', 'Austeja', 'Mantas', 'Gita', 'Rūta', 'Asta', 'Jurgita', 'Inga', 'Lina', 'Daiva', 'Vilma', 'Rasa', 'Aistė', 'Eglė', 'Jonas', 'Tomas', 'Mindaugas', 'Darius', 'Andrius', 'Paulius', 'Vytautas', 'Saulius', 'Ramūnas', 'Audrius', 'Danutė', 'Danute', 'Дануте', 'Birutė', 'Birute', 'Бируте', 'Gintarė', 'Gintare', 'Гинтаре', 'Eglė', 'Эгле', 'Giedrė', 'Гедре', 'Laima', 'Лайма', 'Jūratė', 'Юрате', 'Dalia', 'Živilė', 'Живиле', 'Kristina', 'Ieva', 'Иева', 'Greta', 'Goda', 'Ugnė', 'Угне', 'Gabija', 'Габия', 'Rimantas', 'Римантас', 'Žydrūnas', 'Arūnas', 'Арунас', 'Kęstutis', 'Кястутис', 'Algirdas', 'Альгирдас', 'Gediminas', 'Гедиминас', 'Linas', 'Линас', 'Даниелюс', 'Danielius', 'Dainius', 'Justina', 'Žilvinas', 'julius'] },
  notNames: ['sausis', 'vasaris', 'kovas', 'balandis', 'gegužė', 'birželis', 'liepa', 'rugpjūtis', 'rugsėjis', 'spalis', 'lapkritis', 'gruodis', 'pirmadienis', 'antradienis', 'trečiadienis', 'ketvirtadienis', 'penktadienis', 'šeštadienis', 'sekmadienis', 'joninės', 'joninių', 'jonines', 'kūčios', 'kalėdos', 'velykos', 'užgavėnės', 'йонинес', 'liepos', 'rugpjūčio', 'sausio', 'vasario', 'kovo', 'balandžio', 'gegužės', 'birželio', 'rugsėjo', 'spalio', 'lapkričio', 'gruodžio'],
  institutions: ['policija', 'policijos', 'komisariatas', 'ligoninė', 'stotis', 'departamentas', 'teismas'],
  places: ['Naugarduko', 'Наугардуко', 'Вильнюс', 'Каунас', 'Клайпеда', 'Vilnius', 'Kaunas', 'Klaipėda', 'Klaipeda', 'Šiauliai', 'Siauliai', 'Panevėžys', 'Panevezys', 'Шяуляй', 'Паневежис', 'Alytus', 'Алитус', 'Marijampolė', 'Marijampole', 'Мариямполе', 'Utena', 'Утена', 'Утены', 'Утене', 'Утену', 'Visaginas', 'Висагинас', 'Palanga', 'Паланга', 'Vilijampolė', 'Vilijampole', 'Naujamiestis', 'Šnipiškės', 'Snipiskes', 'Шнипишкес', 'Žirmūnai', 'Zirmunai', 'Antakalnis', 'Naujininkai', 'Naujininkų', 'Наужининкай', 'Fabijoniškės', 'Pašilaičiai', 'Šeškinė', 'Justiniškės', 'Lazdynai', 'Karoliniškės', 'Pilaitė', 'Užupis', 'Senamiestis', 'Pabradė', 'Pabrade', 'Пабраде', 'Kalvarijų', 'Kalvarijos', 'Žvėrynas', 'Vilkpėdė', 'Grigiškės', 'Trakai', 'Тракай'],
  vehicleWords: ['automobil', 'mašin', 'numeri'],
};
