import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The app's font, then the shared stylesheet: tokens and base rules, which the features' own stylesheets refine.
import './app/fonts.css';
import './app/app.css';
import './app/print.css';
import { App } from './app/App';
import { boot } from './app/boot';
import { HyphenationProvider } from './app/HyphenationProvider';
import { registerOffline } from './app/registerOffline';

boot();
registerOffline();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <HyphenationProvider>
        <App />
      </HyphenationProvider>
    </StrictMode>,
  );
}
