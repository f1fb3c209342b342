// Every IPC channel between the officer-station main process and its preload, named once with
// what it carries; both ends are typed from OfficerIpcMap (@bilik/shared/ipc). Compiled into both
// the main and renderer projects, so no Node or Electron imports.

import type { OfficerConfig } from './types.js';

export const OfficerIpc = {
  getConfig: 'bilik-officer:getConfig',
} as const;

export type OfficerIpcMap = {
  invoke: {
    [OfficerIpc.getConfig]: { args: []; result: OfficerConfig };
  };
  send: Record<never, never>;
  push: Record<never, never>;
};
