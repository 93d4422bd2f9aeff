import { isDigitCode, isLetter, matchesAt, TextDocument, type Token } from './document';
import { CURRENCY_WORD } from './data/currencies';
import { isValidIin } from './identity-numbers';
import { packData, type PackData } from './pack-data';
import { tableRows } from './table-columns';
import { GIVEN, mayBeGivenForm } from './person-lexicon';
import { phoneIn } from './phone.detector';
import { carWordBefore } from './plate.detector';
import { registerAndNrBefore } from './court-register';
import type { Span } from './types';

const span = (start: number, end: number, type: Span['type'], rule: string, confidence: number): Span => ({ start, end, type, rule, confidence });

/** YYMMDD then a century-and-sex digit 1-6: the shape of an IIN even when its checksum is wrong. */
function iinShaped(digits: string): boolean {
  const month = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && /[1-6]/.test(digits[6]);
}

export function isLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let n = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return sum % 10 === 0;
}

const SERIES_WORD = /сери|seri|ser\.|патент|patent/i;
/**
 * The words (lower case, as the document's tokens) that FILE_NUMBER starts with: it is tried only at them. (Looked up per
 * token: a pattern of these alternatives scanned over every narrative cost a few per cent of the detector.)
 */
const FILE_CUES = new Set(
  `case cases file files record records reference references zahl register prot esas erpp ерпп kui куи zl gz proc сообщения exam examination экспертиза экспертизы экспертизе судмедэкспертиза судмедэкспертизы судмедэкспертизе ticket tickets protocol protocols erdr єрдр ердр proceedings дело дела делу протокол протокола протоколу протоколом протоколе
   заявление заявления заявлению заявлением сообщение сообщению сообщением жалоба жалобы жалобе жалобу жалобой обращение обращения обращению заява заяви повідомлення
   ap ап čvs чвс протоколы протоколов кусп материал материала материалу материалы материалом материалов провадження провадженні провадженню производство
   производства производству производстве sp č dosar dosarul proces procesul sygn az aktenzeichen predmet predmeta predmetu ügyszám bylos lieta lietas справа справи
   справка справки справку справкой преписка преписки преписку referral referrals slip направление направления certificate certificates
   log logs refs aangifte квитанция квитанции квитанцию receipt parketnummer решение решения решению bescheid procedimento procedimiento diligencias atestat atestado fascicolo entry заключение заключения заключению заключением свидетельство свидетельства vorgang vorgangsnummer einsatznummer tagebuchnummer geschäftszeichen geschaeftszeichen kassenzeichen
   освидетельствование освидетельствования освидетельствовании акт акта акту актом ордер ордера ордеру ордером
   kusp complaint registered регистрации seria rx prescription prescriptions рецепт рецепта рецепту nalog naloga nalogu proceeding soruşturma soruşturması постановление постановления постановлению постановлением зарегистрирован зарегистрирована зарегистрировано зарегистрированы`.split(/\s+/),
);
/** The shapes of a file's number (see FILE_NUMBER). */
// (First a Bosnian prosecutor's or court's number, T09 0 KTTL 0004512 24, S1 1 K 012345 19, and a German prosecutor's and
// court's signatures together, 8 Ds 410 Js 2217/24: their first parts alone would be taken by the later shapes.)
// (First a Polish prosecutor's, its department's letters and "Ds.", "RP-II Ds. 77.2024", and a Serbian police
// administration's and its town's letters, "PU NS 0117/24"; a Kosovo prosecutor's, "PP.I.nr. 233/22".)
// (First a Slovak court's file with its chamber's letters, "sp. zn. 3T/118/2022"; a Hungarian police file with its kind after it, "02000/1187/2022.bü."; a German misdemeanour's, "731 OWi 1094/22",
// "OWi 5521-F/23"; a police's or an office's letters before a year's number, "KAPO-ZH 2022/0558731", "STAPO 23/118604",
// "BE-ProstSchG 2023/07719"; a Berlin office's chamber and letter, "IV C 23-55817".)
// (Then a Turkish court's file, its register's letter before the year, "E. 2024/2291", or its kind after, "2025/1873 D.İş";
// an Italian prosecutor's with its register after it, "11842/2024 RGNR".)
const FILE_NUMBER_SHAPES = String.raw`\d{1,2}\p{Lu}{1,3}\/\d{1,6}\/(?:19|20)\d{2}|\d{5}\/\d{1,6}(?:-\d{1,3})?\/(?:19|20)\d{2}\.(?:bü|szabs|ált|sz)\.|(?:\d{1,4}\s)?OWi\s\d{1,6}(?:-\p{Lu})?(?:\/\d{1,6})?\/\d{2,4}|\p{Lu}[\p{L}]{1,7}(?:-\p{Lu}[\p{L}]{1,7})?\s(?:19|20)?\d{2}\/(?!(?:19|20)\d{2}(?!\d))\d{4,8}|[IVX]{1,4}\s\p{Lu}\s\d{2}-\d{4,6}|PP[./]?(?:I{1,3}|IV)?[./]?\s?nr\.\s?\d{1,6}\/\d{2,4}|\p{Lu}{1,4}(?:[- ](?:[IVX]{1,4}|\d{1,2}))?\sDs\.?\s\d{1,6}[./](?:19|20)?\d{2}(?!\d)|\p{Lu}{2,4}\s\p{Lu}{2,4}\s\d{2,6}\/\d{2,4}|\p{Lu}\d{3}\s\d{7}-\d{1,2}|\p{Lu}[\p{L}]{1,5}\/\d{8,15}(?![\d\/])|\d{1,6}\/(?:19|20)\d{2}\s(?:RGNR|R\.G\.N\.R\.|RG\s?GIP|R\.G\.\s?GIP)(?![\p{L}])|[EK]\.\s?(?:19|20)\d{2}\/\d{1,6}|(?:19|20)\d{2}\/\d{1,6}\s[DK]\.\s?İş|\p{Lu}\d{1,2}\s\d\s\p{Lu}{1,5}\s\d{5,8}\s\d{2}|\d{1,4}\s[A-Z][a-z]{0,2}\s\d{1,6}\s[A-Z][a-z]{0,2}\s\d{1,6}\/\d{2,4}|\p{Lu}{2,4}\d?\s[Nn]r\.\s?\d{4,9}|\p{Lu}{1,4}-\p{Lu}{1,4}-\d{2,8}|\d{1,6}\p{Lu}?\/\p{Lu}{1,3}\/(?:19|20)\d{2}|\p{Lu}[\p{L}]{1,5}\/\d{4,15}\/(?:19|20)\d{2}|\d{1,2}(?:-\d{1,2})?\(\d{3}\)-\d{2,6}\/\d{4}|\d{2,6}\p{Ll}{1,3}-\d{2,6}(?:\/(?:19|20)\d\d)?|[IVX]{1,4}\s\p{Lu}[\p{Lu}\p{Ll}]{0,2}\s\d{1,6}\/\d{2,4}|\d{1,2}\p{Ll}{1,3}-\d{2,6}\/\d{2,4}|\d{2}\s?\p{Lu}{2}\s?\d{6,7}|(?:\p{Lu}{1,4}[- ]?)?\d{1,4}\s?(?:[A-Z][a-z]{0,2}|[А-Я]{1,2})\s\d{1,6}/\d{2,4}|(?:\p{Lu}{1,4}[- ]?)?\d{1,20}(?:(?:[-/]|\.(?=\d))(?:\p{Lu}{1,4}[-/]){0,2}\d{1,8}){0,5}(?:-\p{Ll}{1,2}|\.\p{Ll}{2,3}|\/\p{Lu}{1,3}(?![\p{L}\d]))?`;
/**
 * A file's word, maybe "no." or "№", and its number: letters of a register and digits in parts (5-417/2024, PR 2291/24,
 * SZ-0377/2231/2023, 2 T 41/2024, the German 276 Js 4182/23, an Austrian court's W283 2274411-1 and the BFA's "IFA-Zahl", the Azerbaijani 4-1(006)-2381/2024, a check's 312пр-24, a
 * Kyrgyz protocol's ОШ-АП-0774, a Romanian prosecutor's 2871/P/2023 and a fine's series PCA nr. 4417829). Not a statute's article: that has its own word (ст., §).
 */
const FILE_NUMBER = new RegExp(
  String.raw`(?<![\p{L}])(?:(?<plain>[Cc]ase|CASE|[Ff]ile|FILE|[Rr]ecord|RECORD|[Rr]eference|REFERENCE)s?|(?:[Tt]icket|[Pp]rotocol|PROTOCOL)s?|[Ll]ogs?|[Rr]efs|[Ee]ntry|ПРОТОКОЛ\p{Lu}{0,2}|[Pp]rot\.|AP|АП|Zahl|[Rr]egister(?=\s+(?:[Nn]os?\.|[Nn]o\b|№))|ERDR|ЄРДР|ЕРДР|ERPP|ЕРПП|Zl\.|GZ|[Pp]roc\.\s?pen\.(?:\s?n\.)?|[Pp]roceedings?|[Пп]ровадженн\p{Ll}{1,3}|[Пп]роизводств\p{Ll}{1,3}|[Дд]ел[оау]|[Пп]ротокол\p{Ll}{0,3}|КУСП(?:\s+за)?|KUSP|ČVS|ЧВС|[Мм]атериал\p{Ll}{0,2}\s+(?:КУСП|проверки)|[Мм]атериал\p{Ll}{0,2}(?=\s*№)|sp\.\s?zn\.|č\.\s?j\.|[Dd]osar(?:ul)?(?:\s+penal)?|[Pp]roces(?:ul)?-verbal|[Ss]eria|Rx|RX|[Pp]rescriptions?|[Рр]ецепт\p{Ll}{0,2}|[Ss]ygn\.(?:\s+akt)?|Az\.|Aktenzeichen|[Pp]redmet(?:a|u)?|ügyszám|[Bb]ylos|[Ll]ietas?|[Сс]прав[аи]|[Пп]остановлени\p{Ll}{1,2}|ПОСТАНОВЛЕНИЕ|[Rr]egistered\s+under|[Ee]sas\s+[Nn]o\.?|[Pp]rocediment[oi](?:\s+penale)?|[Dd]iligencias(?:\s+previas)?|[Aa]testat|[Aa]testado|[Ff]ascicolo|[Ss]oruşturma(?:sı)?|[Зз]арегистрирован\p{Ll}{0,2}\s+(?:под|за)|[Cc]omplaint|[Оо]рдер\p{Ll}{0,2}|[Nn]alog[au]?)` +
    String.raw`(?<marker>[:,]?\s+(?:[Nn]os\.|[Nn]o\.?|[Nn]\.º?|NO\.?|[Nn]r\.?|[Nn]umbers?(?:\s+is)?|num\.?|номер|br\.|[Rr]ef\.)|:?\s*№|\s*#|:)?[\s:]*` +
    `(?<number>${FILE_NUMBER_SHAPES})(?![\\p{L}\\d]|[-/.]\\d)`,
  'uy',
);
/**
 * One to three lower-case words or abbreviations between a file's word and its number, then "№" or "no." (Протокол задержания № 2475-1102, заключение СМЭ № 1184,
 * протокол об административном правонарушении № 0417-24), or, after "номер" or "number" before the file's word, the number
 * in parts itself (номер дела в суде 7594-24-00-3/1182). Sticky: tried at the end of the file's word.
 */
const FILE_NUMBER_AFTER_WORDS = new RegExp(
  String.raw`(?:[^\S\n]+(?!(?:no|nr)\.|nr[^\S\n]\d|number(?![\p{L}])|номер(?![\p{L}]))(?:\p{Ll}+|\p{Lu}{2,5})\.?){0,3}(?<marker>[^\S\n]*(?:№|[Nn]o\.|[Nn]r\.|[Nn]r(?=[^\S\n]\d)|number(?![\p{L}])|номер(?![\p{L}])))?[^\S\n]*(?<number>${FILE_NUMBER_SHAPES})(?![\p{L}\d]|[-/.]\d)`,
  'uy',
);
const LISTED_DIGITS = /^(?:,[^\S\n]?|[^\S\n](?:and|и)[^\S\n])(\d{4,12}|\d{1,6}[-/]\d{1,6}(?:[-/]\d{1,6})?)(?![\p{L}\d]|[-/.]\d)/u;
const NUMBER_AND_YEAR = /^\d{1,6}\/(?:\d{2}|(?:19|20)\d\d)$/;
/** A span of years, "2023-2024", "2021/22" (not a year's running number, "2023/45"). */
function yearSpan(number: string): boolean {
  const m = /^((?:19|20)\d\d)[-/]((?:19|20)\d\d|\d\d)$/.exec(number);
  if (m === null) return false;
  const from = Number(m[1]);
  const to = m[2].length === 4 ? Number(m[2]) : Math.floor(from / 100) * 100 + Number(m[2]);
  return to > from && to - from <= 10;
}
/** A range of times, hours or counts: "10.30-11.45", "2200-0300", "12-15". */
const RANGE = /^\d{1,4}(?:[.:/]\d{2}(?:\.\d{2,4})?)?-\d{1,4}(?:[.:/]\d{2}(?:\.\d{2,4})?)?$/;
const NUMBER_WORD_RIGHT_BEFORE = /(?:^|[^\p{L}])(?:номер|number|no\.)\s$/iu;
/** Words that make a bare "case" a court's (criminal case 12-4417). */
const COURT_BEFORE = /(?:court|criminal|administrative)\s+$/i;
const GROUPED_PIN = /(?<![\p{L}0-9])[1-6][ -]\d{4}[ -]\d{4}[ -]\d{5}(?![\p{L}0-9])/uy;
const IBAN_COUNTRY = /[A-Z]{2}\s?\d{2}/;
// (Maybe with a space after the country's letters: "PL 27 1140 2004 …".)
const IBAN = /(?<![\p{L}0-9])[A-Z]{2}\s?\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?(?![\p{L}0-9])/gu;
const TWENTY_DIGITS = /(?<![\p{L}0-9])\d{20}(?![\p{L}0-9])/uy;
const POLISH_ACCOUNT = /(?<![\p{L}0-9])\d{2} ?\d{4} ?\d{4} ?\d{4} ?\d{4} ?\d{4} ?\d{4}(?![\p{L}0-9])/uy;
/** The IBAN's length in the region's countries and where its women go (ISO 13616 registry). */
const IBAN_LENGTHS: Record<string, number> = {
  AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BG: 22, BY: 28, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, ES: 24, FI: 18, FR: 27, GB: 22, GE: 22, GR: 27, HR: 21,
  HU: 28, IL: 23, IT: 27, KZ: 20, LT: 20, LV: 21, MD: 24, ME: 22, MK: 19, NL: 18, NO: 15, PL: 28, PT: 25, RO: 24, RS: 22, SE: 24, SI: 19, SK: 24, TR: 26, UA: 29,
};
/** ISO 13616: the country and check digits moved to the end, letters as 10-35, the whole number mod 97 is 1. */
function isIban(iban: string): boolean {
  if (iban.length < 15 || iban.length > 34) return false;
  const moved = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (let i = 0; i < moved.length; i++) {
    const c = moved.charCodeAt(i);
    const value = c <= 0x39 ? c - 0x30 : c - 0x41 + 10;
    rest = value >= 10 ? (rest * 100 + value) % 97 : (rest * 10 + value) % 97;
  }
  return rest === 1;
}
const MEDICAL_WORD = /медкарт|мед\.\s?карт|медицинск|болезни|амбулаторн|амб\.|пациент|больно|medical|patient|record/iu;
const MEDICAL_RECORD =
  /(?=[МмКкАаИиMmOoPp])(?<![\p{L}])(?:[Мм]едкарт\p{L}*|[Мм]ед\.\s?карт\p{L}*|(?:[Кк]арт|[Кк]арточк)\p{L}*\s+(?:пациент|больно)\p{L}*|[Мм]едицинск\p{L}*\s+карт\p{L}*|[Аа]мбулаторн\p{L}*\s+карт\p{L}*|[Аа]мб\.\s?карт\p{L}*|[Ии]стори\p{L}*\s+болезни|[Mm]edical\s+(?:record|file|card)s?|[Oo]utpatient\s+(?:record|file|card)s?|[Pp]atient(?:'s)?\s+(?:record|file|card|number)s?)(?:\s+(?:[Nn]o\.?|[Nn]r\.?|[Nn]umber|[Нн]омер|№)|(?:\s+\p{Ll}+){0,2}\s*№)?[\s:#]*((?:[A-ZА-ЯЁ]{1,3}(?:-|\s(?=\d{2}\/))?)?\d{1,8}(?:[/-]\d{1,8}){0,2}(?:-[A-ZА-ЯЁ]{1,2}(?![\p{L}]))?)(?![\p{L}\d]|[/-]\d)/gu;
const GROUPED_SEX_DATE = /(?<![\p{L}0-9])[1-8][ -]\d{6}[ -]\d{4}(?![\p{L}0-9]|[-/.]\d)/uy;
const PIN_BEFORE = /(?:^|[^\p{L}])(?:пин|pin)\p{L}{0,3}\s*:?\s*$/iu;
/**
 * A badge's or a service number's word within a few words before a number (its number noted as …), at a word's start:
 * "незнакомых" holds "знак", and a phone's "+375" after it is no badge.
 */
const BADGE_BEFORE = /(?<![\p{L}])(?:badge|jelvény|placa(?![^\S\n]+de[^\S\n]+matr)|matricola|service card|strážník|strážníc|straznik|strażnik|legitima|legityma|značk|znack|значк|жетон|төсбелгі|төсбелги|нагрудн|значок|бейдж|знак(?:а|е|ом)?(?![\p{L}])|удостоверени|udostoveren|sicil|service id|service number|service no|identification number|identification no|identifier|служебн\p{L}*\s+номер|služební číslo|sluzebni cislo|služobné číslo|identifikační číslo|azonosító szám|azonosító|numer służbowy|numer identyfikacyjny|табельн|личный номер|dienstnummer|(?:number|номер|цифры)[^\S\n](?:on (?:his|her|the) (?:chest|vest|uniform|jacket|id|card)|на (?:груди|форме|жилете|куртке)))(?:[^.!?\n]|(?<=(?<![\p{L}\d])(?:no|nr|n|br|\p{Lu}))\.){0,44}$/iu;
/**
 * A document's or a uniform's word and its "no." right before a number of four digits or more: an officer's ID, service
 * card or certificate ("ID no. 141729", "service card no. 11837", "certificate no. 017532"), the number on a vest
 * ("number on the vest: 7356"). (Right before: a year later in the sentence is no such number, "ID card issued in 2019".)
 */
const NUMBERED_DOCUMENT_BEFORE =
  /(?<![\p{L}])(?:(?:id|service card|service id|certificate|conclusion|заключени\p{Ll}{1,2}|талон\p{Ll}{0,2}(?:-уведомлени\p{Ll}{1,2})?|identity card|id card|arc card|residence card|residence permit|reg\.|registration|licen[cs]e|лицензи[яи]|посвідчення|удостоверение|удостоверения|вида? на жительство|внж|разрешени[еяю] на работу|work permit|karty? pobytu)(?:\s\p{Lu}{2,3})?\s*[,:]?\s*(?:no\.?|nr\.?|number|#|№|номер)|(?:number|no\.?|№|номер)\s+(?:on|of)\s+(?:the|his|her)\s+(?:vest|uniform|chest|jacket|helmet)|(?:number|номер)\s+(?:arc|внж|id))\s*:?\s*$/iu;
/** An account's word just before a number (the account DE27 …, IBAN: …, на счёт …). */
// (Or a demand to pay into it: "send here GE12BG0000000498301755 and we forget".)
const ACCOUNT_IN_SENTENCE = /(?<![\p{L}])(?:iban|account|transfer\p{L}*|send|sent|pay|paid|перевод\p{L}*|переведи|скинь|кинь|отправь|konto|účet|účtu|račun|cont|сч[её]т\p{L}*|рахун\p{L}*|реквизит\p{L}*|requisites|получател\p{L}*|recipient|beneficiary)(?![\p{L}])[^.!?\n]*$/iu;
const YU_ACCOUNT = /(?<![\p{L}\d-])\d{3}-\d{5,13}-\d{2}(?![\p{L}\d]|-\d)/uy;
const ACCOUNT_BEFORE = /(?<![\p{L}])(?:iban|account|acct|konto|kontonummer|účet|účtu|račun|cont|sąskait\p{L}*|рахун\p{L}*|сч[её]т\p{L}*)(?:\s+(?:no\.?|nr\.?|number|№))?[\s:]*$/iu;
/** A series (two to four digits, one to three capitals, or both: 66 В) and a number of 6-10 digits joined by "№". */
const SERIES_NO_NUMBER = /(?<![\p{L}\d№])(?:\d{2}\s?[A-ZА-ЯЁІ]{1,3}|\d{2,4}|[A-ZА-ЯЁІ]{1,3})\s?№\s?\d{6,10}(?![\p{L}\d])/uy;
// (And a work patent's region before "№" and its number: "патент 77 № 2304518612".)
const SERIES_AND_NUMBER = /(?:серии|серия|серій|серії|series|seria|ser\.|патент|патента|патентом|patent)[\s:]+((?:[A-ZА-ЯЁІ]{1,3}|\d{2,4})(?:\s?\d{2})?\s*(?:№|No\.?|N|nr\.?|номер|number)\s*(?:\d{6,10}|\d{3}[^\S\n]\d{3}))(?![\p{L}0-9])/gu;

/** Words that name a personal identity number (not a phone "number"). */
const NATIONAL_ID_CONTEXT =
  /(pesel|песел|egn|егн|jmbg|embg|јмбг|cnp|idnp|pinfl|пинфл|pin\b|пин(?![а-яё])|iin|иин|жсн|inn\b|инн|snils|снилс|rodné|rodne|asmens|kodas|isikukood|personas kods|personal code|personal number|personal id|teudat zehut|zehut|теудат|зеут|полис|омс(?![а-яё])|личный код|личный номер|персональный код|registration number|registration card|регистрац|emirates id|kimlik|кимлик|ykn|йкн|taj|\barc\b|rnokpp|рнокпп|unzr|унзр|ипн|id no|id number|id card|id-card|passport|паспорт|удостоверени|уд-е|уд-ия)/i;
const ID_CONTEXT =
  /(pesel|песел|személyi|szemelyi|személyazonosító|azonosító|taj\b|li[čc]n(?:[eau]|oj) kart[aeiu]|личн(?:[аеу]|ој) карт[аеиу]|osobn(?:[aeu]|oj) iskaznic[aeiu]|account|acct|iban|kookmin|shinhan|woori|nonghyup|кукмин|шинхан|вури|(?<!за )сч[её]т|рахунок|konto|účet|účtu|ucet|račun|racun|cont bancar|sąskaita|konts|egn|егн|jmbg|embg|јмбг|cnp|idnp|pin\b|пин(?![а-яё])|rodné|rodne|číslo|cislo|asmens|kodas|isikukood|personas|kods|personal code|personal number|teudat zehut|zehut|теудат|зеут|полис|омс(?![а-яё])|ikamet|икамет|личный код|личный номер|л\/н|персональный код|registration|регистрац|emirates|kimlik|arc\b|rnokpp|рнокпп|ипн|passport|паспорт|id[- ]?card|id\b|(?<![а-яё])ид(?![а-яё])|удостоверени|уд-ия|уд\.|документ|document|iin|иин|жсн|snils|снилс|inn|инн|pinfl|пинфл|cert\b|certificate|свидетельств|badge|жетон|нагрудн|знак|№|no\.|number|номер|card|карт|ss\b|патент|patent|permit|разрешени|visa|виза|визу|residence|вид на жительство|вида на жительство|внж|довідк)/i;

/**
 * Identity numbers: IIN (checksum), bank cards (Luhn), passports and ID cards
 * (letters and digits), other document numbers and badge numbers when the text
 * says what they are.
 */
export function detectIdNumbers(text: string, data: PackData = packData(), doc: TextDocument = new TextDocument(text)): Span[] {
  // The patterns that start with letters are tried only where a run of letters and digits has a digit within its first characters.
  const nearDigit = doc.runStartsNear('0-9', LETTERS_BEFORE_DIGIT);
  const scan: IdScan = {
    text,
    data,
    doc,
    out: [],
    // (None of those patterns has a lower-case letter among its first two characters: such starts are not tried.)
    idStarts: nearDigit.filter((at) => !basicLowerCase(text.charCodeAt(at)) && !basicLowerCase(text.charCodeAt(at + 1))),
    // The patterns that start with a digit after no digit are tried only where a run of digits starts.
    digitRuns: doc.digitRunStarts,
  };
  for (const rule of ID_RULES) rule(scan);
  return withRegisterParts(text, scan.out);
}


/**
 * A number after "№" or "no." in the shape of a document's, whatever the document's word: its number and year after a
 * slash ("заключение СМЭ № 1187/24", "DP no. 1192/2024", "свидетельство № 0471-К/23"), maybe after a register's letters
 * joined to it or with slashes and dots (the Greek police's "no. Α23/8471", "Α/Λ 344/2024", "Δ.Δ.Π. 1742/2024"), a register's letters, a number and
 * its part ("справка № ТП-11/3382"), a number and its letters ("экспертизы № 212/к"), a court register's letter, the year and the number ("№ R 24/4417"), five digits or more after "№" ("и № 417753") or six after "No." ("an act, AUAN No. 418277");
 * after "номер" or "number", a number
 * and its part of five digits or more ("видела на листе номер 114/2187"). Not a law's or an order's ("Закон № 61/1991",
 * "Order No. 45/2019").
 */
function numberedDocuments({ text, data, out }: IdScan): void {
  // (The signs found by a plain scan, the number tried only right after each: a pattern with a look-behind scanned over the
  // whole text cost more.)
  NUMBER_SIGN.lastIndex = 0;
  for (let sign = NUMBER_SIGN.exec(text); sign !== null; sign = NUMBER_SIGN.exec(text)) {
    if (sign.index > 0 && isLetter(text.charCodeAt(sign.index - 1))) continue;
    NUMBERED_DOCUMENT.lastIndex = sign.index;
    const m = NUMBERED_DOCUMENT.exec(text);
    if (m === null) continue;
    const number = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6];
    // (After "номер" or "number", a number and its part of five digits or more: "на листе номер 114/2187", not "номер 5/12".)
    if (m[5] !== undefined && (m[5].match(/\d/g)?.length ?? 0) < 5) continue;
    // (After "№" or "no.", a code of digits in parts, five digits or more, maybe after a register's letters, or a year and its
    // number: "сообщение о преступлении № 1/0418-24", "(№ 7594-23-00-5/5980)", "sample no. TP-24-0877", "Esas no. 2024/412";
    // not "№ 12-14", nor a phone, "No. 0555-123-456".)
    // (Nor a year and its month, "no. 2024/05".)
    // (A register's letter and four digits are enough: "Направление … № Р-1184".)
    if (m[6] !== undefined && (/^(?:19|20)\d\d\/\d+$/.test(m[6]) ? /^(?:19|20)\d\d\/(?:0?[1-9]|1[0-2])$/.test(m[6]) : (m[6].match(/\d/g)?.length ?? 0) < (/^\p{Lu}/u.test(m[6]) ? 4 : 5) || phoneIn(m[6], 0, data) !== null)) continue;
    // (Nor a phone's number after "No.": "Phone No. 01024056789".)
    if (m[3] !== undefined && phoneIn(m[3], 0, data) !== null) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    // (But an order about her is hers: "detention order no. 12/2024", "приказ о задержании № 513/24", "a protective order against
    // Akhmetov, no. 02-118-24".)
    // (Only "Act" with its capital: "act no. 3187/23" of a forensic bureau, "an act, AUAN No. 418277" are papers about her.)
    const law = LAW_BEFORE.exec(before);
    // (Nor an order of hers named a few words before its number: "a provisional protection order the same night (OPP no. 0041876".)
    if (law !== null && law[1] !== 'act' && !ORDER_ABOUT_HER.test(before) && !(law[1].toLowerCase() === 'order' && (ORDER_ABOUT_HER_EARLIER.test(text.slice(Math.max(0, m.index - 80), m.index)) || ORDER_KIND_BEFORE.test(before.slice(0, before.length - law[0].length))))) continue;
    const start = m.index + m[0].length - number.length;
    out.push(span(start, start + number.length, 'IDNUM', 'id.numbered-document', 0.75));
  }
}
/**
 * A paper's short number after its sign, where the paper's word stands earlier in the line: "справка из ОВД Оша, № 3921",
 * "ЗАКЛЮЧЕНИЕ ЭКСПЕРТА № 3814", "CERTIFICATE (…), dispensary, No. 3172", "| Medical certificate | No. 877 |", "вх. № 3184/к"
 * with its letter. Three or four digits; not a numbered place's (a polyclinic's, a school's, a court's district's) nor a
 * law's. (In the annotated sets such a number after such a word was someone's 120 times in 128, the rest laws'.)
 */
function shortNumbersOfPapers({ text, out }: IdScan): void {
  if (!text.includes('№') && !/[Nn][or]\./.test(text)) return;
  for (const m of text.matchAll(SHORT_PAPER_NUMBER)) {
    const line = text.slice(Math.max(0, m.index - 70), m.index);
    const before = line.slice(line.lastIndexOf('\n') + 1);
    if (!PAPER_WORD_BEFORE.test(before) || NUMBERED_PLACE_BEFORE.test(before) || LAW_BEFORE.test(before.slice(-30)) || ACT_OR_MEETING_BEFORE.test(before)) continue;
    const start = m.index + m[0].length - m[1].length;
    out.push(span(start, start + m[1].length, 'IDNUM', 'id.numbered-document', 0.7));
  }
}
const SHORT_PAPER_NUMBER = /(?<![\p{L}\d])(?:№|[Nn][or]\.)[^\S\n]?(\d{3,4}(?:\/\p{L}{1,2})?)(?![\p{L}\d]|[-/.,]\d)/gu;
const PAPER_WORD_BEFORE = /(?:справк|заключени|certificate|протокол|protocol|extract|выписк|(?<![\p{L}])КУСП?(?![\p{L}])|постановлени|решени|предписани|(?:protection|restraining|detention) order|(?<![\p{L}])акт(?![\p{L}])|направлени|квитанци|receipt|эксперт|expert|рапорт|referral|(?<![\p{L}])вх\.)/iu;
/** A government's act or a meeting's minutes named earlier in the line: "Постановление Правительства … № 1347", "Meeting protocol No. 105". */
const ACT_OR_MEETING_BEFORE = /(?:правительств|government|кабинет\p{Ll}* министров|cabinet of ministers|президент|president|указ|decree|закон|(?<![\p{L}])law(?![\p{L}])|meeting|заседани|совещани|собрани)/iu;
/** A numbered place's or body's word right before the sign: "polyclinic No. 3", "школа № 118", "судебного участка № 247". */
const NUMBERED_PLACE_BEFORE = /(?:поликлиник|больниц|школ|участ(?:ок|ка|ке)|отделени|колони|камер|кабинет|палат|school|polyclinic|clinic|hospital|ward|room|bus|route|маршрут|автобус|дом|house|гимнази|лице[йя]|роддом|детсад|сад|СИЗО|ИВС|ГКБ|ЦРБ|лист|том|приложени|таблиц|касс|поезд|рейс|сесси|заседани|пункт|правительств|annex|table|page|till|train|flight|session|meeting|group|item|point|government|cabinet)\p{Ll}{0,3}\.?[^\S\n]*(?:№|[Nn][or]\.)?[^\S\n]*$/iu;
/**
 * Serbian, Bosnian, Montenegrin and Croatian papers' numbers: a misdemeanour order's or a court register's letters before the
 * number and its year, "PN 02-14419/24", "Pr. 1184/2023"; a record's, an order's, a decision's or a report's number after its
 * word, "Zapisnik o zadržavanju br. 03-214/24", "prekršajni nalog" no. …", "zapisnik 11-3472/24", "решење бр. 551-08-2540/2024";
 * and the health insurance's LBO of eleven digits.
 */
function moldovanSeriesNumbers({ text, out }: IdScan): void {
  if (!/ [Nn][Rr]\.? ?\d/.test(text)) return;
  for (const m of text.matchAll(MOLDOVAN_SERIES_NUMBER)) out.push(span(m.index, m.index + m[0].length, 'IDNUM', 'id.series-number', 0.85));
}
/**
 * A Romanian contravention report's series, its letters and a digit, and its seven digits, without "nr.": "PLS1 0388712" in a
 * table of fines, "PV PL4 0551237". In the annotated sets this shape was a number 5 times in 5.
 */
function romanianReportSeries({ text, out }: IdScan): void {
  for (const m of /\p{Lu}\d \d/u.test(text) ? text.matchAll(ROMANIAN_REPORT_SERIES) : []) out.push(span(m.index, m.index + m[0].length, 'IDNUM', 'id.series-number', 0.8));
}
/**
 * A Kazakh court's case number, the court's code, the year, its parts and the case's number after a slash, with or
 * without a word before it: "Case 1 — 7599-25-00-5/1011", "№ 7527-24-00-4а/2291". In the annotated sets this shape was
 * a number 150 times in 150.
 */
function hungarianFileNumbers({ text, out }: IdScan): void {
  for (const m of /\/(?:19|20)\d\d\.[^\S\n]?\p{Ll}/u.test(text) ? text.matchAll(HUNGARIAN_FILE_NUMBER) : []) out.push(span(m.index, m.index + m[0].length, 'IDNUM', 'id.file-number', 0.85));
}
/**
 * A Hungarian police or court file with its register after the year, whatever its label: "Ügyszám: 05010-1982/2023. bü.",
 * "Iktatószám: 30000/1234-2/2023. ált.", "The penalty notice 01000/1234/2023. szabs. was paid".
 */
const HUNGARIAN_FILE_NUMBER = /(?<![\p{L}\d/-])\d{4,5}[-/]\d{1,6}(?:-\d{1,2})?\/(?:19|20)\d\d\.[^\S\n]?(?:bü|bű|bűn|ált|szabs|szab|nyom|bv|ig)\.(?![\p{L}\d])/gu;
function kazakhCourtNumbers({ text, out }: IdScan): void {
  for (const m of /\d-\d\d-\d\d-\d/.test(text) ? text.matchAll(KAZAKH_COURT_NUMBER) : []) out.push(span(m.index, m.index + m[0].length, 'IDNUM', 'id.court-case', 0.85));
}
const KAZAKH_COURT_NUMBER = /(?<![\p{L}\d-])\d{4}-\d{2}-\d{2}-\d{1,2}\p{L}{0,2}\/\d{1,6}(?![\p{L}\d]|[-/]\d)/gu;
const ROMANIAN_REPORT_SERIES = /(?<![\p{L}\d])\p{Lu}{2,3}\d[^\S\n]\d{7}(?![\p{L}\d])/gu;
/**
 * A Moldovan or Romanian report's series, its office's letters and digits, before "nr." and its number: "MAI07 nr. 094581",
 * "IS PL nr. 0220931", "PCPMB nr. 4471906".
 */
const MOLDOVAN_SERIES_NUMBER = /(?<![\p{L}\d])(?:[A-Z]{2,3} )?[A-Z]{2,5}\d{0,2} [Nn][Rr]\.? ?\d{6,8}(?![\p{L}\d])/gu;

/**
 * A registration's number in parts after its short word, a few words between: "рег. номер прокуратуры 12-4-2157", "Рег. № в
 * реестре 2-5518", "rep. 12-4-2157".
 */
function registrationNumbers({ text, out }: IdScan): void {
  if (!/[Рр]ег\.|[Rr]e[gp]\./.test(text)) return;
  for (const m of text.matchAll(REGISTRATION_NUMBER)) if (!looksLikeDate(m[1]) && !/^(?:19|20)\d\d-\d\d-\d\d$/.test(m[1])) out.push(span(m.index + m[0].length - m[1].length, m.index + m[0].length, 'IDNUM', 'id.numbered-document', 0.75));
}
/**
 * A code of a register's capitals, a hyphen and a number with its year after "nr.", "no." or "№": "payment order nr.
 * ПН-0441/24" (in the annotated gold, 170 times in 170).
 */
function numberedRegisterCodes({ text, out }: IdScan): void {
  for (const m of text.includes('/') ? text.matchAll(NUMBERED_REGISTER_CODE) : []) out.push(span(m.index + m[0].length - m[1].length, m.index + m[0].length, 'IDNUM', 'id.numbered-document', 0.75));
}
const NUMBERED_REGISTER_CODE = /(?<![\p{L}])(?:[Nn]r|[Nn]o|№)\.?[^\S\n]?(\p{Lu}{1,4}-\d{2,6}\/(?:\d{2}|(?:19|20)\d\d))(?![\p{L}\d]|[-/]\d)/gu;
const REGISTRATION_NUMBER = /(?<![\p{L}])(?:[Рр]ег|[Rr]eg|[Rr]ep)\.[^\S\n]*(?:(?:номер|№|no\.?|nr\.?)[^\S\n]*)?(?:\p{Ll}+[^\S\n]+){0,2}(\d{1,4}(?:-\d{1,6}){1,3})(?![\p{L}\d]|[-/.]\d)/gu;

function balkanPaperNumbers({ text, out }: IdScan): void {
  if (!BALKAN_TEST.test(text)) return;
  for (const m of text.matchAll(BALKAN_REGISTER_NUMBER)) out.push(span(m.index, m.index + m[0].length, 'IDNUM', 'id.balkan-paper', 0.8));
  for (const m of text.matchAll(ADMINISTRATIVE_PROCEDURE_NUMBER)) out.push(span(m.index, m.index + m[0].length, 'IDNUM', 'id.balkan-paper', 0.8));
  // (Not a gazette's citation of a law, "„Sl. glasnik RS", br. 65/2013", nor a room's number, "u sobi br. 12".)
  for (const m of text.matchAll(BALKAN_PAPER_NUMBER)) if (!GAZETTE_OR_ROOM_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index + m[0].length - m[1].length))) out.push(span(m.index + m[0].length - m[1].length, m.index + m[0].length, 'IDNUM', 'id.balkan-paper', 0.8));
  for (const m of text.matchAll(LBO_NUMBER)) out.push(span(m.index + m[0].length - m[1].length, m.index + m[0].length, 'IDNUM', 'id.balkan-paper', 0.8));
}
const BALKAN_TEST = /PN|Pr|PR|Ppr|Kv|Ki|Kž|Kt|KT|UP|УП|\p{Lu}-\p{Lu}\p{Ll}|[Zz]apisni|[Nn]alog|[Rr]j?e[šs]enj|[Pp]resud|[Pp]rijav|[Bb]roj|[Bb]r\.|записни|налог|решењ|пресуд|пријав|бр\.|LBO|ЛБО/u;
// (Or a prosecutor's, "Kt. 203/23", "KT 1154/23", or a pre-trial judge's with the entry's number after its year, "Ppr 3/2024-118";
// or a police administration's and its station's, "ПУ-Зем 1427/24".)
const BALKAN_REGISTER_NUMBER = /(?<![\p{L}\d])(?:PN|Pr|PR|Kv|Ki|Kž|Ku|Kps|Pp|Prekr|Kt|KT|Ktr|Ppr|ПН|Пр|Кт|КТ|\p{Lu}{2,3}-\p{Lu}\p{Ll}{1,4})\.?[^\S\n]\d{1,5}(?:-\d{2,6})?\/(?:\d{2}|(?:19|20)\d\d(?:-\d{1,4})?)(?![\p{L}\d]|[-/.]\d)/gu;
// (Or an administrative procedure's, its instance in Roman numbers, a body's number and the case's: "UP I 04-511/23-3187", "УП-II 12-33/2024".)
const ADMINISTRATIVE_PROCEDURE_NUMBER = /(?<![\p{L}\d])(?:UP|УП)[-\s]?(?:I{1,2}|1|2)[^\S\n]\d{1,3}-\d{1,6}\/(?:\d{2}|(?:19|20)\d\d)(?:-\d{1,6})?(?![\p{L}\d]|[-/.]\d)/gu;
const BALKAN_PAPER_NUMBER =
  /(?<![\p{L}.])(?:[Zz]apisni\p{Ll}{1,3}|[Nn]alog\p{Ll}{0,2}|[Rr]j?e[šs]enj\p{Ll}{1,2}|[Pp]resud\p{Ll}{1,2}|[Pp]rijav\p{Ll}{1,2}|[Bb]r\.|записни\p{Ll}{1,3}|налог\p{Ll}{0,2}|решењ\p{Ll}{1,2}|пресуд\p{Ll}{1,2}|пријав\p{Ll}{1,2}|бр\.)(?:[^\S\n]+(?:o|о)[^\S\n]+\p{Ll}+)?["»”]?[^\S\n]*(?:(?:no\.|№|br\.|бр\.)[^\S\n]*)?(\d{1,3}(?:-\d{2,6}){1,2}\/(?:\d{2}|(?:19|20)\d\d)|\d{2,6}\/(?:\d{2}|(?:19|20)\d\d))(?![\p{L}\d]|[-/.]\d)/gu;
const GAZETTE_OR_ROOM_BEFORE = /(?:glasnik|гласник|[Ss]lužbeni|[Сс]лужбени|[Nn]arodne novine|[Ss]l\. list|sob[aie]|соб[аие])[^\n]*$/u;
const LBO_NUMBER = /(?<![\p{L}])(?:LBO|ЛБО)[^\S\n]*:?[^\S\n]*(\d{11})(?![\p{L}\d])/gu;

/**
 * A code of two groups of capitals joined by a hyphen, then a space and its number: a register's or a clinic's, "KIB-HIV
 * 2211", "ХОЦ-СНІД 07718", "PU-ZG 4418", "ДЗ-НС 2024/0718". In the annotated sets such a code was someone's 91 times in 91.
 */
function twoLetterGroupCodes({ text, out }: IdScan): void {
  if (!/\p{Lu}-\p{Lu}/u.test(text)) return;
  // (Not a year after two bodies' or diseases' letters, "HIV-AIDS 2024", "ТБ-ВИЧ 2025", nor a radio band, "LTE-FDD 1800".)
  for (const m of text.matchAll(TWO_LETTER_GROUP_CODE)) if (!BODY_CODE.test(m[0]) && !RADIO_BAND.test(m[0]) && !/ (?:19|20)\d\d$/.test(m[0])) out.push(span(m.index, m.index + m[0].length, 'IDNUM', 'id.case-code', 0.7));
}
// (A product's letters open many a client's code of this shape, "SM-KR 0412", "КА-АЛ 0412": only a radio band's are left out.)
const RADIO_BAND = /^(?:LTE|GSM|UMTS|WCDMA|NR)-/;
const TWO_LETTER_GROUP_CODE = /(?<![\p{L}\d-])\p{Lu}{2,4}-\p{Lu}{2,5} \d{3,6}(?:\/\d{2,4})?(?![\p{L}\d]|[-/.,]\d)/gu;

/**
 * The number an authority gave its letter about her complaint, or stamped on the complaint when it came in: "Ответ
 * Инспектората полиции исх. № 34/12-4410", "prosecutor's letter, исх. 03-14/1177", "got the stamp, вх. 887", "the
 * prosecutor's office, incoming no. 2471", "the Commissioner's office, ref. 04-21/2216", "complaint registered SIS/2-10487",
 * "вх. № ж-1902-24" (the register's letter in lower case). It leads to her file there. Not the
 * organisation's own letter ("наш исх. № 14/24", "от общественной организации (исх. № 14/02-24)", "Вх. у нас: …").
 */
function authorityLetterNumbers({ text, out }: IdScan): void {
  if (!LETTER_WORD.test(text)) return;
  LETTER_NUMBER.lastIndex = 0;
  for (let m = LETTER_NUMBER.exec(text); m !== null; m = LETTER_NUMBER.exec(text)) {
    const number = m.groups!.number;
    const digits = number.replace(/\D/g, '').length;
    if (digits < 3 || looksLikeDate(number) || /^(?:19|20)\d\d$/.test(number) || yearSpan(number)) continue;
    // (After "registered", only a number in parts, "registered SIS/2-10487", not "registered 2024"; after "ref.", one of five
    // digits or more will do, "Norwegian police ref. 21438812".)
    const parts = /[-/]/.test(number);
    if ((m.groups!.word.startsWith('registered') && !parts) || (m.groups!.word === 'ref' && !parts && digits < 5)) continue;
    // (After "incoming" or "outgoing", only with "no." or "№": not a statement's "incoming 50000 tenge".)
    if ((m.groups!.word === 'incoming' || m.groups!.word === 'outgoing') && !/(?:№|[Nn]o\.?)[^\S\n]?$/.test(m[0].slice(0, m[0].length - number.length))) continue;
    const paragraph = text.slice(Math.max(0, m.index - 200), m.index);
    const before = paragraph.slice(paragraph.lastIndexOf('\n\n') + 1);
    // (With "№" after "вх." inside a sentence, the number the receiving office stamped, whoever it is: "документы отправлены
    // 30.10, вх. № 08-1193". Not an outgoing "исх. №", the organisation's own letter's more often, "Исх. № 112 от
    // 27.02.2024" heading it.)
    const signed = m.groups!.word === 'вх' && m[0].includes('№');
    if ((!signed && !AUTHORITY_BEFORE.test(before)) || OWN_LETTER_BEFORE.test(before.slice(-80))) continue;
    const start = m.index + m[0].length - number.length;
    out.push(span(start, start + number.length, 'IDNUM', 'id.authority-letter', 0.75));
  }
}
const LETTER_WORD = /(?:исх|вх|ref|registered|Исх|Вх|incoming|outgoing)\.?\s/;
const LETTER_NUMBER =
  /(?<![\p{L}])(?<word>[Ии]сх|[Вв]х|ref|incoming|outgoing|registered(?: (?:as|under))?)\.?[^\S\n]?(?:(?:№|[Nn]o\.?)[^\S\n]?)?(?<number>(?:\p{L}{1,4}[-/]?)?\d[\d\p{Ll}\p{Lu}]*(?:[-/](?:\p{L}{1,3}[-/])?\p{L}{0,3}\d[\p{L}\d]*)*(?:\/\p{Ll}{1,2}(?![\p{L}\d]))?)(?![\p{L}\d]|[-/.]\d)/gu;
/** An authority's word before the number in its paragraph: the office that wrote or stamped the letter. */
const AUTHORITY_BEFORE =
  /(?<![\p{L}])(?:прокурор\p{Ll}*|прокуратур\p{Ll}*|полици\p{Ll}*|милици\p{Ll}*|ОВД|УВД|РОВД|УП|ДП|МВД|ГУВД|инспекторат\p{Ll}*|управлени\p{Ll}*|суд\p{Ll}{0,3}|горсуд\p{Ll}{0,3}|райсуд\p{Ll}{0,3}|канцеляри\p{Ll}{1,2}|омбудсмен\p{Ll}*|уполномоченн\p{Ll}*|следствен\p{Ll}*|министерств\p{Ll}*|ответ\p{Ll}{0,2}|prosecutor\p{Ll}*|police|court|ombuds\p{Ll}*|commissioner\p{Ll}*|ministry|inspectorate|investigat\p{Ll}*|reply|replied|akyikatchy|stamp\p{Ll}*|штамп\p{Ll}*|complaint|жалоб\p{Ll}*|заявлени\p{Ll}*)(?![\p{L}])/iu;
/** The organisation's own letter: ours, internal, or from an organisation of its kind. */
const OWN_LETTER_BEFORE = /(?<![\p{L}])(?:наш\p{Ll}*|our|internal|внутр\p{Ll}*|(?:общественн\p{Ll}+\s)?организаци\p{Ll}*|центр\p{Ll}{0,2}|NGO|НПО|ОО|у нас)[^.!?\n]{0,40}$|(?:у нас|our)[^\S\n]*:?[^\S\n]*$/iu;

// (And "No" without its full stop before a number, as some write it: "No 77/2024".)
const NUMBER_SIGN = /№|[Nn][or]\.|[Nn]r(?= ?\d)|No(?= (?:\d|[A-ZА-ЯΑ-Ω]))|[Nn]os\.|[Нн]омер|number/g;
const NUMBERED_DOCUMENT =
  /(?:№|(?:[Nn]o\.|No(?= [\d\p{Lu}]))|[Nn]r\.?)[^\S\n]?((?:\p{Lu}{1,4}\d?(?:[./]\p{Lu}{1,3}){0,3}\.?[- ]?)?\d{1,6}(?:-\p{Lu}{1,3})?\/(?:\d{2}|(?:19|20)\d\d)(?:-\p{Lu}{1,4})?|\p{Lu}{1,2} \d{2}\/\d{3,6})(?![\p{L}\d]|[/.-]\d)|(?:№|[Nn]os\.)[^\S\n]?(\d{5,12})(?![\p{L}\d]|[/.,-]\d)|(?:(?:[Nn]o\.|No(?= [\d\p{Lu}]))|[Nn]r\.?)[^\S\n]?(\d{6,12})(?![\p{L}\d]|[/.,-]\d)|(?:№|(?:[Nn]o\.|No(?= [\d\p{Lu}]))|[Nn]r\.?)[^\S\n]?(\p{Lu}{1,4}\d{0,2}-\d{1,6}\/\d{1,6}|\d{3,6}\/\p{L}{1,3})(?![\p{L}\d]|[/.-]\d)|(?:[Нн]омер|number):?[^\S\n](\d{2,6}\/\d{2,6}|\d{1,6}\p{Lu}\/\p{Lu}{1,3}\/(?:19|20)\d\d|\d{1,6}\p{Ll}{1,3}-\d{1,6}(?:\/(?:19|20)\d\d)?)(?![\p{L}\d]|[/.-]\d)|(?:№|(?:[Nn]o\.|No(?= [\d\p{Lu}]))|[Nn]r\.?)[^\S\n]?((?:\p{Lu}{1,4}-)?\d{1,6}(?:[-/]\d{1,6}){1,6}|(?:19|20)\d\d\/\d{1,6}|\p{Lu}{1,4}-\d{4,8}|\p{Lu}\d?\/\d{3,6}\/(?:19|20)\d\d|\p{Lu}{1,4}\/\d{4,8}|\p{Lu}{1,4}\d{1,4}-\d{5,12}|\d{1,6}\p{Ll}{1,3}-\d{1,6}(?:\/(?:19|20)\d\d)?|\p{Lu}{1,3}\d{2}\/\d{3,6})(?![\p{L}\d]|[/.-]\d)/uy;
/** Such an order named earlier in the sentence, its number given after: "a protective order in 2022 (order no. 2/1184-22)". */
const ORDER_KIND_BEFORE = /(?:detention|protection|protective|restraining|barring|deportation|removal|expulsion)[^\S\n]+$/iu;
const ORDER_ABOUT_HER_EARLIER = /(?:detention|protection|protective|restraining|deportation|removal|expulsion)\s+order[^.!?\n]{0,40}\border\s*$/iu;
const ORDER_ABOUT_HER = /(?:detention|protection|protective|restraining|barring|deportation|removal|expulsion|misdemeanou?r|penalty|заборонн|задержани|выдворени|депортаци|выдворен|помещени|штраф)\p{L}*[\s:,]*(?:order(?:[^\S\n]+(?:against|on)[^\S\n]+\p{L}[\p{L}'’-]+)?[\s,]*)?(?:no\.?|nr\.?|№)?[\s:]*$/iu;
/**
 * A law's, a code's or an order's word before its number (they name no person), or a letter's own outgoing or incoming number
 * (исх. № 47/24). (An "act" in lower case is a paper about her, "They wrote an act, AUAN No. 418277": see numberedDocuments.)
 */
const LAW_BEFORE = /(?<![\p{L}])(закон\p{Ll}*|law|act|кодекс\p{Ll}*|code|указ\p{Ll}*|decree|regulation|directive|директив\p{Ll}*|ordinance|order|приказ\p{Ll}*|legea|zakon\p{Ll}*|ustaw\p{Ll}*|zákon\p{Ll}*|исх|вх|our\s+ref)\.?(?![\p{L}])[^.!?\n№]{0,24}$/iu;

/**
 * An identity number keeps the parts of its register written joined to it: letters and a hyphen before ("BAZ-SZ 0218456",
 * "ME-TR 0041873" where "SZ 0218456" was found) and a slash and digits after ("КВД-19/3381" where "КВД-19" was); and the
 * numbers of the same shape listed after it are numbers too ("nos. 0417283 and 0417284", "№ 0417283, 0417284 и 0417285").
 * Pure but for the spans' own bounds.
 */
function withRegisterParts(text: string, spans: Span[]): Span[] {
  // (Each number listed is added once, whichever rules found the one before it: a list stays linear.)
  const starts = new Set(spans.map((s) => s.start));
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const next = NEXT_IN_LIST.exec(text.slice(s.end, s.end + 32));
    const at = next === null ? -1 : s.end + next[0].length - next[1].length;
    if (next !== null && !starts.has(at) && sameShape(text.slice(s.start, s.end), next[1])) {
      starts.add(at);
      spans.push({ ...s, start: at, end: s.end + next[0].length });
    }
    const registerBefore = registerAndNrBefore(text, s.start);
    if (text.charCodeAt(s.start - 1) === 0x2d) {
      // (Or an office's number joined by a hyphen: a Swedish police report's "5000-K1284377-24".)
      const prefix = REGISTER_PREFIX.exec(text.slice(Math.max(0, s.start - 8), s.start)) ?? OFFICE_DIGITS_BEFORE.exec(text.slice(Math.max(0, s.start - 8), s.start));
      if (prefix) s.start -= prefix[0].length;
    } else if (/№[^\S\n]?$/.test(text.slice(Math.max(0, s.start - 2), s.start)) && /^\d/.test(text.slice(s.start, s.start + 1))) {
      // (Or a report's series and "№" before its number: "MAI 03 № 248116", "АУАН № 118274".)
      const series = SERIES_BEFORE_SIGN.exec(text.slice(Math.max(0, s.start - 16), s.start));
      if (series && !NOT_A_REGISTER.test(series[1]) && !FILE_CUES.has(series[1].toLowerCase()) && !NOT_A_SERIES.has(series[1])) s.start -= series[0].length;
    } else if (registerBefore) {
      // (Or a register's letters and "nr." before the number, as Kosovo's courts write it: "file P. nr. 2214/23", "PKR. nr. 318/2023".)
      s.start -= registerBefore[0].length;
    } else if (text.charCodeAt(s.start - 1) === 0x20 && /^(?:\p{Lu}{1,4}-\d|\p{Lu}{1,2}\d+\/\d|\d+[-/]\d)/u.test(text.slice(s.start, s.end))) {
      // (Or a register's letters and a space before a code that starts with its own, or before a number in parts: "police
      // note KRP VI-1142/24", "medical record MR 2024-08812".)
      const prefix = REGISTER_LETTERS_BEFORE.exec(text.slice(Math.max(0, s.start - 6), s.start));
      if (prefix && !NOT_A_REGISTER.test(prefix[1]) && !FILE_CUES.has(prefix[1].toLowerCase())) s.start -= prefix[0].length;
      // (And a country's or an office's letters joined to those by a hyphen: "nalog br. RS-PN 2201-004317/24".)
      const joined = prefix && text.charCodeAt(s.start - 1) === 0x2d ? REGISTER_PREFIX.exec(text.slice(Math.max(0, s.start - 8), s.start)) : null;
      if (joined) s.start -= joined[0].length;
    }
    if (text.charCodeAt(s.end) === 0x2f) {
      const suffix = REGISTER_SUFFIX.exec(text.slice(s.end, s.end + 12));
      if (suffix) s.end += suffix[0].length;
    } else if (text.charCodeAt(s.end) === 0x2d && /\d$/.test(text.slice(s.end - 1, s.end))) {
      // (Or a bureau's letters after a hyphen: "conclusion no. 2417-SME", "акт № 1147-СМЭ".)
      const letters = /^-\p{Lu}{2,4}(?![\p{L}\d]|-\d)/u.exec(text.slice(s.end, s.end + 6));
      if (letters) s.end += letters[0].length;
      // (Or a year's two digits after a letter's code: "K1284377-24".)
      else if (/\p{Lu}/u.test(text.slice(s.start, s.end))) {
        const year = /^-\d{2}(?![\p{L}\d]|[-/.,]\d)/u.exec(text.slice(s.end, s.end + 5));
        if (year) s.end += year[0].length;
      }
    }
    // (And a register's letters after a number and its year: a Hungarian "01080/1437/2023.szabs.", "…/2023. bü.", a Turkish
    // court's "2023/1874 E.".)
    // (A register's letters found with it keep their full stop: "01130-4488/2023.bü.")
    if (/\/(?:19|20)\d\d\.\p{Ll}{2,6}$/u.test(text.slice(s.start, s.end)) && text.charCodeAt(s.end) === 0x2e) s.end++;
    if (/\d/.test(text[s.end - 1] ?? '') && text.slice(s.start, s.end).includes('/')) {
      const register = REGISTER_LETTERS_AFTER.exec(text.slice(s.end, s.end + 10));
      if (register) s.end += register[0].length;
      // (A Hungarian court's number ends with its full stop, as the court writes it: "26.Szabs.12451/2023/4.", "3.Bpk.123/2023/5.".)
      else if (HUNGARIAN_COURT_NUMBER.test(text.slice(s.start, s.end)) && /^\.(?:[^\S\n]|$|[,;)])/.test(text.slice(s.end, s.end + 2))) s.end += 1;
    }
  }
  return spans;
}
// (Or after a space, one of a Hungarian police file's registers, "05010-1982/2023. bü.", "…/2023. ált.".)
// (Or a Kyrgyz court's judge's letter and digit: УД-658/24.Б3.)
const REGISTER_LETTERS_AFTER = /^(?:\.\p{Ll}{2,6}\.|\.[^\S\n](?:bü|ált|szabs|szab|nyom|bv|ig)\.|[^\S\n][EK]\.|\.\p{Lu}\d{1,2})(?![\p{L}\d])/u;
const HUNGARIAN_COURT_NUMBER = /^\d{1,3}\.\p{Lu}\p{Ll}{0,5}\.\d+\/(?:19|20)\d\d\/\d{1,3}$/u;
const NEXT_IN_LIST = /^(?:,[^\S\n]?|[^\S\n](?:and|и|та|і|&)[^\S\n])(?:№[^\S\n]?)?([\p{Lu}\d][\p{Lu}\d/-]{3,19})(?![\p{L}\d]|[/-]\d)/u;
/** Two numbers of one list: the same letters and separators in the same places, and as many digits give or take one. */
function sameShape(a: string, b: string): boolean {
  const shape = (v: string) => v.replace(/\d+/g, '9');
  const digits = (v: string) => v.replace(/\D/g, '').length;
  return /\d{4}/.test(b) && shape(a) === shape(b) && Math.abs(digits(a) - digits(b)) <= 1;
}
// (Latin capitals: Cyrillic ones before a code are as often a body's, СПИД ТБ-0772.)
/** Letters before "№" that name the paper, not its series: a forensic examination's, a traffic accident's. */
const NOT_A_SERIES = new Set(['СМЭ', 'СМО', 'ДТП', 'ОВД', 'УВД', 'РОВД', 'ОП']);
const SERIES_BEFORE_SIGN = /(?<![\p{L}\d])(\p{Lu}{2,4})(?:[^\S\n]?\d{1,3})?[^\S\n]?№[^\S\n]?$/u;
// (Or a German fine's register, "OWi 44/2024-7713".)
// (Or a Balkan court's register in its mixed case: Croatia's misdemeanours "Pp J-2317/2023", "Kž", "Gž".)
// (Or Greek capitals, the police's book of complaints, "ΑΒΜ Ε23/81447".)
const REGISTER_LETTERS_BEFORE = /(?<![\p{L}\d.])(?!(?:ID|NO|NR|TEL|HIV|AIDS|TB) )([A-Z]{2,4}|[Α-Ω]{2,4}|OWi|Pp|Kt|Kž|Kp|Kv|Ki|Pž|Gž|Gp) $/u;
const REGISTER_PREFIX = /(?<![\p{L}\d-])\p{Lu}[\p{L}]{0,3}-$/u;
/** An office's or a region's digits and a hyphen before a code that starts with a letter or digit (5000-K1284377). */
// (Or of two digits, a region's: "ЕРП 02-0117-2024-000412".)
// (Or a country's letters and an office's digits: the Dutch IND's "PL1700-2024013377".)
const OFFICE_DIGITS_BEFORE = /(?<![\p{L}\d-])(?:\p{Lu}{1,3})?\d{2,5}-$/u;
const REGISTER_SUFFIX = /^\/\d{1,8}(?![\p{L}\d]|[/.-]\d)/u;

/** What the rules below read, and the spans they find (in the order of ID_RULES). */
interface IdScan {
  text: string;
  data: PackData;
  doc: TextDocument;
  out: Span[];
  /** Where a run of digits starts. */
  digitRuns: readonly number[];
  /** Where a run of letters and digits with a digit near its start starts, not with a lower-case letter. */
  idStarts: readonly number[];
}

/**
 * A document's number typed (or scanned) digit by digit, a space between each, after a word that says so, maybe after its
 * series' letters: "паспорт ЕК 4 5 1 2 3 9", "FA 0 8 7 2 3 4 1", "КУСП № 9 1 2 4". Five digits or more, or four after "№".
 * (Only where such a run stands at all: one cheap scan for it.)
 */
function spacedDigits({ text, out }: IdScan): void {
  if (!SPACED_DIGITS_TEST.test(text)) return;
  for (const m of text.matchAll(SPACED_DIGITS)) {
    const digits = (m[0].length - (m[1]?.length ?? 0) + 1) >> 1;
    // (The letters before the digits are the number's word, not its series: "ИИН 8 5 0 7 1 2 3 0 0 1 8 4".)
    const start = m[1] !== undefined && ID_CONTEXT.test(m[1]) ? m.index + m[1].length : m.index;
    // (The word in the same sentence: "passport FA 0 8 7 2 3 4 1. Оценка 5 4 3 2 1" gives the marks no document.)
    const before = text.slice(Math.max(0, m.index - 40), start).replace(/^[^]*[.!?;\n]\s+(?=\p{Lu})/u, '');
    if (digits < 5 && !/№\s?$/.test(before)) continue;
    if (ID_CONTEXT.test(before) && !/\d[\d\s]*$/.test(before.slice(-3))) out.push(span(start, m.index + m[0].length, 'IDNUM', 'id.spaced-digits', 0.75));
  }
}
const SPACED_DIGITS_TEST = /\d \d \d \d/;
const SPACED_DIGITS = /(?=[\p{Lu}\d])(?<![\p{L}\d])(\p{Lu}{1,3} )?\d(?: \d){3,17}(?![\p{L}\d]|[ ]\d)/gu;

/**
 * A social security or national register number written in many groups after its word, which the national numbers' shape
 * (four groups at most) does not take: the French NIR "2 88 11 99 111 214 37", the Belgian register's "95.03.21-418.07".
 */
function registerNumbers({ text, out, digitRuns }: IdScan): void {
  if (!REGISTER_WORD.test(text)) return;
  for (const m of matchesAt(MANY_GROUPS, text, digitRuns)) {
    const digits = m[0].replace(/\D/g, '').length;
    if (digits < 9 || digits > 15) continue;
    if (REGISTER_BEFORE.test(text.slice(Math.max(0, m.index! - 48), m.index!))) out.push(span(m.index!, m.index! + m[0].length, 'IDNUM', 'id.register-grouped', 0.8));
  }
}
const REGISTER_WORD = /social security|sécurité sociale|securite sociale|national regist|registre national|rijksregister|реестр|соцстрах|\bNIR\b|\bAHV\b|\bAVS\b|numéro national|insurance number/i;
const REGISTER_BEFORE = new RegExp(`(?:${REGISTER_WORD.source})[^.!?\\n]*$`, 'i');
const MANY_GROUPS = /(?<![\p{L}\d.,/-])\d{1,6}(?:[ .\-/]\d{1,6}){4,7}(?![\p{L}\d]|[.,/-]\d)/uy;

/**
 * A Norwegian immigration case's DUF number (its year, six digits and two) and a Finnish personal identity code by its shape
 * (the date of birth, the century's sign, three digits and a check character) after their words, whatever the checksum:
 * "DUF 2022 118304 96", "personal identity code 030491-986T".
 */
function northernNumbers({ text, out }: IdScan): void {
  if (!NORTHERN_WORD.test(text)) return;
  for (const m of text.matchAll(NORTHERN_NUMBER)) {
    const value = m[1] ?? m[2];
    const start = m.index + m[0].length - value.length;
    out.push(span(start, start + value.length, 'IDNUM', 'id.northern', 0.8));
  }
}
const NORTHERN_WORD = /DUF|identity code|henkilötunnus|HETU|personbeteckning/i;
const NORTHERN_NUMBER =
  /(?:DUF(?:[^\S\n]*(?:no\.?|nr\.?|number|номер))?[^\S\n]*:?[^\S\n]*((?:19|20)\d{2}[^\S\n]?\d{6}[^\S\n]?\d{2})|(?:identity code|henkilötunnus|HETU|personbeteckning)[^\S\n]*:?[^\S\n]*((?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}[-+A-FU-Y]\d{3}[0-9A-Y]))(?![\p{L}\d])/giu;

/**
 * The rules, each a function of its own: one function of all of them was too large for the optimising compiler to take
 * cheaply (a cold `redact` spent much of its time compiling it).
 */
const ID_RULES: ReadonlyArray<(scan: IdScan) => void> = [
  northernNumbers,
  spacedDigits,
  registerNumbers,
  iinNumbers,
  cardNumbers,
  nationalNumbers,
  groupedPins,
  groupedSexDates,
  seriesWithTheirWords,
  seriesBeforeNumberSign,
  fileNumbers,
  numberedDocuments,
  shortNumbersOfPapers,
  balkanPaperNumbers,
  moldovanSeriesNumbers,
  romanianReportSeries,
  kazakhCourtNumbers,
  hungarianFileNumbers,
  registrationNumbers,
  numberedRegisterCodes,
  twoLetterGroupCodes,
  authorityLetterNumbers,
  protocolNumbers,
  courtCaseNumbers,
  koreanCaseNumbers,
  numberedOfficeCodes,
  moldovanReports,
  documentLetters,
  letterDigitIds,
  longNumbersAndPrefixes,
  insuranceNumbers,
  passports,
  documentCodesAfterTheirWords,
  bareNumbersAndBadges,
  accounts,
  medicalRecords,
  compoundReferences,
  italianFiscalCodes,
  polishSignatures,
  registerSignatures,
  hyphenatedRegisterNumbers,
  protocolSeries,
  compoundNumberNouns,
  crimeReports,
  badges,
  letteredNationalIds,
  slovakIdCards,
  treatyBodyApplications,
  referenceNumbers,
  digitsThenLetters,
  officeReferences,
  birthCertificates,
  misdemeanourRegisters,
  registerLists,
  signedCodes,
  registerLetterCases,
  hebrewAndGreekRegisters,
  toldNumbers,
  programmeCodes,
  uniqueCodes,
  brazilianCpfs,
  belgianRegisterNumbers,
  sortCodesAndAccounts,
  casesAndCzechAccounts,
  westernPaperNumbers,
  caseCodes,
  codeColumns,
  clientCodesAndMaskedCards,
  papersAboutHer,
  shortLabelledIds,
  travelCodes,
];

/**
 * A table pasted as text (bars or tabs between its cells) whose header names a column of codes, "| № | Код | Возраст |",
 * "Client ID\tAge": in each row under it, a code in that column, letters and digits in one word ("ГАЖ88Ж", "JA-23-031"); or
 * a column of protocols' or files' numbers, "| Protocol no. |", digits alone too ("0958114").
 */
function codeColumns({ text, out }: IdScan): void {
  if (!CODE_HEADER_TEST.test(text)) return;
  // (Two cells of a column at least: not one article's code alone under "| Код | Статья |", "УК-120".)
  const found: Array<{ start: number; length: number; key: string }> = [];
  let columns: number[] = [];
  let numbered: number[] = [];
  let bare: number[] = [];
  let header: string[] = [];
  let separator = '';
  for (const { lineStart, sep, cells } of tableRows(text)) {
    if (cells.length < 2) {
      columns = [];
      continue;
    }
    const headed = cells.map((cell, c) => (CODE_HEADER.test(cell.trim()) || numberHeader(cell) ? c : -1)).filter((c) => c >= 0);
    if (headed.length > 0 && cells.every((cell) => !/\d/.test(cell))) {
      columns = headed;
      numbered = headed.filter((c) => numberHeader(cells[c]));
      // (A header without a number's word, "Протокол", "КУСП", "ERDR", "szabs. ügy", may head a count in a table of figures.)
      bare = numbered.filter((c) => !NUMBER_WORD_IN_HEADER.test(cells[c]));
      header = cells;
      separator = sep;
      continue;
    }
    if (sep !== separator) continue;
    let at = lineStart;
    for (let c = 0; c < cells.length; c++) {
      const number = numbered.includes(c) ? COLUMN_NUMBER.exec(cells[c]) : null;
      // (Under a bare "Protocol", "КУСП" or "ERDR" only six digits or more alone, or digits in groups after another header's
      // word: not a year's count of them, "| Протокол | 10234 |", "Алматы;2023;12345", nor a treatment's protocol, "| Protocol |
      // 2-100/24 |".)
      const code = columns.includes(c) ? (COLUMN_CODE.exec(cells[c]) ?? (number !== null && !(bare.includes(c) && (/^\d+$/.test(number[1]) ? number[1].length < 6 : /^\s*(?:protocol|протокол)\s*$/iu.test(header[c] ?? ''))) ? number : null)) : null;
      // (Three digits or more, or a peer programme's code glued, "ГАЖ88Ж", "SEAL97": not a region's or a drug course's, "ОШ-01",
      // "PEP-28".)
      // (Nor a year and its month, "| 2024-03 |".)
      if (code !== null && !YEAR_MONTH.test(code[1]) && ((code[1].match(/\d/g)?.length ?? 0) >= 3 || /^\p{Lu}{2,5}\d{2}\p{Lu}?$/u.test(code[1]))) {
        // (Under a header of numbers a number of five digits or more stands alone: "| szabs. ügy | 01000/2187/2023 |", the other
        // rows "-".)
        const alone = code === number && (!bare.includes(c) || /[-/]/.test(code[1])) && (code[1].match(/\d/g)?.length ?? 0) >= 5;
        found.push({ start: at + cells[c].trimEnd().length - code[1].length, length: code[1].length, key: alone ? '' : String(c) });
      }
      at += cells[c].length + 1;
    }
  }
  pushAlike(found, out);
}
/** (Flushed at the end of codeColumns: the codes whose column holds another, and those found alone, whose key is empty.) */
function pushAlike(found: Array<{ start: number; length: number; key: string }>, out: Span[]): void {
  const counts = new Map<string, number>();
  for (const f of found) counts.set(f.key, (counts.get(f.key) ?? 0) + 1);
  for (const f of found) if (f.key === '' || (counts.get(f.key) ?? 0) >= 2) out.push(span(f.start, f.start + f.length, 'IDNUM', 'id.case-code', 0.7));
}
const YEAR_MONTH = /^(?:19|20)\d\d[-/](?:0[1-9]|1[0-2])$/;
const NUMBER_WORD_IN_HEADER = /(?<![\p{L}])(?:no\.?|nr\.?|number|№|номер|broj|szám)(?![\p{L}])|№|szám/iu;
const CODE_HEADER_TEST = /(?:код|шифр|уик|code|uic|id|no\.?|nr\.?|номер|№|протокол\p{Ll}*|protocol|dosar|verbal|ügy|prijave|дела|кусп|erdr|card|карт\p{Ll}*)\s*(?:\||\t|;|\n|,)/iu;
/**
 * A column of a protocol's, a file's, a case's, a report's or a card's numbers, whose cells may be digits alone: "| Protocol
 * no. |", "| № протокола |", "| Протокол |", "| № дела |", "Nr. proces-verbal / dosar", "Broj prijave", "szabs. ügy", "migr.
 * card". (Each part of a header that a slash divides is asked: "ERDR / case no.".)
 */
function numberHeader(cell: string): boolean {
  return cell.trim().split(/[^\S\n]*\/[^\S\n]*/).some((part) => NUMBER_HEADER.test(part));
}
const NUMBER_HEADER = new RegExp(
  String.raw`^(?:(?:protocol|file|case|court[^\S\n_]case|record|report|протокол\p{Ll}{0,2}|дел\p{Ll}{1,2}|doc|document|заявлени\p{Ll}{1,2})[^\S\n_]*[_.]?[^\S\n]*(?:no\.?|nr\.?|number|№|номер)|protocol|протокол|(?:№|номер|nr\.?|no\.?|broj)[^\S\n]+(?:протокола|дела|постановления|решения|заявления|proces-verbal|dosar|prijave|predmeta)|` +
    String.raw`proces-verbal|dosar|ügyszám|szabs\.?[^\S\n]*ügy|кусп|erdr|migr\.?[^\S\n]*card|migration[^\S\n]+card|миграционн?\p{Ll}*(?:[^\S\n]+карт\p{Ll})?|court[^\S\n]+case|суд\.?[^\S\n]+дело)$`,
  'iu',
);
// (Or a court's, its chamber's digit and maybe a letter first: "| 5-1102/24 |", "| 5а-88/24 |"; or groups of digits a hyphen or a
// slash joins, as courts and police registers of the region write them, "5999-23-00-3/2214", "02/3-2-04-1-1182/23", "1872-23";
// maybe after a register's letters or a number's sign, whose number alone is the item: "КУСП 1872", "АП № 0048812".)
const COLUMN_NUMBER = /^[^\S\n]*(?:(?:\p{Lu}{2,5}[^\S\n]*)?(?:№|No\.?|Nr\.?)?[^\S\n]*)(\d{5,12}(?:[-/]\d{1,6}){0,2}|\d{1,2}\p{Ll}?-\d{2,6}\/\d{2,4}|(?=(?:[^\d\n]*\d){4})\d{1,5}(?:[-/]\d{1,6}){1,6}|(?<=\p{Lu}[^\S\n]*(?:№[^\S\n]*)?)\d{4})[^\S\n]*$/u;
const CODE_HEADER = /^(?:(?:client|case|participant|respondent)?[^\S\n]?(?:code|id|uic)|код(?:[^\S\n]+(?:клиента|клиентки|участницы|респондента))?|шифр|уик)$/iu;
/** A cell of a code alone: letters and digits, maybe joined by hyphens or slashes, in one word. */
const COLUMN_CODE = /^[^\S\n]*((?=[\p{L}\d/-]*\p{L})[\p{Lu}\d][\p{Lu}\d/-]{4,15})[^\S\n]*$/u;

/**
 * A flight's booking code and an e-ticket's number after their words: "booking code KX7Q4P", "Код бронирования PGX4HD",
 * "e-ticket 235-2418836571", a bus's booking "VNTH-558213". They name her on a flight's or a bus's list.
 */
function travelCodes({ text, out }: IdScan): void {
  if (!TRAVEL_WORD.test(text)) return;
  for (const m of text.matchAll(TRAVEL_CODE)) {
    if (!/\d/.test(m[1]) && !/ticket/i.test(m[0])) continue;
    const start = m.index + m[0].length - m[1].length;
    out.push(span(start, start + m[1].length, 'IDNUM', 'id.travel-code', 0.75));
  }
}
const TRAVEL_WORD = /booking|PNR|бронировани|бронь|ticket|билет/i;
const TRAVEL_CODE =
  /(?<![\p{L}])(?:booking(?:[^\S\n]+(?:code|ref(?:erence)?|no\.?|number))?|PNR|[Кк]од[^\S\n]+бронировани\p{Ll}|бронь|e-?ticket(?:[^\S\n]+(?:no\.?|number))?|(?:электронн\p{Ll}+[^\S\n]+)?билет\p{Ll}{0,2}[^\S\n]+№?)[^\S\n]*[:#]?[^\S\n]*((?=[A-Z\d]{6}(?![\p{L}\d]))[A-Z\d]*[A-Z][A-Z\d]*|\d{3}-?\d{10}|[A-Z]{2,5}-\d{5,10})(?![\p{L}\d])/giu;

/**
 * A court's or a misdemeanour register's letters, a space and the case's number and year, as the Balkans' courts write
 * them ("К 1184/23", "Кт 114/24", "PR 2231/23", "ПРК-Т 301/24", "КЦЦГ 2024/1733"): the letters name the register, so the
 * whole is one file about her. Not a law's article, a page or a flat.
 */
function registerLetterCases({ text, out }: IdScan): void {
  if (!text.includes('/')) return;
  REGISTER_LETTER_CASE.lastIndex = 0;
  for (let m = REGISTER_LETTER_CASE.exec(text); m !== null; m = REGISTER_LETTER_CASE.exec(text)) {
    // (A letter alone only before a number of three digits or more: "os. Centrum C 7/41" is a block and a flat.)
    if (m[1].length === 1 && /^\d{1,2}\//.test(m[0].slice(2))) continue;
    // (A register's letters are capitals, or two letters at most: "Cejl 63/12", "Zemlyanoy Val 24/32" are a street and its
    // house. Nor a currency after its sum: "3 EUR 12/24".)
    // (Or a court's letters and its branch's after a hyphen, "PP-Ba 1104/24" of the court in Bar.)
    const numbered = m[0].includes(' br.') || /^\p{Lu}{1,3}-\p{Lu}\p{Ll}$/u.test(m[1]);
    if ((m[1].length > 2 && m[1] !== m[1].toUpperCase() && !numbered) || (NOT_A_REGISTER_WORD.test(m[1]) && !numbered) || CURRENCY_WORD.test(m[1]) || /\d\s?$/.test(text.slice(Math.max(0, m.index - 2), m.index)) || LAW_BEFORE.test(text.slice(Math.max(0, m.index - 32), m.index))) continue;
    out.push(span(m.index, m.index + m[0].length, 'IDNUM', 'id.register-case', 0.75));
  }
  // (Or a Romanian prosecutor's file, its register's letter between the number and the year, with no word: "813D/P/2021".)
  for (const m of text.includes('/P/') ? text.matchAll(PROSECUTORS_FILE) : []) out.push(span(m.index, m.index + m[0].length, 'IDNUM', 'id.register-case', 0.75));
}
const PROSECUTORS_FILE = /(?<![\p{L}\d/])\d{1,6}\p{Lu}?\/P\/(?:19|20)\d{2}(?![\p{L}\d]|\/\d)/gu;
/**
 * A police file or a court case under its register's letters in Hebrew or Greek, as Israeli and Cypriot papers write them:
 * "פל\"א 12874/2025", "ת\"פ 18730-06-23", "ΑΡ. ΦΑΚ. 412/2024", "ΑΓ.Ν. 1127/2024". The letters name the register; the whole is
 * her file.
 */
function hebrewAndGreekRegisters({ text, out }: IdScan): void {
  if (!FOREIGN_REGISTER_LETTER.test(text)) return;
  for (const m of text.matchAll(FOREIGN_REGISTER)) out.push(span(m.index, m.index + m[0].length, 'IDNUM', 'id.register-case', 0.75));
}
const FOREIGN_REGISTER_LETTER = /[\u05D0-\u05EA\u0391-\u03A9]/u;
const FOREIGN_REGISTER =
  /(?:[\u05D0-\u05EA]{1,3}["״][\u05D0-\u05EA]|(?<![\p{L}])(?:[\u0391-\u03A9]{1,4}\.[^\S\n]?){1,3})[^\S\n]?\d{1,7}(?:[-/]\d{2,4}){1,2}(?![\p{L}\d]|[-/]\d)/gu;

// (With its department's Roman number before, as Polish courts write it: "VIII Kp 418/24".)
// (Or its letters with a full stop and "br." before the number, as Montenegro's write it: "PP br. 1123/24", "Kt. br. 388/24".)
const REGISTER_LETTER_CASE = /(?=\p{Lu})(?<![\p{L}\d.-])(?:[IVX]{1,4}[^\S\n](?=\p{Lu}))?(\p{Lu}\p{L}{0,3}(?:-\p{Lu}\p{Ll}?)?)(?:\.?[^\S\n]br\.)?[^\S\n](?:\d{1,5}\/(?:19|20)?\d{2}|(?:19|20)\d{2}\/\d{1,6})(?![\p{L}\d]|[/.-]\d)/gu;
/** Words before a number and year that are no register's: a law's article or part, a page, a flat, a number's sign, a month. */
const NOT_A_REGISTER_WORD = /^(?:art|arts|st|ст|ч|п|пп|no|nr|nos|tel|page|p|pp|стр|vol|apt|кв|д|ул|str|br|бр|rd|ave|kg|km|ch|sec|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|янв|фев|мар|апр|май|июн|июл|авг|сен|окт|ноя|дек|the|on|in|at|of|to|by|for|and|from|и|в|на|от|до|за|с|по|из|law|laws|act|code|decree|order|закон|указ|приказ|zakon|ustawa|zákon|legea|season|сезон|winter|summer|year|год|term|class|grade)$/iu;

/**
 * A number right after the short name of a residence card, a tax or social number or a prosecutor's register, which names
 * nothing else: Cyprus's "ARC: 1183047" and "TIC: 60418237Q", Greece's "AFM 165390227" and "ABM Ε24/18327", a Dutch company's "KvK 87214409", a
 * Swiss migration register's "ZEMIS no. N 1093 4471".
 */
function shortLabelledIds({ text, out }: IdScan): void {
  if (!SHORT_ID_LABEL.test(text)) return;
  SHORT_LABELLED_ID.lastIndex = 0;
  for (let m = SHORT_LABELLED_ID.exec(text); m !== null; m = SHORT_LABELLED_ID.exec(text)) {
    const start = m.index + m[0].length - m[1].length;
    out.push(span(start, start + m[1].length, 'IDNUM', 'id.short-label', 0.8));
  }
}
const SHORT_ID_LABEL = /ARC|TIC|AFM|ΑΦΜ|ABM|ΑΒΜ|AMKA|ΑΜΚΑ|NIE|TIE|AHV|KvK|ZEMIS/;
const SHORT_LABELLED_ID =
  /(?<![\p{L}])(?:ARC|TIC|AFM|ΑΦΜ|ABM|ΑΒΜ|AMKA|ΑΜΚΑ|NIE|TIE|AHV|KvK|ZEMIS)(?:[^\S\n]?(?:no\.?|nr\.?|№|#))?[^\S\n]?:?[^\S\n]*((?:[A-ZΑ-Ω][-\s]?)?\d{6,12}[A-Z]?|[A-ZΑ-Ω]\d{2}\/\d{3,6}|[A-Z][^\S\n](?!(?:19|20)\d\d[^\S\n](?:19|20)\d\d)\d{4}[^\S\n]\d{4})(?![\p{L}\d]|[-/.]\d)/gu;

/**
 * A patient's code in a treatment programme or a clinic, after "код" or "code" and the programme's word: "OST code
 * PL-0773", "код ЗТ TB-4412", "код пациента RND-0912", "на днепровский сайт, код ДН-ЗПТ-2291" (after methadone). Only with
 * a clinic's or a treatment's word shortly before: "наш код AKT-05", "(код OSH-0199" of a client who came to us are the
 * organisation's own.
 */
function programmeCodes({ text, out }: IdScan): void {
  if (!/[Кк]од|[Cc]ode/.test(text)) return;
  PROGRAMME_CODE.lastIndex = 0;
  for (let m = PROGRAMME_CODE.exec(text); m !== null; m = PROGRAMME_CODE.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 100), m.index);
    const sentence = before.slice(Math.max(before.lastIndexOf('\n'), before.search(/[.!?][^.!?]*$/)) + 1);
    if (!TREATMENT_WORD.test(sentence + m[0])) continue;
    const start = m.index + m[0].length - m[1].length;
    out.push(span(start, start + m[1].length, 'IDNUM', 'id.programme-code', 0.7));
  }
}
const PROGRAMME_CODE =
  /(?<![\p{L}])(?:[Кк]од|[Cc]ode)(?:[^\S\n]+(?:пациента|пациентки|участника|участницы|программы|ЗТ|ОЗТ|ЗПТ|OST|OAT|MAT|patient|programme|program|participant)){0,2}[^\S\n]*[:(]?[^\S\n]*((?:[A-ZА-ЯЁ]{1,5}-){1,3}\d{3,6}(?:-\d{1,4})?)(?![\p{L}\d]|[-/]\d)/gu;
/** A clinic's or a treatment programme's word: the code is hers there. */
const TREATMENT_WORD =
  /(?:метадон|methadone|бупренорф|buprenorph|субутекс|subutex|субоксон|suboxone|(?<![\p{L}])(?:ЗТ|ОЗТ|ЗПТ|OST|OAT|MAT)(?![\p{L}])|пациент|patient|нарколог|диспансер|narcolog|AIDS|СПИД|клиник|clinic|hospital|больниц|лаборатор|laborator|пробирк)/iu;

/**
 * A short number of a paper written about her body or her detention, after "No." or "№" in the same sentence as the paper's
 * word: "The forensic report no. 1924", "Observation sheet no. 18834", "a 24-hour detention order, No. 1432з-118",
 * "экспертизу мне выдали только 6 сентября, № 3341".
 */
function papersAboutHer({ text, out }: IdScan): void {
  if (!PAPER_ABOUT_HER_WORD.test(text)) return;
  for (const m of text.matchAll(PAPER_ABOUT_HER)) {
    // (Not a law's number the sentence cites on the way: "detention order (Art. 57, Law No. 6458)".)
    if (LAW_RIGHT_BEFORE.test(m[0].slice(0, m[0].length - m[1].length))) continue;
    out.push(span(m.index + m[0].length - m[1].length, m.index + m[0].length, 'IDNUM', 'id.paper-about-her', 0.75));
  }
  // (Or "номер" before the paper's word in the genitive: "номер решения 2023/1147", "номер протокола 0418-24".)
  if (text.includes('номер')) for (const m of text.matchAll(NUMBER_OF_PAPER)) out.push(span(m.index + m[0].length - m[1].length, m.index + m[0].length, 'IDNUM', 'id.paper-about-her', 0.75));
}
const NUMBER_OF_PAPER =
  /(?<![\p{L}])номер[^\S\n]+(?:решения|дела|протокола|постановления|заключения|справки|акта|экспертизы|определения)[^\S\n]*[:—–-]?[^\S\n]*(\d{1,6}(?:[/-]\d{1,6}){1,2})(?![\p{L}\d]|[-/]\d)/gu;
const LAW_RIGHT_BEFORE = /(?<![\p{L}])(?:law|закон\p{Ll}*|decree|указ\p{Ll}*|приказ\p{Ll}*|resolution|постановлени\p{Ll}*|regulation)[^\S\n]*(?:№|[Nn]o\.)[^\S\n]?$/iu;
const PAPER_ABOUT_HER_WORD = /forensic|medico|observation|detention|examination|экспертиз|освидетельствовани|медкарт|задержани|номер/i;
const PAPER_ABOUT_HER =
  /(?:(?:forensic|medico-legal|medical|observation|detention|examination)[^\S\n]+(?:report|sheet|order|certificate|opinion|record)|экспертиз\p{Ll}*|освидетельствовани\p{Ll}*|медкарт\p{Ll}*|протокол\p{Ll}*[^\S\n]+(?:о[^\S\n]+)?задержани\p{Ll}*)[^!?\n]{0,50}?(?:№|[Nn]o\.)[^\S\n]?(\d{3,7}(?:\p{Ll}(?:-\d{1,6})?|[-/]\d{1,6})?)(?![\p{L}\d]|[-/]\d)/giu;

/**
 * A harm-reduction programme's unique client code, built from letters of the parents' names, the year of birth and the sex
 * (МАОЛ1990Ж, GASE1985F, ЛМ-1996-О, the year's two digits only: ГЛНР91Ж), and a bank card's last digits behind its masked ones ("ending **** 7718").
 */
function clientCodesAndMaskedCards({ text, out }: IdScan): void {
  // (Looked for only where four digits stand before a hyphen or a sex's letter: the pattern's start is tried nowhere else.)
  if (CLIENT_CODE_DIGITS.test(text)) for (const m of text.matchAll(UNIQUE_CLIENT_CODE)) out.push(span(m.index, m.index + m[0].length, 'IDNUM', 'id.client-code', 0.8));
  if (text.includes('**')) for (const m of text.matchAll(MASKED_CARD)) out.push(span(m.index, m.index + m[0].length, 'IDNUM', 'id.masked-card', 0.75));
  // (Or a card's last four digits told after its word: "the card ending 3390", "карта, заканчивается на 4417".)
  if (CARD_ENDING_WORD.test(text)) for (const m of text.matchAll(CARD_ENDING)) out.push(span(m.index + m[0].length - 4, m.index + m[0].length, 'IDNUM', 'id.masked-card', 0.7));
}
const CARD_ENDING_WORD = /ending|ends|last (?:4|four)|заканчива|последние/i;
const CARD_ENDING =
  /(?<![\p{L}])(?:card|карт\p{Ll}{0,2})[^.!?\n\d]{0,24}?(?:ending(?:[^\S\n]+in)?|ends?[^\S\n]+(?:in|with)|last[^\S\n]+(?:4|four)(?:[^\S\n]+digits)?|заканчива\p{Ll}+[^\S\n]+на|последние[^\S\n]+(?:4|четыре)(?:[^\S\n]+цифры)?)[\s:*]*\d{4}(?![\p{L}\d]|[-/.]\d)/giu;
// (Or its letters, the year or the month and year, and a letter, joined by hyphens: "ЛМ-1996-О", "MC-0895-F", "ІБ-1987-М".)
const CLIENT_CODE_DIGITS = /\d{4}[-МЖMF]|\p{Lu}{4}\d\d[МЖMF]/u;
const UNIQUE_CLIENT_CODE =
  /(?=\p{Lu})(?<![\p{L}\d-])(?:[А-ЯЁ]{2,4}(?:19|20)\d{2}[МЖ]|[A-Z]{2,4}(?:19|20)\d{2}[MF]|[А-ЯЁІЇЄ]{2,4}-\d{4}-[А-ЯЁІЇЄ]|[A-ZĂÂÎȘȚŞŢČŠŽ]{2,4}-\d{4}-[A-ZĂÂÎȘȚŞŢČŠŽ]|[А-ЯЁ]{4}\d{6}[МЖ]|[A-Z]{4}\d{6}[MF]|[А-ЯЁ]{4}(?:0[1-9]|1[0-2])\d{2}[МЖ]|[A-Z]{4}(?:0[1-9]|1[0-2])\d{2}[MF]|[А-ЯЁ]{4}\d{2}[МЖ]|[A-Z]{4}\d{2}[MF])(?![\p{L}\d]|-[\p{L}\d])/gu;
const MASKED_CARD = /(?<![\p{L}\d*])\*{2,4}(?:[\s-]?\*{4}){0,3}[\s-]?\d{4}(?![\p{L}\d])/gu;

/**
 * A case's code after the word of a code, a card or a file, the organisation's own as well: it leads to her records there,
 * so it goes with the narrative's other numbers ("Client code: SH-2024-031", "код BSH-0772", "Код: Ш-24/007", "our file
 * WAW/2023/044", "Intake no. SH-KH-23-064", "internal number DU-23-041", "CRM as MSK-1211-07", "the case (MSK-24-044)").
 * Letters first, maybe more letters and a year, then a running number of two digits or more; or after a
 * card's word, digits, a hyphen and more digits or a letter (a clinic's card: "Card 17-5093", "карта 3318-С"); after
 * "случай", up to two words between ("ее случай у нас БШ-24/038"). Without a word: a code opening a list's item, and a
 * register's, two different codes of one shape; then every code of a shape found so.
 */
function caseCodes({ text, out, data }: IdScan): void {
  const shapes = new Set<string>();
  // (An organisation's list of its cases, each item opening with its code: "1. ALM-031. Madina S., Almaty, …".)
  if (LIST_ITEM_CODE_TEST.test(text)) {
    for (const m of text.matchAll(LIST_ITEM_CODE)) {
      // (After a dash's bullet only a code in three groups or with a nought before its number, or before a name: not a model's,
      // "- HP-1020 — принтер", "- GAZ-3302".)
      if (BODY_CODE.test(m[1]) || (DASH_BULLET.test(text.slice(text.lastIndexOf('\n', m.index - 1) + 1, m.index)) && !/^(?:\p{Lu}+[-/]){2}|[-/]0\d/u.test(m[1]) && !NAME_AFTER_ITEM.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24)))) continue;
      const start = m.index + m[0].length - m[1].length;
      out.push(span(start, start + m[1].length, 'IDNUM', 'id.case-code', 0.7));
      shapes.add(codeShape(m[1]));
    }
  }
  if (CASE_CODE_WORD.test(text)) caseCodesAfterTheirWords(text, out, shapes);
  // (Or on a heading in capitals, or one that opens with a case's word, after its words and a dash, the case it is about:
  // "CASE NOTES — AST-0302 — debt bondage", "FOLLOW-UP LOG — ALM-0412 (Gulnara / Gulya)", "Case update — HH-UA-0133 —
  // 15.05.2024"; three digits at least, not a standard's or a year's.)
  if (CODE_START.test(text)) {
    for (const m of text.matchAll(HEADING_CODE)) {
      if ((m[1].match(/\d/g)?.length ?? 0) < 3 || BODY_CODE.test(m[1])) continue;
      const start = m.index + m[0].length - m[1].length;
      out.push(span(start, start + m[1].length, 'IDNUM', 'id.case-code', 0.7));
      shapes.add(codeShape(m[1]));
    }
  }
  // (Or a research participant's short code after her word, and where it opens a line again, speaking in the transcript:
  // "Participant: P14 ("Camelia")", "P14: Last month, on Romford Road"; not a vitamin's or a road's "B12" elsewhere.)
  const participants = new Set<string>();
  for (const m of PARTICIPANT_WORD_TEST.test(text) ? text.matchAll(PARTICIPANT_CODE) : []) {
    out.push(span(m.index + m[0].length - m[1].length, m.index + m[0].length, 'IDNUM', 'id.case-code', 0.7));
    participants.add(m[1]);
  }
  if (participants.size > 0) {
    for (const m of text.matchAll(SHORT_SPEAKER)) if (participants.has(m[1])) out.push(span(m.index + m[0].length - m[1].length - 1, m.index + m[0].length - 1, 'IDNUM', 'id.case-code', 0.7));
    // (A hyphenated one's letters are the study's: each code of them, "codes only here: BS-12, BS-27, BS-31".)
    const letters = new Set([...participants].filter((code) => code.includes('-')).map((code) => code.slice(0, code.indexOf('-'))));
    if (letters.size > 0) for (const m of text.matchAll(LOOSE_CODE)) if (letters.has(m[0].slice(0, m[0].indexOf('-')))) out.push(span(m.index, m.index + m[0].length, 'IDNUM', 'id.case-code', 0.7));
  }
  // (Or speaking in a transcript, two different codes opening lines before a colon, their letters two or more: "FG3-02: В
  // «Шугылу», к девочкам.", "FG3-05: Я ходила…"; then those codes wherever they stand, and others of their shape with a digit
  // among their letters, "(коды FG3-01 — FG3-07)". Not a questionnaire's "Q-01:", nor goals' "SDG-05:".)
  if (text.includes(':')) {
    const speakers = new Set([...text.matchAll(SPEAKER_CODE)].map((m) => m[1]).filter((code) => !BODY_CODE.test(code)));
    if (speakers.size >= 2) {
      const speakerShapes = new Set([...speakers].map(codeShape));
      for (const m of text.matchAll(LOOSE_CODE)) if (speakers.has(m[0]) || (/\d-/.test(m[0]) && speakerShapes.has(codeShape(m[0])))) out.push(span(m.index, m.index + m[0].length, 'IDNUM', 'id.case-code', 0.7));
    }
  }
  const postal = /-\d{4}/.test(text) ? postalLetters(text) : new Set<string>();
  // (Or on an e-mail's subject line, where a case is named by its code: "Subject: Re: closing – Osh police case – OR-2023-019".)
  for (const line of text.matchAll(SUBJECT_LINES)) {
    const lineStart = line.index + line[0].length - line[1].length;
    for (const m of line[1].matchAll(ANY_CODE)) {
      if ((m[0].match(/\d/g)?.length ?? 0) < 3 || postalCode(line[1], m.index, m[0], postal)) continue;
      out.push(span(lineStart + m.index, lineStart + m.index + m[0].length, 'IDNUM', 'id.case-code', 0.7));
      shapes.add(codeShape(m[0]));
    }
  }
  if (!CODE_START.test(text)) return;
  // (Not a plate, whose letters go on after its digits or whose car is named before it, "PP-118-GE", "plate LM-4402"; nor a
  // postal code with its country's letters, "Rīga, LV-1011".)
  const codes = [...text.matchAll(ANY_CODE)].filter(
    (m) => !(m.index > 0 && isLetter(text.charCodeAt(m.index - 1))) && !/^[-/]\p{L}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2)) && !postalCode(text, m.index, m[0], postal) && !carWordBefore(text.slice(Math.max(0, m.index - 40), m.index)),
  );
  // (A register's codes: two different codes of one shape with three digits or more, as a table's column or a list of
  // cases writes them, "MK-24-031; 02.04.2024; …", "| BU-2024-011 |".)
  const values = new Map<string, Set<string>>();
  for (const m of codes) {
    const shape = codeShape(m[0]);
    // (Not a standard's or a year's: "ISO-9001" and "ALM-2023" are no register.)
    if ((m[0].match(/\d/g)?.length ?? 0) >= 3 && !NOT_A_CASE_CODE.test(m[0])) values.set(shape, (values.get(shape) ?? new Set()).add(m[0]));
  }
  for (const [shape, seen] of values) if (seen.size >= 2) shapes.add(shape);
  // (And every other code of a shape found so in the narrative, even one that reads as a year, "TLN-1998": one organisation
  // writes its codes one way, "Ulzhan's card number there is KRG-04471, Katya's is KRG-04473"; or alone, a code of a file's
  // shape, see LONE_CODE.)
  const found = new Set(out.filter((o) => o.rule === 'id.case-code').map((o) => o.start));
  for (const m of codes) if (!found.has(m.index) && ((shapes.has(codeShape(m[0])) && !PRODUCT_CODE.test(m[0])) || loneCode(text, m.index, m[0], data))) out.push(span(m.index, m.index + m[0].length, 'IDNUM', 'id.case-code', 0.7));
}
/**
 * A file's code alone, with no word of a file before it: two to four capitals (maybe an office's digit, "BP8-0417"), maybe
 * a country's or a town's letters, a year or its two digits, then a running number of three to five digits, "у нас
 * ОМ-0322", "Ainur Zh. (KRG-0451)", "ANK-TJ-052", "ZB-2022-141", "see ALM-23-118/2"; or two digits after a country's and a
 * town's letters, an interview's, "RO-CT-31", "BG-PD-11" (50 times in 54 someone's in the annotated sets). An organisation's files are written
 * so; in the annotated sets such a code stood outside a marked number 67 times in 3,990, mostly a register's entries. Not a
 * car's or an aircraft's model ("ВАЗ-2107", "AN-124"), a standard's, a law's or a form's ("form IV-100"), nor a road's.
 */
function loneCode(text: string, at: number, code: string, data: PackData): boolean {
  return (
    LONE_CODE.test(code) &&
    // (A code of two digits only where no town opens its bracket: "Bishkek (KG-GB-01, Chui)" names a region.)
    !(/-\d{2}$/.test(code) && townBeforeBracket(text, at, data)) &&
    !NOT_A_CASE_CODE.test(code) &&
    !THING_BEFORE_CODE.test(text.slice(Math.max(0, at - 24), at)) &&
    !BRAND_BEFORE_CODE.test(text.slice(Math.max(0, at - 16), at)) &&
    !FORM_BEFORE_CODE.test(text.slice(Math.max(0, at - 20), at)) &&
    !ROAD_AFTER.test(text.slice(at + code.length, at + code.length + 12))
  );
}
/** A town of the packs, then a space and the bracket that `at` opens: "Bishkek (". */
function townBeforeBracket(text: string, at: number, data: PackData): boolean {
  const town = /(\p{L}+)[^\S\n]\($/u.exec(text.slice(Math.max(0, at - 32), at));
  return town !== null && data.places.has(town[1].toLowerCase());
}
const LONE_CODE = /^\p{Lu}{2,4}\d?(?:-(?:\p{Lu}{1,3}|\d{2}|(?:19|20)\d\d)){0,2}-\d{3,5}(?:\/\d{1,2})?$|^\p{Lu}{2,3}-\p{Lu}{2,3}\d?-\d{2}$/u;
// (A maker's name right before its model, "Canon LBP-2900", "Yamaha YBR-125": a capitalised word and a space, no name's.)
const BRAND_BEFORE_CODE = /(?<![\p{L}])(?:Canon|Yamaha|Honda|Suzuki|Kawasaki|Toyota|Nissan|Hyundai|Kia|Samsung|Xiaomi|Huawei|Nokia|Sony|Lenovo|Asus|Acer|Epson|Brother|Bosch|Philips|Garmin|Motorola|Alcatel|Tecno|Infinix|Realme|Oppo|Vivo|Boeing|Airbus|Embraer)[^\S\n]$/u;
const FORM_BEFORE_CODE = /(?:камер\p{Ll}*|кабинет\p{Ll}*|room|hall|annex|ward|палат\p{Ll}*|дорог\p{Ll}*|трасс\p{Ll}*|road|highway|route|маршрут\p{Ll}*|kit|lot|batch|партия|партии|grant|грант\p{Ll}*|form|forms|формы?|бланк\p{Ll}*|приложени\p{Ll}*|promo(?:\s+code)?|промокод|coupon|voucher|купон|discount|скидк\p{Ll}*|закон\p{Ll}*|law|flight|рейс\p{Ll}*)[^\S\n]*(?:—|-|–|:)?[^\S\n]*(?:No\.?|№|#)?[^\S\n]*$/iu;
const CODE_START = /\p{Lu}\d?[-/]\d/u;
const PARTICIPANT_WORD_TEST = /[Pp]articipant|[Rr]espondent|[Ii]nterviewee|[Cc]omplainant|[Уу]частниц|[Рр]еспондент|[Зз]аявительниц/u;
// (Or a complainant's, her letters and number joined by a hyphen, "Complainant BS-27 (Milka, 19)".)
const PARTICIPANT_CODE = /(?<![\p{L}])(?:[Pp]articipant|[Rr]espondent|[Ii]nterviewee|[Cc]omplainant|[Уу]частниц\p{Ll}|[Рр]еспондент\p{Ll}{0,2}|[Зз]аявительниц\p{Ll})(?:[^\S\n]+(?:code|ID|no\.?|код))?:?[^\S\n]+([A-ZА-ЯЁ]{1,2}\d{2,3}|[A-ZА-ЯЁ]{1,4}-\d{2,4})(?![\p{L}\d]|[-/.,]\d)/gu;
const SPEAKER_CODE = /(?:^|\n)[^\S\n]*([A-ZА-ЯЁ]{2,4}\d{0,2}-\d{2,4}):[^\S\n]/gu;
const SHORT_SPEAKER = /(?:^|\n)[^\S\n]*([A-ZА-ЯЁ]{1,2}\d{2,3}):/gu;
const LOOSE_CODE = /(?<![\p{L}\d-])[A-ZА-ЯЁ]{1,4}\d{0,2}-\d{2,4}(?![\p{L}\d]|[-/]\d)/gu;

/**
 * Western European papers' numbers, whose shapes nothing else has: a German job centre's household number, "26102BG0034817";
 * a German residence title's or identity card's, nine letters and digits of an alphabet without vowels, a letter first and
 * two digits among them at least, "Y2LN80C4K"; a Berlin police report's, "240307-0211-012845"; an Italian health code for
 * those without papers, "ENI0309060007723", "STP0309060012489"; and after their words, a Belgian immigration office's file,
 * "dossier OE 8.214.377", "Номер досье OE: 8.214.377", and a French officer's "RIO".
 */
function westernPaperNumbers({ text, out }: IdScan): void {
  if (text.includes('BG')) for (const m of text.matchAll(HOUSEHOLD_NUMBER)) out.push(span(m.index, m.index + m[0].length, 'IDNUM', 'id.western-paper', 0.8));
  // (A card's and a report's only where a card's or a residence title's, or a police report's, word came shortly before: not a
  // phone's model or a vaccine's batch, "model M1908C3JH", "lot FK7723MNX", nor an order's number, "Order 230512-1530-000123".)
  if (CARD_WORD.test(text)) {
    for (const m of text.matchAll(GERMAN_CARD_NUMBER)) {
      if ((m[0].match(/\d/g)?.length ?? 0) >= 2 && (m[0].match(/[A-Z]/g)?.length ?? 0) >= 3 && CARD_WORD.test(text.slice(Math.max(0, m.index - 160), m.index))) out.push(span(m.index, m.index + m[0].length, 'IDNUM', 'id.western-paper', 0.75));
    }
  }
  if (text.includes('-')) {
    // (With the letter of the Berlin police's system before its last part, "230918-1104-i41722", no word is needed.)
    for (const m of text.matchAll(POLICE_REPORT_NUMBER)) if (m[1] === 'i' || REPORT_WORD.test(text.slice(Math.max(0, m.index - 80), m.index))) out.push(span(m.index, m.index + m[0].length, 'IDNUM', 'id.western-paper', 0.75));
  }
  if (text.includes('ENI') || text.includes('STP')) for (const m of text.matchAll(ITALIAN_HEALTH_CODE)) out.push(span(m.index, m.index + m[0].length, 'IDNUM', 'id.western-paper', 0.8));
  if (text.includes('.')) for (const m of text.matchAll(DOTTED_FILE)) out.push(span(m.index + m[0].length - m[1].length, m.index + m[0].length, 'IDNUM', 'id.western-paper', 0.75));
  if (text.includes('RIO')) for (const m of text.matchAll(RIO_NUMBER)) out.push(span(m.index + m[0].length - m[1].length, m.index + m[0].length, 'IDNUM', 'id.badge', 0.8));
}
/** A French police officer's number after its capitals, "RIO seen: 1527390" (in capitals only: a "Kia Rio" is a car). */
const RIO_NUMBER = /(?<![\p{L}])RIO(?:[^\S\n]+(?:seen|number|no\.?|№|номер))?[^\S\n]*:?[^\S\n]*(\d{7})(?![\p{L}\d])/gu;
const CARD_WORD = /aufenthalt|ausweis|titel|eAT|residence|permit|card|karte|карт|ВНЖ|вид на жительство|документ|document|passport|паспорт/iu;
const REPORT_WORD = /vorgang|anzeige|einsatz|aktenzeichen|polizei|police|полиц|report|заявлен|протокол|tagebuch/iu;
const ITALIAN_HEALTH_CODE = /(?<![\p{L}\d])(?:ENI|STP)\d{13}(?![\p{L}\d])/gu;
const DOTTED_FILE = /(?<![\p{L}])(?:[Dd]ossier|[Дд]осье|[Dd]osar\p{Ll}{0,2}|OE|DVZ)(?:[^\S\n]+(?:OE|DVZ|no\.?|nr\.?|№))?[^\S\n]*:?[^\S\n]*(\d\.\d{3}\.\d{3})(?![\p{L}\d]|[.,]\d)/gu;
const HOUSEHOLD_NUMBER = /(?<![\p{L}\d])\d{5}BG\d{7}(?![\p{L}\d])/gu;
const GERMAN_CARD_NUMBER = /(?=[CFGHJKLMNPRTVWXYZ])(?<![\p{L}\d-])[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ\d]{8}(?![\p{L}\d-])/gu;
const POLICE_REPORT_NUMBER = /(?<![\p{L}\d-])\d{6}-\d{4}-([i\d])\d{5}(?![\p{L}\d-])/gu;

/**
 * A Russian court's administrative case, "2а-2251/2024" (its letter after the judge's digit), an Uzbek court's case and a
 * Turkish file with its kind after it, anywhere; a Czech account with its bank's code after a slash, "2701458823/2010",
 * where the sentence asks to pay or send.
 */
function casesAndCzechAccounts({ text, out }: IdScan): void {
  if (!text.includes('/')) return;
  for (const m of text.matchAll(ADMINISTRATIVE_CASE)) out.push(span(m.index, m.index + m[0].length, 'IDNUM', 'id.court-case', 0.8));
  for (const m of text.matchAll(UZBEK_COURT_CASE)) out.push(span(m.index, m.index + m[0].length, 'IDNUM', 'id.court-case', 0.8));
  if (text.includes('İş') || text.includes('Esas') || text.includes('Soruşturma')) for (const m of text.matchAll(TURKISH_FILE_KIND_AFTER)) out.push(span(m.index, m.index + m[0].length, 'IDNUM', 'id.court-case', 0.8));
  for (const m of text.matchAll(CZECH_ACCOUNT)) if (ACCOUNT_IN_SENTENCE.test(text.slice(Math.max(0, m.index - 64), m.index))) out.push(span(m.index, m.index + m[0].length, 'IDNUM', 'id.account', 0.8));
}
/** An Uzbek court's case, its kind's digit, the court's, the year's and the month's, then its number: "4-1004-2408/2291". */
// (The year and the month a real one's, "2408"; maybe a year's suffix after the number, "-24": not a hotline's "8-800-2000/122",
// an ISBN's "5-8125-0736/2" or a city's phone "8-7172-7430/31".)
const UZBEK_COURT_CASE = /(?<![\p{L}\d-])\d-\d{4}-[12]\d(?:0[1-9]|1[0-2])\/\d{1,6}(?:-\d{2})?(?![\p{L}\d]|[-/]\d)/gu;
/**
 * A Turkish court's or prosecutor's file with its kind written after it, anywhere: "2023/7781 D.İş" (a miscellaneous
 * matter), "2024/412 Esas", "2023/51872 Soruşturma" (an investigation's).
 */
const TURKISH_FILE_KIND_AFTER = /(?<![\p{L}\d/-])(?:19|20)\d{2}\/\d{1,6}[^\S\n]?(?:D\.[^\S\n]?İş|Esas|Soruşturma)(?![\p{L}])/gu;
const ADMINISTRATIVE_CASE = /(?<![\p{L}\d-])\d{1,2}[аa]-\d{1,6}\/(?:19|20)\d\d(?![\p{L}\d])/gu;
const CZECH_ACCOUNT = /(?<![\p{L}\d/-])(?:\d{1,6}-)?\d{6,10}\/\d{4}(?![\p{L}\d]|[/-]\d)/gu;

/**
 * A Belgian national register number by its check digits (97 less the rest of the first nine digits, a "2" before them for
 * those born since 2000), as written, "99.11.04-372.58", anywhere.
 */
function belgianRegisterNumbers({ text, out }: IdScan): void {
  for (const m of text.includes('.') ? text.matchAll(BELGIAN_NUMBER) : []) {
    const d = m[0].replace(/\D/g, '');
    const check = Number(d.slice(9));
    // (After its word, whatever its check digits: a number misheard or mistyped is still hers.)
    const worded = BELGIAN_NUMBER_WORD.test(text.slice(Math.max(0, m.index - 48), m.index));
    if (worded || 97 - (Number(d.slice(0, 9)) % 97) === check || 97 - (Number(`2${d.slice(0, 9)}`) % 97) === check) out.push(span(m.index, m.index + m[0].length, 'IDNUM', 'id.be-national', 0.9));
  }
}
const BELGIAN_NUMBER_WORD = /регистр|register|registre|rijksregister|RRN|INSZ|NISS|national (?:number|no)|numéro national|bis|национальн/iu;
const BELGIAN_NUMBER = /(?<![\p{L}\d.-])\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}(?![\p{L}\d]|[.-]\d)/gu;

/**
 * A British or Irish bank's sort code after its word, "sort code 30-96-41", "sort 04-00-04", and the account's eight digits
 * after it, "account 51827364", "acc 71294835".
 */
function sortCodesAndAccounts({ text, out }: IdScan): void {
  for (const m of /sort/i.test(text) ? text.matchAll(SORT_CODE) : []) {
    const start = m.index + m[0].length - m[1].length;
    out.push(span(start, start + m[1].length, 'IDNUM', 'id.sort-code', 0.85));
    const account = ACCOUNT_AFTER_SORT_CODE.exec(text.slice(start + m[1].length, start + m[1].length + 32));
    if (account) {
      const at = start + m[1].length + account[0].length - account[1].length;
      out.push(span(at, at + account[1].length, 'IDNUM', 'id.account', 0.85));
    }
  }
}
const SORT_CODE = /(?<![\p{L}])[Ss]ort(?:[^\S\n]?[Cc]ode)?[^\S\n]*(?::[^\S\n]*)?(\d{2}-\d{2}-\d{2})(?![\p{L}\d]|-\d)/gu;
const ACCOUNT_AFTER_SORT_CODE = /^[,;]?[^\S\n]*(?:account|acc|acct|a\/c)(?:[^\S\n]*(?:no\.?|number))?[^\S\n]*(?::[^\S\n]*)?(\d{8})(?!\d)/iu;

/** A Brazilian CPF in its written groups, by its two check digits, anywhere, or after its word: "CPF 408.117.296-52". */
function brazilianCpfs({ text, out }: IdScan): void {
  // (After its word, whatever its check digits: a number misheard or mistyped is still hers.)
  for (const m of text.includes('.') ? text.matchAll(CPF) : []) if (isCpf(m[0].replace(/\D/g, '')) || /CPF/.test(text.slice(Math.max(0, m.index - 48), m.index))) out.push(span(m.index, m.index + m[0].length, 'IDNUM', 'id.br-cpf', 0.9));
}
const CPF = /(?<![\p{L}\d.-])\d{3}\.\d{3}\.\d{3}-\d{2}(?![\p{L}\d]|[.-]\d)/gu;
function isCpf(d: string): boolean {
  if (/^(\d)\1{10}$/.test(d)) return false;
  const check = (n: number) => {
    let sum = 0;
    for (let k = 0; k < n; k++) sum += Number(d[k]) * (n + 1 - k);
    return ((sum * 10) % 11) % 10;
  };
  return check(9) === Number(d[9]) && check(10) === Number(d[10]);
}

/**
 * A harm-reduction programme's unique code, anywhere: four letters of the names and the birth date's six digits, day first
 * or year first, maybe a sex's letter ("JOVA870422", "GUAS220393", "TTKO850612F"); and any code with a digit alone in a
 * bracket right after a name, "Agnė (VLN-F-0622)", "Маша (T-F-1215)".
 */
function uniqueCodes({ text, data, out, digitRuns }: IdScan): void {
  for (const m of /[A-ZА-ЯЁ]{4}\d{6}/u.test(text) ? text.matchAll(UNIQUE_CODE) : []) {
    // (Not a thing's code: "Order ABCD120345", "batch LOTX010190".)
    if (programmeCode(m[0]) && !THING_BEFORE_CODE.test(text.slice(Math.max(0, m.index - 24), m.index))) out.push(span(m.index, m.index + m[0].length, 'IDNUM', 'id.case-code', 0.75));
  }
  // (Or shorter, the letters of her names, four digits of her birth and always the sex's letter, in one script: "ТАТ8503Ж",
  // "GAL8812F"; 20 of 20 inside a marked item over the annotated sets.)
  for (const m of /\d[FMЖМ](?![\p{L}\d])/u.test(text) ? text.matchAll(SEXED_CODE) : []) {
    if (!THING_BEFORE_CODE.test(text.slice(Math.max(0, m.index - 24), m.index))) out.push(span(m.index, m.index + m[0].length, 'IDNUM', 'id.case-code', 0.7));
  }
  for (const m of text.includes('(') || text.includes(', ') ? text.matchAll(CODE_AFTER_NAME) : []) {
    m[1] ??= m[2];
    // (Not a body's letters and a year, "Directive (EU-2016)"; one group of letters only after a client's word, "клиентка
    // (RM-1147)", not "Standard (ISO-9001)", "Flight (TK-1234)".)
    // (A country's letters and four digits are a postal code, "(LV-1011)", unless a given name stands before: "Sanela (BG-0417)".)
    // (Two digits will do after two groups of letters: "Feruza Y. (R-OSH-07)". Before a dash or a comma in the bracket, or after
    // a name and a comma, four digits or two groups: not an article's "Gulnara (UK-120 – pimping)", a flight's "Aida Bekova,
    // KC-109, flew".)
    // (And a name must stand before them there, whatever the code: not "Directive (EU-OSHA-19, 2019)", "Global Fund,
    // GF-KGZ-H-17", "Bishkek (KG-GB-01, Chui)".)
    if (!m[0].endsWith(')') && ((!/^(?:\p{Lu}{1,5}-){2}/u.test(m[1]) && (m[1].match(/\d/g)?.length ?? 0) < 4) || !nameBeforeBracket(text, m.index, data))) continue;
    if ((m[1].match(/\d/g)?.length ?? 0) < (/^(?:\p{Lu}{1,5}-){2}/u.test(m[1]) ? 2 : 3) || (POSTAL_CODE.test(m[1]) && !nameBeforeBracket(text, m.index, data)) || BODY_CODE.test(m[1])) continue;
    // (Or after a given name, "Sandugash (KUL-058)", or a full name and a comma inside the bracket, "(Anel Kusainova, ATR-0188)".)
    if (!/^(?:\p{Lu}{1,5}-){2}/u.test(m[1]) && !CLIENT_BEFORE_BRACKET.test(text.slice(Math.max(0, m.index - 16), m.index)) && !nameBeforeBracket(text, m.index, data)) continue;
    out.push(span(m.index, m.index + m[1].length, 'IDNUM', 'id.case-code', 0.7));
  }
  // (And five to seven digits with one or two capitals joined after them, as Irish PPS and Garda numbers are written,
  // "7741296KA", "31846D"; no number of a thing or a sum is written so.)
  for (const m of matchesAt(DIGITS_THEN_CAPITALS, text, digitRuns)) {
    // (Not a measure's letters, "12000KM", nor a round sum's, "150000K": a Garda's "28814K" is no sum.)
    const letters = m[0].replace(/^\d+/, '');
    if (UNIT_LETTERS.has(letters) || (SUM_LETTERS.has(letters) && /0[A-ZА-ЯЁ]+$/u.test(m[0]))) continue;
    if (!THING_BEFORE_CODE.test(text.slice(Math.max(0, m.index! - 24), m.index!))) out.push(span(m.index!, m.index! + m[0].length, 'IDNUM', 'id.case-code', 0.7));
  }
  // (And three groups of digits between slashes, the last of four or five, as a German tax number or a file's is written,
  // "317/5122/3348", or a registered paper's number, its office's letters and its year, "0487-СМЭ/24": no date or sum is.)
  // (Or a Turkish court's file before its register's letter, "2023/1402 E."; a Swiss prosecutor's or migration office's, the year and a long running number, "2023/10017745"; a Hungarian police file with
// its kind, "02010/1209-1/2023.szabs.".)
// (Or a Romanian court's file, its number, the court's and the year, "2406/117/2022"; a Hungarian court's, its chamber,
  // its kind and the number with its year, "9.B.302/2022", "3.Bf.41/2023".)
  for (const m of matchesAt(SLASHED_GROUPS, text, digitRuns)) out.push(span(m.index!, m.index! + m[0].length, 'IDNUM', 'id.case-code', 0.7));
  // (And a Montenegrin administrative procedure's decision, "UP-I 27-511/24-3318"; a London police's crime report, an Irish police's incident and a call's record with their system's name, "CRIS
  // 4417302/24", "PULSE 24017732", "CAD 7716/02NOV23"; a Northern Irish police's reference, "CC2024011700893"; a British
  // National Insurance number, "QQ 48 21 93 D";
  // a German misdemeanour's file, "731 OWi 1094/22"; an Austrian administrative penalty's, its letters, a long number and the year, "VStV/922300388120/2023"; a Dutch
  // police report's, its unit's letters and digits, the year's running number and a check, "PL1300-2023188214-1".)
  for (const m of text.matchAll(LETTERED_REGISTER_NUMBER)) out.push(span(m.index, m.index + m[0].length, 'IDNUM', 'id.case-code', 0.7));
}
const LETTERED_REGISTER_NUMBER = /(?<![\p{L}\d/-])(?:UP[-/]I{1,2}[^\S\n]?\d{2,3}-\d{2,4}\/\d{2}(?:-\d{2,5})?|(?:CRIS|PULSE)[^\S\n]\d{6,11}(?:\/\d{2})?|CAD[^\S\n]\d{3,6}\/\d{2}[A-Z]{3}\d{2}|[A-Z]{2}(?:19|20)\d{11}|[A-Z]{2}[^\S\n]?\d{2}[^\S\n]?\d{2}[^\S\n]?\d{2}[^\S\n]?[A-D]|(?:\d{1,4}\s)?OWi\s\d{1,6}(?:-\p{Lu})?(?:\/\d{1,6})?\/\d{2,4}|\p{Lu}[\p{L}]{1,5}\/\d{8,15}\/(?:19|20)\d{2}|\p{Lu}{2}\d{4}-(?:19|20)\d{8,10}(?:-\d{1,2})?)(?![\p{L}\d]|[-/]\d)/gu;
/** Sticky: tried where a run of digits starts. */
const SLASHED_GROUPS = /(?<![\p{L}\d/.-])(?:(?:19|20)\d{2}\/\d{3,6}(?=[^\S\n][EK]\.)|\d{5}\/\d{1,6}(?:-\d{1,3})?\/(?:19|20)\d{2}\.(?:bü|szabs|ált|sz)\.|(?:19|20)\d{2}\/\d{8,10}|\d{2,3}\/\d{3,4}\/\d{4,5}|\d{3,6}\/\d{2,3}\/(?:19|20)\d{2}|\d{1,2}\.(?:B|Bf|Bk|Bpk|Fk|Pf|P|Pk|K|Kf|Mf|Gf)\.[^\S\n]?\d{1,6}\/(?:19|20)\d{2}(?:\/\d{1,3})?|\d{2,6}-[A-ZА-ЯЁ]{2,5}\/\d{2,4})(?![\p{L}\d/])/uy;
/** Sticky: tried where a run of digits starts. */
const DIGITS_THEN_CAPITALS = /(?<![\p{L}\d-])\d{5,7}[A-ZА-ЯЁ]{1,2}(?![\p{L}\d])/uy;
const SUM_LETTERS = new Set(['K', 'M', 'B', 'К', 'М']);
const UNIT_LETTERS = new Set(['G', 'T', 'P', 'KG', 'KM', 'KB', 'MB', 'GB', 'TB', 'FT', 'MM', 'CM', 'ML', 'KW', 'HP', 'MP', 'LB', 'GR', 'TG', 'RB', 'MG',
  'Р', 'Т', 'ТГ', 'М', 'КМ', 'КГ', 'Г', 'Л', 'МЛ', 'ГБ', 'МБ', 'КБ', 'ЛВ', 'ДМ', 'СМ', 'ММ', 'ГР', 'С']);
// (Her given name may be the last word before the bracket or the one before it, her surname or its initial after it:
// "Sevara Tursunova (TSH-24-138)", "Dildora A. (TSH-23-112)", "с Ириной Пак (TSH-24-071)".)
const GIVEN_BEFORE_BRACKET = /(?<![\p{L}])(\p{Lu}\p{Ll}{2,})(?:[^\S\n](\p{Lu}\p{Ll}+|\p{Lu}\.))?[^\S\n]\($/u;
function nameBeforeBracket(text: string, at: number, data: PackData): boolean {
  const given = (word: string | undefined) => word !== undefined && word.length > 2 && (GIVEN.has(word) || data.given.has(word) || mayBeGivenForm(word));
  if (text.charCodeAt(at - 1) !== 0x28 && text.charCodeAt(at - 2) === 0x2c && text.charCodeAt(at - 3) !== 0x2c && GIVEN_AND_INITIAL_BEFORE.test(text.slice(Math.max(0, at - 40), at))) {
    const named = GIVEN_AND_INITIAL_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
    return named !== null && given(named[1].toLowerCase()) && !NOT_A_SURNAME.test(named[2] ?? '');
  }
  if (text.charCodeAt(at - 1) !== 0x28) {
    // (A full name and a comma inside the bracket: her given name first, "(Anel Kusainova, ATR-0188)", not "(Turkish Airlines, TK-1234)".)
    const full = text.charCodeAt(at - 2) === 0x2c ? FULL_NAME_IN_BRACKET.exec(text.slice(Math.max(0, at - 48), at)) : null;
    if (full !== null) return given(full[1].toLowerCase()) && !NOT_A_SURNAME.test(full[2]);
    // (Or her given name before the bracket, a word or three about her or her age and a comma in it: "Lyaziza (regular,
    // ALM-0347)", "Сона (трансженщина, 33, AM-TW-0071)".)
    const described = text.charCodeAt(at - 2) === 0x2c ? DESCRIBED_IN_BRACKET.exec(text.slice(Math.max(0, at - 64), at)) : null;
    return described !== null && given(described[1].toLowerCase());
  }
  // (Or her surname after her initial: "Re: D. Yusupova (MSK-23-0203)".)
  if (INITIAL_AND_SURNAME_BEFORE.test(text.slice(Math.max(0, at - 32), at))) return true;
  const m = GIVEN_BEFORE_BRACKET.exec(text.slice(Math.max(0, at - 40), at));
  if (m === null) return false;
  return (given(m[1].toLowerCase()) && !NOT_A_SURNAME.test(m[2] ?? '')) || given(m[2]?.toLowerCase());
}
const GIVEN_AND_INITIAL_BEFORE = /(?<![\p{L}])(\p{Lu}\p{Ll}{2,})[^\S\n](?:\p{Lu}\.|(\p{Lu}\p{Ll}+)),[^\S\n]$/u;
const INITIAL_AND_SURNAME_BEFORE = /(?<![\p{L}.])\p{Lu}\.[^\S\n]?\p{Lu}\p{Ll}{2,}[^\S\n]\($/u;
const DESCRIBED_IN_BRACKET = /(?<![\p{L}])(\p{Lu}\p{Ll}+)[^\S\n]\((?:[\p{Ll}\d]+,?[^\S\n]){0,2}[\p{Ll}\d]{2,},[^\S\n]$/u;
const FULL_NAME_IN_BRACKET = /\((\p{Lu}\p{Ll}+)[^\S\n](\p{Lu}\p{Ll}+),[^\S\n]$/u;
const NOT_A_SURNAME = /^(?:Airlines?|Airways|Air|Astana|Hospital|Clinic|Center|Centre|Hotel|House|Church|Home|Bank|University|School|College|Convention|Police|Court|Group|Company|Foundation|Fund|Office)$/;
const CLIENT_BEFORE_BRACKET = /(?:[Cc]lient|[Pp]articipant|клиент\p{Ll}{0,2}|участни\p{Ll}{1,3}) \($/u;
const THING_BEFORE_CODE = /(?<![\p{L}])(?:order|batch|lot|invoice|serial|model|article|item|sku|part|product|tracking|ticket|flight|booking|заказ\p{Ll}*|парти\p{Ll}*|артикул\p{Ll}*|модел\p{Ll}*|накладн\p{Ll}*|сч[её]т\p{Ll}*)[\s:#№.]*(?:no\.?|nr\.?|number|номер)?[\s:#№]*$/iu;
const UNIQUE_CODE = /(?<![\p{L}\d-])[A-ZА-ЯЁ]{4}\d{6}[FMЖМ]?(?![\p{L}\d]|-\d)/gu;
const SEXED_CODE = /(?<![\p{L}\d-])(?:[A-ZŠŽČĆĐ]{2,5}\d{4,8}[FM]|[А-ЯЁҚҒҮҰҺӘІӨЎ]{2,5}\d{4,8}[ЖМ])(?![\p{L}\d]|-\d)/gu;
/** Whether four letters and six digits are a programme's code: the digits a date, day first or year first. */
function programmeCode(code: string): boolean {
  const d = code.replace(/\D/g, '');
  if (!/^[A-ZА-ЯЁ]{3,5}\d{6}[FMЖМ]?$/u.test(code) || d.length !== 6) return false;
  const date = (dd: number, mm: number) => dd >= 1 && dd <= 31 && mm >= 1 && mm <= 12;
  return date(+d.slice(0, 2), +d.slice(2, 4)) || date(+d.slice(4, 6), +d.slice(2, 4));
}
/** An e-mail's subject line: its label, then (the group) the rest of the line. */
const SUBJECT_LINES = /(?:^|\n)[^\S\n]*(?:Subject|Тема|Betreff|Objet|Predmet|Konu)[^\S\n]*:([^\n]*)/gu;
const POSTAL_CODE = /^(?:LV|LT|EE|PL|CZ|SK|HU|RO|BG|HR|SI|RS|MD|UA|BY|RU|KZ|KG|UZ|TJ|GE|AM|AZ|TR|DE|AT|CH|FR|BE|NL|IT|ES|GR|MK|AL|ME|BA|FI|SE|NO|DK)-\d{4,5}$/;
/**
 * A country's letters and four or five digits at `at` that are a postal code: where a town or a house stands beside them
 * ("Rīga, LV-1011", "Riga (LV-1011)", "LV-1050 Riga", "iela 12, LV-1010"), or with the letters of such a code elsewhere in
 * the text ("…, Rīga, LV-1011; her sister at LV-1050"). Alone or among others of their shape they are clients' codes
 * ("Case file summary SK-0871", "(SK-0912, SK-1142, SK-1190)").
 */
function postalCode(text: string, at: number, value: string, postal: ReadonlySet<string>): boolean {
  return POSTAL_CODE.test(value) && (postal.has(value.slice(0, 2)) || postalBeside(text, at, value));
}
function postalBeside(text: string, at: number, value: string): boolean {
  return TOWN_OR_HOUSE_BEFORE.test(text.slice(Math.max(0, at - 24), at)) || TOWN_AFTER.test(text.slice(at + value.length, at + value.length + 4));
}
/** The countries' letters of the postal codes beside a town or a house in the text (see postalCode). */
function postalLetters(text: string): Set<string> {
  const letters = new Set<string>();
  for (const m of text.matchAll(POSTAL_CODE_ANYWHERE)) if (postalBeside(text, m.index, m[0])) letters.add(m[0].slice(0, 2));
  return letters;
}
const POSTAL_CODE_ANYWHERE = new RegExp(`(?<![\\p{L}\\d-])${POSTAL_CODE.source.slice(1, -1)}(?![\\d-])`, 'gu');
const TOWN_OR_HOUSE_BEFORE = /(?:(?<![\p{L}])\p{Lu}\p{Ll}+|(?<![\p{L}\d-])\d+\p{L}?)(?:,?[^\S\n]|[^\S\n]\()$/u;
const TOWN_AFTER = /^,?[^\S\n]\p{Lu}\p{Ll}/u;
/** A code's shape: its letters as A, its digits as 9, its separators kept ("KRG-04471" is "AAA-99999"). */
const codeShape = (code: string) => code.replace(/\p{L}/gu, 'A').replace(/\d/g, '9');
// (Or opening a paragraph or a bullet, maybe with a country's and a town's letters, before its bracket: "UA-KH-22-003 (Kharkiv, …)",
// "• BG-0455 — Katarina R.";
// not a standard's number, "ISO-9001:".)
// (Its item may be a dash's, "- EVN-B-031 — O. Zhuk.", and its code's groups joined by a slash, "- YRV/0412 — D. Lebedeva.";
// a comma and her name may follow it, "- АЛ-0762, Алина: …".)
const DASH_BULLET = /^[^\S\n]*[—–-]/u;
const NAME_AFTER_ITEM = /^(?:[^\S\n][—–-][^\S\n]|,[^\S\n])\p{Lu}(?:\p{Ll}+|\.)/u;
const LIST_ITEM_CODE_TEST = /(?:^|\n)[^\S\n]*(?:\d{1,2}[.)][^\S\n]+|[•·*—–-][^\S\n]+)?(?:\p{Lu}\p{Ll}+:[^\S\n]+)?\p{Lu}{2,4}[-/](?:\p{Lu}{1,4}-)?\d/u;
// (Its year may be written whole, and a word may label it: "4) Новый: TV-2023-015 — Nikoleta K.".)
const LIST_ITEM_CODE = /(?=\p{Lu})(?<=(?:^|\n)[^\S\n]*(?:\d{1,2}[.)][^\S\n]+|[•·*—–-][^\S\n]+)?(?:\p{Lu}\p{Ll}+:[^\S\n]+)?)(?!(?:ISO|EN|DIN|GOST|ГОСТ|СНиП)-)(\p{Lu}{2,4}[-/](?:\p{Lu}{1,4}-)?(?:(?:19|20)?\d{2}-)?\d{3,6})(?=[.:][^\S\n]|[^\S\n][—–-][^\S\n]|[^\S\n]\(|,[^\S\n]\p{Lu}\p{Ll})/gu;

function caseCodesAfterTheirWords(text: string, out: Span[], shapes: Set<string>): void {
  for (const m of text.matchAll(CASE_CODE)) {
    if (m.index > 0 && isLetter(text.charCodeAt(m.index - 1))) continue;
    // (Nor a thing's code: "promo code AB-1234", "door code", "postal code".)
    if (THINGS_CODE.test(text.slice(Math.max(0, m.index - 14), m.index))) continue;
    // (After "номер", only a code with letters, and not a car's: "номер у меня TB-PrEP-2291", not "номер 010-5521-3874" nor
    // "серый «Пассат», номер KJ-2048".)
    if (/^[Нн]омер/.test(m[0]) && (!/\p{L}/u.test(m[1]) || carWordBefore(text.slice(Math.max(0, m.index - 40), m.index)))) continue;
    // (Letters and digits glued only after a client's code in Russian, a peer programme's: "код NIRA0388", not "the code
    // ABCD123 opened the gate".)
    if (GLUED_CODE.test(m[1]) && !CLIENT_CODE_WORD.test(m[0]) && !programmeCode(m[1])) continue;
    // (After a research interview's, a respondent's, a reference's or a log's word, or a word two words after "in"/"at", or in
    // a table's cell, only a code with letters in it and no thing's, "interview WAW-R09", "Case in our system LUB-0263": not
    // a span of years or a range, "Interview 2022-2023 cycle", "at the shelter 2020-2022", "| Case | 1500-2000 |", nor
    // "Interview (COVID-19)".)
    if ((WEAK_CODE_WORD.test(m[0]) || m[0].includes('|')) && (!/\p{L}/u.test(m[1]) || BODY_CODE.test(m[1]) || ROAD_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)))) continue;
    // (After "see", "см.", "(у нас", "entry" or "… under", only a case's code in three parts or two letters or more and three
    // digits or more: "(см. ДШ-2024-014)", "saved under ALA-TW-0312", "in the register under ALM-0488", "(у нас — SGD-064)",
    // "(see BG-0388 and BG-0402)", "(Internal: see MG-0119.)", "entry BC-2023-41"; not a resolution's, a road's, a law's or a
    // standard's, "(see A/RES/55/25)", "(see R-240)", "(see GDPR-17)", "(see ISO-9001)".)
    if (SEE_OR_UNDER.test(m[0]) && (!THREE_PART_CODE.test(m[1]) || BODY_CODE.test(m[1]))) continue;
    // (After a bare "No." or "№", only a code in three groups: "REFERRAL SLIP No. R-ALM-118", not a form's "No. DS-160".)
    if (BARE_NUMBER_SIGN.test(m[0]) && (!THREE_GROUPS_CODE.test(m[1]) || LAW_OR_RESOLUTION_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)))) continue;
    const start = m.index + m[0].length - m[1].length;
    out.push(span(start, start + m[1].length, 'IDNUM', 'id.case-code', 0.75));
    if (/\p{L}/u.test(m[1])) shapes.add(codeShape(m[1]));
    // (And the codes of the same shape listed after it: "files TB-2023-041 and TB-2023-057".)
    let at = start + m[1].length;
    for (let more = LISTED_CODE.exec(text.slice(at, at + 40)); more !== null; more = LISTED_CODE.exec(text.slice(at, at + 40))) {
      out.push(span(at + more[0].length - more[1].length, at + more[0].length, 'IDNUM', 'id.case-code', 0.7));
      at += more[0].length;
    }
  }
}
/**
 * A case's code: letters first, maybe more letters and a year, a running number, maybe a part or a letter (see caseCodes).
 * (After its word, a peer programme's unique code too, letters of her names and digits of her birth glued: "код NIRA0388".)
 */
// (A programme's prefix may be in mixed case: "PrEP-BSH-0274"; its letters those of a Latin alphabet with a caron, "ŠO-0231"; a
// group after the first may end in a digit or two, a town's sector or a year, "BUC-S5-0417", "CT-S23-019".)
// (Letters of Latin, Russian, Ukrainian and Armenian capitals: "МК-ВІЛ-2277", "ԱՔ-88310".)
const CODE_SHAPE = String.raw`[A-ZА-ЯЁŠŽČĆĐŁŚŻŹІЇЄҐԱ-Ֆ](?:[A-ZА-ЯЁŠŽČĆĐŁŚŻŹІЇЄҐԱ-Ֆ]{0,4}|[A-ZА-ЯЁŠŽČĆĐŁŚŻŹІЇЄҐԱ-Ֆ]{0,3}\d|[a-z][A-Z]{1,3})[-/](?:[A-ZА-ЯЁŠŽČĆĐŁŚŻŹІЇЄҐԱ-Ֆ](?:[A-ZА-ЯЁŠŽČĆĐŁŚŻŹІЇЄҐԱ-Ֆ]{0,4}\d{0,2}|[a-z][A-Z]{1,3})[-/]){0,2}(?:(?:19|20)?\d{2}[-/])?\d{2,6}`;
const CODE_END = String.raw`(?![\p{L}\d]|[-/]\d)`;
/**
 * A code alone in a bracket right after a capitalised word, or before a comma or a dash there; or after a given name, her
 * surname or its initial and a comma, "Ramilə H., BAK-0288", "Oksana Lim, SMY-0121" (see uniqueCodes).
 */
const CODE_AFTER_NAME = new RegExp(String.raw`(?<=(?<![\p{L}])(?:\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+[^\S\n]\p{Lu}\.|[Cc]lient|[Pp]articipant|клиент\p{Ll}{0,2}|участни\p{Ll}{1,3})[^\S\n]\(|\(\p{Lu}\p{Ll}+[^\S\n]\p{Lu}\p{Ll}+,[^\S\n]|(?<![\p{L}])\p{Lu}\p{Ll}+[^\S\n]\((?:[\p{Ll}\d]+,?[^\S\n]){0,2}[\p{Ll}\d]{2,},[^\S\n])(${CODE_SHAPE}(?:[-/]\d{1,4}|-[a-z])?)(?:\)|[^\S\n][—–-][^\S\n]|,[^\S\n])|(?<=(?<![\p{L}])\p{Lu}\p{Ll}{2,}[^\S\n](?:\p{Lu}\.|\p{Lu}\p{Ll}+),[^\S\n])(${CODE_SHAPE}(?:[-/]\d{1,4}|-[a-z])?)${CODE_END}`, 'gu');
const HEADING_CODE = new RegExp(
  String.raw`(?:^|\n)[^\S\n]*(?:(?:\p{Lu}[\p{Lu}-]+[^\S\n]+){0,3}(?:CASE|FILE|CLIENT|NOTES?|LOG|FOLLOW-UP|REFERRAL|UPDATE|INTAKE|SUMMARY|КЕЙС|ДЕЛО|КЛИЕНТКА|КАРТОЧКА|ЗАПИСЬ|СПРАВКА)(?:[^\S\n]+\p{Lu}[\p{Lu}-]+){0,3}|(?:[Cc]ase|[Cc]lient|[Ff]ile|[Ff]ollow-up|[Кк]ейс|[Дд]ело|[Кк]лиентка)(?:[^\S\n]+\p{Ll}+){0,2})[^\S\n]+[—–-][^\S\n]+(${CODE_SHAPE})(?=[^\S\n]+[—–(]|[^\S\n]*(?:\n|$))`,
  'gu',
);
const ANY_CODE = new RegExp(String.raw`(?<![\p{L}\d-])${CODE_SHAPE}(?:[-/]\d{1,4})?${CODE_END}`, 'gu');
const LISTED_CODE = new RegExp(String.raw`^(?:,[^\S\n]?|[^\S\n]?\/[^\S\n]?|[^\S\n](?:and|и|&)[^\S\n])(${CODE_SHAPE}(?:[-/]\d{1,4})?)${CODE_END}`, 'u');
const GLUED_CODE = /^[A-ZА-ЯЁ]{3,5}\d{3,6}$/;
/** A road's word after its number: "Outreach log — R-240 highway". */
const ROAD_AFTER = /^[^\S\n]+(?:highway|road|motorway|трасс|шоссе|автодорог)/iu;
const WEAK_CODE_WORD = /^(?:(?:[Ff]ollow-up[^\S\n]+)?[Ii]nterview|[Ии]нтервью|[Rr]espondent|[Pp]articipant|[Рр]еспондент|[Rr]eference|[Rr]egistered|[Ll]ogged|(?:[Hh]otline[^\S\n]+)?[Ll]og|[Кк]од\p{Ll}{0,2}[^\S\n]+(?:обращени|выхода)|[Кк]лиентк|\p{L}+[^\S\n]+under|[Ss]ee|[Сс]м\.|у[^\S\n]+нас|[Дд]еле)|[^\S\n](?:in|at|в|у)[^\S\n]+\p{Ll}{3,}[^\S\n]+(?:\p{Ll}{3,}|DB|CRM|БД)/u;
/**
 * Letters that open a code which is no one's file; every rule that reads a code reads this one list. A disease's, a
 * standard's, a body's, a convention's or a code of law's article: "COVID-19", "ICD-10", "C-190", "UK-120".
 */
const BODY_LETTERS = 'COVID|SARS|MERS|ISO|SKU|ИФА|ELISA|ПЦР|PCR|EN|DIN|GOST|ГОСТ|CETS|OSCE|ODIHR|CEDAW|A/HRC|UN|UNSCR|PIN|ICD|МКБ|SDG|ILO|C|PACE|RES|CRC|S/RES|UK|УК|KoAP|КоАП|GK|ГК|ZhK|ЖК';
/** And a product's model: cars, aircraft, weapons, devices, drugs, radio bands: "ВАЗ-2107", "AN-124", "TDF-300", "LTE-FDD 1800". */
const PRODUCT_LETTERS = 'ВАЗ|ГАЗ|УАЗ|ЗИЛ|ЗИС|ЗАЗ|КАМАЗ|МАЗ|КРАЗ|ПАЗ|ЛАЗ|ЛИАЗ|ИЖ|АН|AN|ИЛ|IL|ТУ|TU|СУ|SU|МИГ|MIG|ЯК|МИ|MI|КА|АК|AK|РПГ|ПМ|HP|RX|RTX|GTX|SM|GT|MH|TK|PS|SD|ФЗ|FZ|ЗРУ|ЗРК|ЗУ|ЛАДА|LADA|ГАЗЕЛЬ|СП|СНИП|ПДД|ЕСПЧ|ECHR|CV|DS|GPS|SOS|USB|VIP|LED|DVD|TV|PC|LCD|SIM|NFC|QR|UV|HD|LTE|MP|XL|XXL|KC|HY|EK|DV|ZM|LH|LO|BT|W6|FR|U2|J2|A9|B2|UAZ|VAZ|GAZ|ZIL|KAMAZ|EFV|TDF|FTC|AZT|NVP|LPV|DTG|TLD|TLE|ZDV|RAL|ATV|JWH|IEC|ASTM|ANSI|ИВС|СИЗО|ЦВСНП|GSM|UMTS|WCDMA|NR|CO';
const NOT_A_LAW_OR_YEAR = String.raw`^(?:[A-ZА-ЯЁ]+\d?[-/])+(?:19|20)\d\d$|^\d+-(?:ФЗ|FZ|КЗ|ЗРК)$`;
/**
 * A body's code (see BODY_LETTERS), a year after letters, "ICF-2020", "HRW-EUR-2019", or a federal law's number, "115-ФЗ":
 * no one's file even after a file's word.
 */
const BODY_CODE = new RegExp(String.raw`^(?:${BODY_LETTERS})[-/]|${NOT_A_LAW_OR_YEAR}`, 'u');
/** A product's code (see PRODUCT_LETTERS): not another of a register's shape, "ВАЗ-2107" beside "ВАЗ-2109". */
const PRODUCT_CODE = new RegExp(String.raw`^(?:${PRODUCT_LETTERS})\d{0,2}-`, 'u');
/**
 * And, where no file's word stands before it, a product's before a hyphen (see PRODUCT_LETTERS): "код КА-0412" is a
 * client's, a lone "КА-52" a helicopter; "MI/0412", after a slash, a client's again.
 */
const NOT_A_CASE_CODE = new RegExp(String.raw`^(?:${BODY_LETTERS})[-/]|^(?:${PRODUCT_LETTERS})\d{0,2}-|${NOT_A_LAW_OR_YEAR}`, 'u');
const CLIENT_CODE_WORD = /^(?:[Кк]од|[Шш]ифр)/;
const SEE_OR_UNDER = /^(?:\p{L}+[^\S\n]+under|[Ss]ee|[Сс]м\.|у[^\S\n]+нас|cod(?![\p{L}])|[Ee]ntry|[Cc]ase[^\S\n]+(?:summary|notes?|update|record|report))/u;
/** A bare number's sign before a code: "No. R-ALM-118", "№ ДШ-2024-014"; only a code in three groups after it (see caseCodes). */
const BARE_NUMBER_SIGN = /^(?:[Nn]o\.|№)/u;
const LAW_OR_RESOLUTION_BEFORE = /(?:resolution|law|decree|order|act|standard|directive|form|постановлени\p{Ll}*|закон\p{Ll}*|указ\p{Ll}*|приказ\p{Ll}*|резолюци\p{Ll}*|форм\p{Ll}*)[^\S\n]*$/iu;
const THREE_GROUPS_CODE = /^[A-ZА-ЯЁŠŽČ]{1,5}-(?:\d{2,4}-\d{2,6}|[A-ZА-ЯЁŠŽČ]{2,5}\d?-\d{3,6})$/u;
const THREE_PART_CODE = /^[A-ZА-ЯЁŠŽČ]{1,5}-(?:\d{2,4}-\d{2,6}|[A-ZА-ЯЁŠŽČ]{2,5}\d?-\d{3,6})$|^[A-ZА-ЯЁŠŽČ]{2,4}-\d{3,6}$/u;
const THINGS_CODE = /(?<![\p{L}])(?:promo|postal|post|zip|discount|bar|qr|access|door|area|country|dialling|dial|pin|verification|confirmation|activation|booking|voucher|gift|промо|почтов\p{Ll}*|индекс)\s$/iu;
const CASE_CODE_WORD = /код|шифр|code|patient|: cod|file|folder|card|case|client|клиентк|клиент_?id|uic|уик|кейс|карт|файл|дел[оауе]|ДЕЛО|subject|тема|случа|ref|папк|sample|проб|образ|досье|dossier|intake|internal|crm|номер|баз|database|member|член|реестр|reg\.|рег\.|interview|интервью|log|respondent|респондент|participant|registered|logged|under|see|\(см\.|у нас|entry|no\.|№/i;
const CASE_CODE_WORDS = String.raw`[Кк]од\p{Ll}{0,2}(?:[^\S\n]+(?:дела|семьи|\p{Lu}\p{Ll}{2,}(?=[^\S\n]*[—–:])|клиент\p{Ll}{0,2}|программы|участни\p{Ll}{1,3}|пациент\p{Ll}{0,3}|кейса|респондент\p{Ll}{0,2}|интервью|обращени[яе]|выхода|по[^\S\n]+\p{Ll}{3,12}))?|[Дд]осье\)?|[Dd]ossier|[Шш]ифр\p{Ll}{0,2}(?:[^\S\n]+(?:дела|клиент\p{Ll}{0,2}|пациент\p{Ll}{0,3}|респондент\p{Ll}{0,2}|участни\p{Ll}{1,3}))?|(?:(?:[Cc]lient|[Cc]ase|[Ff]ile|[Ff]amily|[Rr]espondent|[Ii]nterview|[Pp]atient)[^\S\n])?[Cc]ode|[Pp]atient[^\S\n]+(?:ID|no\.?|number)|(?<=:[^\S\n])cod|(?:[Cc]ase[^\S\n]+)?[Ff]iles?|(?:[Cc]ase[^\S\n]+)?[Ff]older|[Cc]ase|[Кк]ейс\p{Ll}{0,2}|(?:[Cc]lient[^\S\n]+)?[Cc]ard|(?:[Cc]lient|[Кк]лиент)_?(?:id|ID)|(?:[Cc]lient[^\S\n]+ID|(?:[Cc]lient[^\S\n]+)?(?:UIC|УИК))(?:[^\S\n]+in[^\S\n]+our[^\S\n]+\p{Ll}+)?|[Cc]lient|[Кк]лиентк\p{Ll}{1,2}|[Нн]аш\p{Ll}{0,2}[^\S\n]+клиент\p{Ll}{0,2}|[Кк]арточк\p{Ll}{0,2}(?:[^\S\n]+(?:клиент|пациент|обращени)\p{Ll}{0,3})?|[Пп]апк\p{Ll}{1,2}(?:[^\S\n]+клиент\p{Ll}{0,3})?|[Кк]арт[аеуы](?:[^\S\n]+(?:клиент|пациент)\p{Ll}{0,3}|[^\S\n]+\p{Lu}{2,5})?|(?:[Кк]ейс-)?[Фф]айл\p{Ll}{0,2}|[Дд]ел[оау]|(?<=в[^\S\n])деле|ДЕЛО|[Сс]луча\p{Ll}{1,2}(?:[^\S\n]+\p{Ll}+){0,2},?|[Rr]ef\.?|[Rr]eferral|[Нн]омер(?:[^\S\n]+у[^\S\n]+(?:меня|неё|нее|него|них))?|[Ii]ntake|[Ii]nternal[^\S\n]+(?:number|no\.?|code|ref\.?)|CRM(?:[^\S\n]+as)?|(?:[Cc]onfirmatory[^\S\n]+)?[Ss]ample|[Пп]роб\p{Ll}{1,2}|[Оо]бразц?\p{Ll}{0,2}|(?<=в[^\S\n])баз[еу]|(?:in[^\S\n]+(?:our|the)[^\S\n]+)?database|(?:[Mm]ember(?:ship)?|[Чч]лен(?:[^\S\n]+союза)?|(?<=в[^\S\n])реестре)(?:[^\S\n]+(?:no\.?|number|ID|номер))?|(?:[A-Z]{2,4}[^\S\n]+|[Ii]nternal[^\S\n]+|[Пп]ерв\p{Ll}{2,3}[^\S\n]+)?(?:[Rr]eg|рег)\.|(?:[Ff]ollow-up[^\S\n]+)?[Ii]nterview|(?:[Hh]otline[^\S\n]+)?[Ll]og|[Ии]нтервью|(?:[Rr]espondent|[Pp]articipant)(?:[^\S\n]+(?:ID|no\.?|number|code))?|[Rr]eference|(?:[Rr]egistered|[Ll]ogged)[^\S\n]+as|[Рр]еспондент\p{Ll}{0,2}|(?:[Ss]aved|[Ff]iled|[Rr]egistered|[Ll]ogged|[Rr]egist(?:er|ry)|[Ll]isted)[^\S\n]+under|(?<=\(|\([Ii]nternal:[^\S\n])(?:[Ss]ee|[Сс]м\.|у[^\S\n]+нас)|(?<![\p{L}])(?:[Ee]ntry|[Cc]ase[^\S\n]+(?:summary|notes?|update|record|report))|(?<![\p{L}])(?:[Nn]o\.|№)(?=[^\S\n]*[A-ZА-ЯЁ])`;
// (Its shapes include a court chamber's digit and letter before the number, "номер дела 2T/41/2024", and a prosecutor's
// department's letters before it, "Номер дела: KT-VTK 417/24"; a clinic's letters before its year's number, "номер в выписке KCCG
// 03-7781/24".)
const CASE_CODE = new RegExp(
  String.raw`(?:${CASE_CODE_WORDS})(?:[^\S\n]*(?:[Nn]o\.?|[Nn]r\.?|№|#))?(?:[^\S\n]+(?:in|at|в|у)(?:[^\S\n]+\p{Ll}{3,}){0,1}[^\S\n]+(?:\p{Ll}{3,}|DB|CRM|БД))?(?:[^\S\n]+(?:was|is|был|была)(?=[^\S\n]))?(?:[^\S\n]+(?:given|assigned))?(?:[^\S\n]*\((?:если[^\S\n]+есть|присвоен\p{Ll}{0,2}|при[^\S\n]+наличии|if[^\S\n]+any|if[^\S\n]+known|assigned|optional)\))?[^\S\n]*(?:[:,(|]|[—–](?=[^\S\n]))?[^\S\n]*(${CODE_SHAPE}(?:[-/]\d{1,4}|-[A-ZА-ЯЁ]{1,2}(?![\p{L}\d])|[a-z])?|[A-ZА-ЯЁ]{2,5}-(?:[A-ZА-ЯЁ]{2,5}-)?[A-ZА-ЯЁ]\d{1,4}|[A-ZА-ЯЁ]{1,4}\d-\d{2,6}|\d{2,5}-(?:\d{3,6}(?:-\d{2,4})?|[A-ZА-ЯЁ]{1,2})|\d{3,6}\/\d{2,4}|[A-ZА-ЯЁ]{3,5}\d{3,6}|\d{1,2}[A-ZА-ЯЁ]{1,3}\/\d{1,6}\/(?:19|20)\d{2}|[A-ZА-ЯЁ]{1,4}-[A-ZА-ЯЁ]{1,5} \d{3,6}\/(?:19|20)?\d{2}|[A-ZА-ЯЁ]{2,5} \d{2}-\d{3,6}\/(?:19|20)?\d{2}|\d{1,3}-\d{1,3}\/\d{3,5}|[A-ZА-ЯЁ]{1,2}\/\d{1,2}-\d{3,5}\/\d{2}|[A-ZА-ЯЁ]{1,4}-[A-ZА-ЯЁ]{1,5} (?:\d{2}-)?\d{3,6}|\d{3,6}\/[A-ZА-ЯЁ]-\d{2})${CODE_END}`,
  'gu',
);
/**
 * A number told a few words after its word, once something was said about it, and closing what was said: "bodycam number
 * she remembered: 0287451", "the number was 104773", "gave his number as 150421", "Номер протокола, который она успела
 * сфотографировать, — 0015873", "номер она сфоткала: 0412986". Four digits or more; not a year, a date, a sum, a count, a
 * phone, a car's plate, a law's number, a room's or the organisation's own.
 */
function toldNumbers({ text, data, out }: IdScan): void {
  if (!TOLD_NUMBER_WORD.test(text)) return;
  TOLD_NUMBER.lastIndex = 0;
  for (let m = TOLD_NUMBER.exec(text); m !== null; m = TOLD_NUMBER.exec(text)) {
    const code = m[1];
    const digits = code.replace(/\D/g, '');
    const plain = /^\d+$/.test(code);
    const start = m.index + m[0].length - code.length;
    TOLD_NUMBER.lastIndex = start;
    if (digits.length < 4 || digits.length > 20 || (plain && /^(?:19|20)\d\d$/.test(code)) || looksLikeDate(code.replace(/ /g, '.'))) continue;
    const said = m[0].slice(0, m[0].length - code.length);
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    // (Nor a person's number, which is her phone: "Номер у Гены такой — 2643 1870", "Second number (her mother's): 5566 1203",
    // "Номер, с которого он записывался: 26 318 447", "Nino's numbers: TR 0552 914 37 06".)
    if (NOT_A_TOLD_NUMBER.test(said) || NOT_A_TOLD_NUMBER.test(before.slice(-24)) || PHONE_TOLD.test(said) || PHONE_WORD_TOLD.test(said) || PHONE_WORD_TOLD.test(before.slice(-16)) || COUNT_TOLD.test(said)) continue;
    if (LAW_BEFORE.test(before) || OWN_NUMBER_BEFORE.test(before) || NOT_A_DOCUMENT_CODE.test(before) || carWordBefore(before + said)) continue;
    // (The phone may go on past what was taken: "0 555 81 36 09".)
    const run = PHONE_RUN.exec(text.slice(start + code.search(/\d/), start + code.length + 24));
    if (UNIT_AFTER.test(text.slice(start + code.length, start + code.length + 12)) || phoneIn(code, 0, data) !== null || (run !== null && phoneIn(run[0], 0, data) !== null)) continue;
    out.push(span(start, start + code.length, 'IDNUM', 'id.told-number', 0.7));
  }
}
const PHONE_RUN = /^\d(?:[\d\s()\-–/]|\.(?=\d)){6,22}\d/;
const TOLD_NUMBER_WORD = /[Nn]umber|NUMBER|[Nn][or]\.|ID|[Нн]омер|НОМЕР|№|nomer|[Nn]umer/;
const TOLD_NUMBER =
  /(?<![\p{L}])(?:[Nn]umber|NUMBER|[Nn]o\.|[Nn]r\.|ID|[Нн]омер\p{Ll}{0,2}|НОМЕР|№|nomer\p{Ll}{0,2}|[Nn]umer\p{Ll}{0,2})(?:[^.!?\n:;—–]|(?<=(?<![\p{L}])(?:[Nn]os?|[Nn]r|n|br|г|ул|д|ст))\.){0,70}?(?:[^\S\n]?:|[^\S\n][—–-]|[^\S\n](?:was|as|is|это|был\p{Ll}?))[^\S\n]+((?:[A-ZА-ЯЁ]{1,4}[- ])?\d{1,15}(?:[-/ ]\d{1,10}){0,3})(?![\p{L}\d]|[-/]\s*\d|[.,]\d|[^\S\n]\d)/gu;
/** What makes a number told no document's: a phone, a car, the organisation's own case, a room, a flat, a law, a count or a sum. */
const NOT_A_TOLD_NUMBER =
  /(?<![\p{L}])(?:phone|tel|telephone|mobile|whats\s?app|viber|telegram|signal|sim|call\p{Ll}*|sms|телефон\p{Ll}*|тел|моб\p{Ll}*|вотсап|ватсап|звон\p{Ll}*|смс|сим\p{Ll}*|telefon\p{Ll}*|car|cars|plate|vehicle|taxi|машин\p{Ll}*|авто\p{Ll}*|госномер\p{Ll}*|такси|mashin\p{Ll}*|case|cases|client|clients|кейс\p{Ll}*|клиент\p{Ll}*|анкет\p{Ll}*|intake|form|internal|our|наш\p{Ll}*|внутр\p{Ll}*|room|flat|apartment|apt|house|building|квартир\p{Ll}*|комнат\p{Ll}*|дом\p{Ll}?|кабинет\p{Ll}*|bus|route|flight|рейс\p{Ll}*|маршрут\p{Ll}*|автобус\p{Ll}*|article|art|стать\p{Ll}*|ст|law|закон\p{Ll}*|sum|amount|total|сумм\p{Ll}*|people|women|persons|чел|человек|tests?|тест\p{Ll}*|calls|контакт\p{Ll}*|contacts|postcode|zip|индекс|page|стр)(?![\p{L}])/iu;
/** A count, not a number: "the number of residents was 21 234 567" (but "the number of her badge: 0087431"). */
const COUNT_TOLD = /^[Nn]umbers?\s+of\s+(?!(?:her|his|their|the|its)\s)/;
/** What a person's phone is called: "numbers", a second or a new number, a number someone has or called from. */
const PHONE_TOLD = /^(?:[Nn]umbers|[Нн]омера(?=[^\S\n]*[:—–-]))|^(?:[Нн]омер\p{Ll}{0,2}|[Nn]umber)[^\S\n]+(?:у|of|от)[^\S\n]+\p{Lu}/u;
const PHONE_WORD_TOLD = /(?<![\p{L}])(?:с котор\p{Ll}+|с какого|from which|for contact|для связи|связ\p{Ll}+|second|new|old|другой|второй|нов\p{Ll}{1,2}|стар\p{Ll}{1,2}|запасн\p{Ll}*|радиовоз\p{Ll}*|фур[аеуы]|фурой|грузовик\p{Ll}*|truck|lorry|van|bus)(?![\p{L}])/iu;
const UNIT_AFTER =
  /^[^\S\n]?(?:%|\$|€|₸|₽|£|(?:тг|tg|kgs|сом\p{Ll}*|soms?|руб\p{Ll}*|rub|р|usd|eur|euros?|лари|lari|gel|тенге|tenge|manat|манат\p{Ll}*|hryvnia|грн|uah|pln|zł|czk|kč|huf|ft|lei|lev|leva|лв|din|дин\p{Ll}*|лет|years?|yrs|kg|кг|km|км|чел\p{Ll}*|people|times|раз\p{Ll}*|mg|мг|ml|мл|am|pm|ч|h|min|мин\p{Ll}*|шт|pcs)(?![\p{L}]))/iu;

/**
 * A code of letters and digits in parts right after a number's sign or word, whatever the document: "receipt no.
 * GM-2024-0314772", "patient code TB-F-0196-24", "under no. 54-9918-F", "Медкарта № 2041/КМКЛ", "UIC TTKO850612F"; or six
 * to eight digits after "номер" or "number" ("паспорт, номер 0824417"). Four digits or more; not a date, a law's number,
 * a postcode or a door's code.
 */
function signedCodes({ text, data, out }: IdScan): void {
  if (!SIGN_BEFORE_CODE.test(text)) return;
  SIGNED_CODE.lastIndex = 0;
  for (let m = SIGNED_CODE.exec(text); m !== null; m = SIGNED_CODE.exec(text)) {
    const code = m[1];
    const digits = code.replace(/\D/g, '').length;
    const plain = /^\d+$/.test(code);
    // (After a police log's own word, a plain number of up to twelve digits: "crime ref 13240187652".)
    const policeLog = /^(?:[Cc]rime|CAD|URN|PULSE)/.test(m[0]);
    if (digits < 4 || (plain && (digits < 6 || digits > (policeLog ? 12 : 8))) || DATE_SHAPE.test(code) || looksLikeDate(code)) continue;
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    // (Nor a phone or a car's plate said after "номер": "мой номер 010-4418-2937", "приора номер 90-AH-417".)
    if (LAW_BEFORE.test(before) || NOT_A_DOCUMENT_CODE.test(before) || OWN_NUMBER_BEFORE.test(before) || carWordBefore(before) || (!policeLog && !mixedSeparators(code) && phoneIn(code, 0, data) !== null)) continue;
    const start = m.index + m[0].length - code.length;
    out.push(span(start, start + code.length, 'IDNUM', 'id.signed-code', 0.75));
  }
}
/** A code whose parts are joined by a dot and a dash or a slash is no phone: "00.1.19-4831" (but "064/318-22-07" is). */
function mixedSeparators(code: string): boolean {
  return code.includes('.') && /[-/]/.test(code);
}
const SIGN_BEFORE_CODE = /№|[Nn]o\.|No [\d]|[Nn]r\.|номер|[Nn]umber|[Cc]ode|UIC|[Cc]rime ref|CAD|URN|PULSE/u;
// (A "code" only a patient's, a record's or a registration's: a case's or a client's code is the organisation's own.)
const SIGNED_CODE =
  /(?<![\p{L}])(?:№|[Nn]o\.|No(?=[^\S\n]\d{1,4}\p{Ll}?[-/]\d)|[Nn]r\.|[Нн]омер|[Nn]umber|(?:[Pp]atient|[Rr]ecord|[Rr]egistration)\s[Cc]ode|UIC|[Cc]rime\s[Rr]ef(?:erence)?(?:\s[Nn]o\.?)?|CAD|URN|PULSE)[^\S\n]?[:#]?[^\S\n]?((?:[A-ZА-ЯЁ]{1,6}|[A-ZА-ЯЁ]{1,3}\d(?=[-/])|\d{1,12}(?:[а-яё](?=[/-]))?)(?:(?:[-/]|\.(?=\d))(?:[A-ZА-ЯЁ]{1,6}|\d{1,8})){0,4}|[A-Z]{2,6}\d{4,10}[A-Z]?|\d{3,6}\/\d{1,2}[A-Z]{3})(?![\p{L}\d]|[-/.]\d)/gu;
/** A date by its numbers, day and month in range, with or without its year: 12.05.2024, 15.05, 2024-05-12, 05/2024. */
function looksLikeDate(code: string): boolean {
  return DATE_DAY_FIRST.test(code) || DATE_YEAR_FIRST.test(code) || DATE_MONTH_FIRST.test(code) || MONTH_AND_YEAR.test(code);
}
const DATE_DAY_FIRST = /^(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|1[0-2])(?:[-/.](?:19|20)?\d\d)?$/;
const DATE_YEAR_FIRST = /^(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])(?:[-/.](?:0?[1-9]|[12]\d|3[01]))?$/;
const DATE_MONTH_FIRST = /^(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])\/(?:19|20)?\d\d$/;
const MONTH_AND_YEAR = /^(?:0?[1-9]|1[0-2])[-/.](?:19|20)\d\d$/;
const DATE_SHAPE = /^(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\d{1,2}[-/.]\d{4}|\d{4}[-/]\d{1,2})$/;
/** A form's, an intake's or a case's own number, or one said to be internal: "ФОРМА ДОКУМЕНТИРОВАНИЯ № 2023-КК-09", "Внутр. №: PRG-0612". */
const OWN_NUMBER_BEFORE = /(?<![\p{L}])(?:(?:internal|внутр\p{L}*|form|форм\p{L}*|анкет\p{L}*|intake)(?:\.?\s+\p{L}+){0,3}|case|cases|client|кейс\p{L}*)[\s.:]*$/iu;
/** A postcode's, a telephone's or a door's code, a room's or a bus's number: no document. */
const NOT_A_DOCUMENT_CODE = /(?:postal|post|zip|area|country|dial|door|домофон\p{L}*|подъезд\p{L}*|почтов\p{L}*|индекс|room|bus|route|flight|рейс\p{L}*|автобус\p{L}*|маршрут\p{L}*|комнат\p{L}*|кабинет\p{L}*|телефон\p{L}*|phone|tel\.?|тел\.?)\s*$/iu;

/**
 * Numbers of a police register or a protocol after its name and "No." a few words on, one or a list: "KUSP under No. 21784",
 * "КУСП ОП «Калининский» за № 18342", "KUSP Nos. 1483, 1516 and 2207", "ПРОТОКОЛ об административном правонарушении № 0413927".
 */
function registerLists({ text, out }: IdScan): void {
  if (!REGISTER_NAME.test(text)) return;
  REGISTER_LIST.lastIndex = 0;
  for (let m = REGISTER_LIST.exec(text); m !== null; m = REGISTER_LIST.exec(text)) {
    const listStart = m.index + m[0].length - m[1].length;
    // (A list of numbers of up to eight digits each, or one register number of seventeen: ЕРДР № 12023082040001417.)
    for (const n of m[1].matchAll(/\d{17}|\d{3,8}/g)) out.push(span(listStart + n.index!, listStart + n.index! + n[0].length, 'IDNUM', 'id.file-number', 0.8));
  }
  // (The Investigative Committee's register of reports, its number with "пр" and the year: "КРСП № 312пр-24".)
  for (const m of text.matchAll(KRSP_NUMBER)) out.push(span(m.index + m[0].length - m[1].length, m.index + m[0].length, 'IDNUM', 'id.file-number', 0.8));
}
const KRSP_NUMBER = /(?:KRSP|КРСП)[^\n\d]{0,20}?(?:№|No\.?)\s*(\d{1,6}(?:пр|pr)?-\d{2,4})(?![\p{L}\d])/gu;
const REGISTER_NAME = /KUSP|КУСП|ЕРДР|ERDR|KRSP|КРСП|протокол|ПРОТОКОЛ/;
const REGISTER_LIST = /(?:KUSP|КУСП|ЕРДР|ERDR|[Пп]ротокол\p{Ll}{0,3}|ПРОТОКОЛ)[^\n\d]{0,50}?(?:№|Nos?\.?|номер\p{Ll}{0,2})\s*(\d{3,8}(?:\s*(?:,|и|and)\s*\d{3,8})*|\d{17})(?![\p{L}\d]|[-/.]\d)/gu;

/**
 * A Balkan misdemeanour court's or fine's register number by its letters: Pp-8216/2023 (Croatia), PP 2207/23 (Montenegro),
 * PN 0071-28413 (a Serbian payment order), PRK-1043/23.
 */
function misdemeanourRegisters({ text, out }: IdScan): void {
  if (!text.includes('P') && !text.includes('K')) return;
  MISDEMEANOUR_REGISTER.lastIndex = 0;
  for (let m = MISDEMEANOUR_REGISTER.exec(text); m !== null; m = MISDEMEANOUR_REGISTER.exec(text)) out.push(span(m.index, m.index + m[0].length, 'IDNUM', 'id.misdemeanour-register', 0.85));
  for (const m of text.matchAll(BOSNIAN_CASE)) out.push(span(m.index, m.index + m[0].length, 'IDNUM', 'id.misdemeanour-register', 0.85));
}
// (With a Serbian court's department before its letters, "II-4 Pr. 3127/23", "4 Pr. 22051/23".)
const MISDEMEANOUR_REGISTER = /(?<![\p{L}\d-])(?:(?:[IVX]{1,4}-)?\d{1,2} )?(?:Pp|PP|PN|Pr|Prk|PRK|Pž|Prž)(?:\.\s?|[- ])?\d{3,6}[-/]\d{2,5}(?![\p{L}\d]|[-/]\d)/gu;
/** A Bosnian court's or prosecutor's case number in its groups: "T09 0 KT 0048213 23", "65 0 K 123456 23 K". */
const BOSNIAN_CASE = /(?<![\p{L}\d])[A-Z]?\d{2} \d [A-Z]{1,4} \d{6,7} \d{2}(?: [A-Z]{1,3}(?![\p{L}\d]))?(?![\p{L}\d])/gu;

/** A Soviet-style birth certificate's series, a Roman numeral and two letters, and its number: І-ХА 512887, IV-МЮ 123456. */
function birthCertificates({ text, out }: IdScan): void {
  if (!text.includes('-')) return;
  BIRTH_CERTIFICATE.lastIndex = 0;
  for (let m = BIRTH_CERTIFICATE.exec(text); m !== null; m = BIRTH_CERTIFICATE.exec(text)) out.push(span(m.index, m.index + m[0].length, 'IDNUM', 'id.birth-certificate', 0.85));
}
const BIRTH_CERTIFICATE = /(?<![\p{L}\d-])[IVXІ]{1,4}-(?:[А-ЯЁІЇЄ]{2}|[A-Z]{2,3})\s?(?:№|No\.?)?\s?\d{6}(?![\p{L}\d])/gu;

/** Six digits and two capitals, as a Hungarian identity card writes them (482913 KA), where a word names a document before. */
function digitsThenLetters({ text, out, digitRuns }: IdScan): void {
  for (const m of matchesAt(DIGITS_THEN_LETTERS, text, digitRuns)) {
    if (ID_CONTEXT.test(text.slice(Math.max(0, m.index! - 48), m.index!))) out.push(span(m.index!, m.index! + m[0].length, 'IDNUM', 'id.document', 0.8));
  }
}
/** Sticky: tried where a run of digits starts. */
const DIGITS_THEN_LETTERS = /(?<![\p{L}\d])\d{6}\s?[A-Z]{2}(?![\p{L}\d])/uy;

/** A Kazakh IIN by its checksum, or of its shape (a date of birth and a century digit), or called an IIN (where a pack has IINs). */
function iinNumbers({ text, data, out, digitRuns }: IdScan): void {
  if (!data.validators.some(([n]) => n === 'iin')) return;
  for (const m of matchesAt(TWELVE_DIGITS, text, digitRuns)) {
    const before = text.slice(Math.max(0, m.index! - 40), m.index!);
    if (isValidIin(m[0])) out.push(span(m.index!, m.index! + 12, 'IDNUM', 'id.iin', 0.97));
    // A 12-digit number that starts with a date of birth and a century digit, or is called an IIN.
    else if (iinShaped(m[0]) || /(iin|иин|жсн|pinfl|пинфл)/i.test(before)) out.push(span(m.index!, m.index! + 12, 'IDNUM', 'id.iin-shape', 0.8));
  }
}

/** A bank card's number: Luhn-valid, or written in groups of four, or called a card. */
function cardNumbers({ text, out, digitRuns }: IdScan): void {
  for (const m of matchesAt(CARD_NUMBER, text, digitRuns)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length < 13 || digits.length > 19) continue;
    const before = text.slice(Math.max(0, m.index! - 40), m.index!);
    // Luhn-valid; or written in groups of four, or called a card.
    if (isLuhn(digits)) out.push(span(m.index!, m.index! + m[0].length, 'IDNUM', 'id.card', 0.95));
    else if (/^\d{4}([ -])\d{4}\1\d{4}\1\d{4}$/.test(m[0]) || /(card|карт|kaspi|каспи|visa|mastercard)/i.test(before)) {
      out.push(span(m.index!, m.index! + m[0].length, 'IDNUM', 'id.card-shape', 0.8));
    }
  }
}

/**
 * National identity numbers with a checksum, or with a keyword before them, however the digits are grouped.
 * (A region's two digits before ten, a Russian work patent "77 2301458836".)
 */
function nationalNumbers({ text, data, out, digitRuns }: IdScan): void {
  for (const m of matchesAt(NATIONAL_NUMBER, text, digitRuns)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length < 9 || digits.length > 15) continue;
    const valid = data.validators.find(([, isValid]) => isValid(digits));
    const before = text.slice(Math.max(0, m.index! - 48), m.index!);
    const grouped = /^\d{6}(?:[-/]|\/ )\d{3,7}$|^784-\d{4}-\d{7}-\d$|^\d{3}-\d{3}-\d{3}[ -]\d{2}$/.test(m[0]);
    const named = NATIONAL_ID_CONTEXT.test(before) || (data.idContext?.test(before) ?? false);
    // Without a keyword, a number that is also a valid phone number of the region is taken for a phone.
    if (valid && (named || !phoneIn(m[0], 0, data))) out.push(span(m.index!, m.index! + m[0].length, 'IDNUM', `id.${valid[0]}`, 0.9));
    else if (grouped || (digits.length >= 9 && named && !/\d[\d\s]*$/.test(before.slice(-3)))) out.push(span(m.index!, m.index! + m[0].length, 'IDNUM', 'id.national', 0.8));
    // The shape of a Baltic personal code (sex and century digit 1-6, date of birth, four digits) even when its checksum
    // is wrong, as written in a hurry or misheard, unless it is a phone number.
    else if (m[0] === digits && BALTIC_SHAPE.test(digits) && !phoneIn(digits, 0, data)) out.push(span(m.index!, m.index! + 11, 'IDNUM', 'id.personal-code-shape', 0.75));
    // A document number in groups after a word that says so ("миграционную карту 4619 2837156"), unless it is a phone.
    // (Nor a free-phone line in groups after its "number", which the phone detector leaves as a hotline's: "the 0800 800 678 line".)
    else if (m[0] !== digits && ID_CONTEXT.test(before) && !/\d[\d\s]*$/.test(before.slice(-3)) && !phoneIn(m[0], 0, data) && !FREE_PHONE_GROUPS.test(m[0])) out.push(span(m.index!, m.index! + m[0].length, 'IDNUM', 'id.document-grouped', 0.75));
    // (A register's number with its region's, its office's and its year's groups before the running number, anywhere, as a
    // unified register of crimes writes it: "01-022-2024-000631"; no phone has a year inside it.)
    else if (REGISTER_WITH_YEAR.test(m[0])) out.push(span(m.index!, m.index! + m[0].length, 'IDNUM', 'id.document-grouped', 0.75));
  }
}
const REGISTER_WITH_YEAR = /^\d{1,3}-\d{2,4}-(?:19|20)\d{2}-\d{4,7}$/;
const FREE_PHONE_GROUPS = /^[08]?\s?800[\s-]/;

/**
 * A Kyrgyz PIN written in groups after its word: its sex digit, the date of birth, five digits ("ПИН 2 1203 1999 00417").
 * (The digits first, the word then asked of the few characters before them: a pattern that starts with the word was tried
 * at every "pin" of "shopping".)
 */
function groupedPins({ text, out, digitRuns }: IdScan): void {
  for (const m of matchesAt(GROUPED_PIN, text, digitRuns)) {
    if (PIN_BEFORE.test(text.slice(Math.max(0, m.index! - 12), m.index!))) out.push(span(m.index!, m.index! + m[0].length, 'IDNUM', 'id.pin-grouped', 0.9));
  }
}

/**
 * A personal number written in its groups, the sex digit, the date of birth and the rest (Hungarian 2-910516-2307),
 * valid by a configured country's checksum.
 */
function groupedSexDates({ text, data, out, digitRuns }: IdScan): void {
  for (const m of matchesAt(GROUPED_SEX_DATE, text, digitRuns)) {
    const valid = data.validators.find(([, isValid]) => isValid(m[0].replace(/\D/g, '')));
    if (valid) out.push(span(m.index!, m.index! + m[0].length, 'IDNUM', `id.${valid[0]}`, 0.9));
    // (After a word that says so, its checksum is not asked: "personal identification number, 2-880413-1157".)
    else if (ID_CONTEXT.test(text.slice(Math.max(0, m.index! - 40), m.index!))) out.push(span(m.index!, m.index! + m[0].length, 'IDNUM', 'id.grouped-after-keyword', 0.8));
  }
}

/**
 * A document's series and number written with their words: "серии 50 № 1234567", "серия AN № 1234567", "series AB No. 123456",
 * "серия 45 19 № 612 488" (a Russian passport's number in its two halves).
 * (Only where a series is written at all: one cheap scan for its letters.)
 */
function seriesWithTheirWords({ text, out }: IdScan): void {
  for (const m of SERIES_WORD.test(text) ? text.matchAll(SERIES_AND_NUMBER) : []) {
    if (m.index! > 0 && /\p{L}/u.test(text[m.index! - 1])) continue;
    const start = m.index! + m[0].length - m[1].length;
    out.push(span(start, m.index! + m[0].length, 'IDNUM', 'id.series-number', 0.85));
  }
}

/**
 * A series and a number of six digits or more joined by "№", without a word before (patent 77 № 2309418576, ВАБ № 418273,
 * the protocol 66 В № 0219223): that shape numbers documents (a station or a school has a few digits: ОП № 14).
 * (Looked for from a few characters before each "№" only: the series is at most 7 characters and a space long.)
 */
function seriesBeforeNumberSign({ text, out }: IdScan): void {
  // (Tried only at the eight characters before each "№": a search from there to the text's end, as this rule once made,
  // took time quadratic in the number of "№" with no series before them.)
  for (let at = text.indexOf('№'); at >= 0; at = text.indexOf('№', at + 1)) {
    for (let start = Math.max(0, at - 8); start < at; start++) {
      SERIES_NO_NUMBER.lastIndex = start;
      const m = SERIES_NO_NUMBER.exec(text);
      if (m === null) continue;
      out.push(span(m.index, m.index + m[0].length, 'IDNUM', 'id.series-number', 0.8));
      break;
    }
  }
  // (Written in English, the sign is "No.": "Migration card: 4620 No. 3310674", "her patent, 77 No. 2300918457".)
  if (!/[Nn][or]\.? ?\d/.test(text)) return;
  SERIES_NO_LATIN.lastIndex = 0;
  for (let m = SERIES_NO_LATIN.exec(text); m !== null; m = SERIES_NO_LATIN.exec(text)) {
    // (Not a year before a number written with a lower-case "no.": "in 2023 no. 1234567 was paid".)
    if (/^(?:19|20)\d\d n/.test(m[0])) continue;
    if (!LAW_BEFORE.test(text.slice(Math.max(0, m.index - 32), m.index))) out.push(span(m.index, m.index + m[0].length, 'IDNUM', 'id.series-number', 0.8));
  }
}
// (A series of letters only before "No." with its capital: "ID no. 207741" is a word and a number.)
const SERIES_NO_LATIN = /(?=[\dA-Z])(?<![\p{L}\d№./-])(?:(?:\d{2}|\d{4}|[A-Z]{1,3})[^\S\n](?:No\.?|Nr\.?)|(?:\d{2}|\d{4})[^\S\n](?:no\.?|nr\.?))[^\S\n]?\d{6,10}(?![\p{L}\d]|[-/.]\d)/gu;

/**
 * The number of a court case, a police file or a protocol after its word (case no. 5-417/2024, КУСП № 2417, file no.
 * 276 Js 4182/23, sp. zn. 2 T 41/2024): it leads to the person in the court's or the police's records.
 */
function fileNumbers({ text, doc, data, out }: IdScan): void {
  for (const word of doc.tokens) {
    if (!FILE_CUES.has(word.lower)) continue;
    // (An entry only in a log's book: see logEntry.)
    const entry = word.lower === 'entry';
    if (entry && !LOG_BEFORE_ENTRY.test(text.slice(Math.max(0, word.start - 12), word.start))) continue;
    FILE_NUMBER.lastIndex = word.start;
    const m = FILE_NUMBER.exec(text);
    if (!m) {
      fileNumberAfterWords(text, word, out);
      continue;
    }
    const { marker, number } = m.groups!;
    const plain = m.groups!.plain !== undefined && !COURT_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index));
    let digits = 0;
    for (let k = 0; k < number.length; k++) if (number.charCodeAt(k) >= 0x30 && number.charCodeAt(k) <= 0x39) digits++;
    // (Without "no.", "№" or a colon, only a number in parts: "in case 1000 som are asked" counts money.)
    // (A protocol's or a ticket's number of five digits or more needs none: "протокол 2419083".)
    const police = POLICE_PAPER.test(word.lower) && digits >= 5 && !/^(?:19|20)\d\d$/.test(number);
    // (A prescription's number only as six digits or more alone, no dose: not "Rx: 200/245 mg", "рецепт 107-1/у", "Rx 10000 IU".)
    if (PRESCRIPTION.test(word.lower) && (!/^\d{6,10}$/.test(number) || UNIT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)))) continue;
    // (A detention log's entry, whose number is hers in its book: "G. M., 27 – log entry 1147 – 10 days".)
    const logEntry = entry && digits >= 3 && digits === number.length && !/^(?:19|20)\d\d$/.test(number);
    if (entry && !logEntry) continue;
    // (A register's number of ten digits or more needs none either: "Номер в ЕРДР 12022100050001234".)
    // (A series before its "nr." is marked too: "proces-verbal PCA nr. 4417829".)
    const marked = marker !== undefined || /\s[Nn]r\.\s?\d/.test(number);
    // (Nor one number of six to nine digits, which no sum of money is without its currency: "police case 15337802".)
    const long = digits >= 6 && digits === number.length && !moneyAfter(text, m.index + m[0].length);
    // (A lawyer's warrant with its "№" is numbered short: "ордер № 219".)
    const warrant = marked && word.lower.startsWith('ордер') && digits === number.length;
    if (digits < 3 || ((digits < 4 || !marked) && !/[-/]/.test(number) && !police && !long && !logEntry && !warrant && digits < 10)) continue;
    // (Nor a span of years: "the log 2023-2024 shows"; after a log's word, only a long number, not days, "night log 22/23 oct".)
    // (Nor a phone's number in a call log: "from her call log: 090-6614-2280".)
    if (!marked && (yearSpan(number.replace(/^\p{Lu}+[- ]/u, '')) || (word.lower === 'refs' && (digits < 6 || RANGE.test(number))))) continue;
    // (After a log's word, a long number only, "Police log 13240062215": not the hotline's own entry, "Hotline log #2231", nor
    // a phone's number, "from her call log: 090-6614-2280".)
    if (/^logs?$/.test(word.lower) && (digits < 6 || RANGE.test(number) || number.startsWith('0') || phoneIn(number, 0, data) !== null)) continue;
    // (After a bare "case" or "file", only a court's number with its year after a slash: an organisation's own file
    // numbers, "our file UZ-0412", "Case no. SH-2026-118", lead to no record outside it. A ticket or a protocol is the
    // police's: "protocol no. 418273".)
    // (Or the police's own case number, the year and the number, in a sentence about a report: "police report filed 17/5,
    // case 2024-004471".)
    // (Nor a register's long number in parts, ten digits or more: "complaint registered, file 02-018-2024-001174".)
    // (Nor a span of years after a bare "record": "no criminal record 2019-2021".)
    if (((m.groups!.plain !== undefined || /^(?:[Pp]roceeding|[Nn]alog)/.test(m[0])) && /^(?:19|20)\d\d[-/](?:19|20)?\d\d$/.test(number)) || looksLikeDate(number)) continue;
    if (plain && !long && !number.includes('/') && digits < 10 && !(YEAR_AND_NUMBER.test(number) && POLICE_REPORT_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index)))) continue;
    const start = m.index + m[0].length - number.length;
    out.push(span(start, start + number.length + (number.includes('/') ? courtSuffixAfter(text, start + number.length) : 0), 'IDNUM', 'id.file-number', 0.8));
    // (And the numbers of the same shape listed after it: "Protocol numbers: 0021457, 0021458, 0021460", "protocols 731/4,
    // 732/4 and 735/4".)
    if (/^[\d/-]+$/.test(number)) {
      const shape = number.replace(/\d/g, '9');
      let at = start + number.length;
      for (let more = LISTED_DIGITS.exec(text.slice(at, at + 24)); more !== null && more[1].replace(/\d/g, '9') === shape; more = LISTED_DIGITS.exec(text.slice(at, at + 24))) {
        out.push(span(at + more[0].length - more[1].length, at + more[0].length, 'IDNUM', 'id.file-number', 0.75));
        at += more[0].length;
      }
    }
  }
}

/**
 * The letters a German court or office writes after a file's year, part of its number: the asylum chamber's ".F.A" ("5 L
 * 3310/24.F.A", "7 K 1182/23.F") or a register's letter after a space before the sentence goes on ("934 XIV 2217/23 B)"), or an Italian register's model ("4418/2024 mod. 45").
 * Their length, or 0.
 */
function courtSuffixAfter(text: string, end: number): number {
  return COURT_SUFFIX.exec(text.slice(end, end + 8))?.[0].length ?? 0;
}
// (Or a judge's or a register's letter and digit after a hyphen: "ГД-115/23-К1", "2-4471/23-С5".)
const COURT_SUFFIX = /^(?:\.\p{Lu}){1,3}(?![\p{L}\d])|^-(?:\p{Lu}{1,2}\d{0,2}|\p{Ll})(?![\p{L}\d])|^[^\S\n]mod\.[^\S\n]?\d{1,3}(?![\p{L}\d])|^[^\S\n][A-HJ-Z](?=[)\],;:\n]|\.(?:\s|$)|$)/u;

/** A file's number a few words after its word (see FILE_NUMBER_AFTER_WORDS): after "№" or "no.", or in parts after "номер дела". */
function fileNumberAfterWords(text: string, word: Token, out: Span[]): void {
  FILE_NUMBER_AFTER_WORDS.lastIndex = word.end;
  const m = FILE_NUMBER_AFTER_WORDS.exec(text);
  if (m === null) return;
  const { marker, number } = m.groups!;
  const digits = number.replace(/\D/g, '').length;
  if (digits < 3 || /^(?:19|20)\d\d(?:-(?:19|20)?\d\d)?$/.test(number) || yearSpan(number) || looksLikeDate(number)) return;
  // (A case's or a file's own word needs a court's number with its slash, as FILE_NUMBER asks.)
  if (/^(?:case|cases|file|files)$/.test(word.lower) && !number.includes('/')) return;
  // (Without "№" or "no.": right after the word, a number and its year after a slash, "Forensic certificate 147/2024"; or a
  // number in parts after "номер" before the word.)
  const rightAfter = m[0].length - number.length <= 2;
  // (Or a Russian court's case number, its category, the number and the year: "постановление о выдворении 5-442/2024".)
  if (marker === undefined && !(rightAfter && NUMBER_AND_YEAR.test(number)) && !RUSSIAN_COURT_CASE.test(number) && !(/\d[-/]\d/.test(number) && NUMBER_WORD_RIGHT_BEFORE.test(text.slice(Math.max(0, word.start - 8), word.start)))) return;
  const start = m.index + m[0].length - number.length;
  out.push(span(start, start + number.length, 'IDNUM', 'id.file-number', 0.8));
}

/** Whether a currency's word follows a number that ends at `end`: "1000 som", "150 000 тенге". */
function moneyAfter(text: string, end: number): boolean {
  // (Past the sum's other groups of thousands: "требовал от неё 100 000 тенге", "400,000 forints".)
  return CURRENCY_WORD.test(/^(?:[\s.,\u00a0]\d{3}(?!\d))*\s?([\p{L}'.$€£₸₽]{1,12})/u.exec(text.slice(end, end + 30))?.[1] ?? '');
}

const YEAR_AND_NUMBER = /^(?:19|20)\d\d-\d{4,8}$/;
const RUSSIAN_COURT_CASE = /^\d{1,2}-\d{1,6}\/(?:19|20)\d\d$/;
const POLICE_REPORT_BEFORE = /(?:police|politi|polis|poliisi|polizei|report|complaint|полиц|заявлени|протокол)[^.!?\n]*$/iu;
const LOG_BEFORE_ENTRY = /(?:log|logbook|register|journal|book|detention|custody)[^\S\n]$/i;
// (Or a prescription's: "Rx 0048812", "рецепт 0021904".)
const PRESCRIPTION = /^(?:rx|prescriptions?|рецепт\p{Ll}{0,2})$/u;
const POLICE_PAPER = /^(?:protocols?|tickets?|complaints?|протокол\p{Ll}{0,3}|rx|prescriptions?|рецепт\p{Ll}{0,2})$/u;

/**
 * A court's case number in its own shape, the category, the number and the year (5-412/2024, 4-125/24), a few words after
 * a word of a case or a court on the same line: "Дело в суде Советского района: № 5-412/2024", "Номер дела в суде: 4-125/2024".
 */
function courtCaseNumbers({ text, out, digitRuns }: IdScan): void {
  for (const at of digitRuns) {
    // (Only where a run of one to three digits ends in a dash or a space: the two shapes start so; most runs are tried no further.)
    let end = at;
    while (end < text.length && end - at < 4 && isDigitCode(text.charCodeAt(end))) end++;
    const after = text.charCodeAt(end);
    if (end - at <= 2 && after === 0x2d) {
      COURT_CASE_NUMBER.lastIndex = at;
      const m = COURT_CASE_NUMBER.exec(text);
      const before = m ? text.slice(Math.max(0, at - 48), at) : '';
      // (A Russian court's number with its full year needs no word: no other number is written so, "1) 5-1402/2023. Ищенко
      // Марина", "list on the door: 5-233/2024"; not after a law's word.)
      const line = m ? before.slice(before.lastIndexOf('\n') + 1) : '';
      const decided = m !== null && RUSSIAN_COURT_CASE.test(m[0]) && !LAW_BEFORE.test(before);
      if (m && (COURT_CASE_BEFORE.test(line) || decided)) out.push(span(at, at + m[0].length, 'IDNUM', 'id.court-case', 0.8));
      else if (m === null) {
        AZERBAIJANI_CASE_NUMBER.lastIndex = at;
        const chamber = AZERBAIJANI_CASE_NUMBER.exec(text);
        if (chamber) out.push(span(at, at + chamber[0].length, 'IDNUM', 'id.court-case', 0.8));
      }
    } else if (end - at <= 2 && after === 0x28) {
      AZERBAIJANI_CASE_NUMBER.lastIndex = at;
      const m = AZERBAIJANI_CASE_NUMBER.exec(text);
      if (m) out.push(span(at, at + m[0].length, 'IDNUM', 'id.court-case', 0.8));
    } else if (end - at <= 3 && after === 0x20 && isDigitCode(text.charCodeAt(end + 1))) {
      SERBIAN_CASE_NUMBER.lastIndex = at;
      const m = SERBIAN_CASE_NUMBER.exec(text);
      if (m) out.push(span(at, at + m[0].length, 'IDNUM', 'id.court-case', 0.8));
    }
  }
}
// (Or a Serbian court's case in its register's form: the court's code, the department, the register, the number, the year and
// the register again, "71 0 Pr 093126 24 Pr", "17 0 Pr 061582 24 Pr": found without a word before it.)
// (Or an Azerbaijani court's, the court's code in brackets after the category, "4(003)-418/2024": no other number is so.)
// (Or with the court's chamber before the bracket: 4-1(81)-2173/2023.)
const AZERBAIJANI_CASE_NUMBER = /(?<![\p{L}\d./-])\d{1,2}(?:-\d{1,2})?\(\d{2,3}\)-\d{2,6}\/(?:20)?\d{2}(?![\p{L}\d]|[-/.]\d)/uy;
const SERBIAN_CASE_NUMBER = /(?<![\p{L}\d./-])\d{1,3}\s\d\s\p{Lu}\p{Ll}{0,3}\.?\s\d{3,7}\s\d{2}\s\p{Lu}\p{Ll}{0,3}(?![\p{L}\d])/uy;
const COURT_CASE_NUMBER = /(?<![\p{L}\d./-])\d{1,2}-(?:\d{3,6}\/(?:20)?\d{2}|\d{2}\/20\d{2})(?![\p{L}\d]|[-/.]\d)/uy;
const COURT_CASE_BEFORE = /(?<![\p{L}])(?:дел[оаеу]|суд\p{Ll}{0,3}|справ[аиі]|case|court|predmet\p{Ll}{0,2}|dosar\p{Ll}{0,2})(?![\p{L}])/iu;

/**
 * Document numbers of letters and digits: КМ 448120, AZE 14387259, 418273KE, 4150389A012PB3.
 * (One capital and seven to nine digits too, a passport's or a permit's the world over, said with no word: "it's F002518734".)
 */
function documentLetters({ text, out, idStarts }: IdScan): void {
  for (const m of matchesAt(DOCUMENT_LETTERS, text, idStarts)) {
    // (Not an order's or an invoice's: "The order K123456789 arrived.")
    if (/^[A-Z]\d/.test(m[0]) && NOT_PERSONAL_BEFORE.test(text.slice(Math.max(0, m.index! - 20), m.index!))) continue;
    out.push(span(m.index!, m.index! + m[0].length, 'IDNUM', 'id.document-letters', 0.85));
  }
}

/**
 * An Albanian personal number (J12345678F) and an Azerbaijani FIN (5ZK7PQ2: seven capitals and digits, mixed; not a word
 * with a number such as COVID19, a model such as RTX4090 or a code such as ABCD123), without a keyword.
 * And a card's or a complaint's number of 8-16 capitals and digits mixed, after a word that says so (card no. L6F0T82K4,
 * complaint no. MB219845372AE): found in the same
 * pass (one more pass over the same starts cost as much as the rule's whole worth).
 */
function letterDigitIds({ text, out, idStarts }: IdScan): void {
  for (const m of matchesAt(LETTER_DIGIT_IDS, text, idStarts)) {
    const v = m[0];
    if (v.length > 7 && !ALBANIAN.test(v)) {
      let digits = 0;
      for (let k = 0; k < v.length; k++) if (v.charCodeAt(k) <= 0x39) digits++;
      if (digits >= 3 && v.length - digits >= 2 && ID_CONTEXT.test(text.slice(Math.max(0, m.index! - 24), m.index!))) out.push(span(m.index!, m.index! + v.length, 'IDNUM', 'id.mixed-after-keyword', 0.8));
      continue;
    }
    // (Mixed: two letters and two digits at least, alternating more than once: not a prefix code such as ABCD123.)
    if (v.length === 7 && (!/\d[^\d]*\d/.test(v) || !/[A-Z][^A-Z]*[A-Z]/.test(v) || /[A-Z]{5}|\d{4}/.test(v) || !/^(?:[A-Z]+\d+[A-Z]|\d+[A-Z]+\d)/.test(v))) continue;
    out.push(span(m.index!, m.index! + v.length, 'IDNUM', v.length === 7 ? 'id.fin' : 'id.albanian', 0.8));
  }
}

/**
 * Without any keyword: a run of 12-15 digits (personal numbers of Kazakhstan, Kyrgyzstan, Uzbekistan, Tajikistan; accounts),
 * a document number with a letter prefix and a dash or a Cyrillic letter (AN-3309812, А 1234567), or a register's letters, a
 * year and a number (AB-2023/04471, HH-2022-113874: certificates and police papers), a court's or a prosecutor's case code
 * (PP-2209/24, P.1873/24, VD/0417/05/24, Γ2024/6123), a Russian passport (45 06 123456, 4506 № 123456),
 * a birth certificate of the Soviet pattern, its series a Roman number and two letters (II-АГ 512873, I-AH № 412873).
 */
function longNumbersAndPrefixes({ text, data, out, digitRuns, idStarts }: IdScan): void {
  for (const m of matchesAt(LONG_NUMBER, text, digitRuns)) {
    out.push(span(m.index!, m.index! + m[0].length, 'IDNUM', 'id.long-number', 0.75));
  }
  for (const m of matchesAt(DOCUMENT_PREFIX, text, idStarts)) {
    if (/^\d/.test(m[0]) && phoneIn(m[0], 0, data)) continue;
    // (Not an invoice's or an order's number: INV-2023/0045, "счёт № СЧ-2024/1187".)
    if (/^(?:INV|ORD|PO|СЧ)-/.test(m[0]) || NOT_PERSONAL_BEFORE.test(text.slice(Math.max(0, m.index! - 20), m.index!))) continue;
    out.push(span(m.index!, m.index! + m[0].length, 'IDNUM', 'id.document-prefix', 0.75));
  }
}

/**
 * A British National Insurance number (JT 62 40 19 A) and a German social insurance number (53 120577 P 014): shapes no
 * other number has, however spaced.
 */
function insuranceNumbers({ text, out, digitRuns, idStarts }: IdScan): void {
  for (const m of matchesAt(NINO, text, idStarts)) out.push(span(m.index!, m.index! + m[0].length, 'IDNUM', 'id.gb-nino', 0.9));
  for (const m of matchesAt(DE_SOCIAL_INSURANCE, text, digitRuns)) out.push(span(m.index!, m.index! + m[0].length, 'IDNUM', 'id.de-svnr', 0.9));
  // (A Swiss AHV number by its shape, 756.1234.5678.97, its check digit or not: no other number is written so.)
  for (const m of matchesAt(CH_AHV, text, digitRuns)) out.push(span(m.index!, m.index! + m[0].length, 'IDNUM', 'id.ch-ahv', 0.9));
  // (A German health insurance's number, a letter and nine digits, after the insurance's word: "Health insurance (AOK) no.
  // K482917365", "Versichertennummer A123456789".)
  if (/insur|versicher|krankenkasse|страхов/i.test(text)) for (const m of text.matchAll(DE_HEALTH_INSURANCE)) out.push(span(m.index + m[0].length - m[1].length, m.index + m[0].length, 'IDNUM', 'id.de-kvnr', 0.85));
}
const DE_HEALTH_INSURANCE = /(?:[Ii]nsurance|[Vv]ersicherten\p{Ll}*|[Kk]rankenkasse|[Сс]трахов\p{Ll}*)[^!?\n]{0,30}?[\s:]([A-Z]\d{9})(?![\p{L}\d])/gu;

/**
 * The references German-speaking offices give a person's file, after their word: Kassenzeichen 5317.2204.8891,
 * Vorgangsnummer PSG-L-24-03117, Geschäftszahl, Tagebuchnummer; and a registration card's number in the shape
 * letters, number and year (Prostituiertenausweis номер PA 11874/2023, card number W-PR 20957/22).
 */
function officeReferences({ text, out }: IdScan): void {
  if (!OFFICE_REFERENCE_WORD.test(text)) return;
  OFFICE_REFERENCE.lastIndex = 0;
  for (let m = OFFICE_REFERENCE.exec(text); m !== null; m = OFFICE_REFERENCE.exec(text)) {
    const value = m[1] ?? m[2];
    const start = m.index + m[0].length - value.length;
    out.push(span(start, start + value.length, 'IDNUM', 'id.office-reference', 0.8));
  }
}
const OFFICE_REFERENCE_WORD = /kassenzeichen|vorgang|geschäftszahl|geschaeftszahl|tagebuch|ausweis|card|karte|карт|номер|number|nr/i;
const OFFICE_REFERENCE =
  /(?:(?:[Kk]assenzeichen|[Vv]organgs-?(?:nummer|nr\.?)|[Gg]eschäftszahl|GZ|[Tt]agebuch-?(?:nummer|nr\.?))\s*:?\s*((?:\p{Lu}{1,4}-){0,3}\d[\d./-]{2,24}\d)|(?:[Aa]usweis\p{Ll}*|card|karte|карт\p{Ll}*|номер|number|[Nn]r\.?|no\.?)(?:[^\n\d:.]{0,30}:)?\s*:?\s*(?:номер\s+|number\s+|no\.?\s+|nr\.?\s+)?(\p{Lu}{1,3}(?:-\p{Lu}{1,3})?\s?\d{3,6}\/\d{2,4}))(?![\p{L}\d])/gu;

/**
 * Passport and ID-card numbers: 1-2 Latin letters then 7-8 digits (AB1234567, N12345678, ID1234567, AN 3309812).
 */
function passports({ text, out, idStarts }: IdScan): void {
  for (const m of matchesAt(PASSPORT, text, idStarts)) {
    out.push(span(m.index!, m.index! + m[0].length, 'IDNUM', 'id.passport', 0.9));
  }
  // (Its series in lower case right after the word, as hurried notes write it, or none: "passport aa 3817205", "паспорт ав
  // 1234567", "passport no 4417203".)
  if (!PASSPORT_WORD.test(text)) return;
  PASSPORT_LOWER.lastIndex = 0;
  for (let m = PASSPORT_LOWER.exec(text); m !== null; m = PASSPORT_LOWER.exec(text)) {
    out.push(span(m.index + m[0].length - m[1].length, m.index + m[0].length, 'IDNUM', 'id.passport', 0.85));
  }
  // (A Turkmen passport's letter and digit, then six digits, after the word: "TM passport A1 220684", "Паспорт ТМ A2 391048".)
  for (const m of text.matchAll(LETTER_DIGIT_PASSPORT)) out.push(span(m.index + m[0].length - m[1].length, m.index + m[0].length, 'IDNUM', 'id.passport', 0.85));
  // (An old Soviet-style passport booklet's two letters and six digits in threes, a few words after the word in the same
  // sentence: "паспорт старый, книжечка, ВК 418 207".)
  for (const m of text.matchAll(BOOKLET_PASSPORT)) out.push(span(m.index + m[0].length - m[1].length, m.index + m[0].length, 'IDNUM', 'id.passport', 0.8));
}
const BOOKLET_PASSPORT = /(?<![\p{L}])(?:[Pp]assport|[Пп]аспорт\p{Ll}{0,2}|[Pp]asport\p{Ll}{0,2})[^.!?\n\d]{0,40}?[\s,:]((?:[А-ЯЁ]{2}|[A-Z]{2}) \d{3} \d{3})(?![\p{L}\d])/gu;
const LETTER_DIGIT_PASSPORT = /(?<![\p{L}])(?:passport|паспорт\p{Ll}{0,2}|pasport\p{Ll}{0,2})(?:,?\s+(?:TM|ТМ|no\.?|nr\.?|№|number|номер))*,?\s*:?\s+([A-Z]\d\s?\d{6})(?![\p{L}\d])/giu;
/**
 * An identity document's code of capitals and digits mixed, right after the document's word in the region's languages:
 * "Personalausweis L01X00T47", "dowód osobisty ABC123456", "ID card no. XK12345", or in a bracket after it, "ID-карта (EB 736
 * 401)" (digits alone are read elsewhere).
 */
function documentCodesAfterTheirWords({ text, out }: IdScan): void {
  if (!ID_DOCUMENT_WORD.test(text)) return;
  for (const m of text.matchAll(ID_DOCUMENT_CODE)) {
    // (The word's start is checked here: a look-behind in the pattern cost more.)
    if (m.index > 0 && isLetter(text.charCodeAt(m.index - 1))) continue;
    const code = m[1];
    // (Not a price in a bracket, "fake ID card (AMD 150 000)", nor a label's letters, "Nr 1234 56789".)
    const letters = /^\p{L}+(?= )/u.exec(code)?.[0];
    if ((code.match(/\d/g)?.length ?? 0) < 3 || !/[A-Z]/.test(code) || (letters !== undefined && (CURRENCY_WORD.test(letters) || NOT_SERIES.has(letters.toLowerCase())))) continue;
    const start = m.index + m[0].length - code.length;
    out.push(span(start, start + code.length, 'IDNUM', 'id.document-code', 0.85));
  }
}
const NOT_SERIES = new Set(['nr', 'no', 'id', 'amd', 'usd', 'eur', 'kzt', 'rub', 'uah', 'gel', 'kgs', 'uzs', 'tjs', 'azn', 'byn', 'mdl', 'pln', 'try', 'aed', 'gbp', 'chf']);
const ID_DOCUMENT_WORD = /ausweis|reisepass|aufenthaltstitel|passport|паспорт|id[- ]card|id-карт|identity card|dowód|průkaz|preukaz|li[čc]n(?:[eau]|oj) kart|личн(?:[аеу]|ој) карт|osobn(?:[aeu]|oj) iskaznic|buletin|ID /i;
const ID_DOCUMENT_CODE =
  /(?:personalausweis|ausweis(?: für vertriebene)?|reisepass|aufenthaltstitel|passport|паспорт\p{Ll}{0,2}|id[- ]card|id-карт\p{Ll}{0,4}|identity card|dowód osobisty|dowodu osobistego|občanský průkaz|občiansky preukaz|li[čc]n(?:[eau]|oj) kart[aeiu]|личн(?:[аеу]|ој) карт[аеиу]|osobn(?:[aeu]|oj) iskaznic[aeiu]|buletin(?:ul)?(?: de identitate)?|(?<=\(|^|\s)ID(?=\s[A-Z]{2,5}-\d))(?:\s+(?:no\.?|nr\.?|№|number|номер|č\.))?(?:\s*:?\s+|\s\()([A-Z0-9]{6,12}|[A-Z]{2,5}-\d{4,8}|[A-Z]{1,3} \d{3,4} \d{3,5})(?![\p{L}\d])/giu;
const PASSPORT_WORD = /passport|паспорт|pasport/i;
const PASSPORT_LOWER = /(?<![\p{L}])(?:passport|паспорт\p{Ll}{0,2}|pasport\p{Ll}{0,2})(?:\s+(?:no\.?|nr\.?|№))?\s*:?\s+(?!(?:no|nr)[\s.])((?:\p{Ll}{2}\s?)?\d{6,9})(?![\p{L}\d])/giu;

/**
 * Bare document numbers (8-10 digits) and badge numbers (3-7 digits: Ukrainian ones have seven) need a word that says so,
 * just before.
 * (Up to 15 digits: a foreigner's or residence number of 11, "foreigner number 99418273056", unless it is a phone.)
 */
function bareNumbersAndBadges({ text, data, out, digitRuns }: IdScan): void {
  for (const m of matchesAt(BARE_NUMBER, text, digitRuns)) {
    const before = text.slice(Math.max(0, m.index! - 48), m.index!);
    const len = m[1].length;
    if (len >= 8 && ID_CONTEXT.test(before) && !/\d[\d\s]*$/.test(before.slice(-3)) && (len <= 10 || !phoneIn(m[1], 0, data))) {
      out.push(span(m.index!, m.index! + len, 'IDNUM', 'id.document', 0.8));
    } else if (
      len >= 3 &&
      len <= 7 &&
      // (Further back only with no other number between: "his identification number; he showed a card briefly; she remembers 314-207".)
      (BADGE_BEFORE.test(before) || (!/\d/.test(before) && BADGE_BEFORE.test(text.slice(Math.max(0, m.index! - 72), m.index!))) || (len >= 4 && !/^(?:19|20)\d\d$/.test(m[1]) && (NUMBERED_DOCUMENT_BEFORE.test(before) || officersNumber(text, m.index!)))) &&
      !/[\d+]\s*$/.test(before) &&
      // (Nor a phone's groups after its country's code or its bracketed area code: "Личный номер Лизы — +7 (916) 204-38-77".)
      !/\+\d{1,4}[\s(]*$|\d\)\s?$/.test(before)
    ) {
      // (With the unit's digits before it: жетон вроде 12-0871.)
      // (Or its letters: PB-21847.)
      // (Or its letters and a space: "a number on his chest, PP 1142".)
      const unit = /(?<![\p{L}0-9])(?:(?:\d{1,3}|[A-ZА-ЯЁ]{1,3})-|(?!(?:ID|NO|NR|TEL|ТЕЛ) $)[A-ZА-ЯЁ]{2,3} )$/u.exec(before);
      // (Nor a sum after the badge in the same sentence: "с жетоном № 1123 отобрал телефон и 3000 сомов".)
      if (moneyAfter(text, m.index! + len)) continue;
      // (Not a plate's digits between its letters: LL-902-AA, ВН 4182 ЕК.)
      if (unit && /^\p{L}/u.test(unit[0]) && /^-\p{Lu}{1,3}(?![\p{L}\d])/u.test(text.slice(m.index! + len, m.index! + len + 5))) continue;
      if (/(?<![\p{L}])\p{Lu}{1,3}\s$/u.test(before) && /^\s\p{Lu}{1,3}(?![\p{L}\d])/u.test(text.slice(m.index! + len, m.index! + len + 5))) continue;
      // (And the parts after it: 0245-17, 4417/02; or a second group of three, as Czech badges are written, "186 402".)
      const parts = /^(?:[-/]\d{1,4}){1,2}(?![\p{L}\d])/u.exec(text.slice(m.index! + len, m.index! + len + 10)) ?? (len === 3 ? /^ \d{3}(?![\p{L}\d]|[ .,]\d)/u.exec(text.slice(m.index! + len, m.index! + len + 6)) : null);
      out.push(span(m.index! - (unit ? unit[0].length : 0), m.index! + len + (parts ? parts[0].length : 0), 'IDNUM', 'id.badge', 0.85));
    }
  }
}

/**
 * A number right after "номер", "number" or "no." in a sentence about a police officer: his badge or service number
 * ("Офицер Антониу (Αντωνίου), номер 30917", "она запомнила номер карты 31174", "the officer gave his number, 4471").
 */
function officersNumber(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 100), at);
  // (Or right after the officer's word: "complaint re. officer 218845".)
  return (NUMBER_WORD_BEFORE.test(before) && OFFICER_BEFORE.test(before)) || OFFICER_RIGHT_BEFORE.test(before);
}
const OFFICER_RIGHT_BEFORE = /(?<![\p{L}])(?:officer|policeman|policewoman|constable|офицер\p{Ll}{0,2}|полицейск\p{Ll}{1,3}|инспектор\p{Ll}{0,2})[^\S\n]$/iu;
const NUMBER_WORD_BEFORE = /(?<![\p{L}])(?:номер|number|no\.?|nr\.?|№)(?:\s+(?:карты|жетона|значка|удостоверения))?[\s:,]*$/iu;
const OFFICER_BEFORE =
  /(?<![\p{L}])(?:полицейск|офицер|сотрудник|инспектор|участков|патрульн|милиционер|лейтенант|сержант|капитан|майор|officer|policem[ae]n|policewom[ae]n|constable|sergeant|lieutenant|inspector)[^.!?\n]*$/iu;

/**
 * An IBAN, written together or in groups of four, by its checksum (mod 97): MD24AG000225100013104168,
 * TR33 0006 1005 1978 6457 8413 26. And a Russian or Kazakh account of twenty digits, which no other number has.
 */
function accounts({ text, out, digitRuns }: IdScan): void {
  for (const m of IBAN_COUNTRY.test(text) ? text.matchAll(IBAN) : []) {
    const compact = m[0].replace(/\s/g, '');
    if (isIban(compact)) out.push(span(m.index, m.index + m[0].length, 'IDNUM', 'id.iban', 0.95));
    // (With an account's word right before it, its checksum is not asked: a number misheard or mistyped is still hers.)
    else if (/\d/.test(compact.slice(4)) && ACCOUNT_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) out.push(span(m.index, m.index + m[0].length, 'IDNUM', 'id.iban-after-keyword', 0.8));
    // (Nor of one of exactly its country's length, written in the IBAN's groups of four: a screenshot's, a transcript's.)
    else if (/^[A-Z]{2}\d{2}(?: [A-Z0-9]{4})+(?: [A-Z0-9]{1,3})?$/.test(m[0]) && IBAN_LENGTHS[m[0].slice(0, 2)] === compact.length) out.push(span(m.index, m.index + m[0].length, 'IDNUM', 'id.iban-shape', 0.8));
    // (Nor of exactly its country's length with an account's word earlier in its sentence: "to an account in the name of
    // Bachana Ghlonti, GE29BG0000000561847302".)
    else if (IBAN_LENGTHS[m[0].slice(0, 2)] === compact.length && ACCOUNT_IN_SENTENCE.test(text.slice(Math.max(0, m.index - 64), m.index))) out.push(span(m.index, m.index + m[0].length, 'IDNUM', 'id.iban-after-keyword', 0.75));
  }
  for (const m of matchesAt(TWENTY_DIGITS, text, digitRuns)) out.push(span(m.index, m.index + 20, 'IDNUM', 'id.account', 0.85));
  // A Serbian, Montenegrin, Macedonian or Bosnian account: the bank's three digits, the account's and two check digits
  // (160-0000004521876-33, 510-12345-67): with an account's word in its sentence, or in full length.
  for (const m of text.includes('-') ? matchesAt(YU_ACCOUNT, text, digitRuns) : []) {
    if (m[0].length >= 17 || ACCOUNT_IN_SENTENCE.test(text.slice(Math.max(0, m.index! - 64), m.index!))) out.push(span(m.index!, m.index! + m[0].length, 'IDNUM', 'id.account', 0.8));
  }
  // A Polish account number (NRB) in its groups, the IBAN without its PL (61 1090 1014 0000 0712 1981 2874): by the IBAN's
  // checksum, or after an account's word.
  // (Or in all seven of its groups: nothing else is written so, and a number misread is still hers.)
  for (const m of matchesAt(POLISH_ACCOUNT, text, digitRuns)) {
    const digits = m[0].replace(/ /g, '');
    if (isIban(`PL${digits}`)) out.push(span(m.index!, m.index! + m[0].length, 'IDNUM', 'id.pl-account', 0.9));
    else if (m[0].length === 32) out.push(span(m.index!, m.index! + m[0].length, 'IDNUM', 'id.pl-account-shape', 0.8));
    else if (ACCOUNT_BEFORE.test(text.slice(Math.max(0, m.index! - 32), m.index!).replace(/[\s,]*(?:(?:he|she|they)\s+gave)?[\s,]*$/, ''))) out.push(span(m.index!, m.index! + m[0].length, 'IDNUM', 'id.account-after-keyword', 0.8));
  }
}

/**
 * A patient's record number after its words (медкарта № 9094/23, medical record no. Ф-025/4907, история болезни № 704/24,
 * мед.карта 12-7734, карта пациента ТП4-2291):
 * it names her in the clinic's files.
 */
function medicalRecords({ text, data, out, doc }: IdScan): void {
  for (const m of MEDICAL_WORD.test(text) ? text.matchAll(MEDICAL_RECORD) : []) {
    const start = m.index + m[0].length - m[1].length;
    out.push(span(start, start + m[1].length, 'IDNUM', 'id.medical-record', 0.8));
  }
  recordNumbers(text, data, out, doc);
}

/**
 * The number a clinic, a detention centre or a police log keeps her under, a few words after its word and said to be it:
 * "her file at the AIDS Centre is SAM-2294", "patient no. KMKL1-23-55170", "prisoner number is 2-0418/24", "записала в
 * журнал под № К-1147", "под номером 0611-24", "номер истории болезни, который ей продиктовали: 14872/23", a hospital's
 * "карта № 3417/22-Т", "бумажку с рег. номером 0623-114", a forensic "акт № 1147/24", "expert report no. 2187/СМЭ-24",
 * "her clinic record no. is 2231/24". A code of three
 * digits or more, with its letters, hyphens and slashes; not a year.
 */
function recordNumbers(text: string, data: PackData, out: Span[], doc: TextDocument): void {
  // A police register's entry written without "No.": "entry KUSP 5612", "КУСП 12874".
  for (const m of text.includes('KUSP') || text.includes('КУСП') || text.includes('КУИ') || text.includes('KUI') ? text.matchAll(KUSP_BARE) : []) out.push(span(m.index + m[0].length - m[1].length, m.index + m[0].length, 'IDNUM', 'id.record-number', 0.75));
  if (!RECORD_WORD_ANYWHERE.test(text)) return;
  // (Tried only at the start of a word with a digit at most 80 characters on: the word, up to 24 letters, then the code
  // within 56 characters. A pass of the pattern over the whole text cost more.)
  for (const m of matchesAt(RECORD_WORD, text, doc.runStartsNear('0-9', 80))) {
    const from = m.index + m[0].length;
    // (A code is a record's only after a clinic's words: "her AIDS centre code GY-00781", not a postal or a promotional code.)
    if (/^code$/i.test(m[0]) && !CLINIC_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    const code = RECORD_CODE_AFTER.exec(text.slice(from, from + 56));
    if (code === null) {
      recordNumberAfterItsWord(text, m.index, from, out);
      continue;
    }
    const value = code[2];
    // (A log's entry only after "no." or "№": "the ER's log no. 1409-07", not the hotline's own "log #2231".)
    if (/^log/i.test(m[0]) && !/^(?:no|nr|number|№)/i.test(code[1])) continue;
    // (Five digits or more, or fewer with a letter, a hyphen or a slash, or after "No." or "№": not a sum, "350"; nor a year;
    // nor a phone on a business card, "a card on the bar: 031-618-4027".)
    const digits = value.match(/\d/g)?.length ?? 0;
    const numbered = /^(?:№|no|nr|#)/i.test(code[1]);
    if (digits < 3 || (digits < 5 && /^\d+$/.test(value) && !numbered) || /^(?:19|20)\d\d$/.test(value) || (/^[\d-]+$/.test(value) && phoneIn(value, 0, data) !== null)) continue;
    const start = from + code[0].length - value.length;
    out.push(span(start, start + value.length, 'IDNUM', 'id.record-number', 0.75));
  }
}
/**
 * A record's number said before its word and written right after it: "талон с номером амб. карты 0312-7745", "the number
 * of her patient card 44172". In parts (a hyphen or a slash) or five digits or more; or a register's letters and digits
 * right after the word, "record JA-0412".
 */
function recordNumberAfterItsWord(text: string, wordStart: number, wordEnd: number, out: Span[]): void {
  // (A register's letters and digits a few words after "номер" right after the word: "Рег. номер в центре СПИД КЛ-0219".)
  const far = LETTERED_CODE_AFTER_NUMBER_WORD.exec(text.slice(wordEnd, wordEnd + 56));
  if (far !== null) {
    const start = wordEnd + far[0].length - far[1].length;
    out.push(span(start, start + far[1].length, 'IDNUM', 'id.record-number', 0.75));
    return;
  }
  const code = RECORD_CODE_RIGHT_AFTER.exec(text.slice(wordEnd, wordEnd + 32));
  if (code === null || /^(?:19|20)\d\d(?:-(?:19|20)?\d\d)?$/.test(code[1])) return;
  // (Or a code of a register's letters, a hyphen and its digits, which needs no "номер": "record JA-0412", "card Т-4218".)
  // (Not after "file" or "report": "our file UZ-0412" is the organisation's own.)
  // (A clinic's file is hers too: "Clinic file LV-22817".)
  const word = text.slice(wordStart, wordEnd);
  // (Or its letters, a space and a year's number: "medical record MR 2024-08812".)
  const lettered = /^\p{Lu}{1,4}(?:-\d{3,8}|-\d{1,4}-\d{2,8}| (?:19|20)\d\d-\d{3,8})$/u.test(code[1]) && (LETTERED_RECORD_WORD.test(word) || (/^(?:files?|code)$/i.test(word) && CLINIC_BEFORE.test(text.slice(Math.max(0, wordStart - 16), wordStart))));
  // (Or a card's or a record's number of five digits or more right after it, in a sentence about a clinic: "took Aysel to
  // the clinic, card 0098314", "emergency hospital, record 26417".)
  const clinics = /^(?:card|records?|карт[аеуы])$/iu.test(word) && (code[1].match(/\d/g)?.length ?? 0) >= 5 && CLINIC_IN_SENTENCE.test(text.slice(Math.max(0, wordStart - 80), wordStart));
  // (Or a police report's number and year right after it: "police report 1184/23".)
  const policeReport = /^reports?$/i.test(word) && /(?:police|crime|incident)\s+$/i.test(text.slice(Math.max(0, wordStart - 10), wordStart)) && NUMBER_AND_YEAR.test(code[1]) && !/^(?:19|20)\d\d\//.test(code[1]);
  if (!lettered && !clinics && !policeReport && !(RECORD_NUMBER_WORD_BEFORE.test(text.slice(Math.max(0, wordStart - 40), wordStart)) && (/\d[-/]\d/.test(code[1]) || (code[1].match(/\d/g)?.length ?? 0) >= 5))) return;
  const start = wordEnd + code[0].length - code[1].length;
  out.push(span(start, start + code[1].length, 'IDNUM', 'id.record-number', 0.75));
}
const CLINIC_BEFORE = /(?:clinic|hospital|medical|patient|aids centre|aids center)['’]?s?\s$/i;
const LETTERED_CODE_AFTER_NUMBER_WORD = /^\s(?:номер|number|no\.)(?:\s[\p{L}.]{1,12}){1,4}?\s((?:[A-ZА-ЯЁ]{1,4})-\d{3,8})(?![\p{L}\d]|[/-]\d)/u;
const CLINIC_IN_SENTENCE = /(?:clinic|hospital|doctor|aids cent|клиник|больниц|поликлиник|врач|центр\p{L}* спид)[^.!?\n]*$/iu;
const LETTERED_RECORD_WORD = /^(?:records?|cards?|history|patient|карт[аеуы]|карточк\p{L}{1,3})$/iu;
/** "номер", "number" or "No." and at most two words (an abbreviation, "of her") before a record's word. */
const RECORD_NUMBER_WORD_BEFORE = /(?<![\p{L}])(?:номер\p{L}{0,2}|number|no\.?)(?:[^\S\n]+\p{L}{1,14}\.?){0,2}[^\S\n]+$/iu;
const RECORD_CODE_RIGHT_AFTER = /^(?:[^\S\n]+(?:code|number|id|код|номер)(?![\p{L}]))?(?:[^\S\n]+|[^\S\n]*[—–][^\S\n]*)((?:[A-ZА-ЯЁ][A-ZА-ЯЁ0-9]{0,5}-){0,2}(?:[A-ZА-ЯЁ]{2,4} (?=\d{4}-))?[A-ZА-ЯЁ]{0,4}\d{1,9}(?:[/-](?:\d{1,8}|[A-ZА-ЯЁ]{1,4}(?![\p{L}])))*)(?![\p{L}\d]|[/.,-]\d)/u;

/** A Moldovan police report's series and number, with or without its word: "protocol MAI03 218774", "report no. MAI05 418227". */
function moldovanReports({ text, out }: IdScan): void {
  if (!text.includes('MAI')) return;
  for (const m of text.matchAll(MOLDOVAN_REPORT)) out.push(span(m.index, m.index + m[0].length, 'IDNUM', 'id.md-report', 0.85));
}
// (Six digits or seven: "MAI04 0613384".)
const MOLDOVAN_REPORT = /(?<![\p{L}\d])MAI\s?\d{2}\s\d{6,7}(?!\d)/gu;

/**
 * A protocol's number after its statute and date in the same sentence: "Протокол по ст. 130 КоАП РТ, № 0012786", "протокол
 * по ст. 6.11 КоАП от 28.08, № 0417325", "номер протокола у неё 004718"; and a card's or a certificate's: "номер карты
 * 08/3317", "номер амб. карты 47-3318/24", "справка № 2871". Five digits or more for a protocol, three for a card.
 */
function protocolNumbers({ text, data, out }: IdScan): void {
  if (!PROTOCOL_WORD.test(text)) return;
  for (const m of text.matchAll(PROTOCOL_NUMBER)) out.push(span(m.index + m[0].length - m[1].length, m.index + m[0].length, 'IDNUM', 'id.protocol-number', 0.8));
  for (const m of text.matchAll(CLINIC_CARD_NUMBER)) out.push(span(m.index + m[0].length - m[1].length, m.index + m[0].length, 'IDNUM', 'id.record-number', 0.75));
  // (Or a protocol's number of six to nine digits a few words later in its sentence, with no digit between, and the others
  // listed after it: "wrote a protocol, 0103355, that", "протокол по миграции 0012587", "protocols for "petty hooliganism"
  // (1112046, 1112047)", "protocols issued to both: 0052239 (Togzhan), 0052240 (Anel)". Not a fine's sum or a phone.)
  for (const m of text.matchAll(PROTOCOL_LATER)) {
    const number = m[2];
    const end = m.index + m[0].length;
    // (Nor a date written as one number, "20240115".)
    if (NOT_A_PROTOCOL_GAP.test(m[1]) || /^(?:19|20)\d\d$/.test(number) || /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])$/.test(number) || moneyAfter(text, end) || phoneIn(number, 0, data) !== null) continue;
    out.push(span(end - number.length, end, 'IDNUM', 'id.protocol-number', 0.75));
    let at = end;
    for (let more = LISTED_PROTOCOL.exec(text.slice(at, at + 48)); more !== null; more = LISTED_PROTOCOL.exec(text.slice(at, at + 48))) {
      if (moneyAfter(text, at + more[0].length)) break;
      out.push(span(at + more[0].length - more[1].length, at + more[0].length, 'IDNUM', 'id.protocol-number', 0.7));
      at += more[0].length;
    }
  }
}
const PROTOCOL_WORD = /протокол|protocol|карт|справк/iu;
const PROTOCOL_LATER = /(?<![\p{L}])(?:[Pp]rotocols?|[Пп]ротокол\p{Ll}{0,3})([^.!?\n\d]{1,48}?)(\d{6,9})(?![\p{L}\d]|[-/.,:]\d)/gu;
const NOT_A_PROTOCOL_GAP = /штраф|fine|сумм|amount|paid|заплат|оплат|взял|took|тенге|сом|som|tenge|руб|\$|€|индекс|post|zip|budget|line|version|верси|окпо|okpo|бин|инн|edrpou|едрпоу|(?<![\p{L}])(?:ст|art|article|статья|статье|п|ч)\.?[^\S\n]*$|page|стр|лист|sheet|тел|phone|call|звон/iu;
const LISTED_PROTOCOL = /^(?:[^\S\n]*\([^()\n]{1,30}\))?(?:,[^\S\n]?|[^\S\n](?:and|и)[^\S\n])(\d{6,9})(?![\p{L}\d]|[-/.,:]\d)/u;
const PROTOCOL_NUMBER =
  /(?<![\p{L}])(?:[Пп]ротокол\p{Ll}{0,3}\s+по\s+ст\.\s?\d+(?:\.\d+)*(?:\s?ч\.\s?\d+)?\s+(?:КоАП|УК|КУоАП|АК)(?:\s+\p{Lu}{2})?(?:\s+от\s+\d{1,2}\.\d{1,2}(?:\.\d{2,4})?)?,?\s*№|номер\s+протокола(?:\s+(?:у\s+(?:неё|нее|него)|был|такой))?:?)\s?(\d{5,9})(?![\p{L}\d]|[-/.]\d)/gu;
const CLINIC_CARD_NUMBER =
  /(?<![\p{L}])(?:номер\s+(?:амб\.\s+|амбулаторной\s+|медицинской\s+|мед\.\s+)?карт[ыи]|[Сс]правк[аиуе]\s*№)\s?:?\s?((?:[A-ZА-ЯЁІЇЄ]{1,4}-)?\d{2,8}(?:[/-]\d{1,6})*(?:-[A-ZА-ЯЁ]{1,2})?)(?![\p{L}\d]|[-/]\d)/gu;

/**
 * A number after "no.", "№" or a colon with an office's letters after its slash and a year after them: "(no. 1174/НП-23)",
 * "report no. 0417/KhT-24", "Номер дела в полиции: 1043/22-ΑΣ". A decision's or a file's number about her; no sum, date or
 * phone is written so.
 */
function numberedOfficeCodes({ text, out }: IdScan): void {
  if (!text.includes('/')) return;
  for (const m of text.matchAll(NUMBERED_OFFICE_CODE)) out.push(span(m.index + m[0].length - m[1].length, m.index + m[0].length, 'IDNUM', 'id.office-code', 0.75));
}
const NUMBERED_OFFICE_CODE = /(?:(?<![\p{L}])[Nn][or]\.|№|:)\s?(\d{2,6}\/(?:\p{Lu}[\p{L}]{0,3}-\d{2,4}|\d{2}-\p{Lu}{1,3}))(?![\p{L}\d]|[-/]\d)/gu;

/** A Korean court's or prosecutor's case number: the year, the kind of case in Hangul, the number (2023형제12418, 2024고단1187). */
function koreanCaseNumbers({ text, out, digitRuns }: IdScan): void {
  if (!HANGUL.test(text)) return;
  for (const m of matchesAt(KOREAN_CASE_NUMBER, text, digitRuns)) out.push(span(m.index, m.index + m[0].length, 'IDNUM', 'id.kr-case-number', 0.85));
}
const HANGUL = /[가-힣]/;
const KOREAN_CASE_NUMBER = /(?<![\p{L}\d])(?:19|20)\d{2}[가-힣]{1,3}\d{1,6}(?![\p{L}\d])/uy;

/** An Italian codice fiscale, by its shape of sixteen (six letters of the name, the birth date and place, a check letter). */
function italianFiscalCodes({ text, out, idStarts }: IdScan): void {
  for (const m of matchesAt(CODICE_FISCALE, text, idStarts)) out.push(span(m.index, m.index + m[0].length, 'IDNUM', 'id.it-codice-fiscale', 0.85));
}
const CODICE_FISCALE = /(?<![\p{L}0-9])[A-Z]{6}\d{2}[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z](?![\p{L}0-9])/uy;

/**
 * A Polish court's signature without its word: the department's Roman number, the register, the number and the year (III
 * SA/Kr 1418/23, VIII W 2207/24); a prosecutor's, a police station's and a Blue Card's numbers.
 */
function polishSignatures({ text, out, doc }: IdScan): void {
  // (Tried only where a run starts with a digit within 14 characters: a pass of the pattern over every character cost more.)
  for (const m of text.includes('/') ? matchesAt(POLISH_SIGNATURE, text, doc.runStartsNear('0-9', 14)) : []) out.push(span(m.index, m.index + m[0].length, 'IDNUM', 'id.pl-signature', 0.8));
  // (A prosecutor's preparatory proceedings with its department in Roman numbers, too far from the digits for the prefixes'
  // pass (DOCUMENT_PREFIX has "PR 2 Ds. 1184.2024"): "PO I Ds. 41.2023".)
  for (const m of text.includes(' Ds') ? text.matchAll(PROSECUTOR_SIGNATURE) : []) out.push(span(m.index, m.index + m[0].length, 'IDNUM', 'id.pl-signature', 0.8));
  // (A police station's protocol, its number, the station's letters, maybe its department, and the year: "Nr 87/KMP/IV/24",
  // "nr 1123/KMP/24"; a Blue Card's form, "NK-A 45/2023/ZI", "NK 112/2024/GD".)
  for (const m of text.includes('K') ? text.matchAll(POLISH_POLICE_NUMBER) : []) out.push(span(m.index, m.index + m[0].length, 'IDNUM', 'id.pl-signature', 0.8));
}
const POLISH_POLICE_NUMBER = /(?<![\p{L}\d/])(?:\d{1,6}\/K[MPSWR]?P(?:\/[IVX]{1,4})?\/(?:19|20)?\d\d|NK(?:-[A-D])?[^\S\n]\d{1,5}\/(?:19|20)\d\d\/\p{Lu}{2,3})(?![\p{L}\d]|\/\d)/gu;
const PROSECUTOR_SIGNATURE = /(?<![\p{L}\d])\p{Lu}{2,4}\s[IVX]{1,4}\sDsn?\.?\s\d{1,6}\.(?:19|20)\d\d(?![\p{L}\d]|\.\d)/gu;
const POLISH_SIGNATURE = /(?<![\p{L}\d])[IVX]{1,4}\s\p{Lu}{1,3}(?:\/\p{Lu}\p{Ll}{0,2})?\s\d{1,6}\/\d{2}(?![\p{L}\d]|\/\d)/uy;

/**
 * The police's number of a report of a crime right after its words, without "№": "номер сообщения о преступлении 318/24-В",
 * "заявление о происшествии 2291/24".
 */
function crimeReports({ text, out }: IdScan): void {
  if (!text.includes(' о п')) return;
  for (const m of text.matchAll(CRIME_REPORT_NUMBER)) {
    if ((m[1].match(/\d/g)?.length ?? 0) < 3 || /^(?:19|20)\d\d$/.test(m[1])) continue;
    const start = m.index + m[0].length - m[1].length;
    out.push(span(start, start + m[1].length, 'IDNUM', 'id.crime-report', 0.8));
  }
}
const CRIME_REPORT_NUMBER = /(?<![\p{L}])(?:сообщени|заявлени)\p{Ll}{0,3}\s+о\s+(?:преступлении|происшествии|правонарушении)\s+(\d{1,8}(?:[/-]\d{1,6}){0,3}(?:-\p{Lu})?)(?![\p{L}\d]|[/.-]\d)/gu;

/**
 * A number after a German or Dutch compound that says it is one, maybe with an office's letters between: "Kundennummer
 * 123D456789", "Versichertennummer K481022937", "Sozialversicherungsnummer 3718 240993", "Verfahrenszahl BFA
 * 1301782405-221445", "KvK-nummer 81736254". Not a phone's, a house's or a room's number (Telefonnummer, Hausnummer).
 */
function compoundNumberNouns({ text, out }: IdScan): void {
  if (!NUMBER_NOUN_ANYWHERE.test(text)) return;
  for (const m of text.matchAll(NUMBER_NOUN)) {
    if (NOT_A_PERSONS_NUMBER.test(m[1]) || (m[2].match(/\d/g)?.length ?? 0) < 5) continue;
    const start = m.index + m[0].length - m[2].length;
    out.push(span(start, start + m[2].length, 'IDNUM', 'id.number-noun', 0.8));
  }
}
const NUMBER_NOUN_ANYWHERE = /nummer|zahl/i;
const NUMBER_NOUN = /(?<![\p{L}])([\p{L}]{2,30}-?(?:nummer|zahl))(?:\s\p{Lu}{2,4})?\s?:?\s((?:\p{Lu}{1,3}-?)?\d[\dA-Z]{0,11}(?:[ -]\d{2,12}){0,2})(?![\p{L}\d]|[-/]\d)/gu;
const NOT_A_PERSONS_NUMBER = /^(?:telefon|handy|ruf|haus|zimmer|fax|tel|mobiel|telefoon|huis|kamer|raam|auto|bus|linien|tram)/i;

/**
 * A Romanian police report's series and number a few words after its word: "proces-verbal CJPL 0219844", "протокол Poliția
 * Locală Sector 3 PL3 0081266"; or a Russian one's with its region's two digits before the series, "protocol 16 РТ
 * 01847733" (one digit before is a sector's, "Sector 2 PL2 0092213").
 */
function protocolSeries({ text, out }: IdScan): void {
  if (!PROTOCOL_WORD_ANYWHERE.test(text)) return;
  for (const m of text.matchAll(PROTOCOL_SERIES)) {
    const start = m.index + m[0].length - m[1].length;
    out.push(span(start, start + m[1].length, 'IDNUM', 'id.protocol-series', 0.8));
  }
}
const PROTOCOL_WORD_ANYWHERE = /proces|протокол|protocol/i;
const PROTOCOL_SERIES = /(?<![\p{L}])(?:[Pp]roces[- ][Vv]erbal\p{Ll}*|[Пп]ротокол\p{Ll}{0,3}|[Pp]rotocol)[^.\n\d]{0,40}?(?:[^\S\n]\d(?=[^\S\n]))?[^\S\n]((?:\d{2}[^\S\n])?\p{Lu}{2,4}\d?[^\S\n]\d{6,8})(?![\p{L}\d])/gu;

/**
 * A prosecutor's or a court's file in its own notation without its word: the department's number, the register's letters, the
 * number and the year, maybe a number after it (German 110 Js 4471/22, Slovak 1 Pv 418/24/1102, Czech 3 T 45/2023). Not a
 * month's or a unit's word in the middle, "12 Apt 4/5".
 */
function registerSignatures({ text, out, digitRuns }: IdScan): void {
  if (!text.includes('/')) return;
  for (const m of matchesAt(REGISTER_SIGNATURE, text, digitRuns)) {
    if (NOT_A_REGISTER.test(m[1])) continue;
    // (With the court's file before the prosecutor's, as a German indictment's reference writes them: "5 KLs 206 Js 41187/23".)
    const court = m[1] === 'Js' ? COURT_FILE_BEFORE.exec(text.slice(Math.max(0, m.index! - 12), m.index)) : null;
    out.push(span(m.index! - (court?.[0].length ?? 0), m.index! + m[0].length + courtSuffixAfter(text, m.index! + m[0].length), 'IDNUM', 'id.register-signature', 0.8));
  }
  // (Or a Czech or Slovak court's chamber in Roman numerals: "II Kop 204/23", "VI Ko 312/24".)
  for (const m of text.matchAll(ROMAN_REGISTER_SIGNATURE)) if (!NOT_A_REGISTER.test(m[1])) out.push(span(m.index, m.index + m[0].length, 'IDNUM', 'id.register-signature', 0.8));
}
const ROMAN_REGISTER_SIGNATURE = /(?=[IVX])(?<![\p{L}\d./-])[IVX]{1,4}\s(\p{Lu}\p{Ll}{0,2})\s\d{1,6}\/(?:19|20)?\d{2}(?:\/\d{1,6})?(?![\p{L}\d]|[/.-]\d)/gu;
/**
 * A register's letters with a hyphen inside, a space, a two-digit year and the number after a slash, as clinics' and offices'
 * forms write them: "form no. PTE-KL 23/004519", "у Жанеты NsP-MI 23/06672". No date, sum, plate or statute has this shape.
 */
function hyphenatedRegisterNumbers({ text, out }: IdScan): void {
  if (!text.includes('/')) return;
  for (const m of text.matchAll(HYPHENATED_REGISTER_NUMBER)) out.push(span(m.index, m.index + m[0].length, 'IDNUM', 'id.register-number', 0.8));
}
// (A pattern scanned over the whole text that opens with a look-behind is tried at every character; a look-ahead for its
// first character before it lets V8 pass over the others at once: this one scans four times faster so, and the same
// "(?=…)" opens the other such scans of this file, the address's and the person's. Not where the first character may be
// any letter: there it costs more.)
const HYPHENATED_REGISTER_NUMBER = /(?=\p{Lu})(?<![\p{L}\d-])\p{Lu}[\p{L}]{1,3}-\p{Lu}{1,4}[^\S\n]\d{2}\/\d{4,8}(?![\p{L}\d]|[/.-]\d)/gu;
const COURT_FILE_BEFORE = /(?<![\p{L}\d])\d{1,4}\s(?:KLs|Ls|Ds|Cs|Ns|Qs|Ks|Gs)\s$/u;
const REGISTER_SIGNATURE = /(?<![\p{L}\d./-])\d{1,4}\s(\p{Lu}\p{Ll}{0,2}|\p{Lu}{2,3})\s\d{1,6}\/(?:19|20)?\d{2}\p{Ll}?(?:\/\d{1,6})?(?![\p{L}\d]|[/.-]\d)/uy;
const NOT_A_REGISTER = /^(?:No|Nr|Apt|Ap|St|Bl|Fl|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Ul|Str|Kv|Ст|EUR|USD|RUB|GBP|CHF|KGS|KZT|UZS|TJS|GEL|AMD|AZN|MDL|UAH|RON|BGN|RSD|MKD|HUF|CZK|PLN|TRY|AED|ILS|KRW|NIE|DNI|NIF|TIE|ID|EGN|ЕГН|PIN|ИИН|ИНН|INN|IIN|CNP|IDNP|JMBG|ЈМБГ|EMBG|ЕМБГ|OIB|PESEL|AHV|AFM|ARC)$/;

// (And a Kazakh register's, КУИ, whose number is often written in groups: "КУИ 2405 0017 1123", "KUI number 1052".)
// (Or in a bracket before it, "(КУИ) 7712", or joined by a hyphen, "КУИ-18844".)
const KUSP_BARE = /(?<![\p{L}])(?:KUSP|КУСП|КУИ|KUI)(?:\)?(?:\s(?:№|no\.|nr\.|number|номер))?\s|-(?!(?:19|20)\d\d(?!\d)))(\d{4}(?:\s\d{4}){1,3}|\d{3,15})(?![\p{L}\d]|[-/.]\d)/gu;

/**
 * A file's reference of letters and digits in three parts or more, as offices of the destination countries write them:
 * OAM-59445-5/ZM-2023, WSO-III.9864.2.9912.2023, KRPT-60237-86/TČ-2024-857560, eN9-5858-133/2024, 4405/2024/VOP. Five
 * digits or more, two letters or more, ten of both or more: no date, statute, sum, time or plate is built so.
 */
function compoundReferences({ text, out, doc, digitRuns }: IdScan): void {
  if (digitRuns.length < 2) return;
  // (Tried only where a run of letters and digits starts with a digit within its first two parts.)
  for (const m of matchesAt(COMPOUND_REFERENCE, text, doc.runStartsNear('0-9', 17))) {
    const value = m[0];
    // (Ten letters and digits or more: a plate of three parts has fewer, 90-RK-822, E32-M-107.)
    const digits = value.match(/\d/g)?.length ?? 0;
    const letters = value.match(/\p{L}/gu)?.length ?? 0;
    // (Or one letter in four parts or more, with eight digits: "07-2023-Y-44182".)
    if (digits < 5 || (letters < 2 && !(letters === 1 && digits >= 8 && value.split(/[-./]/).length >= 4)) || digits + letters < 10) continue;
    // (Nor a business's number: an invoice's, an order's, a receipt's.)
    if (NOT_PERSONAL_BEFORE.test(text.slice(Math.max(0, m.index - 32), m.index))) continue;
    // (Not a web address or a file's name: a dot before letters only at its end, "report.pdf".)
    if (/\.\p{L}{2,4}$/u.test(value) && !/\d\.\p{L}/u.test(value.slice(0, -4))) continue;
    out.push(span(m.index, m.index + value.length, 'IDNUM', 'id.compound-reference', 0.75));
  }
}
const COMPOUND_REFERENCE = /(?<![\p{L}\d@/.:_-])[\p{L}\d]{1,8}(?:[-./][\p{L}\d]{1,8}){2,7}(?![\p{L}\d@_]|[-./][\p{L}\d])/uy;
const RECORD_WORD_ANYWHERE = /record|report|history|file|card|code|patient|prisoner|заключ|detainee|inmate|registration|entry|journal|register|log|booklet|книжк|журнал|болезни|под|запис|карт|рег|акт/iu;
const RECORD_WORD = /(?<![\p{L}])(?:records?|reports?|history|files?|cards?|code|patient|prisoner|detainee|inmate|заключ[её]нн\p{L}{1,3}|registration|entry|journal|register|log|logbook|booklet|книжк[аеиу]|журнал\p{L}{0,18}|болезни|запис[ьи]|под(?=\s?(?:№|номер))|карт[аеуы]|карточк\p{L}{1,3}|регистрационн\p{L}{2,3}|рег\.(?=\s?(?:номер|№))|акт[аеу]?(?=\s?№))(?![\p{L}])/iuy;
// (Within the sentence: then "is", "no.", "number", "№", "номер" or a colon, and the code.)
// (Its "no." may come first, the words and a colon after: "patient no. at the city AIDS centre: 14-3752".)
const RECORD_CODE_AFTER =
  /^(?:\s(?:no|nr)\.)?[^.!?\n№:#]{0,40}?((?<![\p{L}])(?:[Ii]s|[Nn]o\.?(?:\s+is)?|[Nn]r\.?|[Nn]umber|[Нн]омер\p{L}{0,2})(?![\p{L}])|№|:|#)[\s:,#№]*((?:[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё0-9]{0,5}-){0,2}(?:[A-ZА-ЯЁ]{1,4} ?)?\d{1,9}(?:[/-](?:\d{1,8}|[A-ZА-ЯЁ]{1,4}(?![\p{L}])))*)(?![\p{L}\d]|[/-]\d)/u;

/**
 * A badge number right after its word, maybe with "no." or "№", and with the letters of the unit's code before or after
 * its digits: жетон ОВ-0472, badge СДВР 4417, badge number 2241-ZG, badge no. 30417, жетон 0147562; a Mossos' TIP, a French
 * officer's RIO, an Italian matricola, "agent 3417".
 */
function badges({ text, out }: IdScan): void {
  for (const m of text.matchAll(BADGE)) {
    const start = m.index + m[0].length - m[1].length;
    out.push(span(start, start + m[1].length, 'IDNUM', 'id.badge', 0.85));
    // (And the second officer's after "and": "Badge nos. 1127 and 0893".)
    const second = SECOND_BADGE.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 24));
    if (second !== null) out.push(span(m.index + m[0].length + second[0].length - second[1].length, m.index + m[0].length + second[0].length, 'IDNUM', 'id.badge', 0.85));
  }
  for (const m of /badge|vest|uniform|chest|jacket/i.test(text) ? text.matchAll(NUMBER_ON_BADGE) : []) out.push(span(m.index, m.index + m[1].length, 'IDNUM', 'id.badge', 0.85));
}
// (Or a number told before the badge or the vest it was on: "one had 125703 on the badge".)
const NUMBER_ON_BADGE = /(?<![\p{L}\d/.-])(\d{3,8}(?:-\d{2,4})?)\s+(?:on|from)\s+(?:the|his|her|their)\s+(?:badge|vest|uniform|chest|jacket)(?![\p{L}])/giu;
const SECOND_BADGE = /^\s?(?:,|and|и|&)\s(\d{3,8})(?![\p{L}\d]|[-/.]\d)/u;

/**
 * An application's or a communication's number at the European Court of Human Rights or a UN committee, after the body's
 * or the application's word on the same line: "ЕСПЧ, 51207/19", "CEDAW, 168/2021", "application no. 67341/18", "жалобу
 * «Пынзару против Республики Молдова» (№ 7734/20)" (42 of 43 such numbers inside a marked item over the annotated sets); not
 * a judgment cited as precedent, "see Lyapin v. Russia, no. 46956/09".
 */
function treatyBodyApplications({ text, out }: IdScan): void {
  if (!TREATY_BODY_TEST.test(text)) return;
  for (const m of text.matchAll(TREATY_BODY_APPLICATION)) {
    if (/(?<![\p{L}])(?:see|cf\.|см\.)(?![\p{L}])/iu.test(m[0]) || looksLikeDate(m[1])) continue;
    out.push(span(m.index + m[0].length - m[1].length, m.index + m[0].length, 'IDNUM', 'id.application', 0.75));
  }
}
const TREATY_BODY_TEST = /ЕСПЧ|ECtHR|ECHR|CEDAW|КПП|\bCAT\b|\bHRC\b|Европейск|European Court|[Aa]pplication|[Кк]оммуницир|жалоб/u;
const TREATY_BODY_APPLICATION =
  /(?<![\p{L}])(?:ЕСПЧ|ECtHR|ECHR|CEDAW|КПП|CAT|HRC|Европейск\p{L}* суд\p{L}*|European Court(?: of Human Rights)?|[Aa]pplications?|[Кк]оммуницир\p{L}*|жалоб\p{L}*)[^\n]{0,30}?(?<![\d/.-])(\d{2,5}\/(?:19|20)?\d{2})(?![\d/]|[.-]\d)/gu;

/**
 * A Slovak identity card's number after its "OP" (občiansky preukaz), two letters and six digits, grouped or not: "OP EH
 * 905 331", "OP č.*: HB 227 190" (its compact form, "OP EC774120", the document rules read already).
 */
function slovakIdCards({ text, out }: IdScan): void {
  if (!text.includes('OP')) return;
  for (const m of text.matchAll(SLOVAK_ID_CARD)) out.push(span(m.index + m[0].length - m[1].length, m.index + m[0].length, 'IDNUM', 'id.document', 0.8));
}
const SLOVAK_ID_CARD = /(?<![\p{L}])OP(?:[^\S\n]+č\.)?\*?:?[^\S\n]+([A-Z]{2}[^\S\n]?\d{3}[^\S\n]?\d{3})(?![\p{L}\d])/gu;

/**
 * A national number of letters and digits with its check letter, where a configured pack has it: an Italian codice fiscale
 * (RSSMRA85T10A562S), a Spanish DNI or NIE (Y7354921Q); or of that shape after its word, the check letter wrong (misread,
 * mistyped).
 */
function letteredNationalIds({ text, data, out, idStarts }: IdScan): void {
  if (!data.validators.some(([name]) => LETTERED_VALIDATORS.has(name))) return;
  for (const m of matchesAt(LETTERED_ID, text, idStarts)) {
    // (A Spanish NIE may be written with hyphens, Y-7742813-K.)
    const compact = m[0].replace(/-/g, '');
    const valid = data.validators.find(([name, isValid]) => LETTERED_VALIDATORS.has(name) && (isValid(m[0]) || (name === 'es-dni' && isValid(compact))));
    if (valid) out.push(span(m.index!, m.index! + m[0].length, 'IDNUM', `id.${valid[0]}`, 0.9));
    else if (LETTERED_ID_BEFORE.test(text.slice(Math.max(0, m.index! - 100), m.index!))) out.push(span(m.index!, m.index! + m[0].length, 'IDNUM', 'id.lettered-after-keyword', 0.8));
  }
}
const LETTERED_VALIDATORS = new Set(['it-codice-fiscale', 'es-dni', 'fi-hetu']);
/**
 * A registry's or a file's reference after its word: a code of letters and digits in parts, with four digits or more
 * ("Your ref.: 240613-1420-081734", "registration certificate, no. ProstSchG-BE-2023-07712", "Registration confirmation
 * (Vienna) no.: W-SDL-2023-11820", "certificate no. K-0937-2021"): it leads to her in the office's files. Not a year's
 * range or a date.
 */
function referenceNumbers({ text, out }: IdScan): void {
  if (!REFERENCE_WORD.test(text)) return;
  REFERENCE_CODE.lastIndex = 0;
  for (let m = REFERENCE_CODE.exec(text); m !== null; m = REFERENCE_CODE.exec(text)) {
    const code = m[0];
    let digits = 0;
    for (let k = 0; k < code.length; k++) if (code.charCodeAt(k) >= 0x30 && code.charCodeAt(k) <= 0x39) digits++;
    if (digits < 4 || NOT_A_REFERENCE.test(code)) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (!REFERENCE_BEFORE.test(before)) {
      // (Or a police unit's letters before the code, after the reference's word or a few words after "ref": "police ref. KU
      // 117/2023-4", "ref they gave TH 411/2024".)
      const prefix = UNIT_LETTERS_BEFORE.exec(before);
      const lettered = prefix !== null && (REFERENCE_BEFORE.test(before.slice(0, -prefix[0].length)) || (NUMBER_AND_YEAR.test(code) && LETTERS_AFTER_REFERENCE.test(before)));
      if (lettered) out.push(span(m.index - prefix[0].length, m.index + code.length, 'IDNUM', 'id.reference', 0.75));
      continue;
    }
    out.push(span(m.index, m.index + code.length, 'IDNUM', 'id.reference', 0.8));
  }
}
const LETTERS_AFTER_REFERENCE = /(?<![\p{L}])(?:ref|reference)(?:\s\p{Ll}+){0,3}\s\p{Lu}{1,4}\s$/u;
const UNIT_LETTERS_BEFORE = /(?<![\p{L}\d])\p{Lu}{1,4} $/u;
/** Words of a reference that its no., №, "номер" or a colon follows (registration certificate, no. …); the same words test the text first. */
const REFERENCE_WORDS = 'ref|reference|reg|рег|registration|certificate|confirmation|decision|решени\\p{L}*|рішенн\\p{L}*|aktenzeichen|vorgangsnummer|geschäftszeichen|\\p{L}{0,24}bescheinigung';
/** Words of a reference that the code follows right after: ref. KRPT-203117-4, znak sprawy NA-OW.470.312.2024, č.j. OAM-27301. */
const REFERENCE_WORDS_BARE = 'ref\\.|reference|az\\.|znak sprawy|č\\.\\s?j\\.|parketnummer|parketnr\\.?';
// (The test of the whole text asks for "bescheinigung" alone: a run of letters before it, tried at every letter, is costly.)
const REFERENCE_WORD = new RegExp(`${REFERENCE_WORDS.replace('\\p{L}{0,24}bescheinigung', 'bescheinigung')}|${REFERENCE_WORDS_BARE}`, 'iu');
const REFERENCE_CODE = /(?<![\p{L}0-9/.-])[\p{L}0-9]{1,12}(?:[-/.][\p{L}0-9]{1,12}){1,6}(?![\p{L}0-9]|[-/.][\p{L}0-9])/gu;
const REFERENCE_BEFORE = new RegExp(`(?<![\\p{L}])(?:(?:${REFERENCE_WORDS})(?![\\p{L}])[^!?\\n]{0,28}?(?:no\\.?|nr\\.?|number|№|номер|:)|${REFERENCE_WORDS_BARE})\\s*$`, 'iu');
const NOT_A_REFERENCE = /^(?:(?:19|20)\d\d[-/](?:19|20)?\d\d|\d{1,2}[-/]\d{1,2}[-/]\d{2,4})$/;

const LETTERED_ID = /(?<![\p{L}0-9])(?:[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]|[XYZ]-?\d{7}-?[A-Z]|\d{8}-?[A-Z]|\d{7}[A-W][A-IW]?|\d{6}[-+A-FU-Y]\d{3}[0-9A-Y])(?![\p{L}0-9])/uy;
const LETTERED_ID_BEFORE = /(?<![\p{L}])(?:aufenthaltstitel|aufenthaltserlaubnis|residence permit|permesso di soggiorno|codice fiscale|cod\.\s?fisc\.|c\.f\.|cf|nie|dni|nif|tessera sanitaria|tarjeta de residencia|henkilötunnus|henkilotunnus|hetu|pps|ppsn|(?:personal[^\S\n]+)?identity[^\S\n]+code|personal[^\S\n]+code|личн\p{Ll}{1,3}[^\S\n]+код|персональн\p{Ll}{1,3}[^\S\n]+(?:номер|код))(?![\p{L}])(?:[^\S\n]?\([^()\n]{0,60}\))?[^.!?\n]{0,12}$/iu;

/** (Case-sensitive letters in the number, so that a word such as "of" is never taken for a unit's code; the keyword in either case.) */
const BADGE =
  /(?<![\p{L}])(?:[Bb]adge|BADGE|[Oo]fficers?(?=\s+(?:[Nn]o\.|[Nn]r\.|№|#|[A-ZА-ЯЁ]{1,4}-\d|[A-Z]{2}\s\d{3,5}(?![\p{L}\d])))|[Жж]етон\p{Ll}*|ЖЕТОН|[Нн]а\s+(?:жилетке|жилете|бейдже|форме|груди|куртке)|[Нн]агрудн\p{Ll}*\s+знак\p{Ll}*|[Зз]начок|[Dd]ienstnummer|[Dd]ienst-?[Nn]r\.?|[Ii]nsignia|[Nn]r\.?\s+leg(?:\.|itymacji)|(?:[Nn]r\.?|[Nn]umer)\s+służbowy|[Сс]лужебн\p{Ll}*\s+(?:карт\p{Ll}*|удостоверени\p{Ll}*)|[Ss]ervice\s+(?:number|no\.?|ID)|TIP(?!\p{L})|RIO(?=\s+(?:[Nn]o\.?|[Nn]umber|\d))|[Mm]atricol[ae]|[Mm]atricule|[Nn]úmero\s+de\s+placa|[Aa]gente?s?(?=\s+\d{4,6}(?![\p{L}\d]))|ID(?=\s+(?:[Nn]o\.|[Nn]r\.|[Nn]umber))|[Ww]ore\s+(?:the\s+|a\s+)?number|[Cc]ollar|[Ww]arrant(?:\s+card)?(?=\s+(?:[Nn]o\.|[Nn]umber))|[Ss]hirt(?=\s+number)|[Уу]достоверени\p{Ll}{1,3}(?=\s+(?:с\s+)?номер))(?:\s+(?:[Nn]os?\.?|[Nn]r\.?|[Nn]umbers?|[Nn]um\.?|номер|(?:с\s+)?номером|№|было|был|стоит|стоял|написано|said|read|reads|was)|\s*№)?[\s:#]*,?[\s]*((?:\d{2,4} \d{3,4}(?=[\s,.;)]|$)(?!\s?(?:som|сом|lei|lari|tenge|тенге|руб|eur|usd|\$|€)))|(?:[A-ZА-ЯЁ]{1,4}[-\s]?|\d{1,3}-)?\d{3,8}(?:[-/]\d{1,4}){0,2}(?:-[A-ZА-ЯЁ]{1,3})?)(?![\p{L}\d]|[-/.]\d)/gu;

/** Sex and century (1-6), then a date of birth YYMMDD, then four digits: Estonian and Lithuanian personal codes. */
const BALTIC_SHAPE = /^[1-6]\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{4}$/;

/** A lower-case letter of basic Latin or Russian. */
function basicLowerCase(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x430 && c <= 0x44f) || c === 0x451;
}

/** The most characters before the first digit in the patterns below (letters and a space or dash; a birth certificate's I-АГ № ). */
const LETTERS_BEFORE_DIGIT = 7;
/** Sticky: tried at given starts (see matchesAt), none with a lower-case letter among its first two characters (see idStarts). */
// Sticky patterns tried at the starts of digit runs (each starts with a digit after no letter or digit).
const TWELVE_DIGITS = /(?<![\p{L}0-9])\d{12}(?![\p{L}0-9])/uy;
const CARD_NUMBER = /(?<![\p{L}0-9])\d{4}(?:[ -]?\d{4}){2,3}(?:[ -]?\d{1,3})?(?![\p{L}0-9])/uy;
// (Its groups joined by spaces, hyphens or slashes, or as some type them by an en dash or a middle dot: 120302–11457,
// 2002·0040·12345; five groups at most, "99 618 453 72 0".)
// (A slash may have a space after it, as a scan spaces it: "790703/ 4518".)
const NATIONAL_NUMBER = /(?<![\p{L}0-9+\-–·/.]|\d )\d{2,15}(?:(?:\/ |[ \-–·/])\d{1,10}){0,4}(?![\p{L}0-9]|[\-–·/.]\d)/uy;
// (Up to twenty: a Ukrainian pre-trial register's number has seventeen.)
const LONG_NUMBER = /(?<![\p{L}0-9+\-/.])\d{12,20}(?![\p{L}0-9]|[\-/.]\d)/uy;
// (Not after a plus: that is a phone's country code, +992927441805.)
const BARE_NUMBER = /(?<![\p{L}0-9.,+])(\d{3,15})(?![\p{L}0-9]|[.,]\d)/uy;
// (And a Georgian passport's, two digits, two capitals and five digits: 15AB41827; a Belarusian personal number's letters may be
// typed in Cyrillic, 4180796М023РВ1.)
const DOCUMENT_LETTERS = /(?<![\p{L}0-9])(?:[A-ZА-ЯЁІЇЄΑ-Ω]{2,3}\s?\d{6,9}|[A-Z]\d{7,9}|\d{6}[A-Z]{2}|\d{7}[A-ZА-ЯЁ]\d{3}[A-ZА-ЯЁ]{2}\d|\d{2}[A-Z]{2}\d{5})(?![\p{L}0-9])/uy;
/** Words before a number that is a business's, not a person's: an invoice, an order, a receipt. */
// (A penalty's, a court's or a protection order is hers: "penalty order: PAD/23/02281746/001".)
const NOT_PERSONAL_BEFORE = /(?<![\p{L}])(?:invoice|(?<!(?:penalty|court|protection|restraining|deportation|removal|expulsion|detention)\s)order|receipt|счёт-фактура|счет-фактура|заказ\p{L}*|чек\p{L}*|накладн\p{L}*)(?:\s+(?:no\.?|nr\.?|№|#))?[\s:]*$/iu;
const DOCUMENT_PREFIX = /(?<![\p{L}0-9])(?:[IVX]{1,4}-[A-ZА-ЯЁŞÇÝŽÄÖÜŇҶҲҚҒӮӢҮҰӘӨҺІ]{2}\s?№?\s?\d{6,7}|[A-ZА-ЯЁІЇЄ]{1,3}-\d{6,9}|[A-ZА-ЯЁІЇЄ]{1,4}-(?:19|20)\d{2}[-/]\d{4,7}|\p{Lu}{1,4}(?:[-.]?\d{3,6}|\/\d{2,6})(?:\/\d{2,6}){1,3}|[А-ЯЁІЇЄ]\s?\d{7,9}|\d{2}[^\S\t\n]\d{2}[^\S\t\n]\d{6}|\d{2}\s?\d{2}\s№\s?\d{6}|\d{2}[^\S\t\n][А-ЯЁA-Z]{2}[^\S\t\n]\d{6,7}|\p{Lu}{2,3}\s\d{1,2}\sDs\.?\s\d{1,6}\.\d{4}|MIA\s\d{1,2}\s\d{2}\s\d{6,10})(?![\p{L}0-9])/uy;
const LETTER_DIGIT_IDS = /(?<![\p{L}0-9])[0-9A-Z]{7,16}(?![\p{L}0-9])/uy;
const ALBANIAN = /^[A-Z]\d{8}[A-Z]$/;
/** Two letters (not the prefixes never issued), three pairs of digits and a letter A-D. */
const NINO = /(?<![\p{L}0-9])(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D](?![\p{L}0-9])/uy;
/** An area's two digits, the date of birth DDMMYY, the surname's initial and three digits. */
const CH_AHV = /(?<![\p{L}0-9.])756\.\d{4}\.\d{4}\.\d{2}(?![\p{L}0-9]|\.\d)/uy;
const DE_SOCIAL_INSURANCE = /(?<![\p{L}0-9])\d{2}\s?(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}\s?[A-Z]\s?\d{3}(?![\p{L}0-9])/uy;
const PASSPORT = /(?<![\p{L}0-9])(?:ID|[A-Z]{1,2})\s?\d{6,8}(?![\p{L}0-9])/uy;
