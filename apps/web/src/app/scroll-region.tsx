import type { ReactNode } from 'react';

/** Something that may be wider than a phone (a table, a chart): scrolls sideways, reachable and named for keyboards and screen readers. */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
