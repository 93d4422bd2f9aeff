import type { CountryPack } from './country-pack';

/** Turkey. */
export const TR: CountryPack = {
  country: 'TR',
  name: 'Turkey',
  phone: { trunk: '0', national: true },
  identityNumbers: [{ validator: 'tc-kimlik', context: ['tc', 'kimlik', 'kimlik no', 't.c.', 'кимлик', 'кимлика', 'кимлику'] }],
  plates: [
    { pattern: String.raw`\d{2}\s?[A-Z]{1,3}\s?\d{2,4}`, standalone: false },
  ],
  address: { afterName: ['yolu', 'köşesi', 'caddesi', 'cad', 'cd', 'mahallesi', 'mah', 'sokak', 'sk', 'sokağı'], street: ['mah', 'mahalle', 'mahallesi', 'mh', 'cad', 'cd', 'caddesi', 'sk', 'sok', 'sokak', 'sokağı', 'bulvarı', 'blv', 'küme evler', 'apt', 'apartmanı', 'yolu', 'мах', 'махалле', 'махаллеси', 'сок', 'сокак', 'сокагы', 'сокағы', 'джад', 'джаддеси', 'бульвары'], unit: ['no', 'daire', 'd', 'kat', 'blok', 'дайре', 'кат', 'yurt', 'oda'] },
  names: { titles: ['av', 'avukat', 'komiser', 'başkomiser', 'baskomiser', 'yardımcısı', 'yardimcisi', 'memuru', 'memur', 'müdür', 'müdürü', 'amiri', 'komiseri'], endings: ['oğlu', 'oglu', 'gil', 'soy'], given: ['Gülsüm', 'Gulsum', 'Gülsum', 'Özlem', 'Ozlem', 'Gülay', 'Gulay', 'Filiz', 'Nurcan', 'Şule', 'Sule', 'Melek', 'Kübra', 'Kubra', 'Nesrin', 'Meryem', 'Cansu', 'İrem', 'Irem', 'Burcu', 'Neslihan', 'Hacer', 'Zehra', 'Levent', 'Tarık', 'Tarik', 'Ufuk', 'Yavuz', 'Zeki', 'Cihan', 'Гюльсюм', 'Гюльсум', 'Озлем', 'Нурджан', 'Кюбра', 'Несрин', 'Мерьем', 'Зехра', 'Serpil', 'Dilek', 'Yasemin', 'Barış', 'Ayşe', 'Fatma', 'Emine', 'Hatice', 'Zeynep', 'Elif', 'Merve', 'Büşra', 'Esra', 'Derya', 'Mehmet', 'Mustafa', 'Ahmet', 'Ali', 'Hüseyin', 'Hasan', 'İbrahim', 'Murat', 'Emre', 'Burak', 'Yusuf', 'Ayşegül', 'Gül', 'Songül', 'Ramazan', 'Kurban', 'Bayram', 'Cemal', 'Hakan', 'Deniz', 'Cengiz', 'Nazlı', 'Sinan', 'Okan', 'Onur', 'Kemal', 'Volkan', 'Erdal', 'Ilker', 'Halil', 'Ismail', 'Ece', 'Özge', 'Tuğba', 'Gamze', 'Selin', 'Ebru', 'Pınar', 'Sibel', 'Hülya', 'Serkan', 'Cem', 'Tolga', 'Osman', 'Ömer', 'Erdem', 'Erkan', 'Gökhan', 'Uğur', 'Yasin', 'Oğuz', 'Berk', 'Эмре'] },
  notNames: ['ocak', 'şubat', 'mart', 'nisan', 'mayıs', 'haziran', 'temmuz', 'ağustos', 'eylül', 'ekim', 'kasım', 'aralık', 'pazartesi', 'salı', 'çarşamba', 'perşembe', 'cumartesi', 'pazar', 'bayramı', 'bayramda', 'hıdırellez', 'hidirellez', 'şeker'],
  commonWords: ['sicil', 'sicili', 'esas', 'karar'],
  institutions: ['emniyet', 'müdürlüğü', 'şube', 'şubesi', 'yabancılar', 'karakol', 'karakolu', 'hastane', 'hastanesi', 'devlet', 'adliye', 'göç', 'idaresi'],
  places: ['Manavgat', 'Манавгат', 'Kemer', 'Кемер', 'Belek', 'Белек', 'Kuşadası', 'Kusadasi', 'Кушадасы', 'Marmaris', 'Мармарис', 'Fethiye', 'Фетхие', 'Beylikdüzü', 'Beylikduzu', 'Sultangazi', 'Gaziosmanpaşa', 'Gaziosmanpasa', 'Güngören', 'Gungoren', 'Kumkapı', 'Kumkapi', 'Кумкапы', 'Osmanbey', 'Mecidiyeköy', 'Mecidiyekoy', 'Taksim', 'Таксим', 'Harbiye', 'Алания', 'Алании', 'Аланию', 'Топкапы', 'Topkapı', 'Topkapi', 'Alsancak', 'Муратпаша', 'Muratpaşa', 'Muratpasa', 'Tarlabaşı', 'Tarlabasi', 'Тарлабаши', 'Коньяалты', 'Konyaaltı', 'Кепез', 'Kepez', 'Лара', 'Beyoğlu', 'Бейоглу', 'Laleli', 'Лалели', 'Aksaray', 'Аксарай', 'Стамбул', 'Анкара', 'Анталья', 'Аланья', 'Измир', 'Трабзон', 'Мерсин', 'Лалели', 'Аксарай', 'İstanbul', 'Istanbul', 'Ankara', 'İzmir', 'Izmir', 'Antalya', 'Alanya', 'Bursa', 'Trabzon', 'Laleli', 'Aksaray', 'Beyoğlu', 'Kadıköy', 'Fatih', 'Mersin', 'Bodrum',
    // Districts written after a street address (… No: 12 D: 3 Çankaya/Ankara).
    'Çankaya', 'Keçiören', 'Yenimahalle', 'Mamak', 'Etimesgut', 'Şişli', 'Üsküdar', 'Beşiktaş', 'Bakırköy', 'Esenyurt', 'Bağcılar', 'Zeytinburnu', 'Avcılar',
    'Bahçelievler', 'Küçükçekmece', 'Esenler', 'Ataşehir', 'Kartal', 'Pendik', 'Ümraniye', 'Maltepe', 'Sarıyer', 'Konak', 'Muratpaşa', 'Kepez'],
  vehicleWords: ['araba', 'araç', 'plaka', 'taksi', 'otomobil', 'minibüs', 'kamyonet'],
};
