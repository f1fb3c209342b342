// What every screen needs, handed down once: the state and its dispatch, the current language's
// translate function, spoken prompts, the server connection, the booth config and the call.

import { createContext, useContext, type Dispatch } from 'react';
import type { KioskConfig } from '../../bridge/types.js';
import type { Speak } from '../a11y/speech.js';
import type { BoothLink } from '../connection/useBoothConnection.js';
import type { Translate } from '../i18n/text.js';
import type { CallSnapshot } from '../media/boothCall.js';
import type { Action, KioskState } from './journey.js';

export type KioskApi = {
  state: KioskState;
  dispatch: Dispatch<Action>;
  tr: Translate;
  speak: Speak;
  send: BoothLink['send'];
  config: KioskConfig;
  call: CallSnapshot | null;
  /** Ends the visit on the server (if any) and wipes everything personal from this booth. */
  endVisit(): Promise<void>;
};

export const KioskContext = createContext<KioskApi | null>(null);

export function useKiosk(): KioskApi {
  const api = useContext(KioskContext);
  if (!api) throw new Error('useKiosk outside KioskContext');
  return api;
}
