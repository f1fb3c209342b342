import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';

export type BranchSocket = Socket;

export function connectBranchSocket(
  url: string,
  options: Partial<ManagerOptions & SocketOptions>,
): BranchSocket {
  return io(url, options);
}
