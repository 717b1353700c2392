import { render } from 'preact';
import '../../components/popup/popup.css';
import { PopupApp } from '../../components/popup/PopupApp';
import { browserPorts } from '../../components/popup/ports';

// popup.html?tab=<id> describes that tab instead of the active one (see components/popup/ports.ts).
const root = document.getElementById('app');
document.documentElement.lang = browser.i18n.getUILanguage();
if (root) render(<PopupApp ports={browserPorts(location.search)} />, root);
