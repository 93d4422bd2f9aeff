import type { MixedList } from 'typeorm';
import { Cases1795310764757 } from './1795310764757-cases';
import { Identity1795310187608 } from './1795310187608-identity';
import { Redaction1795312045324 } from './1795312045324-redaction';
import { Reports1795313000000 } from './1795313000000-reports';
import { ReportRollups1795314000000 } from './1795314000000-report-rollups';
import { OutboxNotify1795315000000 } from './1795315000000-outbox-notify';
import { RedactionReconcile1795316000000 } from './1795316000000-redaction-reconcile';
import { Disclosure1795317000000 } from './1795317000000-disclosure';
import { CaseVersions1795318000000 } from './1795318000000-case-versions';
import { AppSettings1795319000000 } from './1795319000000-app-settings';
import { RegionsAndBases1795320000000 } from './1795320000000-regions-and-bases';
import { DeviceSessions1795323023000 } from './1795323023000-device-sessions';
import { Releases1795324000000 } from './1795324000000-releases';
import { Keystore1795326026000 } from './1795326026000-keystore';
import { CaseErasure1795326026100 } from './1795326026100-case-erasure';
import { WithdrawalCodes1795326026200 } from './1795326026200-withdrawal-codes';
import { Retention1795326026210 } from './1795326026210-retention';
import { RegionNamesRu1795327027200 } from './1795327027200-region-names-ru';

/**
 * Migrations in the order they run. Each is reviewed SQL; new ones are drafted
 * with `npm run migration:generate -- migrations/<Name>`, then read, tidied,
 * renamed to kebab-case and added here.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MIGRATIONS: MixedList<Function> = [Identity1795310187608, Cases1795310764757, Redaction1795312045324, Reports1795313000000, ReportRollups1795314000000, OutboxNotify1795315000000, RedactionReconcile1795316000000, Disclosure1795317000000, CaseVersions1795318000000, AppSettings1795319000000, RegionsAndBases1795320000000, DeviceSessions1795323023000, Releases1795324000000, Keystore1795326026000, CaseErasure1795326026100, WithdrawalCodes1795326026200, Retention1795326026210, RegionNamesRu1795327027200];
