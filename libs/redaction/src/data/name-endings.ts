import { words } from './person-vocabulary';

/**
 * Endings of surnames and patronymics the person recognizer reads, in one
 * place (each country's own endings are in its pack, names.endings). Lower
 * case. Sources: general knowledge of naming in the region; not taken from any
 * case data.
 */
export interface EndingSet {
  /** Endings of the word in Cyrillic (before a case ending, if any). */
  cyrillic: string[];
  /** Russian case endings that may follow them (Ивановым, Ахметовой). */
  cyrillicCase: string[];
  /** Endings of the word in Latin letters. */
  latin: string[];
}

/** Surnames: Russian, Ukrainian, Armenian, Georgian, Kazakh and Kyrgyz families. */
export const SURNAME_ENDINGS: EndingSet = {
  cyrillic: words('ов ев ёв ин ын ова ева ёва ина ына ский ская цкий цкая енко ук юк чук ян янц швили дзе баев баева беков бекова улы ұлы кызы қызы уулу'),
  cyrillicCase: words('а у ым ом ой е ых ыми ым'),
  latin: words('ov ova ev eva yev yeva enko sky skiy skii skaya baev baeva bayev bekov bekova uly kyzy uulu yan shvili dze ullin ullina'),
};

/** Of those, the endings that are surnames even at the start of a sentence (-ина, -ская also end common nouns: Машина, Русская). */
export const STRONG_SURNAME_ENDINGS: EndingSet = {
  cyrillic: words('ов ев ёв баев беков енко швили дзе улы ұлы кызы қызы уулу'),
  cyrillicCase: words('а у ым ом е'),
  latin: words('ov ev yev enko baev bayev bekov uly kyzy uulu shvili dze'),
};

/** Patronymics. */
export const PATRONYMIC_ENDINGS: EndingSet = {
  // (The feminine stems too, for their case forms: Сергеевной, Петровны, Ильиничну.)
  cyrillic: words('ович евич ич овна евна ична инична овн евн ичн иничн авіч евіч аўна еўна'),
  cyrillicCase: words('а у ем ом ой ою е ы'),
  // (And their Russian case forms as notes write them in Latin letters: peredat' Marine Rustamovne, s Olegom Petrovichem.)
  latin: words(
    'ovich evich ovna evna ichna ievich ievna avich avna auna ovych evych iiovych ivna ovna yivna ovne ovnu ovny ovnoj ovnoy evne evnu evny evnoj evnoy ovicha ovichu ovichem evicha evichu evichem',
  ),
};

/**
 * Endings and particles of surnames, patronymics and given names from Prague
 * to Bishkek, Seoul and Dubai: -ová, -ski, -wicz, -ienė, -aitė, -ović, -escu,
 * -shvili, -dze, -yan, -oğlu, -zoda, -bek, -gul, -jan, uulu, kyzy and the
 * Russian -ov/-eva/-sky families; a weaker signal than the lists above (a
 * capitalised word of that shape that no dictionary knows).
 */
export const NAME_SHAPE_ENDINGS = {
  latin: words(`ov ova ev eva yev yeva ová ský ská cký cká ski ska sky cki cka skiy skaya skaia enko chuk czuk czyk wicz owicz ewicz ienė iene aitė aite ytė yte
    utė ūtė auskas auskienė evičius avičius onis ūnas aitis ytis iņš ovs ović ovic ević evic vić ić escu eanu iuc ciuc shvili dze adze uri yan yants iants
    oğlu oglu zade zada zoda zod bek bekov bekova bay bai bayev baev gul gül gúl jan zhan jon khon nur uulu kyzy uly ulı yeva ovna evna ovich evich`),
  cyrillic: words(`ов ова ев ева ёв ёва ин ина ский ская цкий цкая енко чук ук юк ович евич овна евна ић вић швили дзе ури ян янц еску ану оглы оглу заде зода
    бек беков бекова бай баев гуль гүл жан жон хон нур уулу кызы қызы улы ұлы ене айте йте`),
};

/**
 * Endings of Turkic given names built from a word and a name's element (Bolotbek, Nurbai, Aigul, Sardorjon, Erzhan): in
 * notes without capitals, a word no dictionary has with one of them is a given name even among function words.
 */
export const GIVEN_NAME_ENDINGS = {
  latin: words('bek bai bay gul gül jon zhan'),
  cyrillic: words('бек бай гуль гүл жон жан джан'),
};
