import './Pager.css';
interface Props {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
  label: string;
}

export function Pager({ page, pageSize, total, onPage, label }: Props) {
  const first = total === 0 ? 0 : page * pageSize + 1;
  const last = Math.min(total, (page + 1) * pageSize);
  const lastPage = Math.max(0, Math.ceil(total / pageSize) - 1);
  return (
    <nav className="pager" aria-label={label}>
      <p className="pager__range" aria-live="polite">
        {total === 0 ? 'None' : `${first}–${last} of ${total}`}
      </p>
      <button type="button" className="button" onClick={() => onPage(page - 1)} disabled={page <= 0}>
        Previous page
      </button>
      <button type="button" className="button" onClick={() => onPage(page + 1)} disabled={page >= lastPage}>
        Next page
      </button>
    </nav>
  );
}
