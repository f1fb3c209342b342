// One typed door between an Electron main process and its preload, like the socket contract is
// for the server: an app names its channels once in an IpcMap, and both ends are typed from it.
// Imported by sandboxed preloads, so it may import only types from 'electron'.

import type {
  IpcMain,
  IpcMainEvent,
  IpcMainInvokeEvent,
  IpcRenderer,
  IpcRendererEvent,
  WebContents,
} from 'electron';

/** An app's IPC: request/reply channels, renderer→main notices, main→renderer pushes. */
export interface IpcMap {
  invoke: Record<string, { args: unknown[]; result: unknown }>;
  send: Record<string, unknown[]>;
  push: Record<string, unknown>;
}

type Awaitable<T> = T | Promise<T>;
type SenderEvent = IpcMainEvent | IpcMainInvokeEvent;

/**
 * The main process's side. Arguments arrive as `unknown`: they come from a renderer, which the
 * main process does not trust, so each handler parses its own. Calls from any page other than
 * the app's own (`fromApp`) are refused before a handler runs.
 */
export function mainIpc<M extends IpcMap>(ipcMain: IpcMain, fromApp: (event: SenderEvent) => boolean) {
  return {
    handle<C extends keyof M['invoke'] & string>(
      channel: C,
      handler: (...args: unknown[]) => Awaitable<M['invoke'][C]['result']>,
    ): void {
      ipcMain.handle(channel, (event, ...args: unknown[]) =>
        fromApp(event) ? handler(...args) : Promise.reject(new Error('IPC from an unexpected page')),
      );
    },
    on<C extends keyof M['send'] & string>(channel: C, listener: (...args: unknown[]) => void): void {
      ipcMain.on(channel, (event, ...args: unknown[]) => {
        if (fromApp(event)) listener(...args);
      });
    },
    push<C extends keyof M['push'] & string>(target: WebContents, channel: C, payload: M['push'][C]): void {
      if (!target.isDestroyed()) target.send(channel, payload);
    },
  };
}

/** The preload's side: the arguments and replies the map names, and nothing of Electron's events. */
export function rendererIpc<M extends IpcMap>(ipcRenderer: IpcRenderer) {
  return {
    invoke<C extends keyof M['invoke'] & string>(
      channel: C,
      ...args: M['invoke'][C]['args']
    ): Promise<M['invoke'][C]['result']> {
      // The one cast: what main's handler returned, typed by the same map that typed the handler.
      return ipcRenderer.invoke(channel, ...args) as Promise<M['invoke'][C]['result']>;
    },
    send<C extends keyof M['send'] & string>(channel: C, ...args: M['send'][C]): void {
      ipcRenderer.send(channel, ...args);
    },
    /** Returns the unsubscribe function. The page never sees the IpcRendererEvent (it exposes ipcRenderer.sender). */
    subscribe<C extends keyof M['push'] & string>(
      channel: C,
      listener: (payload: M['push'][C]) => void,
    ): () => void {
      const handler = (_event: IpcRendererEvent, payload: M['push'][C]) => listener(payload);
      ipcRenderer.on(channel, handler);
      return () => {
        ipcRenderer.removeListener(channel, handler);
      };
    },
  };
}
