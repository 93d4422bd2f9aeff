import { api } from '../../../lib/api/client';

/** A respondent's withdrawal by the code they were given at consent (the answer says only whether it matched). */
export const withdrawByCode = (code: string) => api.POST('/api/v1/withdrawals', { body: { code } });
