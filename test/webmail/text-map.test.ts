// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { gmail } from '../../src/webmail/adapters/gmail';
import { outlook } from '../../src/webmail/adapters/outlook';
import { buildTextMap, offsetOf, rangeFor } from '../../src/webmail/text-map';

function body(markup: string): HTMLElement {
  const el = document.createElement('div');
  // Test fixture only: the extension itself never parses HTML strings.
  el.innerHTML = markup;
  document.body.replaceChildren(el);
  return el;
}
const excludedBy = (selectors: string) => (el: Element) => el.matches(selectors);

describe('text map', () => {
  it('reads Gmail line markup: a bare first line, <div> lines, blank <div><br></div> lines', () => {
    const el = body(
      'Hi Tom,<div><br></div><div>Invoice 12 is <b>overdue</b>.</div><div>Thanks&nbsp;a lot</div>',
    );
    expect(buildTextMap(el, excludedBy(gmail.selectors.excluded)).text).toBe(
      'Hi Tom,\n\nInvoice 12 is overdue.\nThanks\u00a0a lot',
    );
  });

  it('leaves out the quoted thread and the signature', () => {
    const el = body(
      '<div>Could you pay soon?</div><br><span class="gmail_signature_prefix">-- </span><div class="gmail_signature" data-smartmail="gmail_signature">Lena</div><div class="gmail_quote"><div class="gmail_attr">On Mon, Tom wrote:</div><blockquote class="gmail_quote">You are ridiculous.</blockquote></div>',
    );
    expect(buildTextMap(el, excludedBy(gmail.selectors.excluded)).text.trim()).toBe('Could you pay soon?');
  });

  it('leaves out Outlook history and signature', () => {
    const el = body(
      '<div class="elementToProof">Hello,</div><div class="elementToProof">Please pay ASAP.</div><div id="Signature">Mia</div><div id="appendonsend"></div><hr><div id="divRplyFwdMsg">From: Tom</div><div>You never pay.</div>',
    );
    expect(buildTextMap(el, excludedBy(outlook.selectors.excluded)).text.trim()).toBe(
      'Hello,\nPlease pay ASAP.',
    );
  });

  it('maps offsets back to a DOM range across inline formatting', () => {
    const el = body('<div>Invoice 12 is <b>very over</b>due.</div>');
    const map = buildTextMap(el, () => false);
    const start = map.text.indexOf('very');
    const range = rangeFor(map, start, start + 'very overdue'.length);
    expect(range?.toString()).toBe('very overdue');
  });

  it('maps a caret position back to an offset', () => {
    const el = body('<div>one</div><div>two three</div>');
    const map = buildTextMap(el, () => false);
    const two = el.querySelectorAll('div')[1]?.firstChild as Text;
    expect(offsetOf(map, two, 4)).toBe(map.text.indexOf('three'));
    expect(offsetOf(map, el, 1)).toBe(map.text.indexOf('two'));
  });
});
