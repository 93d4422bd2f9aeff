import type { CountryPack } from './country-pack';

/** Poland. */
export const PL: CountryPack = {
  country: 'PL',
  name: 'Poland',
  phone: { trunk: '0', national: true },
  identityNumbers: [{ validator: 'pesel', context: ['pesel', 'песель', 'песеля', 'песелю', 'песелем', 'песэль'] }],
  plates: [
    { pattern: String.raw`[A-Z]{2,3}\s?[0-9A-Z]{4,5}`, standalone: false },
  ],
  address: { afterName: ['ulica'], street: ['ul', 'ulica', 'al', 'aleja', 'aleje', 'os', 'osiedle', 'pl', 'plac', 'rondo', 'skwer'], unit: ['pok', 'pokój', 'm', 'м', 'mieszkanie', 'lok', 'lokal', 'kl', 'klatka', 'piętro', 'pokój', 'akademik', 'hotel robotniczy'] },
  names: { titles: ['pani', 'pan', 'sierż', 'sierżant', 'asp', 'aspirant', 'post', 'posterunkowy', 'kom', 'komisarz', 'nadkom', 'podkom', 'szt', 'sztab', 'mł', 'młodszy', 'st', 'por', 'porucznik', 'ppor', 'kpt', 'kapitan', 'mjr', 'major', 'chor', 'chorąży', 'kpr', 'kapral', 'strażnik', 'strażnika', 'strażnicy', 'straznik'], endings: ['ski', 'ska', 'cki', 'cka', 'dzki', 'dzka', 'wicz', 'owicz', 'ewicz', 'czyk', 'czuk', 'iak'], given: ['Marysia', 'Marysi', 'Marysię', 'Marysią', 'Агнешка', 'Mariusz', 'Ewka', 'Magda', 'Justyna', 'Olka', 'Iwona', 'Dorota', 'Beata', 'Przemysław', 'Przemek', 'Anna', 'Maria', 'Katarzyna', 'Małgorzata', 'Agnieszka', 'Barbara', 'Ewa', 'Krystyna', 'Magdalena', 'Joanna', 'Aleksandra', 'Monika', 'Piotr', 'Krzysztof', 'Andrzej', 'Tomasz', 'Paweł', 'Michał', 'Marcin', 'Kasia', 'Gosia', 'Asia', 'Basia', 'Ola', 'Madzia', 'Kuba', 'Bartek', 'Wojtek', 'Staszek', 'Zosia'] },
  notNames: ['boże', 'ciało', 'wszystkich', 'świętych', 'zaduszki', 'wielkanoc', 'styczeń', 'luty', 'marzec', 'kwiecień', 'maj', 'czerwiec', 'lipiec', 'sierpień', 'wrzesień', 'październik', 'listopad', 'grudzień', 'poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela', 'wigilia', 'wigilię', 'wigilii', 'andrzejki', 'wielkanoc', 'zaduszki', 'mikołajki', 'dożynki', 'stycznia', 'lutego', 'marca', 'kwietnia', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
  institutions: ['plac', 'osiedle', 'komenda', 'komisariat', 'policja', 'policji', 'straż', 'szpital', 'sąd', 'dworzec', 'prokuratura', 'urząd', 'urzędu', 'urzędzie', 'urzad', 'urzedu', 'wojewódzki', 'wojewódzkiego', 'wojewodzki', 'komendy', 'komendzie', 'sądu', 'sądzie', 'straży', 'ośrodek', 'ośrodka', 'gmina', 'gminy'],
  places: ['Zgorzelec', 'Згожелец', 'Згожельце', 'Згожельца', 'Bogatynia', 'Богатыня', 'Богатыне', 'Jelenia Góra', 'Еленя-Гура', 'Еленей-Гуре', 'Zabobrza', 'Cieszyn', 'Цешин', 'Цешине', 'Тешине', 'Torwar', 'Торвар', 'Торвара', 'Słubice', 'Slubice', 'Kunowice', 'Пшемысль', 'Przemyśl', 'Przemysl', 'Жешув', 'Rzeszów', 'Rzeszow', 'Люблин', 'Щецин', 'Быдгощ', 'Bydgoszcz', 'Торунь', 'Toruń', 'Torun', 'Белосток', 'Białystok', 'Bialystok', 'Ополе', 'Opole', 'Кельце', 'Kielce', 'Ольштын', 'Olsztyn', 'Ченстохова', 'Częstochowa', 'Czestochowa', 'Гливице', 'Gliwice', 'Катовице', 'Лодзь', 'Познань', 'Гдыня', 'Gdynia', 'Сопот', 'Sopot', 'Хелм', 'Chełm', 'Дорохуск', 'Dorohusk', 'Medyka', 'Медыка', 'Praga-Północ', 'Варшава', 'Краков', 'Вроцлав', 'Гданьск', 'Warszawa', 'Warsaw', 'Kraków', 'Krakow', 'Łódź', 'Lodz', 'Wrocław', 'Wroclaw', 'Poznań', 'Poznan', 'Gdańsk', 'Gdansk', 'Szczecin', 'Lublin', 'Katowice', 'Podgórze', 'Podgorze', 'Nowa Huta', 'Nowej Hucie', 'Sosnowiec', 'Trójmiasto', 'Stary Browar', 'Ząbkowska'],
  vehicleWords: ['samochód', 'samochodzie', 'samochodu', 'auto', 'rejestracj'],
};
