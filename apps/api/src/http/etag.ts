import { DomainError } from '@casebook/common';

/** A version as an ETag, and back (strong or weak, quoted or not). */
export const etagOf = (version: number) => `"${version}"`;

export function versionOf(ifMatch: string): number | null {
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(ifMatch);
  return match ? Number(match[1]) : null;
}

/** The version an If-Match header asks for (undefined when absent); 412 naming the header when it is no ETag. */
export function expectedVersion(ifMatch: string | undefined): number | undefined {
  if (ifMatch === undefined) return undefined;
  const version = versionOf(ifMatch);
  if (version === null) {
    throw new DomainError('precondition-failed', 'The If-Match header is not an ETag of this resource', { errors: [{ parameter: 'If-Match', message: 'must be an ETag such as "3"' }] });
  }
  return version;
}
