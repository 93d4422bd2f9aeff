import type { CountryPack } from './country-pack';

/** The United Kingdom (a destination country). */
export const GB: CountryPack = {
  country: 'GB',
  name: 'United Kingdom',
  // (Written with its trunk 0 at home: digits without it are left to the region's countries.)
  phone: { trunk: '0', national: false },
  // The NHS number: ten digits with a mod-11 check digit. (The National Insurance number, letters and digits, has its own shape
  // in the identity-number recognizer.)
  identityNumbers: [{ validator: 'gb-nhs', context: ['nhs', 'nhs no', 'nhs number'] }],
  plates: [
    // AB12 CDE: two letters, two digits, three letters (since 2001).
    { pattern: String.raw`[A-Z]{2}\d{2}\s?[A-Z]{3}`, standalone: false },
    // 191-D-23418: an Irish plate, the year (and half-year), the county's letters and a number, with its hyphens.
    { pattern: String.raw`\d{2}[12]?-(?:C|CE|CN|CW|D|DL|G|KE|KK|KY|L|LD|LH|LK|LM|LS|MH|MN|MO|OY|RN|SO|T|W|WH|WW|WX)-\d{2,6}`, standalone: true },
  ],
  address: {
    // English addresses put the number first (14 Norfolk Street, Flat 3, 41 Cranley Gardens): the street's word after its name.
    street: ['street', 'road', 'avenue', 'lane', 'gardens', 'crescent', 'terrace', 'mews'],
    unit: ['flat', 'apartment', 'apt', 'floor', 'room', 'unit'],
  },
  // Police ranks as written in statements (PC Marsh, DC Shah, DS Obi, Insp. Hale) and forms of address.
  // (And DC and DS: a city's and a car's words too, but before a capitalised word most often an officer's; not DI, which
  // Italian writes in lower case before names and words alike.)
  names: {
    titles: ['pc', 'wpc', 'dc', 'ds', 'dci', 'dsu', 'pcso', 'insp', 'sgt', 'mr', 'mrs', 'ms', 'miss', 'hhj'],
    // Common given names of Britain (the region's are in their packs): the staff and officers a case meets there.
    given: [
      'Owen', 'Joanne', 'Hannah', 'Leah', 'Priya', 'Precious', 'Rukhsana', 'Gemma', 'Kirsty', 'Siobhan', 'Niamh', 'Ciara', 'Aoife', 'Bethan', 'Rhian', 'Ffion',
      'Cerys', 'Carys', 'Rhys', 'Dylan', 'Gareth', 'Dafydd', 'Huw', 'Iwan', 'Alun', 'Gethin', 'Lowri', 'Megan', 'Chloe', 'Zoe', 'Lauren', 'Jade', 'Stacey',
      'Kerry', 'Tracey', 'Lorraine', 'Karen', 'Sharon', 'Claire', 'Clare', 'Nicola', 'Deborah', 'Debbie', 'Samantha', 'Sam', 'Charlotte', 'Amelia', 'Harriet',
      'Imogen', 'Poppy', 'Freya', 'Isla', 'Eilidh', 'Morag', 'Fiona', 'Shona', 'Kirstie', 'Aisling', 'Bronwen', 'Gwen', 'Rhiannon', 'Jasmine', 'Aaliyah',
      'Nadia', 'Aisha', 'Ayesha', 'Fatima', 'Shabana', 'Nasreen', 'Parveen', 'Shazia', 'Sunita', 'Anjali', 'Harpreet', 'Gurpreet', 'Manpreet', 'Jaspreet',
      'Simran', 'Navdeep', 'Rajinder', 'Sukhvinder', 'Kuldeep', 'Amrit', 'Ravi', 'Sanjay', 'Rajesh', 'Imran', 'Tariq', 'Asif', 'Zahid', 'Kwame', 'Kofi', 'Chidi',
      'Chiamaka', 'Ngozi', 'Adaeze', 'Oluwaseun', 'Tunde', 'Femi', 'Abimbola', 'Callum', 'Connor', 'Liam', 'Declan', 'Ciaran', 'Eoin', 'Seamus', 'Fergus',
      'Hamish', 'Angus', 'Euan', 'Craig', 'Darren', 'Wayne', 'Dean', 'Lee', 'Gary', 'Kevin', 'Stuart', 'Neil', 'Graham', 'Nigel', 'Clive', 'Trevor', 'Barry',
      'Keith', 'Colin', 'Malcolm', 'Duncan', 'Rory', 'Ewan', 'Jamie', 'Toby', 'Ollie', 'Harry', 'Alfie', 'Archie', 'Reggie',
      'James', 'John', 'Robert', 'William', 'Richard', 'Joseph', 'Charles', 'Christopher', 'Daniel', 'Matthew', 'Anthony', 'Donald', 'Steven', 'Paul', 'Andrew', 'Joshua', 'Kenneth', 'Brian', 'Timothy', 'Ronald', 'Edward', 'Jason', 'Jeffrey', 'Ryan', 'Jacob', 'Nicholas', 'Jonathan', 'Stephen', 'Larry', 'Justin', 'Scott', 'Brandon', 'Benjamin', 'Dennis', 'Jerry', 'Tyler', 'Aaron', 'Jose', 'Nathan', 'Henry', 'Douglas', 'Zachary', 'Kyle', 'Noah', 'Ethan', 'Jeremy', 'Walter', 'Sean', 'Gerald', 'Carl', 'Harold', 'Arthur', 'Lawrence', 'Jesse', 'Bryan', 'Bruce', 'Gabriel', 'Joe', 'Logan', 'Alan', 'Juan', 'Elijah', 'Philip', 'Eugene', 'Russell', 'Johnny', 'Howard', 'Patricia', 'Jennifer', 'Elizabeth', 'Susan', 'Betty', 'Margaret', 'Ashley', 'Kimberly', 'Emily', 'Donna', 'Michelle', 'Amanda', 'Melissa', 'Dorothy', 'Rebecca', 'Cynthia', 'Amy', 'Shirley', 'Brenda', 'Emma', 'Pamela', 'Katherine', 'Debra', 'Carolyn', 'Janet', 'Diane', 'Olivia', 'Joyce', 'Ruth', 'Kelly', 'Christina', 'Evelyn', 'Judith', 'Cheryl', 'Martha', 'Gloria', 'Janice', 'Ann', 'Kathryn', 'Abigail', 'Frances', 'Alice', 'Judy', 'Isabella', 'Beverly', 'Denise', 'Marilyn', 'Danielle', 'Brittany', 'Natalie', 'Chris', 'Dave', 'Steve', 'Tony', 'Jim', 'Becky', 'Jess', 'Liz', 'Lizzie', 'Beth', 'Ellie', 'Abby', 'Maddie', 'Lucy', 'Molly', 'Ava', 'Evie', 'Freddie', 'Leo', 'Finley', 'Theo', 'Louis', 'Lewis', 'Ben', 'Dan', 'Matt', 'Josh', 'Luke', 'Louise', 'Rosie', 'Jodie', 'Wendy', 'Nikki', 'Lynn', 'Lynne', 'Annie', 'Jane', 'Rachael', 'Sally', 'Tracy', 'Hayley', 'Kayleigh', 'Leanne', 'Lindsay', 'Naomi', 'Christine', 'Stephanie', 'Джон', 'Джеймс', 'Уильям', 'Дэвид', 'Ричард', 'Эмма', 'Оливия', 'Кристофер', 'Джессика', 'Дженнифер', 'Элизабет', 'Сьюзан', 'Кевин', 'Деклан', 'Джек', 'Майкл', 'Дэниел', 'Стив', 'Энди', 'Кейт', 'Гэри', 'Шон', 'Лиам', 'Эйдан', 'Киран', 'Шивон', 'Ниам', 'Дженни', 'Эмили', 'Бен'],
  },
  institutions: ['council', 'nhs', 'jobcentre', 'magistrates', 'crown', 'constabulary', 'hmrc', 'sarc', 'surgery', 'station', 'hospital'],
  places: ['Dublin', 'Дублин', 'Дублине', 'Дублина', 'Cork', 'Galway', 'Limerick', 'Глазго', 'Эдинбург', 'Эдинбурге', 'Манчестер', 'Манчестере', 'Бирмингем', 'Бирмингеме', 'Hounslow', 'Feltham', 'Sunderland', 'Luton', 'Meadowhall', 'Southampton', 'Oldham', 'Rochdale', 'Bradford', 'Wakefield', 'Huddersfield', 'Slough', 'Peterborough', 'Northampton', 'Coventry', 'Wolverhampton', 'Walsall', 'Derby', 'Nottingham', 'Ilford', 'Romford', 'Croydon', 'Hackney', 'Хакни', 'Tottenham', 'Walthamstow', 'Southall', 'Harrow', 'Wembley', 'Barking', 'Dagenham', 'Newham', 'Crawley', 'Reading', 'Swindon', 'Cardiff', 'Swansea', 'Belfast', 'Aberdeen', 'Dundee', 'Middlesbrough', 'Doncaster', 'Rotherham', 'Grimsby', 'Hull', 'Spalding', 'Wisbech', 'Kettering', 'Corby', 'Basildon', 'Chelmsford', 'Colchester', 'Ipswich', 'Norwich', 'Soho', 'England', 'Scotland', 'Wales', 'Англия', 'Англии', 'Англию', 'Англией', 'Шотландия', 'Шотландии', 'Уэльс', 'London', 'Лондон', 'Manchester', 'Birmingham', 'Leeds', 'Liverpool', 'Glasgow', 'Edinburgh', 'Bristol', 'Sheffield', 'Leicester', 'Nottingham', 'Peterborough', 'Boston', 'Wisbech', 'Southall', 'Ilford', 'Newham', 'Hackney', 'Soho', 'Croydon'],
  vehicleWords: ['car', 'van', 'reg', 'registration', 'number plate'],
};
