import { PII_TYPES, type PiiType } from './types';

export interface ReviewedSpan {
  start: number;
  end: number;
  type: PiiType;
}

/** Problems with spans a reviewer sends: bounds, order, overlaps, types. Pure; pointers into the body. */
export function spanProblems(spans: ReviewedSpan[], textLength: number): Array<{ pointer: string; message: string }> {
  const problems: Array<{ pointer: string; message: string }> = [];
  const sorted = spans.map((s, i) => ({ ...s, i })).sort((a, b) => a.start - b.start);
  for (const s of sorted) {
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > textLength || s.end <= s.start) {
      problems.push({ pointer: `/spans/${s.i}`, message: `must satisfy 0 <= start < end <= ${textLength}` });
    }
    if (!(PII_TYPES as readonly string[]).includes(s.type)) problems.push({ pointer: `/spans/${s.i}/type`, message: `must be one of ${PII_TYPES.join(', ')}` });
  }
  for (let k = 1; k < sorted.length; k++) {
    if (sorted[k].start < sorted[k - 1].end) problems.push({ pointer: `/spans/${sorted[k].i}`, message: `overlaps span ${sorted[k - 1].i}` });
  }
  return problems;
}
