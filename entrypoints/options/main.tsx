import { render } from 'preact';
import '../../components/options/options.css';
import { OptionsApp } from '../../components/options/OptionsApp';
import { createClient } from '../../lib/messages/client';

const root = document.getElementById('app');
if (root) render(<OptionsApp client={createClient((message) => browser.runtime.sendMessage(message))} />, root);
