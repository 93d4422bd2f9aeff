/** The parts of a published figure that matter here: its (noisy) count, or suppressed. */
export interface Figure {
  respondents?: number | null;
  suppressed: boolean;
}

/**
 * Whether a table shows a total below a figure it totals (or suppressed while such a figure is
 * shown): every figure of a protected release carries its own noise, so this can happen, and the
 * table then says why. `cells[r]` are the figures a total `totals[r]` is over. Pure.
 */
export function totalBelowFigure(cells: Figure[][], totals: Figure[]): boolean {
  return totals.some((total, r) =>
    (cells[r] ?? []).some((cell) => {
      if (cell.suppressed || cell.respondents == null || cell.respondents <= 0) return false;
      if (total.suppressed || total.respondents == null) return true;
      return total.respondents < cell.respondents;
    }),
  );
}

/** The columns of a table as rows (so their totals can be checked the same way). */
export const columnsOf = (cells: Figure[][]): Figure[][] => (cells[0] ?? []).map((_, c) => cells.map((row) => row[c]));
