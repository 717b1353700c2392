/** The import flow as a state machine: read the file, check it, wait for Apply, apply it. */
import { useCallback, useRef, useState } from 'preact/hooks';
import type { ValidationError } from '../../../lib/dataset/validate';
import type { Client } from '../../../lib/messages/client';
import { isStorageFullText } from '../../../lib/db/storage-full';
import type { ImportSummary } from '../../../lib/messages/protocol';

/** The largest file the background accepts in one message (see DatasetText in protocol.ts). */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

export type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | { step: 'checking'; fileName: string }
  | { step: 'invalid'; fileName: string; errors: ValidationError[] }
  | { step: 'ready'; fileName: string; text: string; summary: ImportSummary }
  | { step: 'applying'; fileName: string; summary: ImportSummary }
  | { step: 'done'; fileName: string; summary: ImportSummary }
  /** `reason` is a message key; `detail` is the error text it is shown with, if any (none for a full disk). */
  | { step: 'failed'; fileName: string; reason: 'ds_read_failed' | 'ds_request_failed' | 'ds_too_large' | 'full_import'; detail: string };

export interface DatasetImport {
  state: ImportState;
  /** Reads and checks a file; a file chosen while another is read or checked replaces it. */
  choose(file: File): void;
  apply(): void;
  /** Back to the start, forgetting the file. */
  reset(): void;
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** A failed request as a failed state: a full disk gets its own text in the UI language. */
function requestFailed(fileName: string, e: unknown): ImportState {
  const detail = messageOf(e);
  return isStorageFullText(detail) ? { step: 'failed', fileName, reason: 'full_import', detail: '' } : { step: 'failed', fileName, reason: 'ds_request_failed', detail };
}

export function useDatasetImport(client: Client, onImported: () => void): DatasetImport {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  // Each chosen file starts a new run; answers for an earlier run are dropped.
  const run = useRef(0);

  const choose = useCallback(
    (file: File) => {
      const current = ++run.current;
      const fileName = file.name;
      const still = () => run.current === current;
      if (file.size > MAX_IMPORT_BYTES) {
        setState({ step: 'failed', fileName, reason: 'ds_too_large', detail: '' });
        return;
      }
      setState({ step: 'reading', fileName });
      file.text().then(
        (text) => {
          if (!still()) return;
          setState({ step: 'checking', fileName });
          client({ type: 'dataset.preview', text }).then(
            (check) => {
              if (!still()) return;
              setState(check.ok ? { step: 'ready', fileName, text, summary: check.summary } : { step: 'invalid', fileName, errors: check.errors });
            },
            (e: unknown) => still() && setState(requestFailed(fileName, e)),
          );
        },
        (e: unknown) => still() && setState({ step: 'failed', fileName, reason: 'ds_read_failed', detail: messageOf(e) }),
      );
    },
    [client],
  );

  const apply = useCallback(() => {
    if (state.step !== 'ready') return;
    const current = ++run.current;
    const { fileName, text, summary } = state;
    setState({ step: 'applying', fileName, summary });
    client({ type: 'dataset.import', text }).then(
      (check) => {
        // The counts are refreshed even if the user moved on: the import happened either way.
        if (check.ok) onImported();
        if (run.current !== current) return;
        setState(check.ok ? { step: 'done', fileName, summary: check.summary } : { step: 'invalid', fileName, errors: check.errors });
      },
      (e: unknown) => run.current === current && setState(requestFailed(fileName, e)),
    );
  }, [client, state, onImported]);

  const reset = useCallback(() => {
    run.current++;
    setState({ step: 'idle' });
  }, []);

  return { state, choose, apply, reset };
}
