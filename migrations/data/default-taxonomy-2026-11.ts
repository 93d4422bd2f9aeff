/**
 * The default vocabularies of a new installation, frozen as they were seeded
 * (shared/taxonomy.md: SWAN's "Arrest the Violence", HURIDOCS Events Standard
 * Formats, GBVIMS). Never edit: later changes go through the admin API or a
 * new migration.
 */
type Vocabulary = string;

export interface DefaultTerm {
  vocabulary: Vocabulary;
  code: string;
  group: string | null;
  en: string;
  ru: string;
}

const t = (vocabulary: Vocabulary, group: string | null) => (code: string, en: string, ru: string): DefaultTerm => ({ vocabulary, code, group, en, ru });

const state = t('perpetrator_type', 'state');
const nonState = t('perpetrator_type', 'non_state');
const abuse = (group: string) => t('abuse_category', group);
const plain = (vocabulary: Vocabulary) => t(vocabulary, null);

export const DEFAULT_TERMS: DefaultTerm[] = [
  state('police', 'Police (uniformed)', 'Полиция'),
  state('police_special', 'Special police units (vice, anti-trafficking, plain-clothes)', 'Спецподразделения полиции'),
  state('other_law_enforcement', 'Other law enforcement (prosecutors, courts, security services)', 'Другие правоохранительные органы'),
  state('border_migration', 'Border guards, migration officers', 'Пограничная и миграционная служба'),
  state('detention_staff', 'Detention and prison staff', 'Сотрудники мест лишения свободы'),
  state('military', 'Military', 'Военнослужащие'),
  state('health_worker', 'Health workers', 'Медицинские работники'),
  state('social_services', 'Social services, child protection', 'Социальные службы'),
  state('other_official', 'Other public officials', 'Другие должностные лица'),
  nonState('client', 'Client', 'Клиент'),
  nonState('fake_client', 'Person posing as a client', 'Лжеклиент'),
  nonState('manager', 'Manager, pimp, brothel owner, third party', 'Менеджер, сутенёр, владелец притона'),
  nonState('trafficker', 'Trafficker, recruiter', 'Торговец людьми, вербовщик'),
  nonState('partner', 'Intimate partner', 'Интимный партнёр'),
  nonState('family', 'Family member', 'Член семьи'),
  nonState('community', 'Neighbours, community members', 'Соседи, местное сообщество'),
  nonState('vigilante', 'Vigilante group, mob', '«Активисты», толпа'),
  nonState('private_security', 'Private security guards', 'Частная охрана'),
  nonState('landlord', 'Landlord', 'Арендодатель'),
  nonState('media', 'Journalists, media', 'СМИ, журналисты'),
  nonState('other_sex_worker', 'Another sex worker', 'Другая секс-работница / секс-работник'),
  nonState('stranger', 'Stranger', 'Незнакомый человек'),
  t('perpetrator_type', 'unknown')('unknown', 'Unknown', 'Неизвестно'),

  abuse('physical')('physical_violence', 'Physical violence (beating, wounding)', 'Физическое насилие (избиение, ранение)'),
  abuse('physical')('killing', 'Killing or attempted killing', 'Убийство или покушение на убийство'),
  abuse('sexual')('rape', 'Rape, including gang rape', 'Изнасилование, в т.ч. групповое'),
  abuse('sexual')('sexual_assault', 'Other sexual assault', 'Другое сексуальное насилие'),
  abuse('sexual')('coerced_sex', 'Sex coerced for release or as "free service"', 'Принуждение к сексу за освобождение или «бесплатно»'),
  abuse('psychological')('verbal_abuse', 'Verbal abuse, humiliation', 'Оскорбления, унижение'),
  abuse('psychological')('threats', 'Threats, intimidation', 'Угрозы, запугивание'),
  abuse('psychological')('outing', 'Outing, photographing, publishing identity', 'Разглашение, фотографирование, публикация данных'),
  abuse('economic')('extortion', 'Extortion, bribes, unofficial "fines"', 'Вымогательство, взятки, неофициальные «штрафы»'),
  abuse('economic')('theft_robbery', 'Theft, robbery, non-payment', 'Кража, грабёж, неоплата'),
  abuse('economic')('document_seizure', 'Seizure of identity documents', 'Изъятие документов'),
  abuse('liberty')('arbitrary_detention', 'Arbitrary arrest or detention', 'Произвольное задержание или арест'),
  abuse('liberty')('raid', 'Raid', 'Рейд, облава'),
  abuse('liberty')('abduction', 'Kidnapping, abduction, confinement', 'Похищение, удержание'),
  abuse('liberty')('trafficking', 'Trafficking, forced labour, debt bondage', 'Торговля людьми, принудительный труд, долговая кабала'),
  abuse('liberty')('deportation', 'Deportation, expulsion', 'Депортация, выдворение'),
  abuse('health')('condom_confiscation', 'Confiscation of condoms as "evidence"', 'Изъятие презервативов как «улики»'),
  abuse('health')('forced_testing', 'Forced HIV/STI testing', 'Принудительное тестирование на ВИЧ/ИППП'),
  abuse('health')('status_disclosure', 'Disclosure of HIV status or health data', 'Разглашение ВИЧ-статуса или медицинских данных'),
  abuse('health')('denial_of_health_care', 'Denial of health care', 'Отказ в медицинской помощи'),
  abuse('justice')('refusal_to_act', 'Refusal to register a complaint or to act', 'Отказ принять заявление или принять меры'),
  abuse('justice')('retaliation', 'Retaliation for reporting', 'Преследование за обращение'),
  abuse('services')('discrimination', 'Discrimination in services (housing, social, banking)', 'Дискриминация в услугах (жильё, соцслужбы, банки)'),
  abuse('services')('custody_threat', 'Threats concerning child custody', 'Угрозы лишения родительских прав'),
  abuse('other')('other', 'Other', 'Другое'),

  plain('gender')('female', 'Female', 'Женщина'),
  plain('gender')('male', 'Male', 'Мужчина'),
  plain('gender')('trans_woman', 'Transgender woman', 'Трансгендерная женщина'),
  plain('gender')('trans_man', 'Transgender man', 'Трансгендерный мужчина'),
  plain('gender')('non_binary', 'Non-binary', 'Небинарная персона'),
  plain('gender')('other', 'Other', 'Другое'),
  plain('gender')('not_stated', 'Not stated', 'Не указано'),

  plain('age_band')('under_18', 'Under 18', 'До 18 лет'),
  plain('age_band')('18_24', '18-24', '18-24'),
  plain('age_band')('25_34', '25-34', '25-34'),
  plain('age_band')('35_44', '35-44', '35-44'),
  plain('age_band')('45_plus', '45+', '45+'),
  plain('age_band')('not_stated', 'Not stated', 'Не указано'),

  plain('work_setting')('street', 'Street', 'Улица'),
  plain('work_setting')('apartment', 'Apartment', 'Квартира'),
  plain('work_setting')('sauna', 'Sauna', 'Сауна'),
  plain('work_setting')('hotel', 'Hotel', 'Гостиница'),
  plain('work_setting')('club_bar', 'Club or bar', 'Клуб или бар'),
  plain('work_setting')('massage_parlour', 'Massage parlour', 'Массажный салон'),
  plain('work_setting')('online', 'Online', 'Онлайн'),
  plain('work_setting')('roadside', 'Roadside or truck stop', 'Трасса или стоянка'),
  plain('work_setting')('other', 'Other', 'Другое'),

  plain('location_type')('street', 'Street', 'Улица'),
  plain('location_type')('police_vehicle', 'Police vehicle', 'Полицейский автомобиль'),
  plain('location_type')('police_station', 'Police station', 'Отделение полиции'),
  plain('location_type')('client_home', "Client's home", 'Дом клиента'),
  plain('location_type')('respondent_home', "Respondent's home", 'Дом респондента'),
  plain('location_type')('workplace', 'Workplace', 'Место работы'),
  plain('location_type')('hotel', 'Hotel', 'Гостиница'),
  plain('location_type')('sauna', 'Sauna', 'Сауна'),
  plain('location_type')('medical_facility', 'Medical facility', 'Медицинское учреждение'),
  plain('location_type')('detention_facility', 'Detention facility', 'Место лишения свободы'),
  plain('location_type')('transit_border', 'In transit or at a border', 'В пути или на границе'),
  plain('location_type')('online', 'Online', 'Онлайн'),
  plain('location_type')('other', 'Other', 'Другое'),

  plain('reported_to_authorities')('yes', 'Yes', 'Да'),
  plain('reported_to_authorities')('no', 'No', 'Нет'),
  plain('reported_to_authorities')('no_fear_retaliation', 'No: afraid of retaliation', 'Нет: страх преследования'),
  plain('reported_to_authorities')('no_distrust', 'No: distrust', 'Нет: недоверие'),
  plain('reported_to_authorities')('not_stated', 'Not stated', 'Не указано'),

  plain('involvement')('carried_out', 'Carried out', 'Совершил(а)'),
  plain('involvement')('ordered', 'Ordered', 'Отдал(а) приказ'),
  plain('involvement')('present', 'Present', 'Присутствовал(а)'),
  plain('involvement')('failed_to_protect', 'Failed to protect', 'Не обеспечил(а) защиту'),
  plain('involvement')('unknown', 'Unknown', 'Неизвестно'),

  plain('migrant_status')('not_migrant', 'Not a migrant', 'Не мигрант(ка)'),
  plain('migrant_status')('internal_migrant', 'Internal migrant', 'Внутренний мигрант'),
  plain('migrant_status')('international_migrant', 'International migrant', 'Международный мигрант'),
  plain('migrant_status')('not_stated', 'Not stated', 'Не указано'),
];
