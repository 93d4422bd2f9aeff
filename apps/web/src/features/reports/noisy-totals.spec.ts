import { columnsOf, totalBelowFigure } from './noisy-totals';

const n = (respondents: number) => ({ respondents, suppressed: false });
const supp = { respondents: null, suppressed: true };

describe('a total below a figure it totals (each figure with its own noise)', () => {
  it('is found when a row total is below a cell or suppressed while a cell is shown', () => {
    expect(totalBelowFigure([[n(5), n(6)]], [n(11)])).toBe(false);
    expect(totalBelowFigure([[n(5), n(6)]], [n(6)])).toBe(false);
    expect(totalBelowFigure([[n(5), n(6)]], [n(5)])).toBe(true);
    expect(totalBelowFigure([[n(6), supp]], [supp])).toBe(true);
  });

  it('is not found when the cells are suppressed or zero', () => {
    expect(totalBelowFigure([[supp, n(0)]], [supp])).toBe(false);
    expect(totalBelowFigure([], [])).toBe(false);
  });

  it('checks columns as rows', () => {
    const cells = [
      [n(7), n(1)],
      [n(2), n(9)],
    ];
    expect(columnsOf(cells)).toEqual([
      [n(7), n(2)],
      [n(1), n(9)],
    ]);
    expect(totalBelowFigure(columnsOf(cells), [n(9), n(8)])).toBe(true);
    expect(totalBelowFigure(columnsOf(cells), [n(9), n(10)])).toBe(false);
  });
});
