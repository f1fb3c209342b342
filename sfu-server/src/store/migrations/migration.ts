/**
 * One step of the schema. Numbered and append-only: a migration that has shipped is never
 * edited, only followed by another. Its SQL is frozen text, never built from code that changes.
 */
export type Migration = {
  version: number;
  name: string;
  sql: string;
  /**
   * Rebuilds tables others refer to (SQLite's way to add a CHECK): foreign keys are switched off
   * around it, and checked before it commits.
   */
  rebuildsTables?: true;
};
