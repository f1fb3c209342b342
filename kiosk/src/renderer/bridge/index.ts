// The renderer's single handle on its host: the Electron preload's bridge in the booth app,
// the browser implementation everywhere else.

import type { KioskBridge } from '../../bridge/types.js';
import { createBrowserBridge } from './browserBridge.js';

export const bridge: KioskBridge = window.bilik ?? createBrowserBridge();
