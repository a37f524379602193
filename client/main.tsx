import '@fontsource/titillium-web/latin-400.css';
import '@fontsource/titillium-web/latin-600.css';
import '@fontsource/titillium-web/latin-700.css';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/cards.css';
import './styles/pages.css';
import { render } from 'solid-js/web';
import { App } from './app';
import { initLocale } from './lib/i18n';
import { startServiceWorker } from './lib/update';

const root = document.getElementById('app');
if (!root) throw new Error('Sportello: #app element missing from index.html');

void initLocale().then(() => {
  render(() => <App />, root);
  startServiceWorker();
});
