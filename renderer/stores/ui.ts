import { create } from 'zustand';

interface UiState {
  shortcutsOpen: boolean;
  setShortcutsOpen(open: boolean): void;
}

export const useUi = create<UiState>((set) => ({
  shortcutsOpen: false,
  setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
}));
