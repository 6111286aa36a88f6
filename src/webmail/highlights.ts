import type { Category } from '../analyzer/index';

/**
 * Underlines through the CSS Custom Highlight API: ranges are styled without touching the editor's DOM.
 * The highlight registry is shared with the page, so every name is unique to one compose and one category.
 */
const COLOURS: Record<Category, string> = {
  aggressive: '#d93025',
  vague: '#e37400',
  inconsistent: '#8430ce',
};

let sheet: CSSStyleSheet | null = null;
const styled = new Set<string>();

function styleName(name: string, category: Category): void {
  if (styled.has(name)) return;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  const colour = COLOURS[category];
  sheet.insertRule(
    `::highlight(${name}) { text-decoration: underline wavy ${colour}; text-decoration-thickness: 1.5px; text-underline-offset: 3px; background-color: color-mix(in srgb, ${colour} 10%, transparent); }`,
  );
  styled.add(name);
}

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class HighlightLayer {
  private readonly names = new Map<Category, string>();

  constructor(private readonly id: string) {}

  /** Shows exactly these ranges, per category (an empty list clears the category). */
  show(ranges: ReadonlyMap<Category, readonly Range[]>): void {
    if (!highlightsSupported()) return;
    for (const category of Object.keys(COLOURS) as Category[]) {
      const name = `tactful-${this.id}-${category}`;
      const list = ranges.get(category) ?? [];
      if (list.length === 0) {
        CSS.highlights.delete(name);
        continue;
      }
      styleName(name, category);
      CSS.highlights.set(name, new Highlight(...list));
      this.names.set(category, name);
    }
  }

  dispose(): void {
    if (!highlightsSupported()) return;
    for (const name of this.names.values()) CSS.highlights.delete(name);
    this.names.clear();
  }
}
