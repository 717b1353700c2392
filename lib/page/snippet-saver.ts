/**
 * The saving path on the page: capture (snippet-capture.ts), send to the background, highlight
 * the new snippet at once, and say how it went. Used by the "Save snippet" button, the context
 * menu and keyboard command (snippet.capture), and the popover's save action.
 */
import type { SnippetDraft, SnippetSaveFailure, SnippetSaveResult } from '../snippets/draft';
import { captureFromMention, captureFromRange, selectionRange, type Capture, type CaptureContext } from './snippet-capture';

export type SaveOutcome =
  | { ok: true; id: string; quote: string }
  | { ok: false; reason: SnippetSaveFailure | 'empty' | 'too-long' | 'error'; message: string };

export interface SnippetSaverOptions {
  context(): CaptureContext;
  send(draft: SnippetDraft): Promise<SnippetSaveResult>;
  /** Highlights a snippet saved just now. */
  show(snippet: { id: string } & Capture['selector']): void;
  /** Tells the reader how it went (a status message). */
  announce(outcome: SaveOutcome): void;
}

export class SnippetSaver {
  constructor(private readonly options: SnippetSaverOptions) {}

  /** Saves `range`, or the page's selection when none is given. */
  async saveSelection(range?: Range | null): Promise<SaveOutcome> {
    const ctx = this.options.context();
    const chosen = range ?? selectionRange(ctx.doc);
    return this.save(chosen ? () => captureFromRange(ctx, chosen) : null);
  }

  /** Saves the sentence around the mention that starts at `mark`. */
  saveMention(mark: HTMLElement): Promise<SaveOutcome> {
    const ctx = this.options.context();
    return this.save(() => captureFromMention(ctx, mark));
  }

  private async save(capture: (() => Promise<Capture | 'too-long' | null>) | null): Promise<SaveOutcome> {
    let outcome: SaveOutcome;
    try {
      const captured = capture ? await capture() : null;
      if (!captured) outcome = { ok: false, reason: 'empty', message: '' };
      else if (captured === 'too-long') outcome = { ok: false, reason: 'too-long', message: '' };
      else {
        const result = await this.options.send(captured.draft);
        if (result.ok) {
          this.options.show({ id: result.snippet.id, ...captured.selector });
          outcome = { ok: true, id: result.snippet.id, quote: result.snippet.quote };
        } else outcome = { ok: false, reason: result.reason, message: result.message };
      }
    } catch (error) {
      outcome = { ok: false, reason: 'error', message: error instanceof Error ? error.message : String(error) };
    }
    this.options.announce(outcome);
    return outcome;
  }
}
