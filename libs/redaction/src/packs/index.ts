import type { CountryPack } from './country-pack';
import { KZ } from './kz.pack';
import { KG } from './kg.pack';
import { UZ } from './uz.pack';
import { TJ } from './tj.pack';
import { RU } from './ru.pack';
import { UA } from './ua.pack';
import { MD } from './md.pack';
import { BY } from './by.pack';
import { GE } from './ge.pack';
import { AM } from './am.pack';
import { AZ } from './az.pack';
import { TR } from './tr.pack';
import { AE } from './ae.pack';
import { CZ } from './cz.pack';
import { PL } from './pl.pack';
import { LV } from './lv.pack';
import { EE } from './ee.pack';
import { KR } from './kr.pack';
import { LT } from './lt.pack';
import { SK } from './sk.pack';
import { HU } from './hu.pack';
import { RS } from './rs.pack';
import { MK } from './mk.pack';
import { BG } from './bg.pack';
import { RO } from './ro.pack';
import { HR } from './hr.pack';
import { SI } from './si.pack';
import { BA } from './ba.pack';
import { ME } from './me.pack';
import { AL } from './al.pack';
import { TM } from './tm.pack';
import { DE } from './de.pack';
import { GR } from './gr.pack';

/** Every country pack, most likely countries first (the order phone numbers without a country code are tried in). */
export const COUNTRY_PACKS: readonly CountryPack[] = [KZ, KG, UZ, TJ, RU, UA, MD, BY, GE, AM, AZ, TR, AE, CZ, PL, LV, EE, KR, LT, SK, HU, RS, MK, BG, RO, HR, SI, BA, ME, AL, TM, DE, GR];

export type { CountryPack, IdValidator, PlateShape } from './country-pack';
