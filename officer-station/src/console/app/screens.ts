// Which screens each role sees, in menu order. A CSO has none: the console turns them away.

import type { Role } from '@bilik/shared';
import type { ConsoleKey } from '../i18n/ConsoleText.js';

export type Screen = 'board' | 'escalations' | 'reports' | 'booths' | 'officers' | 'system';

export const SCREENS: Readonly<Record<Role, readonly Screen[]>> = {
  supervisor: ['board', 'escalations', 'reports'],
  admin: ['booths', 'officers', 'system', 'reports'],
  cso: [],
};

export const SCREEN_LABEL: Readonly<Record<Screen, ConsoleKey>> = {
  board: 'nav.board',
  escalations: 'nav.escalations',
  reports: 'nav.reports',
  booths: 'nav.booths',
  officers: 'nav.officers',
  system: 'nav.system',
};

/** The screen named in the URL's hash (#reports), if this role has it; else the role's first. */
export function screenFromHash(hash: string, role: Role): Screen | null {
  const wanted = hash.replace(/^#/, '');
  const screens = SCREENS[role];
  return screens.find((s) => s === wanted) ?? screens[0] ?? null;
}
