import { startShell } from './shell/start-shell';

// Built files sit side by side in dist/electron (this bundle, preload, backend); the renderer in dist/renderer.
startShell({ bundleDir: __dirname });
