import type { ReactNode } from 'react';

export interface Column {
  label: ReactNode;
  /** Numbers are right-aligned (GOV.UK numeric columns). */
  numeric?: boolean;
}

interface Props {
  caption: string;
  columns: Column[];
  /** Each row's first cell is its header (the thing the row is about). */
  rows: Array<{ key: string; cells: ReactNode[] }>;
}

/**
 * Data in rows and columns with a caption (GOV.UK table). Narrow enough for
 * a phone by design: wrap a wide one in a ScrollRegion.
 */
export function Table({ caption, columns, rows }: Props) {
  return (
    <table className="table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th key={i} scope="col" className={c.numeric ? 'numeric' : undefined}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            {row.cells.map((cell, i) =>
              i === 0 ? (
                <th key={i} scope="row">
                  {cell}
                </th>
              ) : (
                <td key={i} className={columns[i]?.numeric ? 'numeric' : 'text'}>
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
