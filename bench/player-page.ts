/** The scoring screen has drawn the waveform (the data attribute the player sets once its canvas is painted). */
export const WAVEFORM_DRAWN = '[data-waveform="waveform"]';

/** In every page, before its scripts: the longest main-thread task, and when the waveform was drawn (ms from navigation). */
export const INSTRUMENT = `
  window.__longestTask = 0;
  window.__tasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__longestTask = Math.max(window.__longestTask, e.duration);
      window.__tasks.push([e.startTime, e.duration]);
    }
  }).observe({ type: 'longtask', buffered: true });
  // When the checklist is first on screen: long tasks after it are what a reviewer could feel as a freeze.
  new MutationObserver((_, observer) => {
    if (document.querySelector('.score-panel')) { window.__checklistAt = performance.now(); observer.disconnect(); }
  }).observe(document, { childList: true, subtree: true });
  window.addEventListener('callmark:waveform-drawn', (e) => { window.__drawnAt = e.detail.at; window.__drawnKind = e.detail.kind; });
`;
