// One user action against the server (focus, verify, decide…): pending while it runs, and the
// failure kept raw so its message follows a language switch.

import { useCallback, useState } from 'react';

export type Action = {
  run<T>(fn: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false }>;
  pending: boolean;
  error: unknown;
  clearError(): void;
};

export function useAction(): Action {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(async <T>(fn: () => Promise<T>) => {
    setPending(true);
    setError(null);
    try {
      return { ok: true as const, value: await fn() };
    } catch (err) {
      setError(err);
      return { ok: false as const };
    } finally {
      setPending(false);
    }
  }, []);
  const clearError = useCallback(() => setError(null), []);
  return { run, pending, error, clearError };
}
