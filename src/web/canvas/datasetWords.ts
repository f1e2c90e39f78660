import canvasMessages from 'virtual:messages/en/canvas';
import {
  accessLevelLabels,
  datasetAccessText,
  sensitivityLabels,
  type AccessLevel,
  type Dataset,
  type DatasetAccess,
  type Sensitivity,
} from '../../domain/map/index.js';
import { addEnglish, msg, translate, type MessageKey } from '../i18n/index.js';

addEnglish(canvasMessages);

/**
 * A dataset's access in words: the tag ("Shared access"), in a note ("shared access"), and on one
 * of several flows that differ ("Shared (flow City → Bins Ltd)").
 */
const accessKeys: Record<AccessLevel, { tag: MessageKey; inNote: MessageKey; onFlow: MessageKey }> = {
  closed: {
    tag: msg('canvas.dataset.access.closed'),
    inNote: msg('canvas.dataset.accessInNote.closed'),
    onFlow: msg('canvas.dataset.accessOnFlow.closed'),
  },
  shared: {
    tag: msg('canvas.dataset.access.shared'),
    inNote: msg('canvas.dataset.accessInNote.shared'),
    onFlow: msg('canvas.dataset.accessOnFlow.shared'),
  },
  open: {
    tag: msg('canvas.dataset.access.open'),
    inNote: msg('canvas.dataset.accessInNote.open'),
    onFlow: msg('canvas.dataset.accessOnFlow.open'),
  },
};

/** A dataset's sensitivity in words: the tag ("Personal"), and in a note ("Personal data"). */
export const sensitivityKeys: Record<Sensitivity, { tag: MessageKey; inNote: MessageKey }> = {
  'non-personal': { tag: msg('canvas.dataset.sensitivity.nonPersonal'), inNote: msg('canvas.dataset.sensitivityInNote.nonPersonal') },
  personal: { tag: msg('canvas.dataset.sensitivity.personal'), inNote: msg('canvas.dataset.sensitivityInNote.personal') },
  'special-category': {
    tag: msg('canvas.dataset.sensitivity.specialCategory'),
    inNote: msg('canvas.dataset.sensitivityInNote.specialCategory'),
  },
  commercial: { tag: msg('canvas.dataset.sensitivity.commercial'), inNote: msg('canvas.dataset.sensitivityInNote.commercial') },
};

/** Each flow's access, in words: "Open (flow City → Public), Shared (flow City → Bins Ltd)"; null when the map says nothing. */
function accessList(shown: readonly DatasetAccess[]): string | null {
  if (shown.length === 0) return null;
  return (
    shown
      // Flows that differ are each named (src/domain/map/datasetAccess.ts); one answer alone has no flow and reads as its tag.
      .map((s) =>
        s.flow ? translate(accessKeys[s.access].onFlow, { from: s.flow.from, to: s.flow.to }) : translate(accessKeys[s.access].tag),
      )
      .join(', ')
  );
}

/**
 * The access the map gives a dataset, in words: "Shared access" when one answer holds, else
 * each flow's ("Access: Open (flow City → Public), Shared (flow City → Bins Ltd)"); null when
 * the map says nothing. In the interface's language: call while drawing.
 */
export function accessWords(shown: readonly DatasetAccess[]): string | null {
  const [only] = shown;
  if (shown.length === 1 && only && !only.flow) return translate(accessKeys[only.access].tag);
  const text = accessList(shown);
  return text === null ? null : translate('canvas.dataset.accessAll', { list: text });
}

/**
 * The note a dataset becomes: its name, then what the map says of its sensitivity and access,
 * in the language of the person who adds it (it is their note).
 */
export function datasetNoteText(dataset: Dataset, shown: readonly DatasetAccess[]): string {
  const [only] = shown;
  const access = shown.length === 1 && only && !only.flow ? translate(accessKeys[only.access].inNote) : accessWords(shown);
  const details = [dataset.sensitivity && translate(sensitivityKeys[dataset.sensitivity].inNote), access].filter(Boolean);
  return details.length > 0 ? `${dataset.name} (${details.join(', ')})` : dataset.name;
}

/**
 * The note's text as the canvas wrote it before it spoke other languages, and as an English
 * reader adds it: what "✓ On the canvas" recognises besides the words of the language shown now.
 */
export function englishNoteText(dataset: Dataset, shown: readonly DatasetAccess[]): string {
  const [only] = shown;
  const text = datasetAccessText(shown);
  const access =
    shown.length === 1 && only && !only.flow
      ? `${accessLevelLabels[only.access].toLowerCase()} access`
      : text === null
        ? null
        : `Access: ${text}`;
  const details = [dataset.sensitivity && `${sensitivityLabels[dataset.sensitivity]} data`, access].filter(Boolean);
  return details.length > 0 ? `${dataset.name} (${details.join(', ')})` : dataset.name;
}
