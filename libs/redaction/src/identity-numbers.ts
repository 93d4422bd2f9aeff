/**
 * Personal identity numbers of the region with their checksums, so that a
 * number written without any keyword is still recognised. Each validator takes
 * the digits only. Pure.
 */
const digitsOf = (s: string) => [...s].map(Number);
const weighted = (d: number[], weights: number[]) => weights.reduce((sum, w, i) => sum + w * d[i], 0);
const validDate = (month: number, day: number) => month >= 1 && month <= 12 && day >= 1 && day <= 31;

/** Polish PESEL: 11 digits, YYMMDD with the century in the month, weights 1-3-7-9. */
export function isPesel(s: string): boolean {
  if (!/^\d{11}$/.test(s)) return false;
  const d = digitsOf(s);
  if (!validDate((d[2] * 10 + d[3]) % 20, d[4] * 10 + d[5])) return false;
  return (10 - (weighted(d, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10 === d[10];
}

/** Bulgarian EGN: 10 digits, YYMMDD (month +20/+40 for the century), weights 2,4,8,5,10,9,7,3,6. */
export function isEgn(s: string): boolean {
  if (!/^\d{10}$/.test(s)) return false;
  const d = digitsOf(s);
  if (!validDate((d[2] * 10 + d[3]) % 20, d[4] * 10 + d[5])) return false;
  return (weighted(d, [2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11) % 10 === d[9];
}

/** Former Yugoslav JMBG/EMBG (Serbia, North Macedonia, Montenegro, Bosnia): 13 digits, DDMMYYY, mod 11. */
export function isJmbg(s: string): boolean {
  if (!/^\d{13}$/.test(s)) return false;
  const d = digitsOf(s);
  if (!validDate(d[2] * 10 + d[3], d[0] * 10 + d[1])) return false;
  const m = 11 - (weighted(d, [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
  return (m > 9 ? 0 : m) === d[12];
}

/** Romanian CNP: 13 digits, sex-and-century digit then YYMMDD, key 279146358279. */
export function isCnp(s: string): boolean {
  if (!/^[1-9]\d{12}$/.test(s)) return false;
  const d = digitsOf(s);
  if (!validDate(d[3] * 10 + d[4], d[5] * 10 + d[6])) return false;
  const r = weighted(d, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11;
  return (r === 10 ? 1 : r) === d[12];
}

/** Moldovan IDNP: 13 digits starting with 0 or 2, weights 7-3-1. */
export function isIdnp(s: string): boolean {
  if (!/^[02]\d{12}$/.test(s)) return false;
  const d = digitsOf(s);
  const w = [7, 3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1];
  return weighted(d, w) % 10 === d[12];
}

/** Lithuanian and Estonian personal codes: 11 digits, century-and-sex digit, YYMMDD, two-stage mod 11. */
export function isBalticCode(s: string): boolean {
  if (!/^[1-6]\d{10}$/.test(s)) return false;
  const d = digitsOf(s);
  if (!validDate(d[3] * 10 + d[4], d[5] * 10 + d[6])) return false;
  let r = weighted(d, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11;
  if (r === 10) r = weighted(d, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11;
  return (r === 10 ? 0 : r) === d[10];
}

/** Russian INN: 10 digits (organisations) or 12 (people), with their check digits. */
export function isInn(s: string): boolean {
  const d = digitsOf(s);
  const check = (weights: number[]) => (weighted(d, weights) % 11) % 10;
  if (/^\d{10}$/.test(s)) return check([2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[9];
  if (/^\d{12}$/.test(s)) return check([7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[10] && check([3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[11];
  return false;
}

/** Russian SNILS: 11 digits, the last two a check number of the first nine. */
export function isSnils(s: string): boolean {
  if (!/^\d{11}$/.test(s)) return false;
  const d = digitsOf(s);
  let sum = weighted(d, [9, 8, 7, 6, 5, 4, 3, 2, 1]) % 101;
  if (sum === 100) sum = 0;
  return sum === d[9] * 10 + d[10];
}

/** Turkish identity (and foreigner) number: 11 digits, not starting with 0, two check digits. */
export function isTcKimlik(s: string): boolean {
  if (!/^[1-9]\d{10}$/.test(s)) return false;
  const d = digitsOf(s);
  const odd = d[0] + d[2] + d[4] + d[6] + d[8];
  const even = d[1] + d[3] + d[5] + d[7];
  return (((odd * 7 - even) % 10) + 10) % 10 === d[9] && (odd + even + d[9]) % 10 === d[10];
}

/** Czech and Slovak rodné číslo since 1954: YYMMDD (+50 for women) and 4 digits, divisible by 11. (Older 9-digit ones need the slash.) */
export function isRodneCislo(s: string): boolean {
  if (!/^\d{10}$/.test(s)) return false;
  const d = digitsOf(s);
  const month = (d[2] * 10 + d[3]) % 50;
  if (!validDate(month > 20 ? month - 20 : month, d[4] * 10 + d[5])) return false;
  const mod = Number(s.slice(0, 9)) % 11;
  return (mod === 10 ? 0 : mod) === d[9];
}

/** Korean resident and alien registration numbers: YYMMDD-NNNNNNN, weights 2..9,2..5. */
export function isKoreanRegistration(s: string): boolean {
  if (!/^\d{13}$/.test(s)) return false;
  const d = digitsOf(s);
  if (!validDate(d[2] * 10 + d[3], d[4] * 10 + d[5]) || !/[1-8]/.test(s[6])) return false;
  return true;
}

/** Kyrgyz PIN: 14 digits, sex digit then DDMMYYYY of birth. Uzbek PINFL: 14 digits, century-sex digit then DDMMYY. */
export function isCentralAsianPin(s: string): boolean {
  if (!/^\d{14}$/.test(s)) return false;
  const d = digitsOf(s);
  return /[1-6]/.test(s[0]) && validDate(d[3] * 10 + d[4], d[1] * 10 + d[2]);
}

/** Croatian OIB: 11 digits, the last a check digit by ISO 7064 MOD 11,10. */
export function isOib(s: string): boolean {
  if (!/^\d{11}$/.test(s)) return false;
  let product = 10;
  for (let i = 0; i < 10; i++) {
    const sum = (Number(s[i]) + product) % 10;
    product = ((sum === 0 ? 10 : sum) * 2) % 11;
  }
  const check = 11 - product === 10 ? 0 : 11 - product;
  return check === Number(s[10]);
}

/** Kazakhstan IIN: 12 digits, date of birth first, with its checksum. */
export function isValidIin(digits: string): boolean {
  if (!/^\d{12}$/.test(digits)) return false;
  const d = [...digits].map(Number);
  const month = d[2] * 10 + d[3];
  const day = d[4] * 10 + d[5];
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const weigh = (weights: number[]) => weights.reduce((sum, w, i) => sum + w * d[i], 0) % 11;
  let check = weigh([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  if (check === 10) check = weigh([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]);
  return check !== 10 && check === d[11];
}

/**
 * Hungarian personal identification number (személyi azonosító): 11 digits, a sex and century digit 1-8, the date of
 * birth YYMMDD, a serial and a check digit: the first ten weighted 1-10 (born before 1997) or 10-1 (since), mod 11.
 */
export function isHungarianPersonal(s: string): boolean {
  if (!/^[1-8]\d{10}$/.test(s)) return false;
  const d = digitsOf(s);
  if (!validDate(d[3] * 10 + d[4], d[5] * 10 + d[6])) return false;
  const born = (d[0] <= 2 ? 1900 : d[0] <= 4 ? 2000 : d[0] <= 6 ? 1800 : 1900) + d[1] * 10 + d[2];
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += d[i] * (born < 1997 ? i + 1 : 10 - i);
  return sum % 11 !== 10 && sum % 11 === d[10];
}

/**
 * Swedish personnummer or samordningsnummer: (YY)YYMMDD and four digits, the last by the Luhn sum of the ten from YY on;
 * a samordningsnummer adds 60 to the day.
 */
export function isSwedishPersonal(s: string): boolean {
  if (!/^(?:\d{10}|\d{12})$/.test(s)) return false;
  const ten = s.slice(-10);
  const d = digitsOf(ten);
  const day = d[4] * 10 + d[5];
  if (!validDate(d[2] * 10 + d[3], day > 60 ? day - 60 : day)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const v = d[i] * (i % 2 === 0 ? 2 : 1);
    sum += v > 9 ? v - 9 : v;
  }
  return sum % 10 === 0;
}

/** Norwegian fødselsnummer or D-nummer: DDMMYY (a D-nummer adds 40 to the day), three digits and two mod-11 check digits. */
export function isNorwegianPersonal(s: string): boolean {
  if (!/^\d{11}$/.test(s)) return false;
  const d = digitsOf(s);
  const day = d[0] * 10 + d[1];
  if (!validDate(d[2] * 10 + d[3], day > 40 ? day - 40 : day)) return false;
  const check = (weights: number[]) => {
    const r = 11 - (weighted(d, weights) % 11);
    return r === 11 ? 0 : r;
  };
  return check([3, 7, 6, 1, 8, 9, 4, 5, 2]) === d[9] && check([5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) === d[10];
}

/** The check characters of a Finnish henkilötunnus: the nine digits mod 31 in this table. */
const HETU_CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';
/**
 * A Finnish henkilötunnus: DDMMYY, the century's sign (- or a letter for the 1900s, + for the 1800s, A-F for the 2000s),
 * three digits and the check character (230592-963T).
 */
export function isFinnishHetu(s: string): boolean {
  const m = /^(\d{2})(\d{2})(\d{2})[-+A-FU-Y](\d{3})([0-9A-Y])$/.exec(s);
  if (!m || !validDate(Number(m[2]), Number(m[1]))) return false;
  return HETU_CHECK[Number(m[1] + m[2] + m[3] + m[4]) % 31] === m[5];
}

/** Dutch BSN: nine digits passing the eleven test (weights 9 down to 2, minus the last digit). */
export function isDutchBsn(s: string): boolean {
  if (!/^\d{9}$/.test(s) || /^0{9}$/.test(s)) return false;
  const d = digitsOf(s);
  return (weighted(d, [9, 8, 7, 6, 5, 4, 3, 2]) - d[8]) % 11 === 0;
}

/** A British NHS number: ten digits, the last a mod-11 check of the nine before (weights 10 down to 2). */
export function isNhsNumber(s: string): boolean {
  // (None starts with 0: "0800 800 818" is a free-phone line even where its check digit fits.)
  if (!/^[1-9]\d{9}$/.test(s)) return false;
  const d = digitsOf(s);
  const check = 11 - (weighted(d, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  return check !== 10 && (check === 11 ? 0 : check) === d[9];
}

/** The letter a Spanish DNI or NIE ends in: its number mod 23 in this table. */
const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
/** A Spanish DNI (eight digits and a check letter) or NIE (X, Y or Z, seven digits and a check letter): Y7354921Q. */
export function isSpanishDniOrNie(s: string): boolean {
  const m = /^([XYZ]|\d)(\d{7})([A-Z])$/.exec(s);
  if (!m) return false;
  const lead = m[1] === 'X' ? '0' : m[1] === 'Y' ? '1' : m[1] === 'Z' ? '2' : m[1];
  return DNI_LETTERS[Number(lead + m[2]) % 23] === m[3];
}

/** What a character at an odd place (the 1st, 3rd, …) of an Italian codice fiscale counts for its check letter: A or 0 → 1, B or 1 → 0, … */
const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
/**
 * An Italian codice fiscale: six letters of the names, the year, the month's letter, the day (plus 40 for a woman), the
 * place's letter and three digits, and a check letter (RSSMRA85T10A562S). Digits replaced by letters where two people
 * would share one (omocodia) are read too.
 */
export function isCodiceFiscale(s: string): boolean {
  if (!/^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = s.charCodeAt(i);
    const value = c <= 0x39 ? c - 0x30 : c - 0x41;
    sum += i % 2 === 0 ? CF_ODD[value] : value;
  }
  return s.charCodeAt(15) - 0x41 === sum % 26;
}

/** A Greek AMKA (social security number): the date of birth DDMMYY, four digits and a Luhn check digit. */
export function isGreekAmka(s: string): boolean {
  if (!/^\d{11}$/.test(s)) return false;
  const d = digitsOf(s);
  if (!validDate(d[2] * 10 + d[3], d[0] * 10 + d[1])) return false;
  let sum = 0;
  for (let i = 0; i < 11; i++) {
    let n = d[10 - i];
    if (i % 2 === 1) n = n * 2 > 9 ? n * 2 - 9 : n * 2;
    sum += n;
  }
  return sum % 10 === 0;
}

/** Every validator above: the names are for the detector's rule (and the packs name them). */
export const IDENTITY_NUMBERS: Array<[string, (digits: string) => boolean]> = [
  ['pesel', isPesel],
  ['oib', isOib],
  ['egn', isEgn],
  ['jmbg', isJmbg],
  ['cnp', isCnp],
  ['idnp', isIdnp],
  ['baltic', isBalticCode],
  ['inn', isInn],
  ['snils', isSnils],
  ['tc-kimlik', isTcKimlik],
  ['rodne-cislo', isRodneCislo],
  ['hu-personal', isHungarianPersonal],
  ['korean-registration', isKoreanRegistration],
  ['pin', isCentralAsianPin],
  ['iin', isValidIin],
  ['se-personnummer', isSwedishPersonal],
  ['no-fodselsnummer', isNorwegianPersonal],
  ['fi-hetu', isFinnishHetu],
  ['nl-bsn', isDutchBsn],
  ['gb-nhs', isNhsNumber],
  ['es-dni', isSpanishDniOrNie],
  ['it-codice-fiscale', isCodiceFiscale],
  ['gr-amka', isGreekAmka],
];
