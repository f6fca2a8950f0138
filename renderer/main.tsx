// The global sheet first: every component's own sheet, imported with it, comes after it in the cascade.
import './styles/index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './api/client';
import { App } from './App';
import { startKeyListener } from './keyboard/key-listener';
import { startRouter } from './router/router';
import { flushAll } from './stores/scorecard-queues';

startRouter();
startKeyListener(window);
// The page may be closed or reloaded mid-typing: send what is waiting now.
window.addEventListener('pagehide', flushAll);
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') flushAll();
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
