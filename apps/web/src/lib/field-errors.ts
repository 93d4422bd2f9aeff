import { fieldCode, fieldDetail, type FieldCode } from '@casebook/common/field-messages';
import i18n from './i18n';
import type { Problem } from './session';

/** A field error as the API sends it (the problem document's FieldError); one stored on the phone before codes existed has none. */
export type ApiFieldError = NonNullable<Problem['errors']>[number];

/**
 * The text to show for a field error, in the interface's language now (not the
 * language of the moment it was received: refused cases wait on the phone with
 * their errors). Translated from the error's machine code by the same table
 * the API uses; an error stored before codes existed is classified from its
 * English message.
 */
export function fieldErrorText(error: ApiFieldError, language: string = i18n.language): string {
  const coded: FieldCode = error.code ? { code: error.code, params: error.params ?? {} } : fieldCode(error.message);
  return fieldDetail(error.message, coded, language === 'ru' ? 'ru' : 'en');
}
