/**
 * Additional authenticated data bound to each ciphertext: a ciphertext only
 * decrypts for the record it was written for, so rows cannot be swapped.
 */
export const narrativeContext = (caseId: string) => `case:${caseId}:narrative`;
export const redactedContext = (caseId: string) => `case:${caseId}:redacted`;
export const returnReasonContext = (caseId: string) => `case:${caseId}:return-reason`;
export const totpSecretContext = (userId: string) => `user:${userId}:totp`;
