import { api, dataOf, type Schemas } from '../../../lib/api/client';
import type { paths } from '../../../lib/api/schema';

export type AuditEvent = Schemas['AuditEventDto'];
export type AuditQuery = NonNullable<paths['/api/v1/audit']['get']['parameters']['query']>;

export const fetchAudit = (query: AuditQuery) => dataOf(api.GET('/api/v1/audit', { params: { query } }));
export const verifyAudit = () => dataOf(api.GET('/api/v1/audit/verify'));
