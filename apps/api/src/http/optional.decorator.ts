import { ValidateIf } from 'class-validator';

/**
 * The property may be left out, but when present it must be valid: unlike
 * class-validator's IsOptional, null is not "absent" (for fields whose column
 * cannot be null, a null would otherwise reach the database).
 */
export const OmitOrValid = () => ValidateIf((_object, value) => value !== undefined);
