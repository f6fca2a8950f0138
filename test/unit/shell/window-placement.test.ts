import { describe, expect, it } from 'vitest';
import { placeWindow } from '../../../shared/desktop/window-state';

const laptop = { x: 0, y: 25, width: 1440, height: 875 };
const rightMonitor = { x: 1440, y: 0, width: 2560, height: 1440 };
const leftMonitor = { x: -1920, y: 0, width: 1920, height: 1080 };
const saved = (x: number, y: number, width = 1000, height = 700, maximized = false) => ({ x, y, width, height, maximized });

describe('where the window opens (pure)', () => {
  it('keeps a window that fits where it was, on any display', () => {
    expect(placeWindow(saved(100, 100), [laptop])).toEqual({ x: 100, y: 100, width: 1000, height: 700, maximized: false });
    expect(placeWindow(saved(-1800, 50), [laptop, leftMonitor])).toEqual({ x: -1800, y: 50, width: 1000, height: 700, maximized: false });
    expect(placeWindow(saved(2000, 200, 1000, 700, true), [laptop, rightMonitor])).toMatchObject({ x: 2000, y: 200, maximized: true });
  });

  it('pulls a window hanging over an edge back inside the work area', () => {
    expect(placeWindow(saved(1000, 600), [laptop])).toEqual({ x: 440, y: 200, width: 1000, height: 700, maximized: false });
    // Above the menu bar: the title bar would be out of reach.
    expect(placeWindow(saved(100, 0), [laptop])).toMatchObject({ y: 25 });
  });

  it('shrinks a window larger than its display, but never below the narrowest layout', () => {
    expect(placeWindow(saved(0, 25, 3000, 2000), [laptop])).toEqual({ x: 0, y: 25, width: 1440, height: 875, maximized: false });
    expect(placeWindow(saved(0, 25, 300, 200), [laptop])).toMatchObject({ width: 720, height: 560 });
  });

  it('centres the saved size on the primary display when no display shows its title bar', () => {
    expect(placeWindow(saved(2000, 300), [laptop])).toEqual({ width: 1000, height: 700, maximized: false });
    expect(placeWindow(saved(100, 950), [laptop])).toEqual({ width: 1000, height: 700, maximized: false });
  });

  it('opens at the default size on the first run, fitted to a small screen', () => {
    expect(placeWindow(null, [laptop])).toEqual({ width: 1280, height: 820, maximized: false });
    expect(placeWindow(null, [{ x: 0, y: 0, width: 1024, height: 600 }])).toEqual({ width: 1024, height: 600, maximized: false });
  });
});
