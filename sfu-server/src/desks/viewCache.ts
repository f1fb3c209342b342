/**
 * Values derived from the database and the live desks, kept until either changes: the stamp is
 * the database's write count and the branch's event revision, so a write or an event that no
 * listener thought to invalidate can never leave a stale view behind. Everything is dropped at
 * once when the stamp moves, which also bounds the cache to what was read since.
 */
export class ViewCache {
  private stamp = '';
  private readonly values = new Map<string, unknown>();

  constructor(private readonly currentStamp: () => string) {}

  get<T>(key: string, build: () => T): T {
    const stamp = this.currentStamp();
    if (stamp !== this.stamp) {
      this.values.clear();
      this.stamp = stamp;
    }
    if (this.values.has(key)) return this.values.get(key) as T;
    const value = build();
    this.values.set(key, value);
    return value;
  }
}
