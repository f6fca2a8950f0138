import { useMemo } from 'react';
import { mapSources, type MapSources } from '../../../../shared/templates/map-sources';
import { useTemplatePublish } from '../../../stores/templates-publish';
import './MapEditor.css';

const NEW = '';

/** How one row reads: "same as", "split from", "merged from", "new". */
function rowWords(sources: string[], sharedWith: number, labelOf: (id: string) => string): string {
  if (sources.length === 0) return 'New: its trend starts here.';
  if (sources.length > 1) return `Merged from ${sources.map((id) => `"${labelOf(id)}"`).join(' and ')}.`;
  return sharedWith > 1 ? `Part of "${labelOf(sources[0]!)}", which was split.` : `Continues "${labelOf(sources[0]!)}".`;
}

/**
 * The element map, edited: for each element of the new version, the
 * element(s) of the previous version it continues. One source is the same
 * element; several new elements naming one source split it; one element with
 * several sources merges them; none is new. Reports follow it to continue a
 * trend across versions, or say where and why it breaks.
 */
export function MapEditor() {
  const view = useTemplatePublish((s) => s.map)!;
  const setSources = useTemplatePublish((s) => s.setSources);
  const resetMap = useTemplatePublish((s) => s.resetMap);
  const sources = useMemo(() => (view.map ? mapSources(view.map) : {}), [view.map]);
  const labelOf = (id: string) => view.before.find((e) => e.id === id)?.label ?? id;
  const uses = useMemo(() => {
    const count = new Map<string, number>();
    for (const list of Object.values(sources)) if (list.length === 1) count.set(list[0]!, (count.get(list[0]!) ?? 0) + 1);
    return count;
  }, [sources]);
  const removed = view.before.filter((e) => !Object.values(sources).some((list) => list.includes(e.id)));

  const change = (elementId: string, next: string[]) => {
    const updated: MapSources = { ...sources, [elementId]: next.filter((id, i) => id !== NEW && next.indexOf(id) === i) };
    void setSources(updated);
  };

  return (
    <div className="map-editor">
      <h3>How each element continues</h3>
      <p className="field__hint">
        {view.proposed ? 'Proposed by Callmark from keys and wording: check it.' : 'Edited by you; elements added since are proposed.'} Reports use it to carry trends across the
        change.
      </p>
      <table className="table map-editor__table" aria-label="Element map">
        <thead>
          <tr>
            <th scope="col">Element of the new version</th>
            <th scope="col">Continues</th>
            <th scope="col">Reads as</th>
          </tr>
        </thead>
        <tbody>
          {view.after.map((element) => {
            const list = sources[element.id] ?? [];
            const shown = list.length ? list : [NEW];
            return (
              <tr key={element.id}>
                <th scope="row">
                  {element.label}
                  <span className="map-editor__section">{element.sectionTitle}</span>
                </th>
                <td>
                  {shown.map((source, i) => (
                    <select
                      key={i}
                      className="map-editor__source"
                      aria-label={`${element.label} continues${i > 0 ? ` (source ${i + 1})` : ''}`}
                      value={source}
                      onChange={(e) => change(element.id, shown.map((s, j) => (j === i ? e.target.value : s)))}
                    >
                      <option value={NEW}>{i === 0 ? 'Nothing: a new element' : '(no further source)'}</option>
                      {view.before.map((old) => (
                        <option key={old.id} value={old.id}>
                          {old.label} ({old.sectionTitle})
                        </option>
                      ))}
                    </select>
                  ))}
                  {list.length > 0 && (
                    <button type="button" className="link-button" onClick={() => change(element.id, [...list, view.before.find((o) => !list.includes(o.id))?.id ?? NEW])}>
                      Merge another element into it
                    </button>
                  )}
                </td>
                <td>{rowWords(list, list.length === 1 ? (uses.get(list[0]!) ?? 0) : 0, labelOf)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {removed.length > 0 && <p>Removed (their trends end here): {removed.map((e) => `"${e.label}"`).join(', ')}.</p>}
      {!view.proposed && (
        <button type="button" className="button button--small" onClick={() => void resetMap()}>
          Back to the proposed map
        </button>
      )}
    </div>
  );
}
