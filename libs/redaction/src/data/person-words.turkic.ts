import { words, type PersonVocabulary } from './person-vocabulary';

/**
 * The person recognizer's words of Kazakh, Kyrgyz, Uzbek and Tajik (Cyrillic and Latin), and the respect terms after a
 * name that narratives quote from Turkish, Azerbaijani, Georgian and Armenian: respect terms
 * around names, everyday words of quoted speech, case suffixes on place names.
 * Sources: general knowledge of the language; not taken from any case data.
 */
export const TURKIC_PERSON_WORDS: PersonVocabulary = {
  language: 'kk ky uz tg',
  /** Forms of address and kin terms: never names themselves. */
  titles: words(`
    апа ага аға ака опа apa opa aga
  `),
  /** Kinship or respect terms written after a name (Серік аға, Bobur-aka). */
  honorificsAfter: words(`
    aka opa apa aga ake eje edje ezhe ezhke ака опа апа аға ага апай эже эдже хон jon джон джан jan деген атты есімді исмли bey hanım hanim efendi abla бей ханым
    байке бике ача апке эжеке жеңге женге ханум ханым-эфенди тәте тате baike bayke bike acha apke ezheke xanım xanim khanum tate xola хола amaki амаки abi абый müəllim muəllim muallim муаллим муаллима муаллиму муаллимом муаллиме bəy bəyə bəyin bibi биби bebia бебия
    abyi abiy abzi абзый аби apay apai apake abim ablam ağabey agabey abey amca dayı dayi teyze yenge hocam amirim xala хала халу хале халой халы khanim khanym ханим агъа агъай agha деида деиду деиде деидой deida daýza dayza daýy bhai bhaiya baji
    hanym hanum hanuma hanumo apte апте aptesi kundze kungs тейзе абла аке дайы дайи tatik татик papik папик morakur morakour horakur
  `),
  /** The same terms declined as Russian nouns (Шоиру опу, Гуля-апой, Рустам-аке, Мехмета-бея). */
  honorificsDeclined: words(`
    опу опы опе опой опи апу апы апе апой апи аку акы аке акой аки бея бею беем бее аги аге агу агой ханум ханумы
  `),
  /** Ordinary words that the spelling dictionaries lack (note shorthand, everyday speech). */
  everydayWords: words(`
    мен мені менің менен біз бізді біздің сен сені сенің сиз сіз ол оны оның олар бул бұл мына ана осы ошол ошондо сол содан кейін кийин деп
    деді деди жок жоқ бар керек мага маған сага саған ага оған эмне не неге кантип қалай кім жана және мени менин бизди биздин эже эжеке апа
    апай ака байке қыздар кыздар кыз қыз men meni mening biz bizni sen seni siz ular bu shu keyin dedi yoq bor kerak menga senga unga nima
    qanday va opa aka qizlar qiz ham yana endi
    рахмет рақмет рахмат rahmat raxmat salam salom салам салом
    ником никнейм никнеймом
    seara buna bună mersi köszönöm koszonom sabah saat қизлар kyzdar опажон опажонлар
    бәрібір уялам балдар балам қызым кызым қизим menin рафт рафтам намедонам куҷо раҳмат ҳофиз ketasan kızım kızlar canım tamam kâğıt neredesin nerede geliyorum evet hayır lütfen
  `),
  /** Case suffixes on place names in Latin script (Toshkentga, Almatyda). */
  placeSuffixesLatin: words(`
    dagi daki dan den tan ten nan ga ge ka ke qa da de ta te ning nin dyn din
  `),
  /** Case suffixes on place names in Cyrillic (Алматыда, Бишкекке). */
  placeSuffixesCyrillic: words(`
    дағы даги дан ден тан тен нан нен дон тон дун тун га ге ға ка ке қа да де та те нда нде дын дің тың нің ның ны ни
  `),
  dayAfter: words(`
    bayram bayramı байрам байрамы байрама байрамом байраму байраме hayit hayiti хайит хайита айт айта айту айтом айте ait
  `),
  /** Colours and sizes that open Kazakh and Kyrgyz places' names with a hyphen: white, black, yellow, red, motley, blue, new, great, small. */
  placeFirstWordsHyphenated: words(`
    ak aq kara qara sary sari kyzyl qyzyl ala kok kök kuk zhana jany jangy zhangy ulu uluu chong kichi
    ак ақ кара қара сары кызыл қызыл ала көк кок жана жаңа жаны жаңы улуу ұлы чон кичи
  `),
};
