import { render } from 'preact';
import { setDocumentLanguage } from '../page';
import { Options } from './Options';

void setDocumentLanguage('optionsTitle').then(() => {
  const root = document.getElementById('app');
  if (root) render(<Options />, root);
});
