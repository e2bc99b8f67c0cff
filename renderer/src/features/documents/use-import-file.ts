// Starting an import from a button: pick a file, parse it, open its review; errors kept for display.
import { useState } from 'react';

import { describeError } from '../../app/describe-error';
import { prepareFromFile } from '../../services/import-service';
import { useDocumentUpdate } from '../../stores/document-update-store';
import { useImportReview } from '../../stores/import-review-store';
import { useUiStore } from '../../stores/ui-store';

/** `start()` asks for a file and opens its review (or, for a new version of a stored document, offers the update); `reading` while parsing; `error` in Chinese when refused. */
export function useImportFile() {
  const showPage = useUiStore((state) => state.showPage);
  const openReview = useImportReview((state) => state.open);
  const offerUpdate = useDocumentUpdate((state) => state.offer);
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const start = async () => {
    setError(null);
    setReading(true);
    try {
      const prepared = await prepareFromFile();
      if (prepared?.kind === 'update') offerUpdate(prepared.parsed, prepared.update);
      else if (prepared) {
        openReview(prepared.parsed);
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
