/**
 * Place names of the region (countries, regions, cities, districts) and other
 * capitalised words that look like names or surnames but are not people. A
 * detector must leave them alone. Lower-case; Latin forms are generated too.
 */
export const PLACE_WORDS_CYRILLIC: string[] = `
страсбург страсбурга страсбурге женева женевы женеве
прагу праге праги прагой плзень плзене пльзене вьетнам вьетнама вьетнаме ханой ханоя ханое хошимин
купчино невский невского невском лавра лавры тырново търново марджанишвили
казахстан кыргызстан киргизия узбекистан таджикистан туркменистан россия украина молдова беларусь грузия армения азербайджан турция дубай оаэ эмираты китай
алматы алма-ата астана нур-султан шымкент караганда караганды актобе актау атырау тараз павлодар усть-каменогорск семей костанай кызылорда уральск петропавловск кокшетау талдыкорган туркестан жезказган экибастуз темиртау балхаш каскелен есик конаев капчагай жанаозен
бишкек ош джалал-абад каракол талас нарын баткен токмок кара-балта чуй иссык-куль кант
ташкент самарканд бухара наманган андижан фергана нукус карши коканд термез ургенч джизак навои
душанбе худжанд хорог куляб бохтар истаравшан пенджикент
москва петербург санкт-петербург новосибирск екатеринбург омск казань самара ростов саратов краснодар уфа челябинск тюмень барнаул иркутск хабаровск владивосток красноярск пермь воронеж волгоград оренбург иваново кемерово курган
киев київ одесса харьков днепр львов запорожье кривой рог николаев херсон полтава чернигов житомир ровно луцк
кишинёв кишинев бельцы тирасполь минск гомель брест тбилиси батуми ереван гюмри баку сумгаит ганджа
алатау бостандык медеу ауэзов ауэзовский алмалинский турксиб жетысу наурызбай абай абайский октябрьский ленинский свердловский первомайский карасу карасуйский каратал енбекшиказахский бостандыкский медеуский
зелёный барахолка хан шатыр байтерек мега достык кавказ закавказье
подмосковье подмосковья подмосковью подмосковьем ленобласть ленобласти зауралье зауралья приморье приморья прибалтика прибалтики кузбасс кузбасса
`.split(/\s+/).filter(Boolean);

export const PLACE_WORDS_LATIN: string[] = `
strasbourg geneva
kazakhstan kyrgyzstan kyrgyz uzbekistan tajikistan turkmenistan russia ukraine moldova belarus georgia armenia azerbaijan turkey dubai uae emirates china
vietnam hanoi haiphong saigon hue danang
almaty astana nur-sultan shymkent karaganda aktobe aktau atyrau taraz pavlodar oskemen semey kostanay kyzylorda uralsk petropavlovsk kokshetau taldykorgan turkestan zhezkazgan ekibastuz temirtau balkhash kaskelen konaev kapchagay zhanaozen
bishkek osh jalal-abad karakol talas naryn batken tokmok chuy issyk-kul
tashkent samarkand bukhara namangan andijan fergana nukus karshi kokand termez urgench
dushanbe khujand khorog kulob bokhtar
moscow petersburg novosibirsk yekaterinburg omsk kazan samara rostov saratov krasnodar ufa chelyabinsk tyumen barnaul irkutsk vladivostok krasnoyarsk perm voronezh volgograd orenburg
kyiv kiev odesa odessa kharkiv dnipro lviv zaporizhzhia kryvyi rih mykolaiv kherson poltava
chisinau kishinev balti tiraspol minsk gomel brest tbilisi batumi yerevan baku ganja sharjah barsha
caucasus transcaucasia almalinsky bostandyk medeu auezov auezovsky turksib zhetysu nauryzbay oktyabrsky leninsky sverdlovsky pervomaysky karasuysky
`.split(/\s+/).filter(Boolean);

/**
 * Capitalised words that often start or fill a sentence in narratives and must
 * never be taken for a name: months, days, institutions, brands, titles.
 */
export const NON_NAME_WORDS: string[] = `
january february march august september october november december monday tuesday wednesday thursday friday saturday sunday
январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь января февраля марта апреля мая июня июля августа сентября октября ноября декабря
понедельник вторник среда четверг пятница суббота воскресенье
police polis militsiya ngo un who aids hiv whatsapp telegram instagram insta facebook vk vkontakte tiktok youtube viber google gmail kaspi halyk yandex uber bolt indrive camry toyota honda lexus hyundai solaris nexia cobalt lada
полиция полиции полицию уп ровд увд дп мвд кнб гпк прокуратура прокуратуру суд суда ооо тоо нпо фонд фонда спид вич кожвендиспансер ватсап вотсап телеграм телеграмм инстаграм ютуб вконтакте каспи халык яндекс такси камри солярис лексус нексия кобальт лада
respondent resp she he they we the a an and or but her his their my our i it this that there when after before then
респондентка респондент она он они мы я её его их мой наш это там когда после потом тогда
`.split(/\s+/).filter(Boolean);
