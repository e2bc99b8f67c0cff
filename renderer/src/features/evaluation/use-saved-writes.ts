// The line under a scoring list saying what was saved and when: each write's outcome, the time of
// the last one stored (HH:mm:ss) or the reason it failed.
import dayjs from 'dayjs';
import { useState } from 'react';

import { describeError } from '../../app/describe-error';

/** Null before the first write; the time of the last stored write, or why the last write failed. */
export type SavedState = { at: string } | { error: string } | null;

/** Output: the saved state, its reset, and `write(action)`, which records the action's outcome. */
export function useSavedWrites() {
  const [saved, setSaved] = useState<SavedState>(null);
  const write = (action: Promise<unknown>) =>
    action.then(
      () => setSaved({ at: dayjs().format('HH:mm:ss') }),
      (error: unknown) => setSaved({ error: describeError(error) }),
    );
  return { saved, clearSaved: () => setSaved(null), write };
}
