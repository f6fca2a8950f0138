import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './api/client';
import { App } from './App';
import { startKeyListener } from './keyboard/key-listener';
import { startRouter } from './router/router';
import { flushAll } from './stores/scorecard-queues';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/scoring.css';
import './styles/player.css';
import './styles/sync.css';

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
