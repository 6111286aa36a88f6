import { type Analyzer, createAnalyzer } from '../analyzer/analyzer';
import { parseAmountNumber } from '../analyzer/facts/amount';
import type { Category, Report } from '../analyzer/types';
import { t } from '../i18n';
import type { AnalysisOptions, DraftReport } from '../messages';
import { effectiveDisabledRules, type Settings } from '../settings/settings';
import {
  PLACEHOLDERS,
  type Placeholder,
  type RenderedEmail,
  type Template,
  type TemplateValues,
} from '../templates/types';
import { type Compose, isSendControl, type SiteAdapter, sendControl, subjectOf } from './adapters/adapter';
import { replaceInField, replaceRange } from './edit';
import { HighlightLayer } from './highlights';
import { installPresendCheck } from './presend';
import { buildTextMap, offsetOf, rangeFor, type TextMap } from './text-map';
import type { OverlayActions, OverlayView, ViewFinding } from './ui/Overlay';
import { OverlayHost } from './ui/overlay-host';

const DEBOUNCE_MS = 150;
/** How long the full analysis (rules and model, in the background) may take before the rules' own report is shown. */
const FULL_REPORT_GRACE_MS = 400;
const HOVER_MS = 120;
const PLACEHOLDER = /\[[^\]\n]{1,40}\]/g;

export interface SessionHooks {
  settings(): Settings;
  /** "Don't flag this phrase again". */
  allowPhrase(phrase: string): void;
  /** Every template quick insert offers (built in, the user's, the team's). */
  templates(): Template[];
  /** What the business profile knows (sender, company, currency, terms, how to pay). */
  profile(): TemplateValues;
  render(template: Template, values: TemplateValues): RenderedEmail;
  /** The full analysis of a text (rules and the learned model), off this page's main thread; null if unavailable. */
  judge(text: string, options: AnalysisOptions): Promise<Report | null>;
}

/** What the compose holds right now, before any analysis. */
interface Draft {
  map: TextMap;
  subject: string;
  bodyOffset: number;
  text: string;
}

interface Snapshot {
  map: TextMap;
  subject: string;
  /** Where the body starts in the analyzed text (after the subject and a blank line). */
  bodyOffset: number;
  report: Report;
  items: ViewFinding[];
  ranges: Map<string, Range>;
}

let nextId = 1;

/** Everything Tactful does for one open compose: read, analyze, underline, explain, fix, check before sending. */
export class ComposeSession {
  readonly id = `c${nextId++}`;
  private readonly abort = new AbortController();
  private readonly highlights: HighlightLayer;
  private readonly overlay: OverlayHost;
  /** The phrase rules alone, in the page: instant, and what the check before sending falls back on. */
  private analyzer: Analyzer;
  private snapshot: Snapshot | null = null;
  /** The last full report and the text it is about. */
  private full: { text: string; report: Report } | null = null;
  private fullRequest = 0;
  private graceTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly ignored = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  /** The send the user put on hold, replayed by "Send anyway". */
  private pendingSend: (() => void) | null = null;
  /** Where the caret last was in the body, to insert there when the focus is elsewhere (the popup). */
  private lastCaret: Range | null = null;
  /** The quick-insert trigger the user typed (";;" or ";final"), replaced by the template. */
  private trigger: Range | null = null;
  private view: OverlayView = {
    theme: 'light',
    anchor: null,
    tone: null,
    findings: [],
    missing: [],
    listOpen: false,
    card: null,
    presend: null,
    palette: null,
  };

  constructor(
    readonly adapter: SiteAdapter,
    readonly compose: Compose,
    private readonly hooks: SessionHooks,
  ) {
    this.highlights = new HighlightLayer(this.id);
    this.overlay = new OverlayHost(compose.body.ownerDocument);
    this.analyzer = this.makeAnalyzer();
    this.listen();
    this.analyzeNow();
  }

  get body(): HTMLElement {
    return this.compose.body;
  }

  /** Settings changed: rebuild the analyzer with the new rules and phrases. */
  refreshSettings(): void {
    this.analyzer = this.makeAnalyzer();
    this.full = null;
    this.analyzeNow();
  }

  dispose(): void {
    this.abort.abort();
    clearTimeout(this.timer);
    clearTimeout(this.hoverTimer);
    clearTimeout(this.graceTimer);
    cancelAnimationFrame(this.frame);
    this.highlights.dispose();
    this.overlay.dispose();
  }

  private analysisOptions(): AnalysisOptions {
    const s = this.hooks.settings();
    return {
      disabledRules: [...effectiveDisabledRules(s)],
      allow: [...s.allowPhrases],
      flag: [...s.flagPhrases],
    };
  }

  private makeAnalyzer(): Analyzer {
    return createAnalyzer({ ...this.analysisOptions(), model: null });
  }

  private listen(): void {
    const signal = this.abort.signal;
    const body = this.body;
    const doc = body.ownerDocument;
    const win = doc.defaultView ?? window;
    // Typing, pasting, expanding the quote: every change to the body, whoever makes it.
    const mutations = new MutationObserver(() => this.schedule());
    mutations.observe(body, { childList: true, characterData: true, subtree: true });
    signal.addEventListener('abort', () => mutations.disconnect(), { once: true });
    const subjectObserver = () => this.schedule();
    const subject = subjectOf(this.adapter, this.compose);
    subject?.addEventListener('input', subjectObserver, { signal });

    const place = () => this.place();
    win.addEventListener('scroll', place, { capture: true, passive: true, signal });
    win.addEventListener('resize', place, { passive: true, signal });
    const resize = new ResizeObserver(place);
    resize.observe(body);
    signal.addEventListener('abort', () => resize.disconnect(), { once: true });

    doc.addEventListener(
      'selectionchange',
      () => {
        const selection = doc.getSelection();
        if (selection && selection.rangeCount > 0 && body.contains(selection.getRangeAt(0).startContainer)) {
          this.lastCaret = selection.getRangeAt(0).cloneRange();
        }
      },
      { signal },
    );
    body.addEventListener('mousemove', (e) => this.onHover(e), { passive: true, signal });
    // Capture on the root: Outlook's editor stops input events at the body.
    this.compose.root.addEventListener('input', (e) => this.onInput(e), { capture: true, signal });
    body.addEventListener('click', () => this.onCaret(false), { signal });
    // Capture on the compose root: Outlook's editor stops key events from bubbling.
    this.compose.root.addEventListener('keydown', (e) => this.onKey(e), { capture: true, signal });
    doc.addEventListener(
      'mousedown',
      (e) => {
        if (!this.overlay.contains(e) && !body.contains(e.target as Node))
          this.update({ card: null, listOpen: false });
      },
      { capture: true, signal },
    );

    installPresendCheck({
      root: this.compose.root,
      isSendControl: (target) => isSendControl(this.adapter, this.compose, target),
      sendControl: () => sendControl(this.adapter, this.compose),
      problems: () => this.presendProblems(),
      ask: (problems, sendAnyway) => this.askBeforeSending(problems, sendAnyway),
      signal,
    });
  }

  private onInput(e: Event): void {
    if (!this.body.contains(e.target as Node) || this.view.palette) return;
    const selection = this.body.ownerDocument.getSelection();
    const node = selection?.focusNode;
    if (!selection?.isCollapsed || !node || node.nodeType !== Node.TEXT_NODE) return;
    const before = (node as Text).data.slice(0, selection.focusOffset);
    const range = this.body.ownerDocument.createRange();
    const open = (length: number, shortcut?: Template) => {
      range.setStart(node, selection.focusOffset - length);
      range.setEnd(node, selection.focusOffset);
      this.trigger = range;
      this.openPalette(shortcut);
    };
    if (before.endsWith(';;')) {
      open(2);
      return;
    }
    const typed = /;([\p{L}\d-]{2,24})$/u.exec(before)?.[1]?.toLowerCase();
    const template = typed
      ? this.hooks.templates().find((t) => t.shortcut?.toLowerCase() === typed)
      : undefined;
    if (template && typed) open(typed.length + 1, template);
  }

  /** Opens quick insert at the caret (from a typed trigger, or the keyboard command). */
  openQuickInsert(): boolean {
    this.trigger = null;
    this.openPalette();
    return true;
  }

  private openPalette(shortcut?: Template): void {
    const win = this.body.ownerDocument.defaultView ?? window;
    const selection = this.body.ownerDocument.getSelection();
    const caret =
      this.trigger?.getBoundingClientRect() ??
      (selection && selection.rangeCount > 0 && this.body.contains(selection.focusNode)
        ? selection.getRangeAt(0).getBoundingClientRect()
        : this.body.getBoundingClientRect());
    const lang = this.snapshot?.report.lang ?? 'en';
    const templates = [...this.hooks.templates()].sort(
      (a, b) => Number(b.lang === lang) - Number(a.lang === lang),
    );
    const items = templates.map((t) => ({
      id: t.id,
      name: t.name,
      detail: `${t.shortcut ? `;${t.shortcut} · ` : ''}${t.lang.toUpperCase()}`,
    }));
    // Below the caret when there is room for the list, else above it (the form scrolls inside its box).
    const top = caret.bottom + 6 + 320 > win.innerHeight ? Math.max(8, caret.top - 326) : caret.bottom + 6;
    const left = Math.min(Math.max(8, caret.left), win.innerWidth - 330);
    this.update({ card: null, listOpen: false, palette: { top, left, items, form: null, initialQuery: '' } });
    if (shortcut) this.actions.chooseTemplate(shortcut.id);
  }

  private valuesFrom(form: Partial<Record<Placeholder, string>>): TemplateValues {
    const values: TemplateValues = { ...this.hooks.profile() };
    for (const [name, raw] of Object.entries(form)) {
      if (!raw) continue;
      if (name === 'amount') {
        const amount = parseAmountNumber(raw.replace(/[^\d.,\s']/g, ''));
        if (Number.isFinite(amount)) values.amount = amount;
      } else if (name !== 'daysOverdue') values[name as Exclude<Placeholder, 'amount' | 'daysOverdue'>] = raw;
    }
    return values;
  }

  private async insertTemplate(id: string, form: Partial<Record<Placeholder, string>>): Promise<void> {
    const template = this.hooks.templates().find((t) => t.id === id);
    this.update({ palette: null });
    if (!template) return;
    const email = this.hooks.render(template, this.valuesFrom(form));
    const field = subjectOf(this.adapter, this.compose);
    if (field && !field.value.trim() && email.subject)
      replaceInField(field, 0, field.value.length, email.subject);
    const range = this.trigger ?? this.lastCaret;
    this.trigger = null;
    if (range && this.body.contains(range.startContainer)) await replaceRange(this.body, range, email.body);
    else await this.insertReminder('', email.body);
    this.analyzeNow();
  }

  private closePalette(): void {
    this.update({ palette: null });
    const at = this.trigger ?? this.lastCaret;
    this.trigger = null;
    this.body.focus({ preventScroll: true });
    if (at && this.body.contains(at.endContainer)) {
      this.body.ownerDocument.getSelection()?.collapse(at.endContainer, at.endOffset);
    }
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.analyzeNow(), DEBOUNCE_MS);
  }

  /**
   * Reads the draft, analyzes it and shows the result. Never throws: a failure leaves the draft untouched.
   * The rules' report is ready at once (and returned); the full report, with the learned model, comes from
   * the background and replaces it on screen, unless it is late or unavailable.
   */
  analyzeNow(): Snapshot | null {
    clearTimeout(this.timer);
    try {
      const draft = this.readDraft();
      if (this.full?.text === draft.text) {
        ++this.fullRequest;
        this.showSnapshot(this.snapshotFor(draft, this.full.report));
        return this.snapshot;
      }
      const rules = this.snapshotFor(draft, this.analyzer.analyze(draft.text));
      const request = this.requestFull(draft.text, rules);
      clearTimeout(this.graceTimer);
      this.graceTimer = setTimeout(() => {
        if (request === this.fullRequest) this.showSnapshot(rules);
      }, FULL_REPORT_GRACE_MS);
      return rules;
    } catch (err) {
      console.debug('Tactful: analysis skipped', err);
      return null;
    }
  }

  private showSnapshot(s: Snapshot): void {
    this.snapshot = s;
    this.show(s);
  }

  /** Asks the background for the full report; shows it, or the rules' report if there is none. */
  private requestFull(text: string, rules: Snapshot): number {
    const request = ++this.fullRequest;
    this.hooks
      .judge(text, this.analysisOptions())
      .catch(() => null)
      .then((report) => {
        if (request !== this.fullRequest || this.abort.signal.aborted) return;
        clearTimeout(this.graceTimer);
        if (!report) return this.showSnapshot(rules);
        this.full = { text, report };
        const draft = this.readDraft();
        // The draft changed meanwhile: a newer request is on its way.
        if (draft.text === text) this.showSnapshot(this.snapshotFor(draft, report));
      })
      .catch((err) => console.debug('Tactful: full analysis not shown', err));
    return request;
  }

  private readDraft(): Draft {
    const map = buildTextMap(this.body, (el) => el.matches(this.adapter.selectors.excluded));
    const subjectField = subjectOf(this.adapter, this.compose);
    const subject = subjectField?.value.trim() ? subjectField.value : '';
    const bodyOffset = subject ? subject.length + 2 : 0;
    return { map, subject, bodyOffset, text: subject ? `${subject}\n\n${map.text}` : map.text };
  }

  private snapshotFor(draft: Draft, report: Report): Snapshot {
    const { map, subject, bodyOffset } = draft;
    const items: ViewFinding[] = [];
    const ranges = new Map<string, Range>();
    for (const finding of report.findings) {
      if (this.ignored.has(ignoreKey(finding.rule, finding.text))) continue;
      const inSubject = finding.start < bodyOffset;
      const id = `${finding.rule}:${finding.start}:${finding.text}`;
      items.push({ id, finding, inSubject });
      if (!inSubject) {
        const range = rangeFor(map, finding.start - bodyOffset, finding.end - bodyOffset);
        if (range) ranges.set(id, range);
      }
    }
    return { map, subject, bodyOffset, report, items, ranges };
  }

  private show(s: Snapshot): void {
    const byCategory = new Map<Category, Range[]>();
    for (const item of s.items) {
      const range = s.ranges.get(item.id);
      if (!range) continue;
      const list = byCategory.get(item.finding.category) ?? [];
      list.push(range);
      byCategory.set(item.finding.category, list);
    }
    this.highlights.show(byCategory);
    const card = this.view.card && s.items.find((i) => i.id === this.view.card?.item.id);
    const hasText = s.map.text.trim().length > 0 || s.subject.length > 0;
    this.update({
      tone: hasText ? s.report.tone.label : null,
      findings: s.items,
      missing: hasText ? s.report.missing : [],
      card: card && this.view.card ? { ...this.view.card, item: card } : null,
    });
    this.place();
  }

  private update(patch: Partial<OverlayView>): void {
    this.view = { ...this.view, ...patch };
    this.overlay.render(this.view, this.actions);
  }

  /**
   * Keeps the pill at the top-right corner of the visible part of the body (where a greeting line leaves
   * room, away from the site's own buttons below the body), and the card under its phrase.
   */
  private place(): void {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => {
      const win = this.body.ownerDocument.defaultView ?? window;
      const rect = visibleRect(this.body);
      const hasText = this.view.tone !== null;
      const anchor =
        rect && hasText
          ? { right: Math.max(8, win.innerWidth - rect.right + 6), top: Math.max(8, rect.top + 4) }
          : null;
      const card = this.view.card ? this.cardPosition(this.view.card.item, this.view.card.focus) : null;
      this.view = { ...this.view, anchor, theme: themeOf(this.body), card };
      this.overlay.render(this.view, this.actions);
    });
  }

  private cardPosition(item: ViewFinding, focus: boolean): OverlayView['card'] {
    const win = this.body.ownerDocument.defaultView ?? window;
    const range = this.snapshot?.ranges.get(item.id);
    const anchor = range?.getClientRects()[0] ?? this.body.getBoundingClientRect();
    const width = 330;
    const left = Math.min(Math.max(8, anchor.left), win.innerWidth - width - 8);
    const below = anchor.bottom + 6;
    const top = below + 180 > win.innerHeight ? Math.max(8, anchor.top - 186) : below;
    return { item, top, left, focus };
  }

  private findingAt(offset: number): ViewFinding | null {
    const s = this.snapshot;
    if (!s) return null;
    const at = offset + s.bodyOffset;
    return s.items.find((i) => !i.inSubject && i.finding.start <= at && at <= i.finding.end) ?? null;
  }

  private onHover(e: MouseEvent): void {
    clearTimeout(this.hoverTimer);
    const { clientX, clientY } = e;
    this.hoverTimer = setTimeout(() => {
      const s = this.snapshot;
      if (!s) return;
      for (const item of s.items) {
        const range = s.ranges.get(item.id);
        if (!range) continue;
        for (const r of range.getClientRects()) {
          if (clientX >= r.left && clientX <= r.right && clientY >= r.top && clientY <= r.bottom) {
            if (this.view.card?.item.id !== item.id) this.openCard(item, false);
            return;
          }
        }
      }
    }, HOVER_MS);
  }

  private caretOffset(): number | null {
    const selection = this.body.ownerDocument.getSelection();
    const s = this.snapshot;
    if (!selection || selection.rangeCount === 0 || !s) return null;
    const node = selection.focusNode;
    if (!node || !this.body.contains(node)) return null;
    return offsetOf(s.map, node, selection.focusOffset);
  }

  private onCaret(focusCard: boolean): void {
    const offset = this.caretOffset();
    const item = offset === null ? null : this.findingAt(offset);
    if (item) this.openCard(item, focusCard);
    else if (this.view.card) this.update({ card: null });
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'Escape' && (this.view.card || this.view.listOpen)) {
      e.preventDefault();
      e.stopPropagation();
      this.update({ card: null, listOpen: false });
      this.body.focus({ preventScroll: true });
    } else if (e.key === 'Enter' && e.altKey) {
      // Alt+Enter: open the card of the phrase under the caret, with the focus on its first action.
      e.preventDefault();
      e.stopPropagation();
      this.onCaret(true);
    } else if (this.view.card && !e.altKey && !e.ctrlKey && !e.metaKey && e.key.length === 1) {
      this.update({ card: null });
    }
  }

  private openCard(item: ViewFinding, focus: boolean): void {
    this.view = { ...this.view, card: this.cardPosition(item, focus) };
    this.overlay.render(this.view, this.actions);
  }

  private presendProblems(): string[] {
    if (this.hooks.settings().presendCheck === 'off') return [];
    const s = this.analyzeNow();
    if (!s) return [];
    const problems = s.items
      .filter((i) => i.finding.category === 'aggressive')
      .map((i) => `“${i.finding.text.trim()}”`);
    const text = `${s.subject}\n${s.map.text}`;
    for (const m of text.matchAll(PLACEHOLDER)) problems.push(t('presendPlaceholder', m[0]));
    return problems;
  }

  private askBeforeSending(problems: string[], sendAnyway: () => void): void {
    this.pendingSend = sendAnyway;
    this.update({ presend: { items: problems }, card: null, listOpen: false });
  }

  private async applyTo(id: string, suggestion: string): Promise<void> {
    const s = this.snapshot;
    const item = s?.items.find((i) => i.id === id);
    if (!s || !item) return;
    const f = item.finding;
    if (item.inSubject) {
      const field = subjectOf(this.adapter, this.compose);
      if (field && field.value.slice(f.start, f.end) === f.text)
        replaceInField(field, f.start, f.end, suggestion);
    } else {
      const range = s.ranges.get(id);
      // The live range has followed every edit since; only replace it if it still holds the flagged words.
      this.update({ card: null });
      if (range && range.toString() === f.text) await replaceRange(this.body, range, suggestion);
    }
    this.update({ card: null });
    this.analyzeNow();
  }

  /** The report for the popup. */
  draftReport(): DraftReport | null {
    const s = this.analyzeNow();
    if (!s) return null;
    const hasText = s.map.text.trim().length > 0 || s.subject.length > 0;
    return {
      site: this.adapter.id,
      tone: hasText ? s.report.tone : null,
      stage: s.report.stage,
      lang: s.report.lang,
      findings: s.items.map((i) => ({
        id: i.id,
        category: i.finding.category,
        text: i.finding.text,
        message: i.finding.message,
        suggestions: i.finding.suggestions,
        inSubject: i.inSubject,
      })),
      facts: (
        ['amount', 'invoice', 'dueDate', 'paymentInstructions', 'deadline', 'contact'] as const
      ).flatMap((kind) => s.report.facts[kind].map((f) => ({ kind, text: f.text }))),
      missing: hasText ? s.report.missing : ['amount', 'invoice', 'dueDate', 'paymentInstructions'],
      empty: s.map.text.trim().length === 0,
    };
  }

  async applySuggestion(id: string, suggestion: string): Promise<boolean> {
    if (!this.snapshot?.items.some((i) => i.id === id)) return false;
    await this.applyTo(id, suggestion);
    return true;
  }

  /**
   * Inserts a reminder the user asked for: at the caret, or in place of an empty body, as one undoable edit;
   * the subject is filled only when it is empty.
   */
  async insertReminder(subject: string, body: string): Promise<boolean> {
    const field = subjectOf(this.adapter, this.compose);
    if (field && !field.value.trim() && subject) replaceInField(field, 0, field.value.length, subject);
    const doc = this.body.ownerDocument;
    const empty =
      buildTextMap(this.body, (el) => el.matches(this.adapter.selectors.excluded)).text.trim() === '';
    const range = doc.createRange();
    if (empty || !this.lastCaret || !this.body.contains(this.lastCaret.startContainer)) {
      // An empty body: replace what is in it (Gmail's lone <br>); otherwise add at the end of the user's text.
      range.selectNodeContents(this.body);
      if (!empty) range.collapse(false);
    } else {
      range.setStart(this.lastCaret.startContainer, this.lastCaret.startOffset);
      range.setEnd(this.lastCaret.endContainer, this.lastCaret.endOffset);
    }
    const done = await replaceRange(this.body, range, body);
    this.analyzeNow();
    return done;
  }

  private readonly actions: OverlayActions = {
    toggleList: () => this.update({ listOpen: !this.view.listOpen, card: null }),
    show: (id) => {
      const item = this.snapshot?.items.find((i) => i.id === id);
      const range = this.snapshot?.ranges.get(id);
      if (!item) return;
      if (range) {
        range.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
        const selection = this.body.ownerDocument.getSelection();
        this.body.focus({ preventScroll: true });
        selection?.removeAllRanges();
        selection?.addRange(range.cloneRange());
      }
      this.view = { ...this.view, listOpen: false };
      this.openCard(item, true);
    },
    apply: (id, suggestion) => void this.applyTo(id, suggestion),
    ignore: (id) => {
      const item = this.snapshot?.items.find((i) => i.id === id);
      if (item) this.ignored.add(ignoreKey(item.finding.rule, item.finding.text));
      this.update({ card: null });
      this.analyzeNow();
      this.body.focus({ preventScroll: true });
    },
    neverFlag: (id) => {
      const item = this.snapshot?.items.find((i) => i.id === id);
      if (!item) return;
      this.ignored.add(ignoreKey(item.finding.rule, item.finding.text));
      this.hooks.allowPhrase(item.finding.text.trim());
      this.update({ card: null });
      this.analyzeNow();
    },
    chooseTemplate: (id) => {
      const template = this.hooks.templates().find((t) => t.id === id);
      const palette = this.view.palette;
      if (!template || !palette) return;
      const profile = this.hooks.profile();
      const used = PLACEHOLDERS.filter(
        (p) => p !== 'daysOverdue' && `${template.subject}${template.body}`.includes(`{${p}}`),
      );
      const missing = used.filter(
        (p) => profile[p as keyof TemplateValues] === undefined || profile[p as keyof TemplateValues] === '',
      );
      if (missing.length === 0) {
        void this.insertTemplate(id, {});
        return;
      }
      const item = palette.items.find((i) => i.id === id) ?? { id, name: template.name, detail: '' };
      this.update({
        palette: { ...palette, form: { item, fields: missing.map((name) => ({ name, value: '' })) } },
      });
    },
    insertTemplate: (id, values) => void this.insertTemplate(id, values),
    closePalette: () => this.closePalette(),
    dismiss: () => {
      if (this.view.palette) return this.closePalette();
      if (this.view.presend) this.actions.review();
      else this.update({ card: null, listOpen: false });
      this.body.focus({ preventScroll: true });
    },
    closeCard: () => {
      this.update({ card: null });
      this.body.focus({ preventScroll: true });
    },
    review: () => {
      this.pendingSend = null;
      this.update({ presend: null, listOpen: true });
    },
    sendAnyway: () => {
      const send = this.pendingSend;
      this.pendingSend = null;
      this.update({ presend: null });
      send?.();
    },
  };
}

/** The part of an element that is on screen: its box clipped by every scrolling ancestor and the viewport. */
function visibleRect(el: HTMLElement): { top: number; right: number; bottom: number; left: number } | null {
  const win = el.ownerDocument.defaultView ?? window;
  const box = el.getBoundingClientRect();
  let { top, right, bottom, left } = box;
  for (let a = el.parentElement; a; a = a.parentElement) {
    const style = win.getComputedStyle(a);
    if (!/(auto|scroll|hidden)/.test(style.overflowY + style.overflowX)) continue;
    const r = a.getBoundingClientRect();
    top = Math.max(top, r.top);
    bottom = Math.min(bottom, r.bottom);
    left = Math.max(left, r.left);
    right = Math.min(right, r.right);
  }
  top = Math.max(top, 0);
  bottom = Math.min(bottom, win.innerHeight);
  return bottom - top > 20 && right - left > 40 ? { top, right, bottom, left } : null;
}

function ignoreKey(rule: string, text: string): string {
  return `${rule}\u0000${text.trim().toLowerCase()}`;
}

/** Dark when the editor's own background is dark (Gmail's and Outlook's dark themes), whatever the OS says. */
function themeOf(el: HTMLElement): 'light' | 'dark' {
  const win = el.ownerDocument.defaultView ?? window;
  for (let node: HTMLElement | null = el; node; node = node.parentElement) {
    const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?/.exec(
      win.getComputedStyle(node).backgroundColor,
    );
    if (!m || m[4] === '0') continue;
    const [r, g, b] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 110 ? 'dark' : 'light';
  }
  return win.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
