// The officer renderer's only door to the host: the OfficerBridge, over IPC, and nothing else.
// Must be bundled to one CommonJS file (sandboxed preloads can only require 'electron').

import { contextBridge, ipcRenderer } from 'electron';
import { OfficerIpc } from '../bridge/ipc.js';
import type { OfficerBridge, OfficerConfig } from '../bridge/types.js';

const bridge: OfficerBridge = {
  kind: 'electron',
  getConfig: () => ipcRenderer.invoke(OfficerIpc.getConfig) as Promise<OfficerConfig>,
};

contextBridge.exposeInMainWorld('bilikOfficer', bridge);
