import { useEffect, useId, useState } from 'react';
import { useStore } from 'zustand';
import type { SkippedFile } from '../../../shared/api/sync';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Pager } from '../../components/Pager';
import { SKIPPED_PAGE_SIZE, skippedFilesOf } from '../../stores/skipped-files';
import { sharePath } from './sync-words';
import './SkippedFiles.css';

interface Props {
  targetId: string;
  /** The report's own list (its first 100), shown at once while the full list loads. */
  firstPage: SkippedFile[];
  count: number;
}

/**
 * Files in the share that were not imported, each with why (a sync client's
 * conflict copy, a half-written or damaged file…), folded away until asked
 * for. Opened, it lists every file currently skipped, page by page.
 */
export function SkippedFiles({ targetId, firstPage, count }: Props) {
  const store = skippedFilesOf(targetId);
  const [open, setOpen] = useState(false);
  const loaded = useStore(store, (s) => s.loaded);
  const items = useStore(store, (s) => s.items);
  const loadedTotal = useStore(store, (s) => s.total);
  const files = loaded ? items : firstPage.slice(0, SKIPPED_PAGE_SIZE);
  const total = loaded ? loadedTotal : count;
  const page = useStore(store, (s) => s.page);
  const error = useStore(store, (s) => s.error);
  const setPage = useStore(store, (s) => s.setPage);
  const listId = useId();

  useEffect(() => {
    if (open) void store.getState().load();
  }, [open, store]);

  return (
    <div className="skipped-files">
      <button type="button" className="link-button" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
        {open ? 'Hide skipped files' : `Show skipped files and why (${count})`}
      </button>
      {open && (
        <div id={listId}>
          <ErrorNotice message={error} />
          <ul className="skipped-files__list" aria-label="Skipped files">
            {files.map((file) => (
              <li key={`${file.kind}/${file.relativePath}`}>
                <code>{sharePath(file.kind, file.relativePath)}</code> — {file.reason}
              </li>
            ))}
          </ul>
          {total > SKIPPED_PAGE_SIZE && <Pager label="Skipped files pages" page={page} pageSize={SKIPPED_PAGE_SIZE} total={total} onPage={setPage} />}
        </div>
      )}
    </div>
  );
}
