import { words, type PersonVocabulary } from './person-vocabulary';

/**
 * The person recognizer's English words: cues, titles, verbs, calendar words, note shorthand.
 * Sources: general knowledge of the language; not taken from any case data.
 */
export const ENGLISH_PERSON_WORDS: PersonVocabulary = {
  language: 'en',
  /** Words right before a name: ranks, roles, kinship, "called"; the next word is a name. */
  cuesBefore: words(`
    officer lieutenant captain major sergeant detective inspector doctor dr nurse madam mr mrs ms miss friend sister brother cousin neighbour
    neighbor client driver landlord landlady boyfriend husband son daughter mother father called named nick nickname aka known caller worker
    volunteer lady hostess madame colleague colleagues coworker co-worker roommate flatmate housemate girlfriend
    owner manager lawyer advocate attorney pimp boss himself herself
    uchastkovy uchastkoviy uchastkovyi uchastkovyy partner fiance fiancé ex nephew niece grandson granddaughter stepson stepdaughter stepfather stepmother
  `),
  /** Nouns for a person that name her only in apposition, after a comma (another woman, Mimi, who …): alone they are no cue. */
  appositionNouns: words(`
    woman women girl girls man men guy guys
  `),
  /** Words that introduce a name in quotes (called "Ruslan"). */
  namingCues: words(`
    called named nicknamed dubbed nick nickname aka known by as name alias
  `),
  /** Forms of address and kin terms: never names themselves. */
  titles: words(`
    aunt auntie aunty uncle madam mister miss mrs mr ms dr
    sgt lt ltn capt cpt col insp det cpl pvt supt cmdr
    mec adw av avv adv tanti nenea lelea citizen
  `),
  /** Terms of address written after a name: Korean (Jin-woo oppa, Larisa-ssi, Min-ji unni), Hungarian (Laci bácsi, Erzsi néni). */
  honorificsAfter: words(`
    oppa unni unnie eonni hyung hyeong noona nuna ssi nim sunbae sajangnim sajang-nim bácsi bacsi néni neni bula буля бачи нени даи dai daja дая
  `),
  /** Verbs right after a subject: a capitalised word before them is a person ("Daca reported it"). */
  verbs: words(`
    found
    said says told tells asked asks reported reports called calls went goes came comes paid pays refused agreed explained added replied wrote
    sent gave took got lives lived works worked knows knew wants wanted remembers recalls saw heard left returned answered cried laughed decided
    tried managed drove hit beat threatened demanded promised
  `),
  /** Words after which a capitalised word names a place (in Antalya, в Стамбуле). */
  placeBefore: words(`
    in into near around across via street district monument statue on nad camp kralja kraljice cara bulevardi strada ul ulica ulitsa ulitsy str bul bulevar bulevardul bd calea aleea sokak sk
  `),
  /** Words written after a place, an institution or a street name (Texas Street, Свердловского РУВД). */
  placeAfter: words(`
    foundation foundations fund fundacja fundacji fundația fundatia
    street st str ave avenue road rd lane boulevard blvd square sq bazaar bazar market mall hotel district region oblast village city town
    court courts courthouse tribunal
    station park river lake metro airport area bridge police militia precinct rynok clinic hospital stop club sauna hostel motel prison office department dept ruvd rovd omvd ovd uvd quay embankment shop store boutique pharmacy café cafe centre center
    streets avenues squares university institute academy college school lyceum gymnasium library museum memorial monument theatre theater stadium arena
    cathedral church mosque monastery baths hall palace plaza terminal checkpoint crossing post quarter barracks exit tram estate plate plates settlement neighbourhood neighborhood telep mahala
  `),
  placeModifiers: words(`
    medical health gas petrol bus railway train police emergency central city main border metro district regional maternity children
  `),
  streetBefore: words(`
    street avenue ave
  `),
  businesses: words(`
    kafe apteka farmacia ljekarna lékárna gyógyszertár
    cafeneaua cafeneua
    sauna saunas café cafe cafeteria pizzeria restaurant hotel motel hostel kiosk bakery kafana kafić kafic kavana restoran piceria pekara club klub karaoke
    pekarna cukiernia kawiarnia étterem kávézó szálloda pensiune cofetărie cafenea otel lokanta pastane
  `),
  businessesQuoted: words(`
    bar club shop store salon boutique market pub disco nightclub parlour parlor massage brand oil chocolate chocolates song film series show
  `),
  /** Things named in quotes right after their word (the operation "Nelegal-2023", the raid "Tuman"): no one's name. */
  quotedThings: words(`
    operation operations raid raids campaign
  `),
  formLabels: words(`
    moderator caseworker escort name names used surname surnames forename forenames firstname lastname witness witnesses victim victims client respondent interviewee complainant
    applicant perpetrator suspect suspects accused interviewer translator interpreter contact mother father sister brother daughter son husband
    partner boyfriend landlord landlady employer pimp driver officer officers present attendees nume prenume nazwisko imię imie příjmení jméno
    priezvisko meno pavardė vardas uzvārds vārds perekonnanimi eesnimi vezetéknév keresztnév utónév prezime ime soyadı soyadi adı adi familiyasi
    ismi familiya patronymic by uses aka alias operator caller consultant counsellor counselor lawyer paralegal outreach worker volunteer staff team crew
    charge tag as vorname nachname familienname geburtsname rufname emri mbiemri gvari saxeli cognome nome apellidos apellido nombre prénom prenom
    nickname porecla poreclă monitor monitors observer observers coordinator supervisor
  `),
  judgmentNames: words(`
    opuz rantsev volodina tunikova kiyutin chahal saadi eremia mudric ostrovar tkhelidze talpis kurt balsan bălșan kontrová kontrova osman aydin aydın
    siliadin chowdury valiulienė valiuliene hajduová hajduova buturugă buturuga levchuk munteanu tërshana tershana vertido goecke yildirim kell
    bevacqua kalucza jankovic tyrer soering selmouni aksoy assenov nachova oyal kiliç kilic durmaz branko tomašić tomasic
    ilașcu ilascu sarishvili-bolkvadze identoba alekseyev bayev fedotova lashmankin mikheyev
  `),
  speakerLabels: words(`
    judge prosecutor prosecution defence defense counsel defendant witness accused exhibits exhibit court clerk jury notes verdict ruling decision
    presiding expert
  `),
  /** Months, weekdays and holidays: never a name without a cue. */
  calendar: words(`
    january february march april may june july august september october november december sept monday tuesday wednesday thursday friday saturday
    sunday easter christmas ramadan nowruz eid bayramı bairam mondays tuesdays wednesdays thursdays fridays saturdays sundays
    uraza ураза ураза-байрам ураза-байрама maslenitsa maslenitsy масленица масленицу масленицы масленицей масленице pokrov покров покрова покрову покровы hramul hramului храмул храмуле
  `),
  /** Holidays that are also given names (Navruz, Bajram, Kurban): the holiday after a preposition of a date, "после Нооруза". */
  holidaysAlsoNames: words(`
    navruz novruz nauryz nooruz nevruz navroʻz navro'z kurban qurban gurban qurbon bajram bayram ramazan ramazon oraza orozo
    навруз навруза наврузом новруз новруза новрузом наврӯз наврўз нооруз нооруза ноорузу ноорузе ноорузом наурыз наурыза наурызу наурызе
    наурызом курбан курбон рамазан
    рамазана рамазон ораза орозо
  `),
  /** Their abbreviations, only in lower case (Jan is also a name). */
  calendarShort: words(`
    jan feb mar apr jun jul aug sep oct nov dec mon tue tues wed thu thurs fri sat
  `),
  weekdaysShort: words(`
    mon tue tues wed thu thurs fri sat
  `),
  /** Months that are also given names (May, April): a month after "in", "from" ... or before a number. */
  monthsAlsoNames: words(`
    may april june march august
  `),
  /** Words before a month. */
  monthBefore: words(`
    in from to since until till by of early late mid last next this every each
  `),
  /** Given names that are also words (Hope, Вера): a name only without a word context. */
  virtues: words(`
    hope faith joy grace
  `),
  /** Ordinary words that the spelling dictionaries lack (note shorthand, everyday speech). */
  everydayWords: words(`
    feb apr jun jul aug sept oct nov dec asmens nar steuer ombudsperson ombudsman plov proc pen ikamet икамет икамета икаметом
    судмедэкспертиза судмедэкспертизы судмедэкспертизу судмедэкспертизе судмедэкспертизой
    finnish norwegian swedish danish dutch estonian latvian lithuanian hungarian romanian bulgarian serbian croatian slovak czech polish ukrainian belarusian moldovan georgian armenian azerbaijani kazakh kyrgyz uzbek tajik turkmen turkish german russian english korean arabic hebrew
    moustache moustached moustaches
    dont cant wont didnt doesnt isnt wasnt werent havent hasnt couldnt wouldnt shouldnt im ive id youre theyre thats whats pls plz thx tnx abt
    bout w wo bc coz cuz u ur yr ppl msg msgs tmrw tues thurs weds approx govt dept info ok okay
    haha hahaha ahah ahaha lol omg btw idk tbh ikr nvm brb salem sälem merci spasibo normas seria
    obshaga obshchaga obshchezhitie noraebang
    prez prezi prezik preziki lubr shtraf rakhmet rahmet politist sicil značka znacka
    doesn didn isn wasn weren haven hasn hadn couldn wouldn shouldn aren mustn needn
  `),
  /** Abbreviations with a full stop that does not end a sentence (Dr., ул.). */
  abbreviations: words(`
    dr mr mrs ms st no nr art mag prof ing dipl
  `),
  /** Capitalised words that are no one (regions, organisations). */
  notNames: words(`
    hej goshiwon gosiwon
    strada
    ashkali romani lyuli mugat
    asia europe america african ngo kovcheg teudat zehut ferris anticorruption
    galatasaray fenerbahçe fenerbahce beşiktaş besiktas prado alphard kookmin wildberries monobank privatbank halyk ozon avito kolesa olx glovo wolt yandex
    isikukood pesel egn jmbg embg cnp idnp pinfl iin snils rnokpp kimlik
    skype viber telegram whatsapp signal instagram tiktok snapchat kakaotalk wechat discord onlyfans facebook caritas каритас kodiaq karoq kamiq superb vitara egea elantra tucson qashqai sorento cerato sportage gentra lacetti sandero tiguan passat insignia mokka picanto yaris camry corolla prius rio ukraini
  `),
  /** Words of a street, a square or a quarter after its namesake's whole name (Klara Zetkin Street, Hristo Botev quarter). */
  streetAfter: words(`
    street avenue ave boulevard blvd square lane road quarter district bridge
  `),
  listWords: words(`
    all none both others nobody everyone
  `),
  selfWords: words(`
    me i we us myself
  `),
  ordinals: words(`
    another first second third fourth older younger other
    real full last given true
  `),
  notOnTag: words(`
    the a an is was his her no nothing unknown only police
    for of in on at to by with from and or as not given withheld later
  `),
  modalVerbs: words(`
    may will can must might
  `),
  articles: words(`
    the a an
  `),
  passiveParticiples: words(`
    stopped detained arrested beaten taken raped fined threatened deported released pushed forced held kept brought tested evicted robbed
    attacked questioned searched insulted harassed blackmailed trafficked recruited sold hit kicked slapped handcuffed photographed filmed
    interrogated registered fingerprinted expelled
  `),
  settlementsOf: words(`
    village town city settlement hamlet commune region district municipality oblast
  `),
  nicknameNouns: words(`
    nicknamed nickname nick
  `),
  notNicknames: words(`
    this that for his her was is of
  `),
  nameJoining: words(`
    and or
  `),
  townPrepositions: words(`
    in near into outside
  `),
  monumentWords: words(`
    monument statue bust
  `),
  saints: words(`
    saint st
  `),
  datePrepositions: words(`
    on before after till until since during for at celebrated celebrate celebrating
  `),
  dayAfter: words(`
    day holiday holidays festival feast
  `),
  venuesNamed: words(`
    club nightclub bar pub disco cafe café restaurant hotel motel hostel sauna casino
  `),
  quoteNamingVerbs: words(`
    call calls calling saved
  `),
  timeVerbs: words(`
    came comes went goes passed ended began begins started starts
  `),
  businessesAfterName: words(`
    shop store bar salon mall market pharmacy guesthouse nightclub disco boutique parlour parlor studio agency
    pizza travel tour tours kebab doner döner grill burger
  `),
  personObjectVerbs: words(`
    met meet meets call called calls told tell asked ask saw see texted text visited visit helped help sent took drove
  `),
  handedToLabels: words(`
    referred forwarded
  `),
};
