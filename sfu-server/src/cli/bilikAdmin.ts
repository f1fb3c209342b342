#!/usr/bin/env node
// bilik-admin: branch IT's tool on the server machine itself, for when nobody can sign in to the
// console (first run without the printed token, or every admin locked out). Whoever can run it
// can already read the data folder, so it asks for nothing more; what it does is audited.
//
//   bilik-admin create-admin --username ti.cabang --display-name "TI Cabang" --staff-id IT-0001
//   (the password is read from the first line of standard input)

import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { OfficerAccounts } from '../auth/officerAccounts.js';
import { BranchEvents } from '../branchEvents.js';
import { ServiceError } from '../errors.js';
import { openDatabase } from '../store/db.js';
import { OfficerRepository } from '../store/officers.js';

const USAGE =
  'usage: bilik-admin create-admin --username <name> --display-name <name> --staff-id <id>  (password on stdin)';

export type CliIo = { readLine(): Promise<string>; print(line: string): void };

/** Runs one command; returns the exit code. */
export async function runBilikAdmin(argv: string[], env: NodeJS.ProcessEnv, io: CliIo): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: {
      username: { type: 'string' },
      'display-name': { type: 'string' },
      'staff-id': { type: 'string' },
    },
  });
  const [username, displayName, staffId] = [values.username, values['display-name'], values['staff-id']];
  if (
    positionals[0] !== 'create-admin' ||
    typeof username !== 'string' ||
    typeof displayName !== 'string' ||
    typeof staffId !== 'string'
  ) {
    io.print(USAGE);
    return 2;
  }
  const password = (await io.readLine()).replace(/\r?\n$/, '');
  const db = openDatabase(join(resolve(env.BILIK_DATA_DIR ?? 'data'), 'bilik.sqlite'));
  try {
    const accounts = new OfficerAccounts(db, new OfficerRepository(db), new BranchEvents());
    await accounts.create({ username, displayName, staffId, password, role: 'admin' }, 'system:bilik-admin');
    io.print(`admin ${username} created; sign in at /console/`);
    return 0;
  } catch (err) {
    if (!(err instanceof ServiceError)) throw err;
    io.print(
      err.code === 'WEAK_PASSWORD'
        ? 'password refused: at least 10 characters, and not the username'
        : `not created: ${err.message}`,
    );
    return 1;
  } finally {
    db.close();
  }
}

// Run as a program (not when a test imports it).
if (process.argv[1] && import.meta.url === new URL(`file://${resolve(process.argv[1])}`).href) {
  const lines = createInterface({ input: process.stdin, terminal: false })[Symbol.asyncIterator]();
  const code = await runBilikAdmin(process.argv.slice(2), process.env, {
    readLine: async () => (await lines.next()).value ?? '',
    print: (line) => console.warn(line),
  });
  process.exit(code);
}
