/**
 * How snippet marks look: a tinted background and a dotted underline set below the text, in teal,
 * apart from entity highlights (an underline in their type's colour drawn with box-shadow). Both
 * show when they overlap. Layout-neutral like entity marks: no padding, margin, border or font
 * change; adopted as a constructable style sheet (see highlight-sheet.ts), so nothing is added to
 * the page for it.
 */
import { SNIPPET_SELECTOR } from './snippet-marks';

const MARK = `${SNIPPET_SELECTOR}.dossier-snippet[data-snippet-id]`;

export const SNIPPET_CSS = `
${MARK} {
  all: unset !important;
  display: inline !important;
  visibility: inherit !important;
  color: inherit !important;
  font: inherit !important;
  background-color: rgba(0, 150, 136, 0.16) !important;
  text-decoration: underline dotted rgba(0, 105, 92, 0.95) !important;
  text-decoration-thickness: 2px !important;
  text-underline-offset: 0.3em !important;
  -webkit-box-decoration-break: clone !important;
  box-decoration-break: clone !important;
}
${MARK}[data-dossier-flash] {
  outline: 3px solid #0f766e !important;
  outline-offset: 2px !important;
}
@media (prefers-color-scheme: dark) {
  ${MARK} {
    background-color: rgba(77, 208, 196, 0.2) !important;
    text-decoration-color: rgba(128, 230, 218, 0.95) !important;
  }
  ${MARK}[data-dossier-flash] {
    outline-color: #5eead4 !important;
  }
}
`;
