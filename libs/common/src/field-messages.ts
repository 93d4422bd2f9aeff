/**
 * Field errors in the reader's language.
 *
 * Every field error the API sends carries a stable machine `code` (with its
 * `params`) beside the English `message`, and a `detail` in the language the
 * client asked for with `Accept-Language` (English or Russian). Codes are
 * derived here, in one place, from the constraint that failed (class-validator)
 * or from the domain's message; a unit test scans the code base so that every
 * message the API can send has a code of its own and both translations.
 * Pure functions only.
 */

export type Language = 'en' | 'ru';
export type FieldParams = Record<string, string | number>;

export interface FieldCode {
  code: string;
  params: FieldParams;
}

/** The generic code for a message nobody has classified; the spec keeps this list empty. */
export const GENERIC_CODE = 'invalid';

interface Rule {
  code: string;
  /** Matches the English message (after class-validator's "each value in <property>" prefix is removed). */
  pattern: RegExp;
}

// Order matters: the first rule that matches names the code. Named groups become params.
const RULES: Rule[] = [
  { code: 'required', pattern: /^(?:is required|should not be empty|should not be null or undefined|must be defined)$/ },
  { code: 'not-allowed-property', pattern: /^is not an allowed property$/ },
  { code: 'not-null', pattern: /^must not be null$/ },
  { code: 'nul-character', pattern: /^must not contain the NUL character$/ },
  { code: 'lone-surrogate', pattern: /^must be well-formed Unicode text \(it holds half of a surrogate pair\)$/ },
  { code: 'control-characters', pattern: /^must not contain control or invisible formatting characters$/ },
  { code: 'in-future', pattern: /^must not be in the future$/ },
  { code: 'too-early', pattern: /^must be (?<min>\d{4}) or later$/ },
  { code: 'not-a-date', pattern: /^(?:must be a valid date|must be a real date and time \(ISO 8601\)|must be a date YYYY-MM-DD|must be a valid ISO 8601 date string)$/ },
  { code: 'not-a-month', pattern: /^must be a month YYYY-MM$/ },
  { code: 'not-a-year', pattern: /^must be a year$/ },
  { code: 'not-a-string', pattern: /^must be a string$/ },
  { code: 'not-an-integer', pattern: /^must be an integer number$/ },
  { code: 'not-a-number', pattern: /^must be a number conforming to the specified constraints$/ },
  { code: 'not-a-boolean', pattern: /^must be a boolean value$/ },
  { code: 'not-an-array', pattern: /^must be an array$/ },
  { code: 'not-an-object', pattern: /^(?:must be an object|must be a JSON object|nested property .+ must be either object or array)$/ },
  { code: 'not-a-uuid', pattern: /^must be a UUID$/ },
  { code: 'not-an-email', pattern: /^must be an email$/ },
  { code: 'too-long', pattern: /^must be shorter than or equal to (?<max>\d+) characters$/ },
  { code: 'too-short', pattern: /^must be (?:longer than or equal to (?<min>\d+) characters|at least (?<min2>\d+) characters long)$/ },
  { code: 'wrong-length', pattern: /^must be longer than or equal to (?<min>\d+) and shorter than or equal to (?<max>\d+) characters$/ },
  { code: 'too-large', pattern: /^must not be greater than (?<max>-?\d+(?:\.\d+)?)$/ },
  { code: 'too-small', pattern: /^must not be less than (?<min>-?\d+(?:\.\d+)?)$/ },
  { code: 'out-of-range', pattern: /^must be a whole number (?:of days )?from (?<min>\d+) to (?<max>\d+)$/ },
  { code: 'too-many-items', pattern: /^must contain no more than (?<max>\d+) elements?$/ },
  { code: 'too-few-items', pattern: /^must (?:contain at least (?<min>\d+) elements?|contain at least (?<one>one) incident|name at least (?<one2>one) region)$/ },
  { code: 'not-unique', pattern: /^All .*'s elements must be unique$|^must not contain duplicates$/ },
  { code: 'not-one-of', pattern: /^must be one of (?:the following values: )?(?<values>.+)$/ },
  { code: 'not-a-country', pattern: /^(?:must be an ISO 3166-1 alpha-2 code|must be ISO 3166-1 alpha-2 codes|is not a country Casebook knows.*|is not an ISO 3166-1 country code Casebook knows.*|is not an ISO 3166-1 alpha-2 country code of the region list)$/ },
  { code: 'not-a-region', pattern: /^(?:is not an ISO 3166-2 region code Casebook knows|must be ISO 3166-2 region codes|must be an ISO 3166-2 region code.*)$/ },
  { code: 'region-of-another-country', pattern: /^(?:is a region of (?<of>[A-Z]{2}), not of (?<country>[A-Z]{2})|is not a region of (?<country2>[A-Z]{2}))$/ },
  { code: 'not-a-region-group', pattern: /^(?:is not a region group|must be region group codes)$/ },
  { code: 'unknown-term', pattern: /^is not an active (?<vocabulary>[a-z ]+) code$/ },
  { code: 'not-a-code', pattern: /^(?:must be (?:a taxonomy code|taxonomy codes|a group code|a short code|a language code|a target type|a target id|a sequence number|a requeue job id|an action name or prefix)|must be a code of 2-48 lower-case letters, digits or underscores, starting with a letter|must be 1-48 lower-case letters, digits or _)$/ },
  { code: 'consent-required', pattern: /^must be true: Casebook records only cases consented for research$/ },
  { code: 'question-not-asked', pattern: /^cannot be recorded: the respondent was not asked about (?<group>[a-z_ ]+) abuse or declined$/ },
  { code: 'perpetrators-not-asked', pattern: /^must be "unknown": the respondent was not asked about perpetrators or declined$/ },
  { code: 'not-a-question', pattern: /^must be an abuse group \(.*\) or ".+"$/ },
  { code: 'not-question-statuses', pattern: /^must be an object of question → asked, not_asked or declined$/ },
  { code: 'already-used', pattern: /^is already (?:used|in use|used in this vocabulary)$/ },
  { code: 'not-own-organisation', pattern: /^must be your own organisation$/ },
  { code: 'inactive-organisation', pattern: /^is not an active organisation$/ },
  { code: 'incorrect', pattern: /^is not correct$/ },
  { code: 'invalid-or-expired', pattern: /^is not valid or has expired$/ },
  { code: 'invalid-code', pattern: /^(?:is not a valid code|must be a 6-digit code)$/ },
  { code: 'password-too-common', pattern: /^is too common; choose a longer phrase of unrelated words$/ },
  { code: 'password-contains-email', pattern: /^must not contain your e-mail name$/ },
  { code: 'below-policy-k', pattern: /^must be at least (?<min>\d+) \(the disclosure policy\).*$/ },
  { code: 'span-out-of-bounds', pattern: /^must satisfy 0 <= start < end <= (?<max>\d+)$/ },
  { code: 'span-overlap', pattern: /^overlaps span (?<other>\d+)$/ },
  { code: 'not-a-reference', pattern: /^must be the start of a case reference \(letters, digits and -\)$/ },
  { code: 'not-a-cursor', pattern: /^(?:must be|is not) a cursor from a previous page$/ },
  { code: 'not-an-etag', pattern: /^must be an ETag.*$/ },
  { code: 'not-a-coarse-place', pattern: /^must be a coarse place name \(a region or city, no numbers\)$/ },
  { code: 'variance-out-of-range', pattern: /^must be above 0 and at most maxNoise²\/2$/ },
  { code: 'not-an-idempotency-key', pattern: /^must be 8-128 characters of A-Z a-z 0-9 \. _ : -$/ },
  { code: 'not-a-withdrawal-code', pattern: /^must be 16 digits(?:, in groups of 4)?$/ },
  { code: 'purpose-required', pattern: /^say why raw narratives are kept$/ },
  { code: 'not-a-decimal', pattern: /^must be a positive decimal(?: ρ \(up to 6 decimal places\))?, e\.g\. "\d+"$/ },
  { code: 'not-a-year', pattern: /^must be a year(?:,)? YYYY(?: \(releases are per calendar year\))?$/ },
  { code: 'release-whole-years', pattern: /^releases are per calendar year: (?:start at January|end at December) \(YYYY-\d\d\); months are not released$/ },
  { code: 'release-no-organisation', pattern: /^releases are not broken down by organisation$/ },
  { code: 'release-one-perpetrator', pattern: /^one perpetrator type at a time: .*$/ },
  { code: 'before-start', pattern: /^must not be before from$/ },
  { code: 'over-total-budget', pattern: /^must not exceed totalRho$/ },
  { code: 'release-not-crossed', pattern: /^the releases do not cross (?<what>.+) with the other tables; leave this filter out and read the .+ breakdown instead$/ },
  { code: 'release-regions-by-group', pattern: /^region figures are released by abuse group only .*: ask for abuses by group$/ },
  { code: 'not-allowed-value', pattern: /^must be (?:ISO 3166-2 region codes|an IP address to bind to)$/ },
];

const NUMERIC = /^-?\d+(?:\.\d+)?$/;

/** The code and parameters of an English field message. Pure. */
export function fieldCode(message: string): FieldCode {
  const text = message.replace(/^each value in \S+ /, '');
  for (const rule of RULES) {
    const match = rule.pattern.exec(text);
    if (!match) continue;
    const params: FieldParams = {};
    for (const [name, value] of Object.entries(match.groups ?? {})) {
      if (value === undefined) continue;
      const key = name.replace(/\d+$/, '');
      params[key] = key === 'one' ? 1 : NUMERIC.test(value) ? Number(value) : value;
    }
    if ('one' in params) {
      params.min = 1;
      delete params.one;
    }
    return { code: rule.code, params };
  }
  return { code: GENERIC_CODE, params: {} };
}

type Template = (p: FieldParams) => string;

/** Russian sentences, one per code. English keeps the API's own message. */
const RU: Record<string, Template> = {
  [GENERIC_CODE]: () => 'Недопустимое значение',
  required: () => 'Заполните это поле',
  'not-allowed-property': () => 'Такого поля нет в запросе этого вида',
  'not-null': () => 'Эту часть нельзя удалить',
  'nul-character': () => 'Текст не должен содержать нулевой символ',
  'lone-surrogate': () => 'Текст содержит повреждённый символ (половину суррогатной пары)',
  'control-characters': () => 'Текст не должен содержать управляющие или невидимые символы',
  'in-future': () => 'Дата не может быть в будущем',
  'too-early': (p) => `Год должен быть не раньше ${p.min}`,
  'not-a-date': () => 'Укажите настоящую дату',
  'not-a-month': () => 'Укажите месяц и год',
  'not-a-year': () => 'Укажите год',
  'not-a-string': () => 'Должен быть текст',
  'not-an-integer': () => 'Должно быть целое число',
  'not-a-number': () => 'Должно быть число',
  'not-a-boolean': () => 'Должно быть «да» или «нет»',
  'not-an-array': () => 'Должен быть список',
  'not-an-object': () => 'Недопустимая структура данных',
  'not-a-uuid': () => 'Недопустимый идентификатор',
  'not-an-email': () => 'Укажите адрес электронной почты',
  'too-long': (p) => `Не длиннее ${p.max} знаков`,
  'too-short': (p) => `Не короче ${p.min} знаков`,
  'wrong-length': (p) => `От ${p.min} до ${p.max} знаков`,
  'too-large': (p) => `Не больше ${p.max}`,
  'too-small': (p) => `Не меньше ${p.min}`,
  'out-of-range': (p) => `Целое число от ${p.min} до ${p.max}`,
  'too-many-items': (p) => `Не больше ${p.max} элементов`,
  'too-few-items': (p) => (p.min === 1 ? 'Выберите или добавьте хотя бы один элемент' : `Не меньше ${p.min} элементов`),
  'not-unique': () => 'Значения не должны повторяться',
  'not-one-of': () => 'Выберите одно из допустимых значений',
  'not-a-country': () => 'Выберите страну из списка',
  'not-a-region': () => 'Выберите регион из списка',
  'region-of-another-country': () => 'Этот регион относится к другой стране',
  'not-a-region-group': () => 'Выберите группу регионов из списка',
  'unknown-term': () => 'Этого значения нет в действующем справочнике',
  'not-a-code': () => 'Недопустимый код',
  'consent-required': () => 'Записываются только случаи с согласием на использование в исследовании',
  'question-not-asked': () => 'Нельзя записать: об этом виде насилия не спрашивали или респондент отказался отвечать',
  'perpetrators-not-asked': () => 'Укажите «неизвестно»: о виновных не спрашивали или респондент отказался отвечать',
  'not-a-question': () => 'Недопустимый вопрос',
  'not-question-statuses': () => 'Для каждого вопроса укажите: задан, не задан или отказ',
  'already-used': () => 'Уже используется',
  'not-own-organisation': () => 'Должна быть ваша организация',
  'inactive-organisation': () => 'Организация не действует',
  incorrect: () => 'Неверно',
  'invalid-or-expired': () => 'Ссылка недействительна или устарела',
  'invalid-code': () => 'Неверный код',
  'password-too-common': () => 'Слишком распространённый пароль: выберите фразу подлиннее из не связанных слов',
  'password-contains-email': () => 'Пароль не должен содержать ваш адрес почты',
  'below-policy-k': (p) => `Не меньше ${p.min} (правило раскрытия данных)`,
  'span-out-of-bounds': () => 'Фрагмент выходит за пределы текста',
  'span-overlap': () => 'Фрагменты пересекаются',
  'not-a-reference': () => 'Введите начало номера случая (буквы, цифры и -)',
  'not-a-cursor': () => 'Недопустимая ссылка на страницу',
  'not-an-etag': () => 'Недопустимая версия',
  'not-a-coarse-place': () => 'Укажите только регион или город, без номеров',
  'not-allowed-value': () => 'Недопустимое значение',
  'release-not-crossed': () => 'Выпуски не пересекают этот признак с другими таблицами: уберите фильтр и смотрите отдельную разбивку по нему',
  'release-regions-by-group': () => 'По регионам выпуски дают только группы видов насилия: выберите «по группам»',
  'not-a-decimal': () => 'Положительное число, например 20',
  'release-whole-years': () => 'Выпуски охватывают целые календарные годы: с января по декабрь',
  'release-no-organisation': () => 'Выпуски не разбиты по организациям',
  'release-one-perpetrator': () => 'Только один вид виновных за раз: выпуски считают респондентов каждого вида, а не сочетаний',
  'before-start': () => 'Конец периода не может быть раньше начала',
  'over-total-budget': () => 'Не больше общего бюджета',
  'not-a-withdrawal-code': () => 'Введите 16 цифр кода',
  'purpose-required': () => 'Укажите, зачем хранятся исходные рассказы',
  'variance-out-of-range': () => 'Дисперсия должна быть больше нуля и не больше половины квадрата наибольшего шума',
  'not-an-idempotency-key': () => 'Ключ повтора: от 8 до 128 латинских букв, цифр и знаков . _ : -',
  'too-many-properties': (p) => `Слишком много полей (не больше ${p.max})`,
  'body-too-large': () => 'Слишком большой запрос',
};

/** Codes whose Russian sentence exists (the spec checks every rule has one). */
export const TRANSLATED_CODES: ReadonlySet<string> = new Set(Object.keys(RU));
export const RULE_CODES: readonly string[] = RULES.map((r) => r.code);

/** The field error's text for a reader of `language`: English keeps the API's message. Pure. */
export function fieldDetail(message: string, code: FieldCode, language: Language): string {
  if (language === 'en') return message;
  return (RU[code.code] ?? RU[GENERIC_CODE])(code.params);
}

/** The problem's own summary for a validation failure, per language. */
export const VALIDATION_SUMMARY: Record<Language, string> = {
  en: 'The request has invalid fields; see errors',
  ru: 'В запросе есть ошибки; подробности у каждого поля',
};

/**
 * The language a client prefers of those Casebook speaks, from an
 * `Accept-Language` header (RFC 9110 quality values). English by default. Pure.
 */
export function pickLanguage(header: string | string[] | undefined): Language {
  const value = Array.isArray(header) ? header.join(',') : header ?? '';
  let best: { lang: Language; q: number } = { lang: 'en', q: 0 };
  for (const part of value.split(',').slice(0, 20)) {
    const [tag, ...rest] = part.trim().toLowerCase().split(';');
    const primary = tag.split('-')[0];
    if (primary !== 'en' && primary !== 'ru') continue;
    const qParam = rest.map((r) => r.trim()).find((r) => r.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (Number.isFinite(q) && q > best.q) best = { lang: primary, q };
  }
  return best.lang;
}
