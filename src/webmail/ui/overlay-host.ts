import { h, render } from 'preact';
import { Overlay, type OverlayActions, type OverlayView } from './Overlay';
import { OVERLAY_CSS, PALETTE_CSS } from './styles';

let sheet: CSSStyleSheet | null = null;

/**
 * One overlay per compose: a host element outside the editor, with its own shadow root so the page's styles
 * do not leak in (it holds nothing the page does not already have: the draft is the page's own text).
 * Nothing is ever added inside the editor.
 */
export class OverlayHost {
  private readonly host: HTMLElement;
  private readonly shadow: ShadowRoot;

  constructor(doc: Document) {
    this.host = doc.createElement('tactful-overlay');
    this.shadow = this.host.attachShadow({ mode: 'open' });
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(OVERLAY_CSS + PALETTE_CSS);
    }
    this.shadow.adoptedStyleSheets = [sheet];
    // Escape anywhere in the overlay closes what is open (the question before sending counts as "Review").
    this.shadow.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key !== 'Escape' || !this.actions) return;
      event.stopPropagation();
      this.actions.dismiss();
    });
    doc.documentElement.appendChild(this.host);
  }

  private actions: OverlayActions | null = null;

  render(view: OverlayView, actions: OverlayActions): void {
    this.actions = actions;
    render(h(Overlay, { view, actions }), this.shadow);
  }

  /** Whether an event came from inside the overlay (clicks on it must not close it). */
  contains(event: Event): boolean {
    return event.composedPath().includes(this.host);
  }

  dispose(): void {
    render(null, this.shadow);
    this.host.remove();
  }
}
