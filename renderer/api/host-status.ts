import { create } from 'zustand';

interface HostStatus {
  /** The browser host refused this page's token: it was restarted (or the page was opened without its URL). */
  tokenRefused: boolean;
}

/** What the transport learned about the browser host, for the notice that tells the user what to do. */
export const useHostStatus = create<HostStatus>(() => ({ tokenRefused: false }));
