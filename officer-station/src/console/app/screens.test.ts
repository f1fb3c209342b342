import { describe, expect, it } from 'vitest';
import { SCREENS, screenFromHash } from './screens.js';

describe('console screens', () => {
  it('gives supervisors the board and branch IT the booths first, and a CSO nothing', () => {
    expect(SCREENS.supervisor[0]).toBe('board');
    expect(SCREENS.admin[0]).toBe('booths');
    expect(screenFromHash('', 'cso')).toBeNull();
  });

  it('opens the screen in the hash only if the role has it', () => {
    expect(screenFromHash('#reports', 'supervisor')).toBe('reports');
    expect(screenFromHash('#officers', 'supervisor')).toBe('board');
    expect(screenFromHash('#officers', 'admin')).toBe('officers');
  });
});
