// Every IPC channel between the officer-station main process and its preload, named once.
// Compiled into both the main and renderer projects, so no Node or Electron imports.

export const OfficerIpc = {
  /** invoke → OfficerConfig */
  getConfig: 'bilik-officer:getConfig',
} as const;
