import { transitionBlocker, TRANSITIONS } from './case-lifecycle';

describe('case lifecycle', () => {
  it('allows the documented path', () => {
    expect(transitionBlocker('submit', 'draft')).toBeNull();
    expect(transitionBlocker('review', 'submitted')).toBeNull();
    expect(transitionBlocker('publish', 'in_review')).toBeNull();
    expect(transitionBlocker('archive', 'published')).toBeNull();
    expect(transitionBlocker('withdraw', 'published')).toBeNull();
  });

  it('explains an illegal transition', () => {
    expect(transitionBlocker('publish', 'draft')).toBe('A case that is draft cannot be published; allowed from: in_review');
    expect(transitionBlocker('withdraw', 'withdrawn')).toMatch(/cannot be withdrawn/);
    expect(transitionBlocker('submit', 'in_review')).toBe('A case that is in review cannot be submitted; allowed from: draft');
  });

  it('never leaves withdrawn', () => {
    for (const rule of Object.values(TRANSITIONS)) expect(rule.from).not.toContain('withdrawn');
  });
});
