/** The snippet layer's live status line: "Snippet saved", or why it was not. Always present, so screen readers hear changes. */
export interface SnippetButtonStatusProps {
  message: string;
  error: boolean;
}

export function SnippetButtonStatus({ message, error }: SnippetButtonStatusProps) {
  return (
    <div class={error ? 'status error' : 'status'} role="status" aria-live="polite" data-testid="snippet-status">
      {message}
    </div>
  );
}
