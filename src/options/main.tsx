import { render } from 'preact';
import { setDocumentLanguage } from '../page';
import { Options } from './Options';

setDocumentLanguage('optionsTitle');
const root = document.getElementById('app');
if (root) render(<Options />, root);
