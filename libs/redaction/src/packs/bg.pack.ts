import type { CountryPack } from './country-pack';

/** Bulgaria. */
export const BG: CountryPack = {
  country: 'BG',
  name: 'Bulgaria',
  phone: { trunk: '0', national: false },
  identityNumbers: [{ validator: 'egn', context: ['егн', 'egn', 'единен граждански номер'] }],
  plates: [
    { pattern: String.raw`[A-ZАВЕКМНОРСТУХ]{1,2}\s?\d{4}\s?[A-ZАВЕКМНОРСТУХ]{2}`, standalone: true },
  ],
  address: { street: ['ул', 'улица', 'бул', 'булевард', 'к-с', 'комплекс', 'ж.к', 'жк', 'кв', 'квартал', 'пл', 'площад', 'ul', 'ulitsa', 'bul', 'zh.k', 'jk', 'kv'], unit: ['entr', 'entrance', 'бл', 'блок', 'вх', 'вход', 'ет', 'етаж', 'ап', 'апартамент', '№', 'bl', 'vh', 'et', 'ap', 'общежитие', 'стая'] },
  names: { endings: ['ов', 'ова', 'ев', 'ева', 'ски', 'ска', 'ova', 'eva', 'ski', 'ska'], given: ['Sevdalina', 'Sevda', 'Севда', 'Севдалина', 'Velichka', 'Величка', 'Petya', 'Петя', 'Mariyka', 'Марийка', 'Kremena', 'Кремена', 'Neli', 'Нели', 'Denitsa', 'Деница', 'Ралица', 'Ralitsa', 'Светла', 'Svetla', 'Светлана', 'Rumyana', 'Румяна', 'Rumiana', 'Tsveti', 'Desi', 'Gergana', 'Цвети', 'Деси', 'Гергана', 'Мария', 'Иванка', 'Елена', 'Йорданка', 'Пенка', 'Даниела', 'Десислава', 'Цветелина', 'Ваня', 'Силвия', 'Иван', 'Георги', 'Димитър', 'Николай', 'Петър', 'Христо', 'Стоян', 'Тодор', 'Ангел', 'Пешо', 'Гошо', 'Митко', 'Ники', 'Цеци', 'Ани', 'Дани', 'Snezha', 'Kiro', 'Zyumbyul', 'Sabrie', 'Remzi', 'Nurten', 'Ferie', 'Aishe', 'Aliye', 'Sevgi', 'Gery', 'Mariela', 'Zornitsa', 'Зорница', 'Miglena', 'Миглена', 'Nevena', 'Невена', 'Vesela', 'Stoyanka', 'Ventsislav', 'Венцислав', 'Svetoslav', 'Светослав', 'Krasimir', 'Красимир', 'Lyubomir', 'Любомир', 'Kiril', 'Кирил', 'Danche', 'Данче', 'Dancho', 'Данчо', 'Boryana', 'Боряна', 'Kalina', 'Dimitrina', 'Димитрина', 'Silviya', 'Emiliya', 'Емилия', 'Iliyana', 'Илияна', 'Nikolina', 'Николина', 'Tsvetanka', 'Цветанка', 'Vili', 'Вили', 'Kostadin', 'Костадин', 'Zlatka', 'Златка', 'Sevdalin', 'Севдалин', 'Tsvetelina', 'Stoyan', 'Hristo', 'Dobromir', 'Добромир', 'Radostina', 'Радостина', 'Desislava', 'Мариела', 'Yoana', 'Йоана', 'Yoanna'] },
  notNames: ['Благовещение', 'Blagoveshtenie', 'Ивановден', 'Ивановдена', 'Ivanovden', 'Zarezan', 'Зарезан', 'януари', 'февруари', 'март', 'април', 'май', 'юни', 'юли', 'август', 'септември', 'октомври', 'ноември', 'декември', 'понеделник', 'вторник', 'сряда', 'четвъртък', 'петък', 'събота', 'неделя', 'гергьовден', 'gergyovden', 'великден', 'velikden', 'коледа', 'koleda', 'никулден', 'nikulden', 'бабинден', 'мартеница', 'цветница', 'tsvetnitsa', 'гергьовден', 'gergyovden', 'никулден', 'nikulden'],
  institutions: ['полиция', 'районно', 'управление', 'закон', 'болница', 'съд', 'прокуратура'],
  places: ['Солнечный Берег', 'Слънчев бряг', 'Sunny Beach', 'Bankya', 'Банкя', 'София', 'Sofia', 'Пловдив', 'Plovdiv', 'Варна', 'Varna', 'Бургас', 'Burgas', 'Русе', 'Ruse', 'Сливен', 'Sliven', 'Люлин', 'Столипиново', 'Stolipinovo', 'Ямбол', 'Yambol', 'Стара Загора', 'Stara Zagora', 'Плевен', 'Pleven', 'Бусманци', 'Busmantsi', 'Капитан Андреево', 'Kapitan Andreevo', 'Хасково', 'Haskovo', 'Благоевград', 'Blagoevgrad', 'Пазарджик', 'Pazardzhik', 'Шумен', 'Shumen', 'Добрич', 'Dobrich', 'Fakulteta', 'Факултета', 'Izgrev', 'Изгрев', 'Изток', 'Raina Knyaginya', 'Provadia', 'Провадия', 'Asparuhovo', 'Аспарухово', 'Vladislav Varnenchik', 'Владислав Варненчик', 'Lozenets', 'Лозенец', 'Mladost', 'Младост', 'Lyulin', 'Petrich', 'Петрич', 'Sandanski', 'Сандански', 'Gotse Delchev', 'Гоце Делчев', 'Kulata', 'Kresna', 'Kotel', 'Котел'],
  vehicleWords: ['колата', 'кола', 'автомобил', 'номер'],
};
