import type { CountryPack } from './country-pack';

/** North Macedonia. */
export const MK: CountryPack = {
  country: 'MK',
  name: 'North Macedonia',
  phone: { trunk: '0', national: false },
  identityNumbers: [{ validator: 'jmbg', context: ['embg', 'ембг', 'матичен број'] }],
  plates: [
    { pattern: String.raw`[A-ZČŠŽ]{2}\s?\d{3,4}\s?[A-Z]{1,2}`, standalone: false },
  ],
  address: { street: ['ul', 'ulica', 'ул', 'улица', 'bul', 'бул', 'булевар', 'bulevar', 'naselba', 'населба'], unit: ['zgrada', 'зграда', 'br', 'бр', 'broj', 'број', 'stan', 'стан', 'vlez', 'влез', 'vl', 'вл', 'kat', 'кат'] },
  names: { endings: ['ski', 'ska', 'ovski', 'evski', 'ov', 'ova', 'ev', 'eva', 'ски', 'ска', 'овски', 'евски'], given: ['Ленче', 'Lenche', 'Елица', 'Elica', 'Ангела', 'Цеца', 'Марија', 'Violeta', 'Виолета', 'Ema', 'Ема', 'Lea', 'Леа', 'Fatmire', 'Dzhemile', 'Ana', 'Elena', 'Marija', 'Biljana', 'Jasmina', 'Vesna', 'Snežana', 'Katerina', 'Aleksandra', 'Ivana', 'Goran', 'Zoran', 'Nikola', 'Dejan', 'Vlatko', 'Igor', 'Aco', 'Ace', 'Cvete', 'Dime', 'Bajram', 'Gjorgji', 'Ljupčo', 'Kire', 'Dimitar', 'Muamet'] },
  notNames: ['јануари', 'февруари', 'март', 'април', 'мај', 'јуни', 'јули', 'август', 'септември', 'октомври', 'ноември', 'декември', 'januari', 'fevruari', 'илинден', 'ilinden', 'велигден', 'veligden', 'водици', 'vodici', 'василица', 'vasilica', 'ederlezi', 'herdelezi', 'едерлези', 'херделези', 'хедерлези'],
  institutions: ['полиција', 'станица', 'одделение', 'болница', 'суд', 'policija', 'stanica'],
  places: ['Топаана', 'Topaana', 'Гази Баба', 'Gazi Baba', 'Средорек', 'Sredorek', 'Миладиновци', 'Miladinovci', 'Чаир', 'Čair', 'Cair', 'Бит Пазар', 'Bit Pazar', 'Аеродром', 'Gevgelija', 'Гевгелија', 'Гевгелия', 'Делчево', 'Delčevo', 'Кочани', 'Kočani', 'Шуто Оризари', 'Šuto Orizari', 'Suto Orizari', 'Оризари', 'Orizari', 'Скопье', 'Битола', 'Охрид', 'Skopje', 'Скопје', 'Bitola', 'Kumanovo', 'Prilep', 'Tetovo', 'Ohrid', 'Struga', 'Gostivar', 'Куманово', 'Тетово', 'Прилеп', 'Штип', 'Štip', 'Stip', 'Велес', 'Veles', 'Струмица', 'Strumica', 'Kavadarci', 'Šuto Orizari', 'Шуто Оризари', 'Trizla', 'Тризла', 'Tabanovce', 'Табановце', 'Kočani', 'Kocani', 'Кочани', 'Vinica', 'Probištip', 'Probistip', 'Karbinci', 'Suto Orizari'],
  vehicleWords: ['автомобил', 'возило', 'кола'],
};
