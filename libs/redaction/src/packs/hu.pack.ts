import type { CountryPack } from './country-pack';

/** Hungary. */
export const HU: CountryPack = {
  country: 'HU',
  name: 'Hungary',
  phone: { trunk: '0', national: false },
  identityNumbers: [{ validator: 'hu-personal', context: ['személyi azonosító', 'személyi szám', 'szemelyi szam', 'személyi', 'szig'] }],
  plates: [
    { pattern: String.raw`[A-Z]{2}\s[A-Z]{2}-\d{3}`, standalone: true },
    { pattern: String.raw`[A-Z]{3}-\d{3}`, standalone: false },
  ],
  address: { afterName: ['utca', 'sugárút', 'út', 'tér', 'körút', 'köz', 'fasor', 'rakpart', 'főút', 'főutca', 'dűlő', 'sétány', 'lépcső', 'udvar'], street: ['utca', 'u', 'sor', 'ker', 'sugárút', 'út', 'útja', 'tér', 'körút', 'krt', 'köz', 'fasor', 'rakpart', 'lakótelep', 'ltp', 'főút', 'főutca', 'dűlő', 'sétány', 'udvar'], unit: ['em', 'emelet', 'ajtó', 'a', 'lph', 'lh', 'lépcsőház', 'épület', 'fsz', 'fszt', 'földszint', 'szoba', 'munkásszálló', 'szálló'] },
  names: {
    // Police ranks, written short after "r." (rendőr): r. törm. Kiss, r. hdgy. Szabó.
    titles: ['rendőr', 'törm', 'ftörm', 'törzsőrmester', 'főtörzsőrmester', 'ftzls', 'főtörzszászlós', 'törzszászlós', 'tzls', 'őrm', 'őrmester', 'hdgy', 'hadnagy', 'fhdgy', 'főhadnagy', 'szds', 'százados', 'őrgy', 'őrnagy', 'zls', 'zászlós', 'alezr', 'ezds'],
    endings: ['né', 'ffy', 'ics', 'ovics', 'ász'],
    // Common surnames that no ending gives away.
    surnames: ['Nagy', 'Kovács', 'Tóth', 'Szabó', 'Horváth', 'Varga', 'Molnár', 'Németh', 'Farkas', 'Balogh', 'Papp', 'Takács', 'Juhász', 'Lakatos', 'Mészáros', 'Oláh', 'Rácz', 'Fekete', 'Szilágyi', 'Török', 'Kiss', 'Szűcs', 'Pintér', 'Bíró', 'Sipos', 'Orsós', 'Rostás', 'Sárközi', 'Kolompár', 'Raffael', 'Balázs', 'Fehér', 'Szalai', 'Kocsis', 'Lukács', 'Bogdán', 'Jónás', 'Kozma', 'Szénási', 'Sztojka', 'Kállai', 'Radics', 'Csányi', 'Hegedűs', 'Szekeres', 'Deák', 'Illés', 'Bálint', 'Dudás', 'Szőke', 'Fodor', 'Soós', 'Szántó', 'Kelemen', 'Suha'],
    given: ['Каталин', 'Dénes', 'Marcsi', 'Dóri', 'Dzsenifer', 'Dzsesszika', 'Vivien', 'Kriszti', 'Rozália', 'Ilona', 'Zsanett', 'Evelin', 'Rebeka', 'Anett', 'Kinga', 'Melinda', 'Valéria', 'Edit', 'Dóra', 'Dora', 'Ágnes', 'Agnes', 'Judit', 'Mónika', 'Szilvia', 'Tímea', 'Brigitta', 'Nikolett', 'Bernadett', 'Noémi', 'Orsolya', 'Boglárka', 'Tamás', 'Zsolt', 'Csaba', 'Balázs', 'Gyula', 'Lajos', 'Tibor', 'Imre', 'Béla', 'Norbert', 'Krisztián', 'Szimi', 'Zsuzsa', 'Marika', 'Gizi', 'Réka', 'Anna', 'Katalin', 'Erzsébet', 'Ildikó', 'Zsuzsanna', 'Mária', 'Éva', 'Krisztina', 'Andrea', 'Eszter', 'Nóra', 'Zsófia', 'László', 'István', 'József', 'János', 'Zoltán', 'Sándor', 'Gábor', 'Ferenc', 'Attila', 'Péter', 'Kati', 'Zsuzsi', 'Erzsi', 'Pisti', 'Jóska', 'Laci', 'Feri', 'Niki', 'Bogi', 'Kitti', 'Ildi', 'Szandi', 'Szandra', 'Hajni', 'Hajnalka', 'Renáta', 'Márta', 'Tomi', 'Moni', 'Beáta', 'Bea', 'Gabriella', 'Timi', 'Orsi', 'Viktória', 'Viki', 'Betti', 'Fanni', 'Lilla', 'Dalma', 'Zsófi', 'Csilla', 'Emese', 'Piroska', 'Jolán', 'Gyöngyi', 'Sanyi', 'Zoli', 'Jenő', 'Józsi', 'Árpád', 'Dezső', 'Miklós', 'Roland', 'Ádám', 'Bence', 'Máté', 'Dávid', 'Жужа', 'Эва', 'Эвелин', 'Моника', 'Ильди', 'Кити', 'Жужи', 'Эржебет', 'Эржи', 'Ильдико', 'Тимея', 'Агнеш', 'Юдит', 'Ноэми', 'Эмеше', 'Шандор', 'Лайош', 'Иштван', 'Жолт', 'Габор', 'Ференц', 'Золтан', 'Дьюла', 'Янош', 'Дьёрдь', 'Тибор', 'Аттила', 'Jani', 'Janika', 'Gyuri', 'Tibi', 'Lali', 'Ica', 'Juci', 'Bözsi'] },
  commonWords: ['telep', 'azonosító', 'szám', 'ügyszám', 'jelvényszám', 'szabs', 'emberkereskedelem', 'kifogás', 'kormányablak'],
  notNames: ['bp', 'btk', 'szabs', 'január', 'február', 'március', 'április', 'május', 'június', 'július', 'augusztus', 'szeptember', 'október', 'november', 'december', 'hétfő', 'kedd', 'szerda', 'csütörtök', 'péntek', 'szombat', 'vasárnap', 'húsvét', 'karácsony', 'szilveszter', 'pünkösd', 'mikulás', 'mikulas'],
  institutions: ['törvényszék', 'ítélőtábla', 'ügyészség', 'főügyészség', 'járásbíróság', 'kúria', 'rendőrség', 'rendőrkapitányság', 'kapitányság', 'kórház', 'bíróság', 'pályaudvar', 'állomás', 'hivatal'],
  places: ['Záhony', 'Zahony', 'Загонь', 'Beregsurány', 'Beregsurany', 'Берегшурань', 'Tiszabecs', 'Barabás', 'Lónya', 'Nyírbátor', 'Vásárosnamény', 'Abaúj', 'Zemplén', 'Abaúj-Zemplén', 'Borsod-Abaúj-Zemplén', 'Szabolcs-Szatmár-Bereg', 'Szabolcs', 'Borsod', 'Ózd', 'Ozd', 'Kiskunfélegyháza', 'Kecskemét', 'Orfű', 'Orfu', 'Будапешт', 'Budapest', 'Debrecen', 'Szeged', 'Miskolc', 'Pécs', 'Pecs', 'Győr', 'Gyor', 'Nyíregyháza', 'Kecskemét', 'Józsefváros', 'Ózd', 'Озд', 'Sajószentpéter', 'Печ', 'Пече', 'Мишкольц', 'Avas', 'Hétes', 'Baranya', 'Бараня', 'Дебрецен', 'Keleti', 'Baross', 'Hegyeshalom', 'Хедьешалом', 'Хедьешаломом', 'Mosonmagyaróvár', 'Мошонмадьяровар', 'Мошонмадьяровара', 'Lébény', 'Lebeny', 'Дьёр', 'Дьёром', 'Дьёре', 'Tatabánya', 'Tatabanya', 'Татабанья', 'Татабани', 'Komárom', 'Комаром'],
  vehicleWords: ['autó', 'kocsi', 'rendszám'],
};
