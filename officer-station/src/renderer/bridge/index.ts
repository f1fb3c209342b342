// The renderer's single handle on its host: the Electron preload's bridge in the officer app,
// the browser implementation everywhere else.

import type { OfficerBridge } from '../../bridge/types.js';
import { createBrowserBridge } from './browserBridge.js';

export const bridge: OfficerBridge = window.bilikOfficer ?? createBrowserBridge();
