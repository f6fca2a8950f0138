import type { StoreApi } from 'zustand';

/**
 * One store per key (a sync target's id), made on first use and kept for the
 * session, so a list folded away and opened again keeps its filter and page.
 * Components read one with zustand's `useStore(storeFor(key), selector)`.
 */
export function perKey<State>(make: (key: string) => StoreApi<State>): (key: string) => StoreApi<State> {
  const stores = new Map<string, StoreApi<State>>();
  return (key) => {
    let store = stores.get(key);
    if (!store) {
      store = make(key);
      stores.set(key, store);
    }
    return store;
  };
}
