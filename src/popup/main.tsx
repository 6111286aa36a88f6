import { render } from 'preact';
import { setDocumentLanguage } from '../page';
import { Popup } from './Popup';

void setDocumentLanguage('extName').then(() => {
  const root = document.getElementById('app');
  if (root) render(<Popup />, root);
});
