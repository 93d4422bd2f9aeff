import {
  isBalticCode,
  isCodiceFiscale,
  isGreekAmka,
  isSpanishDniOrNie,
  isCentralAsianPin,
  isCnp,
  isDutchBsn,
  isFinnishHetu,
  isEgn,
  isIdnp,
  isInn,
  isJmbg,
  isNhsNumber,
  isNorwegianPersonal,
  isOib,
  isPesel,
  isRodneCislo,
  isSnils,
  isSwedishPersonal,
  isTcKimlik,
} from './identity-numbers';

/** Each validator accepts a number with a correct check digit and refuses it with one digit changed. */
const flip = (s: string) => s.slice(0, -1) + String((Number(s.at(-1)) + 1) % 10);

describe('identity-number checksums', () => {
  it.each([
    ['PESEL', isPesel, '44051401458'],
    ['EGN', isEgn, '7523169263'],
    ['JMBG', isJmbg, '0101990710008'],
    ['CNP', isCnp, '1800101221144'],
    ['IDNP', isIdnp, '2003021048510'],
    ['Lithuanian/Estonian personal code', isBalticCode, '38703181745'],
    ['INN (12 digits)', isInn, '500100732259'],
    ['INN (10 digits)', isInn, '7707083893'],
    ['SNILS', isSnils, '11223344595'],
    ['Turkish identity number', isTcKimlik, '10000000146'],
    ['rodné číslo', isRodneCislo, '7103192745'],
    ['OIB', isOib, '69435151530'],
    ['Swedish personnummer (ten digits)', isSwedishPersonal, '9207150005'],
    ['Swedish personnummer (twelve digits)', isSwedishPersonal, '199207150005'],
    ['Norwegian fødselsnummer', isNorwegianPersonal, '15059200183'],
    ['Norwegian D-nummer', isNorwegianPersonal, '55059200096'],
    ['Dutch BSN', isDutchBsn, '231700003'],
    ['NHS number', isNhsNumber, '9434765919'],
    ['Greek AMKA', isGreekAmka, '15038512347'],
  ])('%s: valid passes, a changed check digit fails', (_name, isValid, valid) => {
    expect(isValid(valid)).toBe(true);
    expect(isValid(flip(valid))).toBe(false);
  });

  it.each([
    ['Spanish DNI', isSpanishDniOrNie, '12345678Z', '12345678A'],
    ['Spanish NIE', isSpanishDniOrNie, 'X1234567L', 'X1234567M'],
    ['Italian codice fiscale', isCodiceFiscale, 'RSSMRA85T10A562S', 'RSSMRA85T10A562T'],
    ['Italian codice fiscale with a digit replaced by a letter (omocodia)', isCodiceFiscale, 'RSSMRA85T10A56NH', 'RSSMRA85T10A56NA'],
    ['Finnish henkilötunnus', isFinnishHetu, '131052-308T', '131052-308U'],
    ['Finnish henkilötunnus of the 2000s', isFinnishHetu, '010101A123N', '010101A123P'],
  ])('%s: its check letter passes, another letter fails', (_name, isValid, valid, wrong) => {
    expect(isValid(valid)).toBe(true);
    expect(isValid(wrong)).toBe(false);
  });

  it('refuses impossible birth dates and wrong lengths', () => {
    expect(isPesel('44133101458')).toBe(false); // month 13
    expect(isJmbg('3201990710008')).toBe(false); // day 32
    expect(isCentralAsianPin('20405199300712')).toBe(true);
    expect(isCentralAsianPin('21313199300712')).toBe(false); // month 13
    expect(isPesel('4405140145')).toBe(false);
    expect(isSwedishPersonal('199213150008')).toBe(false); // month 13
    expect(isNorwegianPersonal('35059200183')).toBe(false); // day 35
    expect(isDutchBsn('000000000')).toBe(false);
    expect(isFinnishHetu('131352-308T')).toBe(false); // month 13
  });
});
