import type { CountryPack } from './country-pack';

/** Russia. */
export const RU: CountryPack = {
  country: 'RU',
  name: 'Russia',
  phone: { trunk: '8', national: true },
  identityNumbers: [{ validator: 'inn', context: ['инн', 'inn'] }, { validator: 'snils', context: ['снилс', 'snils'] }],
  plates: [
    { pattern: String.raw`[АВЕКМНОРСТУХABEKMHOPCTYX]\s?\d{3}\s?[АВЕКМНОРСТУХABEKMHOPCTYX]{2}\s?(?:\d{2,3}|RUS)`, standalone: true },
    // In lower case, as hurried notes write it: only without spaces (в 100 км 20 минут is no plate).
    // (The region may follow after a space, "о718ет 154": the letters and digits before it are glued.)
    { pattern: String.raw`[авекмнорстухabekmhopctyx]\d{3}[авекмнорстухabekmhopctyx]{2}\s?\d{2,3}`, standalone: true },
    // (With spaces everywhere only after a car is mentioned: "машина опера — о 418 кт 178".)
    { pattern: String.raw`[авекмнорстух]\s\d{3}\s[авекмнорстух]{2}\s\d{2,3}`, standalone: false },
  ],
  address: { street: ['ул', 'улица', 'пр', 'пр-т', 'пр-те', 'пр-та', 'пр-ту', 'просп', 'проспект', 'пер', 'переулок', 'бульвар', 'б-р', 'шоссе', 'ш', 'наб', 'набережная', 'пл', 'площадь', 'тупик', 'проезд', 'тракт', 'мкр', 'микрорайон', 'ulitsa', 'ul', 'prospekt', 'pereulok', 'shosse', 'naberezhnaya', 'proezd', 'sh', 'снт', 'днп', 'днт', 'тсн', 'snt', 'dnp', 'pr'], unit: ['д', 'дом', 'кв', 'квартира', 'корп', 'корпус', 'к', 'стр', 'строение', 'под', 'подъезд', 'эт', 'этаж', 'оф', 'офис', 'комн', 'комната', 'общежитие', 'общага', 'ком', 'kv', 'korp', 'korpus', 'dom', 'kom', 'obshchezhitie', 'obshchaga', 'hostel', 'барак', 'barrack', 'уч', 'участок', 'участке', 'plot', 'лит', 'литера', 'lit'] },
  names: { endings: ['ов', 'ова', 'ев', 'ева', 'ёв', 'ёва', 'ин', 'ина', 'ский', 'ская', 'цкий', 'цкая', 'ович', 'евич', 'овна', 'евна', 'ична'], given: ['Саша', 'Маша', 'Даша', 'Наташа', 'Света', 'Таня', 'Катя', 'Оля', 'Лена', 'Юля', 'Настя', 'Ира', 'Вика', 'Женя', 'Дима', 'Миша', 'Коля', 'Ваня', 'Серёжа', 'Лёша', 'Витя', 'Вова', 'Паша', 'Рома', 'Костя', 'Юра', 'Гоша', 'Лёва', 'Толя', 'Шура', 'Нюра', 'Дуся', 'Муся', 'Люся'] },
  notNames: ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье', 'пасха', 'пасху', 'пасхи', 'пасхе', 'рождество', 'рождества', 'масленица', 'масленицу', 'масленицы', 'ураза', 'уразу', 'уразы', 'сабантуй', 'сабантуя', 'хэллоуин', 'крещение', 'троица', 'троицу', 'пасха', 'пасхи', 'пасхе', 'пасху', 'пасхой'],
  institutions: ['otdel', 'otdela', 'upravlenie', 'politsiya', 'politsii', 'militsiya', 'militsii', 'ovd', 'rovd', 'omvd', 'uvd'],
  places: ['Домодедово', 'Domodedovo', 'Шереметьево', 'Sheremetyevo', 'Внуково', 'Vnukovo', 'Пулково', 'Pulkovo', 'Выхино-Жулебино', 'Выхино', 'Люблино', 'Марьино', 'Бирюлёво', 'Капотня', 'Москва', 'Санкт-Петербург', 'Петербург', 'Новосибирск', 'Екатеринбург', 'Казань', 'Челябинск', 'Омск', 'Самара', 'Ростов', 'Уфа', 'Красноярск', 'Пермь', 'Воронеж', 'Волгоград', 'Краснодар', 'Сочи', 'Moscow', 'Moskva', 'Petersburg', 'Novosibirsk', 'Yekaterinburg', 'Kazan', 'Samara', 'Rostov', 'Krasnoyarsk', 'Krasnodar', 'Sochi'],
  vehicleWords: ['машин', 'авто', 'госномер', 'номера'],
};
