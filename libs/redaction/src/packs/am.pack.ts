import type { CountryPack } from './country-pack';

/** Armenia. */
export const AM: CountryPack = {
  country: 'AM',
  name: 'Armenia',
  phone: { trunk: '0', national: true },
  plates: [
    { pattern: String.raw`\d{2}\s?[A-Z]{2}\s?\d{3}`, standalone: false },
  ],
  address: { street: ['poghots', 'poghota', 'poxoc', 'poghotsi', 'poghoc', 'погоц', 'nrbantsq', 'hraparak', 'храпарак', 'ул', 'бульвар', 'taghamas', 'тагамас', 'м/р', 'm/r', 'м-н', 'փողոց', 'փող', 'պողոտա', 'պող', 'թաղամաս', 'թաղ', 'հրապարակ', 'նրբանցք', 'նրբ'], unit: ['բն', 'բնակարան', 'շ', 'շենք', 'bn', 'бн', 'shenq', 'shenk', 'шенк', 'bnakaran', 'бнакаран', 'tun', 'тун', 'mutq', 'mutk'] },
  names: { titles: ['tikin', 'paron', 'тикин', 'парон'], endings: ['yan', 'ян', 'yants', 'янц', 'uni', 'унц'], given: ['Լիլիթ', 'Անի', 'Սոնա', 'Աննա', 'Մարիամ', 'Նարինե', 'Գայանե', 'Լուսինե', 'Արմինե', 'Անուշ', 'Հասմիկ', 'Տաթև', 'Սիրանուշ', 'Նունե', 'Աստղիկ', 'Զարուհի', 'Կարինե', 'Սեդա', 'Արամ', 'Արմեն', 'Տիգրան', 'Դավիթ', 'Գոռ', 'Հայկ', 'Արթուր', 'Վարդան', 'Աշոտ', 'Սամվել', 'Կարեն', 'Ռուբեն', 'Հրանտ', 'Գևորգ', 'Srbui', 'Србуи', 'Srbuhi', 'Seda', 'Седа', 'Sevak', 'Севак', 'Nara', 'Нара', 'Hrachya', 'Грачья', 'Lusine', 'Лусине', 'Anush', 'Ануш', 'Gohar', 'Гоар', 'Nune', 'Нуне', 'Shushan', 'Шушан', 'Knarik', 'Кнарик', 'Astghik', 'Астхик', 'Arevik', 'Аревик', 'Zaruhi', 'Заруи', 'Heghine', 'Эгине', 'Ruzanna', 'Рузанна', 'Karine', 'Карине', 'Ninel', 'Нинель', 'Nvard', 'Нвард', 'Hripsime', 'Рипсиме', 'Tatevik', 'Татевик', 'Varduhi', 'Вардуи', 'Levon', 'Левон', 'Vahe', 'Ваге', 'Vazgen', 'Вазген', 'Gevorg', 'Геворг', 'Hovhannes', 'Ованес', 'Norik', 'Норик', 'Rafik', 'Рафик', 'Hrant', 'Artak', 'Артак', 'Mher', 'Мгер', 'Vrezh', 'Вреж', 'Mkrtich', 'Мкртич', 'Hakob', 'Акоп', 'Gagik', 'Гагик', 'Sargis', 'Саргис', 'Artashes', 'Арташес', 'Армине', 'Асмик', 'Sevada', 'Севада', 'Ashkhen', 'Ашхен', 'Shogher', 'Шогер', 'Meline', 'Мелине', 'Vanuhi', 'Вануи', 'Mane', 'Мане', 'Manush', 'Мануш', 'Anahit', 'Анаит', 'Tatev', 'Татев', 'Anna', 'Ani', 'Mariam', 'Lilit', 'Arpi', 'Gayane', 'Narine', 'Armine', 'Siranush', 'Hasmik', 'Armen', 'Aram', 'Arsen', 'Artur', 'Davit', 'Gor', 'Hayk', 'Tigran', 'Vardan', 'Karen', 'Ashot', 'Suren', 'Gago', 'Aro', 'Arpine', 'Сируш', 'Арто'] },
  notNames: ['Vardavar', 'Вардавар', 'Вардавара', 'hunvar', 'petrvar', 'mart', 'april', 'mayis', 'hunis', 'hulis', 'ogostos', 'september', 'hoktember', 'noyember', 'dektember', 'vardavar', 'вардавар', 'trndez', 'терендез', 'zatik', 'затик', 'vardanants', 'вардананц', 'вардананца'],
  places: ['Nork-Marash', 'Норк-Мараш', 'Erebuni', 'Эребуни', 'Ереван', 'Гюмри', 'Ванадзор', 'Yerevan', 'Gyumri', 'Vanadzor', 'Kentron', 'Кентрон', 'Arabkir', 'Арабкир', 'Davtashen', 'Давташен', 'Malatia', 'Малатия', 'Shengavit', 'Шенгавит', 'Nor Nork', 'Нор Норк', 'Ajapnyak', 'Аджапняк', 'Avan', 'Аван', 'Mashtots', 'Маштоца', 'Маштоц',
    'Kanaker', 'Канакер', 'Nubarashen', 'Нубарашен', 'Vagharshapat', 'Вагаршапат', 'Echmiadzin', 'Etchmiadzin', 'Эчмиадзин', 'Hrazdan', 'Раздан',
    'Kapan', 'Капан', 'Goris', 'Горис', 'Dilijan', 'Дилижан', 'Gavar', 'Гавар', 'Artashat', 'Арташат', 'Armavir', 'Армавир', 'Ashtarak', 'Аштарак',
    'Sisian', 'Сисиан', 'Ijevan', 'Иджеван', 'Stepanavan', 'Степанаван', 'Spitak', 'Спитак', 'Meghri', 'Мегри', 'Jermuk', 'Джермук', 'Charentsavan', 'Чаренцаван',
    'Yeghegnadzor', 'Ехегнадзор', 'Vardenis', 'Варденис', 'Tashir', 'Ташир', 'Alaverdi', 'Алаверди', 'Bagratashen', 'Баграташен', 'Margara', 'Маргара',
    'Երևան', 'Երեւան', 'Գյումրի', 'Վանաձոր', 'Դավթաշեն', 'Արաբկիր', 'Կենտրոն', 'Շենգավիթ', 'Էրեբունի', 'Մալաթիա', 'Աջափնյակ', 'Ավան', 'Քանաքեռ'],
  vehicleWords: ['meqena'],
};
