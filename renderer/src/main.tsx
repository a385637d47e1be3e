// Renderer entry: connects to the engine, builds the store, binds push events and mounts the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { api, pathForFile, subscribe } from './api';
import { App } from './app/App';
import { StoreContext } from './app/store-context';
import { registerGridModules } from './features/grid/grid-setup';
import { createAppStore } from './store/app-store';
import { bindPushEvents } from './store/push-bindings';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';

registerGridModules();
const store = createAppStore(api, undefined, pathForFile);
bindPushEvents(store, subscribe);
void store.getState().init();

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <StoreContext value={store}>
      <App />
    </StoreContext>
  </StrictMode>,
);
