/**
 * Capitalised words that are neither ordinary dictionary words nor people:
 * places of the whole region Casebook serves (Central/Eastern Europe, the
 * Caucasus, Central Asia and the destination countries), institutions and
 * their abbreviations, brands, apps, cars, currencies, nationalities and
 * languages. The unknown-word signal of the person detector must leave them
 * alone. Lower-case; diacritics kept (the detector also compares without them).
 * Sources: general geographic knowledge; not taken from any case data.
 */
export const NON_PERSON_WORDS: string[] = `
жезде zhezde jezde ауыл ауылу ауылда ауылға ауылдан auyl акимат акимате акимата акиматы akimat
pdf jpg jpeg png heic webp gif docx doc xlsx xls csv txt rtf odt zip rar mp3 mp4 m4a ogg opus mov todo todos appt appts asap fyi kodas amenzi amendă amenda teren legitimație legitimatie legitymacja mkr mkrn mikr bld рег инста инсты инсте инсту инстой айфон айфона айфоне айфону айфоном telefonnummer handynummer rufnummer mobilnummer telefoonnummer privát privat пересл нисан ниссан verbaal
uralmash uralmashe elmash ordzhonikidzevsky мамая мамаю mamaia nagyerdő nagyerdo кренгольм кренгольме nordstadt гур-эмир гур-эмира arkadia shabo bagrati максимы lotte zarezan qurbon idi bilhorod-dnistrovskyi чолпон-ата чолпон-аты чолпон-ату чолпон-ате cholpon-ata сарыагаш адлер адлере адлера ústí usti předlice predlice dolj lyukóbánya lyukobanya kreenholm ivangorod ивангород jaanilinn centrāltirgus centraltirgus rimi бен-гурион ben-gurion бат-ям бат-яме bat-yam fitr adha сагаалган сагаалгана tsagaan чхусок чхусока chuseok мариамобы гиоргобы
czechia czech praha prague brno ostrava plzeň plzen olomouc liberec žižkov zizkov smíchov smichov karlín karlin vinohrady libeň holešovice nusle chodov
slovakia slovak bratislava košice kosice prešov presov žilina zilina nitra trnava banská bystrica luník lunik petržalka petrzalka
poland polska warszawa warsaw kraków krakow łódź lodz wrocław wroclaw poznań poznan gdańsk gdansk szczecin lublin katowice praga grochów grochow mokotów mokotow wola ursynów bemowo śródmieście srodmiescie piotrkowska
lithuania lietuva vilnius kaunas klaipėda klaipeda šiauliai siauliai panevėžys naujamiestis žirmūnai antakalnis
latvia latvija rīga riga daugavpils liepāja liepaja jelgava jūrmala jurmala
estonia eesti tallinn tartu narva pärnu parnu kopli lasnamäe lasnamae mustamäe
hungary magyarország budapest debrecen szeged miskolc pécs pecs győr gyor józsefváros jozsefvaros erzsébetváros
romania românia bucurești bucuresti bucharest cluj cluj-napoca iași iasi timișoara timisoara constanța constanta brașov brasov ferentari rahova pantelimon sector
bulgaria българия sofia софия plovdiv пловдив varna варна burgas бургас ruse русе lyulin люлин mladost младост stolipinovo столипиново fakulteta факултета
serbia србија beograd београд belgrade novi sad нови сад niš nis ниш zemun земун vojvodina vojvodine vojvodini војводина
montenegro crna gora podgorica подгорица budva nikšić niksic
bosnia herzegovina sarajevo сарајево banja mostar tuzla
north macedonia macedonia македонија skopje скопје bitola битола šuto orizari shuto orizari
croatia hrvatska zagreb split rijeka
slovenia ljubljana maribor
albania tirana kosovo prishtina pristina
ukraine україна kharkiv odesa lviv dnipro kyiv київ харків одеса львів дніпро
moldova chișinău chisinau bălți balti кишинэу
belarus minsk мінск
georgia sakartvelo tbilisi batumi kutaisi rustavi gldani vake saburtalo тбилиси батуми кутаиси
armenia hayastan yerevan gyumri vanadzor ереван гюмри
azerbaijan baku sumgait ganja баку сумгаит гянджа
turkey türkiye soruşturma soruşturması esas karar istanbul i̇stanbul ankara izmir i̇zmir antalya alanya bursa mersin trabzon kumkapı kumkapi laleli aksaray fatih beyoğlu beyoglu şişli sisli esenyurt zeytinburnu konak bornova karşıyaka karsiyaka muratpaşa muratpasa kemerkaya gazipaşa gazipasa şirinyalı sirinyali güzeloba guzeloba
korea seoul busan incheon ansan hwaseong suwon daegu gwangju itaewon gangnam wongok jungang hongdae сеул пусан ансан
uae emirates dubai abu dhabi sharjah ajman deira bur dubai karama satwa muraqqabat qusais barsha jumeirah дубай шарджа дейра
russia россия moscow москва siberia сибирь sibir ural урал
europe european asia eu schengen
roma romani gypsy цыганка цыганки цыган ромни
czech slovak polish lithuanian latvian estonian hungarian romanian bulgarian serbian macedonian montenegrin bosnian croatian ukrainian moldovan georgian armenian azerbaijani azeri turkish korean emirati kazakh kyrgyz uzbek tajik turkmen russian belarusian german english french
uzbeks tajiks kazakhs turkmens pakistani pakistanis filipina filipinas filipino filipinos austrian austrians indian indians nepali nepalese bangladeshi bangladeshis nigerian nigerians ghanaian kenyan ethiopian ethiopians egyptian moroccan syrian syrians iraqi iranian afghan afghans chinese vietnamese thai indonesian sri lankan swiss italian spanish portuguese dutch belgian swedish norwegian danish finnish greek cypriot israeli arab arabs emiratis kuwaiti saudi qatari omani bahraini
trestného trestní zákona zákoník zákonníka poriadku azonosító szám ügyszám
казашка казах кыргызка кыргыз киргизка узбечка узбек таджичка таджик русская русский украинка украинец грузинка армянка азербайджанка турчанка кореянка молдаванка
policie polícia policja policija policia төсбелгі төсбелгісі rendőrség rendorseg poliția politia полиция полиција поліція mvd мвд mvr мвр emniyet polis
op krpp kpp kmp sip ps pp os dpp ukr ovd omvd rovd uvd gibdd гибдд дпс ппс оп опп
prokuratura prokuratúra prosecutor прокуратура прокуратуры прокурор
документатор документатора документатору документатором документаторка документаторки
soud súd sąd sad teismas tiesa bíróság birosag judecătoria judecatoria съд суд sulh ceza asliye hakimliği hakimligi mahkemesi mahkeme savcılığı savciligi başsavcılığı bassavciligi müdürlüğü mudurlugu
nnnn lrs rx hiv aids pep prep sti std tb who unaids undp unodc unhcr osce swan tais tais-plus
signal whatsapp telegram viber zalo wechat weixin messenger instagram facebook tiktok onlyfans snapchat tinder badoo grindr line kakaotalk kakao imo botim
samsung galaxy xiaomi redmi iphone apple huawei nokia honor oppo realme tecno infinix vivo motorola
roksa sexguide escort seznam allegro olx avito glovo bolt uber yango careem wolt
škoda skoda octavia fabia superb passat golf polo audi bmw mercedes opel astra dacia logan sandero duster renault peugeot citroën citroen fiat ford focus kia hyundai sonata avante solaris toyota camry corolla prius nissan lada granta priora vesta niva chevrolet cobalt nexia spark lacetti daewoo matiz lexus honda mazda volkswagen vw tesla
migros мигрос asda tesco sainsbury morrisons lidl aldi vauxhall primark monzo монзо revolut uber убер убере deliveroo greggs ajax аякс feyenoord фейеноорд фейеноорда eintracht айнтрахт айнтрахта grasshoppers грассхопперс тойота камри королла лексус хонда хендай хундай киа форд опель шкода ауди мерседес бмв ниссан лада гранта приора веста нива шевроле кобальт нексия спарк ласетти матиз фольксваген
пазик пазика пазике пазиком бобик бобика бобике бобиком уазик уазика уазике буханка буханке scania iveco actros daf tatra liaz howo shacman foton volvo saab seat jeep mitsubishi subaru suzuki infiniti porsche chery geely haval jac byd ssangyong uaz gaz kamaz zhiguli moskvich gazelle fit jazz doblo transit sprinter ducato vito caddy touran tiguan rav4 hilux
nowruz bundespolizei landespolizei кыргызский кыргызского кыргызском кыргызская кыргызской кыргызские кыргызских мазда мазде мазду маздой malibu cruze captiva tracker onix damas labo equinox малибу кобальт круз каптива трекер дамас сомони somoni сомон манат manat лари тетри махалля махалли махаллю махаллей махалле mahalla mahallya центр центра центру центре центром legea legii prefektuur prefektuuri benz corsa корса корсе insignia društvo drustvo udruga udruženje udruzenje fondacija fundacja stowarzyszenie asociația asociatia fundația fundatia združenie zdruzenie sdružení sdruzeni spolek омбудсмен омбудсмена омбудсмену омбудсменом ombudsman ombudswoman республика республики республике республику республикой новый нового новому новым новом новая новой zakon zakona zákon zákona закон закона sms mms смс číslo cislo rodné rodne dinari denara denari leva lekë leke kune kuna ланос астра соренто лачетти гентра спортейдж туссан тигуан хендэ дэу кодекс кодекса кодексу кодексом кодексе clio benz sorento lanos gentra sportage tucson megane
вольво сеат джип мицубиси митсубиси субару сузуки порше чери джили хавал уаз газ камаз жигули москвич газель фит добло транзит спринтер октавия фабия пассат гольф поло ауди логан сандеро дастер солярис соната приус тесла авенси
плаза plaza молл mall парк сити макдоналдс mcdonalds kfc starbucks бургер burger ашан auchan
sfruttamento maltrattamenti procedimento procedimiento diligencias previas placa atestat atestado fascicolo denuncia querela juzgado procura tribunale carabinieri questura vahta вахта вахты вахте вахту вахтой вахтах вахтам вахтовик вахтовики вахтовика вахтовику вахтовиком вахтовиков вахтовикам вахтовиками вахтовиках вахтовый вахтовая вахтовое вахтовые вахтовом вахтовой вахтового vakhta vakhtovik vakhtoviki idram korona корона unistream юнистрим moneygram revolut monobank монобанк privatbank приватбанк газпром лукойл роснефть сбербанк сбер sberbank sber каспи kaspi halyk магнум magnum humo uzcard элсом elsom мбанк mbank оптима optima paynet click payme
lidl aldi kaufland billa auchan spar penny carrefour tesco ikea лидл ашан
idnp iin pesel cnp jmbg embg egn pinfl snils zahl matricule nummer nomer nomera nomerom prot garda gardaí gardai tikkie payoke socialjouren sentret люди людей людям этрап этрапа этрапе этрапы конд лубр stadt meldezettel privatbeteiligte privatbeteiligter aspasie prvi drugi treći treci četvrti cetvrti peti šesti sesti sprat prizemlje oib лична лична greek greeks фейсбук фейсбуке фейсбука yabanci yabancı elcart элкарт кент кента кенту wizz aktenzeichen вы вас вам вами ваш ваше вашего вашей вашим вашу ваши radunitsa радуница радуницы ipsum biedronka żabka zabka aupark manufaktura spodek avensis sb ulica ulici ulicu ulitsa ulitsy utca iela gatve gatvė rruga rrugës rruges strada osnoven успения успенья zastava tipo werbung kaution zoll gewerbe verfahren betreiber miete laufhaus laufhäuser unispital punto теудат теудата зеут taj touareg tiguan qashqai tucson elantra sonata cerato astra corsa sandero duster zuhälter zuhaelter freier legia legii кимлик кимлика nevruz невруз зарезан купала купалу купалы kupala джурджевдан джурджевдана ђурђевдан đurđevdan djurdjevdan ederlezi эдерлези василица vasilica короче кстати прикинь uzb kaz kgz kz kg uz tj tm tjk tkm rus ukr blr yours starex sorento соренто старекс песель песеля песелю песелем
kč kc czk zł zl pln eur € huf ft lei ron лв bgn din rsd ден mkd uah грн mdl gel lari amd dram azn manat try tl lira krw won aed dirham dirhams дирхам дирхама дирхамов дирхамы шекель шекеля шекелей шекелях tenge тенге тг som сом sum сум
euro euros złoty zloty forint forints leu leva dinar dinars hryvnia lari
osada osady osadě mahala mahale naselje odnoklassniki przystań przystani ромка ромки ромку ромкой ромок романи цыганка цыганки al аль el café cafe kafe кафе jandarma jandarmaya jandarmerie jandarmeria gendarmerie
truvada трувада descovy prep преп dolutegravir долутегравир tenofovir тенофовир efavirenz эфавиренз lamivudine ламивудин kaletra калетра
biktarvy naloxone налоксон narcan methadone метадон buprenorphine бупренорфин subutex субутекс ketorol кеторол ketanov кетанов кеторолак
nimesil нимесил nurofen нурофен ibuprofen ибупрофен analgin анальгин paracetamol парацетамол citramon цитрамон validol валидол corvalol корвалол
diazepam диазепам phenazepam феназепам fenazepam tropicamide тропикамид lyrica лирика postinor постинор escapelle эскапел гинеприст
metronidazole метронидазол trichopol трихопол azithromycin азитромицин sumamed сумамед ceftriaxone цефтриаксон doxycycline доксициклин
betadine бетадин miramistin мирамистин мирамистина chlorhexidine хлоргексидин dimedrol димедрол suprastin супрастин tavegil тавегил
лубрикант лубриканта лубриканты лубрикантов лубрикантом лубриканту lubrikant lubrikanty
durex дюрекс contex контекс vizit визит sico masculan okamoto
vodafone kyivstar киевстар lifecell beeline билайн megacom мегаком tele2 теле2 mts мтс kcell кселл altel алтел ucell юселл geocell magticom azercell bakcell turkcell türk telekom ucom viva
radisson hilton marriott sheraton hyatt rixos novotel ibis ritz-carlton ritz carlton kempinski intercontinental swissôtel swissotel
nr br az
`.split(/\s+/).filter(Boolean);
