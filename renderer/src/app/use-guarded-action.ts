// Runs a user action and keeps its failure as a message to show (in the user's language).
import { useCallback, useState } from 'react';

import { describeError } from './describe-error';

/** `run(action)` clears the last error, awaits the action and keeps any failure's message. */
export function useGuardedAction() {
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async <T>(action: () => Promise<T>): Promise<T | undefined> => {
    setError(null);
    try {
      return await action();
    } catch (caught) {
      setError(describeError(caught));
      return undefined;
    }
  }, []);
  return { error, clearError: () => setError(null), run };
}
