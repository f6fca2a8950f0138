import { useEffect, useId, useState } from 'react';
import type { SkippedFile } from '../../../shared/api/sync';
import { api } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Pager } from '../../components/Pager';

const PAGE_SIZE = 50;

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
  const [open, setOpen] = useState(false);
  const [page, setPage] = useState(0);
  const [files, setFiles] = useState<SkippedFile[]>(firstPage.slice(0, PAGE_SIZE));
  const [total, setTotal] = useState(count);
  const [error, setError] = useState<string | null>(null);
  const listId = useId();

  useEffect(() => {
    if (!open) return;
    let current = true;
    api['sync.import.skipped']({ targetId, limit: PAGE_SIZE, offset: page * PAGE_SIZE })
      .then((result) => {
        if (!current) return;
        setFiles(result.items);
        setTotal(result.total);
        setError(null);
      })
      .catch((e: unknown) => current && setError(errorMessage(e)));
    return () => {
      current = false;
    };
  }, [open, targetId, page]);

  return (
    <div className="skipped-files">
      <button type="button" className="link-button" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
        {open ? 'Hide skipped files' : `Show skipped files and why (${count})`}
      </button>
      {open && (
        <div id={listId}>
          <ErrorNotice message={error} />
          <ul className="skipped-list" aria-label="Skipped files">
            {files.map((file) => (
              <li key={file.relativePath}>
                <code>{file.relativePath}</code> — {file.reason}
              </li>
            ))}
          </ul>
          {total > PAGE_SIZE && <Pager label="Skipped files pages" page={page} pageSize={PAGE_SIZE} total={total} onPage={setPage} />}
        </div>
      )}
    </div>
  );
}
