import { render } from 'preact';
import { setDocumentLanguage } from '../page';
import { Popup } from './Popup';

setDocumentLanguage('extName');
const root = document.getElementById('app');
if (root) render(<Popup />, root);
