// Starting an import from a button: pick a file, parse it, open its review; errors kept for display.
import { useState } from 'react';
import { describeError } from '../../app/describe-error';
import { parseFromFile } from '../../services/import-service';
import { useImportReview } from '../../stores/import-review-store';
import { useUiStore } from '../../stores/ui-store';

/** `start()` asks for a file and opens its review; `reading` while parsing; `error` in Chinese when refused. */
export function useImportFile() {
  const showPage = useUiStore((state) => state.showPage);
  const openReview = useImportReview((state) => state.open);
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const start = async () => {
    setError(null);
    setReading(true);
    try {
      const parsed = await parseFromFile();
      if (parsed) {
        openReview(parsed);
        showPage('importReview');
      }
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setReading(false);
    }
  };
  return { start, reading, error, clearError: () => setError(null) };
}
