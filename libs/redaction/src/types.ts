/** The kinds of personal data the detector finds, with their placeholders. */
export const PII_TYPES = ['PERSON', 'PHONE', 'EMAIL', 'ADDRESS', 'IDNUM', 'PLATE', 'HANDLE'] as const;
export type PiiType = (typeof PII_TYPES)[number];

export const PLACEHOLDERS: Record<PiiType, string> = {
  PERSON: '[PERSON]',
  PHONE: '[PHONE]',
  EMAIL: '[EMAIL]',
  ADDRESS: '[ADDRESS]',
  IDNUM: '[ID]',
  PLATE: '[PLATE]',
  HANDLE: '[HANDLE]',
};

/** A detected span: JavaScript string offsets, end exclusive. */
export interface Span {
  start: number;
  end: number;
  type: PiiType;
  /** Which rule found it, for reviewers and for tuning. */
  rule: string;
  /** 0..1: how sure the rule is. */
  confidence: number;
}

export type Language = 'en' | 'ru' | string;

/** Bumped when the detector changes, so re-redaction jobs get new ids and replace unreviewed proposals. */
export const DETECTOR_VERSION = '2026.12.131';
