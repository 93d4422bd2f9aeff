import type { CountryPack } from './country-pack';

/** Greece (a destination: women from the Caucasus, Ukraine, Moldova and the Balkans work in Athens and Thessaloniki). */
export const GR: CountryPack = {
  country: 'GR',
  name: 'Greece',
  // (Ten digits without a trunk prefix: 69x xxx xxxx mobiles, 21x landlines.)
  phone: { trunk: null, national: true },
  // The AMKA (social security number): the date of birth, four digits and a Luhn check digit.
  identityNumbers: [{ validator: 'gr-amka', context: ['amka', 'αμκα', 'амка'] }],
  plates: [
    // Three capitals that read alike in Greek and Latin letters, four digits (ΙΚΥ 4182, IKY-4182).
    { pattern: String.raw`[ΑΒΕΖΗΙΚΜΝΟΡΤΥΧABEZHIKMNOPTYX]{3}[\s-]?\d{4}`, standalone: false },
  ],
  address: {
    afterName: ['οδός', 'οδος', 'odos'],
    // (A street named after a saint starts with his word: Agiou Georgiou 15, Agias Sofias 3.)
    street: ['agiou', 'agias', 'agion', 'αγίου', 'αγίας', 'odos', 'odou', 'οδός', 'οδος', 'οδού', 'οδ', 'leoforos', 'leof', 'λεωφόρος', 'λεωφ', 'plateia', 'πλατεία', 'πλ'],
    unit: ['orofos', 'όροφος', 'οροφος', 'orofo', 'diamerisma', 'diam', 'διαμέρισμα', 'διαμ', 'ypogeio', 'υπόγειο', 'δωμάτιο', 'δωματιο', 'δωμ', 'domatio', 'είσοδος', 'eisodos'],
  },
  names: {
    titles: ['kyria', 'kyrios', 'κυρία', 'κύριος', 'κ'],
    endings: ['opoulos', 'opoulou', 'akis', 'aki', 'idis', 'idou', 'iadis', 'iadou', 'ou', 'όπουλος', 'οπούλου', 'άκης', 'ίδης', 'ίδου'],
    given: ['Maria', 'Eleni', 'Katerina', 'Georgia', 'Dimitra', 'Sofia', 'Georgios', 'Giorgos', 'Dimitris', 'Nikos', 'Nikolaos', 'Yannis', 'Giannis', 'Kostas', 'Christos', 'Vasilis', 'Μαρία', 'Ελένη', 'Κατερίνα', 'Γιώργος', 'Γεώργιος', 'Νίκος', 'Νικόλαος', 'Γιάννης', 'Κώστας', 'Χρήστος', 'Christina', 'Fotini', 'Yiannis', 'Vasiliki', 'Panagiota', 'Stavros', 'Theodora', 'Athina', 'Ioanna', 'Konstantina', 'Eftychia', 'Paraskevi', 'Kyriaki', 'Spyros', 'Thanasis', 'Petros', 'Pavlos', 'Manolis', 'Lefteris', 'Chrysa', 'Evangelia', 'Angeliki', 'Sotiria', 'Argyro', 'Nefeli', 'Eirini', 'Vaso', 'Voula', 'Roula', 'Toula', 'Anastasia', 'Anastasios', 'Apostolos', 'Charalambos', 'Babis', 'Takis', 'Lambros', 'Stelios', 'Stamatis', 'Michalis', 'Vangelis', 'Antonis', 'Haris', 'Kyriakos', 'Panagiotis', 'Panos', 'Thodoris', 'Theodoros', 'Alexandros', 'Dimitrios', 'Konstantinos', 'Ilias', 'Christoforos', 'Tasos', 'Yorgos', 'Marios', 'Sotiris', 'Evdokia', 'Chrysoula', 'Efi', 'Popi', 'Kiki', 'Litsa', 'Fani', 'Froso', 'Smaragda', 'Foteini', 'Φωτεινή', 'Βασιλική', 'Παναγιώτα', 'Σταύρος', 'Θεοδώρα', 'Ιωάννα', 'Σπύρος', 'Πέτρος', 'Παύλος', 'Μανώλης', 'Αγγελική', 'Ευαγγελία', 'Σοφία', 'Χριστίνα', 'Θανάσης', 'Στέλιος', 'Μιχάλης', 'Βαγγέλης', 'Αντώνης', 'Κυριάκος', 'Παναγιώτης'],
  },
  notNames: ['ianouarios', 'fevrouarios', 'martios', 'aprilios', 'maios', 'iounios', 'ioulios', 'avgoustos', 'septemvrios', 'oktovrios', 'noemvrios', 'dekemvrios', 'pascha'],
  places: ['Rhodes', 'Rodos', 'Родос', 'Родосе', 'Ayia Napa', 'Айя-Напа', 'Limassol', 'Лимассол', 'Лимассоле', 'Larnaca', 'Ларнака', 'Ларнаке', 'Paphos', 'Пафос', 'Пафосе', 'Germasogeia', 'Гермасойя', 'Гермасойе', 'Athens', 'Athina', 'Αθήνα', 'Афины', 'Thessaloniki', 'Θεσσαλονίκη', 'Салоники', 'Piraeus', 'Pireas', 'Πειραιάς', 'Пирей', 'Omonia', 'Ομόνοια', 'Омония', 'Exarchia', 'Εξάρχεια', 'Patras', 'Heraklion', 'Glyfada'],
  vehicleWords: ['aftokinito', 'αυτοκίνητο', 'πινακίδα'],
};
