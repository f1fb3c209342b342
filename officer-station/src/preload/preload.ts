// The officer renderer's only door to the host: the OfficerBridge, over IPC, and nothing else.
// Must be bundled to one CommonJS file (sandboxed preloads can only require 'electron').

import { contextBridge, ipcRenderer } from 'electron';
import { rendererIpc } from '@bilik/shared/ipc';
import { OfficerIpc, type OfficerIpcMap } from '../bridge/ipc.js';
import type { OfficerBridge } from '../bridge/types.js';

const ipc = rendererIpc<OfficerIpcMap>(ipcRenderer);

const bridge: OfficerBridge = {
  kind: 'electron',
  getConfig: () => ipc.invoke(OfficerIpc.getConfig),
};

contextBridge.exposeInMainWorld('bilikOfficer', bridge);
