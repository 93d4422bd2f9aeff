import type { CountryPack } from './country-pack';

/** Belarus. */
export const BY: CountryPack = {
  country: 'BY',
  name: 'Belarus',
  phone: { trunk: '8', national: true },
  plates: [
    { pattern: String.raw`\d{4}\s?[A-ZАВЕІКМНОРСТХ]{2}-\d`, standalone: true },
  ],
  address: { street: ['вул', 'вуліца', 'ул', 'пр-т', 'праспект', 'завулак', 'шаша'], unit: ['д', 'кв', 'корп', 'інтэрнат', 'общежитие'] },
  names: { endings: ['ич', 'ович', 'евич', 'ский', 'ская', 'ёнак', 'ёнок', 'enak', 'ich', 'ovich'], given: ['Sviatlana', 'Katsiaryna', 'Palina', 'Viktoryia', 'Valiantsina', 'Lizaveta', 'Veranika', 'Ihar', 'Artsiom', 'Aliaksei', 'Illia', 'Hleb', 'Святлана', 'Кацярына', 'Паліна', 'Вікторыя', 'Валянціна', 'Лізавета', 'Вераніка', 'Ігар', 'Арцём', 'Аляксей', 'Ілля', 'Глеб', 'Tatsiana', 'Aliaksandra', 'Volha', 'Natallia', 'Siarhei', 'Aliaksandr', 'Mikalai', 'Yauhen', 'Yauheniya', 'Kanstantsin', 'Viktar', 'Raman', 'Тацяна', 'Аляксандра', 'Сяргей', 'Аляксандр', 'Мікалай', 'Яўген', 'Канстанцін', 'Віктар', 'Dzmitry', 'Дзмітрый', 'Zmitser', 'Алеся', 'Алена', 'Вольга', 'Ганна', 'Кася', 'Янка', 'Алесь', 'Ясь', 'Міхась', 'Уладзімір'] },
  notNames: ['студзень', 'люты', 'сакавік', 'красавік', 'травень', 'чэрвень', 'ліпень', 'жнівень', 'верасень', 'кастрычнік', 'лістапад', 'снежань', 'купалле', 'kupalle', 'дзяды', 'dziady', 'каляды', 'kaliady', 'вялікдзень'],
  places: ['Минск', 'Гомель', 'Могилёв', 'Могилев', 'Витебск', 'Гродно', 'Брест', 'Minsk', 'Homel', 'Gomel', 'Mogilev', 'Vitebsk', 'Grodno', 'Hrodna', 'Brest', 'Mahilioŭ', 'Mahiliou', 'Viciebsk', 'Viсiebsk', 'Homiel', 'Babrujsk', 'Бобруйск', 'Bobruisk', 'Baranavichy', 'Барановичи', 'Pinsk', 'Пинск', 'Barysaŭ', 'Mazyr', 'Мозырь', 'Salihorsk', 'Солигорск', 'Maladziečna', 'Молодечно', 'Polatsk', 'Полоцк', 'Navapolatsk', 'Новополоцк', 'Zhlobin', 'Жлобин', 'Svetlahorsk', 'Светлогорск', 'Rechytsa', 'Речица', 'Slutsk', 'Слуцк', 'Zhodzina', 'Жодино', 'Orsha', 'Орша', 'Vitsebsk', 'Mogilyov'],
  vehicleWords: ['машын'],
};
