import { fieldCode, fieldDetail, type FieldCode } from '../../../../libs/common/src/field-messages';
import i18n from './i18n';

/** A field error as the API sends it (see the problem document in the OpenAPI description). */
export interface ApiFieldError {
  pointer?: string;
  parameter?: string;
  message: string;
  code?: string;
  params?: Record<string, string | number>;
  detail?: string;
}

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
