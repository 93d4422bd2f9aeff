import { words, type PersonVocabulary } from './person-vocabulary';

/**
 * The person recognizer's Russian words: ranks, roles and kin before a name, verbs, place words.
 * Sources: general knowledge of the language; not taken from any case data.
 */
export const RUSSIAN_PERSON_WORDS: PersonVocabulary = {
  language: 'ru',
  /** Words right before a name: ranks, roles, kinship, "called"; the next word is a name. */
  cuesBefore: words(`
    лейтенант лейтенанта старший младший майор майора майором капитан капитана сержант сержанта подполковник полковник участковый участкового
    следователь следователя дежурный дежурного врач врача доктор психолог юрист юристу администратор администратора журналист журналиста
    сотрудник инспектор оперативник опер прапорщик подруга подруге подругу подруги подруг соседка соседки соседку сестра сестре сестру брат
    брата сын сына дочь муж мужа клиент клиента клиентка водитель таксист хозяин хозяйка мамочка тётя тетя дядя зовут звали зовите кличка
    прозвище имени представился представилась назвался назвалась назвавшийся назвавшаяся представившийся представившаяся госпожа господин звонит
    звонила фамилия фамилии
  `),
  /** Words that introduce a name in quotes (called "Ruslan"). */
  namingCues: words(`
    рабочее имя псевдоним как зовут звали называют называли называет кличка кличке кличкой прозвище прозвищу имени представился представилась назвался назвалась назвавшийся назвавшаяся
  `),
  /** Forms of address and kin terms: never names themselves. */
  titles: words(`
    тётя тетя дядя
  `),
  /** Verbs right after a subject: a capitalised word before them is a person ("Daca reported it"). */
  verbs: words(`
    сказала сказал говорит говорила рассказала рассказал рассказывает спросила спросил ответила ответил пришла пришёл пришел ушла ушёл позвонила
    позвонил заплатила заплатил отказалась согласилась написала отправила живёт живет жила работает работала знает хочет помнит видела слышала
    решила попросила плакала
  `),
  /** Words after which a capitalised word names a place (in Antalya, в Стамбуле). */
  placeBefore: words(`
    памятника памятнику памятник монумента статуи району района в во из изо под через ул улица улице улицу улицы улицей проспект проспекте проспекта пр мкр микрорайон микрорайоне село селе поселок посёлок
    город городе города метро станции станция площади рынка
  `),
  /** Words written after a place, an institution or a street name (Texas Street, Свердловского РУВД). */
  placeAfter: words(`
    ulitsa prospekt улица ул шоссе проспект переулок бульвар рынок рынке базар базаре район района районе области область району вокзал вокзале
    трц тц мкр микрорайон рувд ровд увд овд умвд омвд отдел отдела суд суда суде больница больницы больнице мост моста мосту мосте
    пр просп форштадт префектура префектуры префектуре префектуру уп министров метро площадь полиция полиции полицию милиция милиции гора горы горе районный районного районном районному районная районной центр центра центре центру базаром базара рынком
  `),
  /** Words of the field's own Russian that no dictionary holds: never a name. */
  everydayWords: words(`
    аутрич аутрича аутриче аутричем вещдок вещдока вещдоки вещдоком
  `),
  /** Given names that are also words (Hope, Вера): a name only without a word context. */
  virtues: words(`
    вера надежда любовь
  `),
  /** Abbreviations with a full stop that does not end a sentence (Dr., ул.). */
  abbreviations: words(`
    ул пр г им тов гр д
  `),
  /** Words with a surname ending that often start a sentence (Готов, Итого). */
  sentenceStartWords: words(`
    готов таков каков итого слов домов условий
  `),
};
