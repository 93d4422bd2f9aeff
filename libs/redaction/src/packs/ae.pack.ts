import type { CountryPack } from './country-pack';

/** United Arab Emirates. */
export const AE: CountryPack = {
  country: 'AE',
  name: 'United Arab Emirates',
  phone: { trunk: '0', national: true },
  plates: [
    { pattern: String.raw`[A-Z]\s?\d{4,5}`, standalone: false },
    // The emirate written before the letter and number: Dubai K 41827, Sharjah 3 12345.
    { pattern: String.raw`(?:Dubai|Abu Dhabi|Sharjah|Ajman|Fujairah|RAK|UAQ)\s(?:[A-Z]{1,2}|\d{1,2})\s?\d{1,5}`, standalone: true },
  ],
  address: { street: ['street', 'st', 'road', 'rd', 'tower', 'towers', 'building', 'bldg', 'residence', 'residences', 'villa', 'compound', 'heights', 'al'], unit: ['flat', 'apt', 'apartment', 'room', 'villa', 'floor', 'labour camp', 'camp', 'accommodation'] },
  names: {
    given: ['Salim', 'Deepak', 'Rajiv', 'Raju', 'Suresh', 'Ramesh', 'Anil', 'Sunil', 'Vijay', 'Manoj', 'Amit', 'Arjun', 'Pooja', 'Lakshmi', 'Bilal', 'Zubair', 'Farhan', 'Karim', 'Abdulrahman', 'Yaqoob', 'Rajeev', 'Prakash', 'Santosh', 'Ganesh', 'Kumar', 'Раджив', 'Дипак', 'Салим', 'Jasmine', 'Khalid', 'Khaled', 'Rashid', 'Rashed', 'Obaid', 'Ubaid', 'Mohammed', 'Mohamed', 'Ahmed', 'Omar', 'Saeed', 'Hamad', 'Hamdan', 'Majid', 'Faisal', 'Yousef', 'Youssef', 'Abdullah', 'Hassan', 'Hussein', 'Salem', 'Juma', 'Mansour', 'Imran', 'Tariq', 'Waleed', 'Nasser', 'Fatima', 'Aisha', 'Mariam', 'Noura', 'Hessa', 'Latifa', 'Shamma', 'Халид', 'Рашид', 'Имран', 'Тарик', 'Насер', 'Маджид', 'Файсал', 'Мохаммед', 'Мухаммед', 'Салем'],
  },
  places: ['Doha', 'Доха', 'Дохе', 'Дохи', 'Manama', 'Манама', 'Манаме', 'Манамы', 'Bahrain', 'Бахрейн', 'Бахрейне', 'Дубай', 'Шарджа', 'Аджман', 'Абу-Даби', 'Дейра', 'Dubai', 'Sharjah', 'Ajman', 'Dhabi', 'Deira', 'Karama', 'Barsha', 'Nahda', 'Qusais', 'Fujairah', 'Quoz', 'Ain', 'Satwa', 'Rigga', 'Jaddaf', 'Warqa', 'Mizhar', 'Garhoud', 'Jumeirah', 'Muhaisnah', 'Rashidiya', 'Барша', 'Барше', 'Куоз', 'Айн', 'Карама', 'Сатва', 'Мухайсна', 'Аль-Мухайсна', 'Мухайсне', 'Muraqqabat', 'Мураккабат', 'Nuaimiya', 'Нуаймия', 'Нуаймии', 'Ras', 'Рас', 'Нахда', 'Кусейс', 'Рашидия', 'Baniyas', 'Бания', 'International City', 'Интернешнл Сити', 'Jebel Ali', 'Джебель Али', 'Аджмане', 'Шардже', 'Mirdif', 'Tecom', 'Al Mankhool', 'Mankhool', 'Al Nahda', 'Al Ras', 'Naif', 'Al Qusais', 'Al Karama', 'Bur Dubai', 'Al Barsha'],
  vehicleWords: ['car'],
};
