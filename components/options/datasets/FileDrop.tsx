/** A labelled file input for dataset files inside a zone that also takes a dropped file. */
import { useState } from 'preact/hooks';
import { t } from '../../i18n';

export function FileDrop(props: { onFile: (file: File) => void; disabled: boolean; inputId: string }) {
  const [over, setOver] = useState(false);

  const onDragOver = (e: DragEvent) => {
    if (!e.dataTransfer?.types.includes('Files')) return;
    // Always prevented, even while disabled: otherwise the browser would open the dropped file in
    // place of the options page.
    e.preventDefault();
    e.dataTransfer.dropEffect = props.disabled ? 'none' : 'copy';
    setOver(!props.disabled);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer?.files[0];
    if (file && !props.disabled) props.onFile(file);
  };

  return (
    <div
      class={`ds-drop${over ? ' ds-drop-over' : ''}`}
      data-testid="ds-dropzone"
      onDragEnter={onDragOver}
      onDragOver={onDragOver}
      onDragLeave={(e) => {
        // Leaving for a child element is not leaving the zone.
        if (!(e.currentTarget as HTMLElement).contains(e.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={onDrop}
    >
      <label class="ds-file-label" for={props.inputId}>
        {t('ds_choose_file')}
      </label>
      <input
        id={props.inputId}
        class="ds-file-input"
        type="file"
        accept=".json,application/json"
        data-testid="ds-file-input"
        aria-describedby={`${props.inputId}-hint`}
        disabled={props.disabled}
        onChange={(e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          // Cleared so that choosing the same file again (after fixing it) is a change too.
          input.value = '';
          if (file) props.onFile(file);
        }}
      />
      <p id={`${props.inputId}-hint`} class="ds-muted ds-drop-hint">
        {t('ds_drop_here')}
      </p>
    </div>
  );
}
