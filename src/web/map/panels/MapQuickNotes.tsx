import panelMessages from 'virtual:messages/en/map.panel';
import type * as Y from 'yjs';
import { addEnglish, useI18n } from '../../i18n/index.js';
import { QuickNotesBoard } from '../../quicknotes/QuickNotesBoard.js';
import { useQuickNotes } from '../../quicknotes/useQuickNotes.js';

addEnglish(panelMessages);

interface Props {
  doc: Y.Doc | null;
  readOnly: boolean;
  disabled: boolean;
  author: string;
}

/** The map board's list of quick notes (the Notes tab, under the map's own sticky notes), read live from the document. */
export function MapQuickNotes({ doc, readOnly, disabled, author }: Props) {
  const quickNotes = useQuickNotes(doc);
  const { t } = useI18n();
  return (
    <QuickNotesBoard
      notes={quickNotes.notes}
      readOnly={readOnly}
      disabled={disabled || !doc}
      onAdd={(text) => quickNotes.add(text, author)}
      title={t('map.panel.quickNotes')}
      empty={t('map.panel.quickNotes.empty')}
    />
  );
}
