/**
 * The text the analyzer reads, built from a compose body, and the map back from its offsets to DOM positions.
 * Lines are `<div>`s or `<br>`s in webmail editors; each becomes a "\n" in the text. Only text nodes carry
 * characters that map back to the DOM; line breaks are virtual. Excluded subtrees (quotes, signatures,
 * widgets) are left out entirely, so their words are never analyzed or underlined.
 */
import { firstNotBefore } from '../analyzer/text/bisect';

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in `text`. */
  start: number;
}

export interface TextMap {
  text: string;
  segments: TextSegment[];
}

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'TR',
  'UL',
]);
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'IMG',
  'SVG',
  'VIDEO',
  'AUDIO',
  'IFRAME',
  'OBJECT',
]);

export function buildTextMap(root: Element, isExcluded: (el: Element) => boolean): TextMap {
  const segments: TextSegment[] = [];
  const parts: string[] = [];
  let length = 0;
  let lastChar = '';
  // Line breaks at the very end are only the last block closing: they are dropped.
  let trailingBreaks = 0;
  const push = (s: string, virtual = false) => {
    parts.push(s);
    length += s.length;
    lastChar = s[s.length - 1] ?? lastChar;
    trailingBreaks = virtual ? trailingBreaks + s.length : 0;
  };
  const newline = () => {
    if (length > 0 && lastChar !== '\n') push('\n', true);
  };

  const walk = (el: Element) => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const data = (child as Text).data;
        if (data.length === 0) continue;
        segments.push({ node: child as Text, start: length });
        push(data);
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const e = child as Element;
        if (SKIPPED.has(e.tagName) || isExcluded(e)) continue;
        if (e.tagName === 'BR') {
          // A <br> ends a line, except the one that only keeps a non-empty block open ("<div>text<br></div>").
          if (!(isLastInBlock(e) && lastChar !== '\n' && length > 0)) push('\n', true);
          continue;
        }
        const block = BLOCKS.has(e.tagName);
        if (block) newline();
        walk(e);
        if (block) newline();
      }
    }
  };
  walk(root);
  const text = parts.join('');
  return { text: text.slice(0, text.length - trailingBreaks), segments };
}

function isLastInBlock(br: Element): boolean {
  for (let n = br.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === Node.TEXT_NODE && (n as Text).data.length > 0) return false;
    if (n.nodeType === Node.ELEMENT_NODE) return false;
  }
  const parent = br.parentElement;
  return parent !== null && BLOCKS.has(parent.tagName);
}

/** Index of the last segment starting at or before `offset`. */
function segmentAt(map: TextMap, offset: number): number {
  return firstNotBefore(map.segments, (s) => s.start <= offset) - 1;
}

/** The DOM position of a text offset; at a boundary, `edge` says whether to prefer the text before or after. */
export function pointAt(
  map: TextMap,
  offset: number,
  edge: 'start' | 'end',
): { node: Text; offset: number } | null {
  let i = segmentAt(map, offset);
  if (i === -1) i = 0;
  const seg = map.segments[i];
  if (!seg) return null;
  const within = offset - seg.start;
  if (within <= seg.node.data.length) {
    // A start exactly at the end of a node begins in the next one.
    if (edge === 'start' && within === seg.node.data.length && map.segments[i + 1]) {
      return { node: (map.segments[i + 1] as TextSegment).node, offset: 0 };
    }
    return { node: seg.node, offset: Math.max(0, within) };
  }
  // Inside a virtual line break: snap to the nearest text.
  if (edge === 'end') return { node: seg.node, offset: seg.node.data.length };
  const next = map.segments[i + 1];
  return next ? { node: next.node, offset: 0 } : { node: seg.node, offset: seg.node.data.length };
}

export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  const a = pointAt(map, start, 'start');
  const b = pointAt(map, end, 'end');
  if (!a || !b || !a.node.isConnected || !b.node.isConnected) return null;
  const range = a.node.ownerDocument.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

/** The text offset of a DOM position (a caret), or null when it is in no mapped text node and not in the body. */
export function offsetOf(map: TextMap, node: Node, offset: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const seg = map.segments.find((s) => s.node === node);
    return seg ? seg.start + Math.min(offset, (node as Text).data.length) : null;
  }
  // An element position: the offset where the first text after it begins.
  const probe = (node.ownerDocument ?? document).createRange();
  probe.setStart(node, offset);
  for (const seg of map.segments) if (probe.comparePoint(seg.node, 0) >= 0) return seg.start;
  return map.text.length;
}
