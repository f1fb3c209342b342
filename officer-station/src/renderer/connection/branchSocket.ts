import type { OfficerContract } from '@bilik/shared';
import type { ContractSocket } from '@bilik/shared/client';
import { io, type ManagerOptions, type SocketOptions } from 'socket.io-client';

export type BranchSocket = ContractSocket<OfficerContract>;

export function connectBranchSocket(
  url: string,
  options: Partial<ManagerOptions & SocketOptions>,
): BranchSocket {
  return io(url, options);
}
