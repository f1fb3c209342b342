import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { Agent, request as httpsRequest } from 'node:https';
import { request as httpRequest } from 'node:http';

/**
 * The name tests reach the branch server by, as a booth does on a LAN: never localhost. Node-side
 * clients map it to the test server's address here; Chromium with --host-resolver-rules.
 */
export const BRANCH_NAME = 'bilik.branch.test';

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/** A resolver that answers BRANCH_NAME with `address` and asks DNS for anything else. */
export function branchLookup(address: string) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    if (hostname !== BRANCH_NAME) return dnsLookup(hostname, options, callback as never);
    const family = address.includes(':') ? 6 : 4;
    if (options.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  };
}

/** An HTTPS agent that trusts only the given branch CA and resolves BRANCH_NAME to `address`. */
export function branchAgent(caPem: string, address = '127.0.0.1'): Agent {
  return new Agent({ ca: caPem, lookup: branchLookup(address) as never, keepAlive: false });
}

export type Reply = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** The body as received, for downloads (PDF, database backup). */
  bytes: Buffer;
};

/** One HTTP(S) request, the body as text; HTTPS goes through `agent` (the branch CA, the branch name). */
export function send(
  url: string,
  options: {
    agent?: Agent;
    method?: string;
    json?: unknown;
    address?: string;
    headers?: Record<string, string>;
  } = {},
): Promise<Reply> {
  const body = options.json === undefined ? undefined : JSON.stringify(options.json);
  const target = new URL(url);
  const make = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = make(
      target,
      {
        method: options.method ?? (body ? 'POST' : 'GET'),
        ...(target.protocol === 'https:'
          ? { agent: options.agent }
          : { lookup: branchLookup(options.address ?? '127.0.0.1') as never }),
        headers: {
          ...(body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {}),
          ...options.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
            bytes: Buffer.concat(chunks),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
