import editorMessages from 'virtual:messages/en/map.editor';
import type { AriaLabelConfig } from '@xyflow/react';
import type { AccessLevel, Actor, ActorRole, ActorType, FlowKind, MapNote, NoteKind } from '../../domain/map/index.js';
import { addEnglish, translate } from '../i18n/index.js';
import { accessLevelKeys, actorRoleKeys, actorTypeKeys, flowKindKeys, namesOf, noteKindKeys, noteKindName } from './mapVocabulary.js';

addEnglish(editorMessages);

/**
 * The words the map's elements show (actors, notes, flows and their accessible names), in
 * one language, made once per language by the editor (`MapEditorInner`, which uses `useI18n`)
 * and handed to every node through `MapEditorContext`: a node reads them from the context it
 * already reads, so it subscribes to nothing more and looks its words up in tables as before.
 */
export interface MapWords {
  locale: string;
  actorType: Record<ActorType, string>;
  role: Record<ActorRole, string>;
  noteKind: Record<NoteKind, string>;
  flowKind: Record<FlowKind, string>;
  access: Record<AccessLevel, string>;
  /** A note with no kind. */
  note: string;
  /** An actor with no name: "(no name)". */
  noName: string;
  /** A flow's end whose name is not known (yet). */
  anActor: string;
  typeNotSet: string;
  notPlaced: string;
  /** The title of an actor's round handle. */
  drawFlow: string;
  /** Read after a pinned note's words: ", a note on {target}". */
  noteOn: (target: string) => string;
  /** What a note pinned to a flow is on: "the data flow". */
  theFlow: (kind: FlowKind) => string;
  /** What a note pinned to a dataset is on: "the dataset Sensor readings". */
  theDataset: (name: string) => string;
  /** "Data flow from A to B" (then ": dataset" when it carries one). */
  flowName: (kind: FlowKind, from: string, to: string, what?: string) => string;
  /** React Flow's words for screen readers. */
  ariaLabels: Partial<AriaLabelConfig>;
}

/** The map's words in the current language (call once per language). */
export function mapWords(locale: string): MapWords {
  const nodeHelp = translate('map.editor.aria.nodeHelp');
  return {
    locale,
    actorType: namesOf(actorTypeKeys),
    role: namesOf(actorRoleKeys),
    noteKind: namesOf(noteKindKeys),
    flowKind: namesOf(flowKindKeys),
    access: namesOf(accessLevelKeys),
    note: noteKindName(undefined),
    noName: translate('map.editor.noName'),
    anActor: translate('map.editor.flow.anActor'),
    typeNotSet: translate('map.editor.actor.typeNotSet'),
    notPlaced: translate('map.editor.actor.notPlaced'),
    drawFlow: translate('map.editor.actor.drawFlow'),
    noteOn: (target) => translate('map.editor.pinned.on', { target }),
    theFlow: (kind) => translate('map.editor.pinned.flow', { kind }),
    theDataset: (name) => translate('map.editor.pinned.dataset', { name }).trim(),
    flowName: (kind, from, to, what) => {
      const values = { kind: translate(flowKindKeys[kind]), from, to };
      return what !== undefined ? translate('map.editor.flow.nameWith', { ...values, what }) : translate('map.editor.flow.name', values);
    },
    ariaLabels: {
      'node.a11yDescription.default': nodeHelp,
      'node.a11yDescription.keyboardDisabled': nodeHelp,
      'node.a11yDescription.ariaLiveMessage': ({ direction }) => translate('map.editor.aria.moved', { direction }),
      'edge.a11yDescription.default': translate('map.editor.aria.edgeHelp'),
      'controls.ariaLabel': translate('map.editor.aria.zoom'),
      'controls.zoomIn.ariaLabel': translate('map.editor.aria.zoomIn'),
      'controls.zoomOut.ariaLabel': translate('map.editor.aria.zoomOut'),
      'controls.fitView.ariaLabel': translate('map.editor.zoomToFit'),
      'controls.interactive.ariaLabel': translate('map.editor.aria.lock'),
      'handle.ariaLabel': translate('map.editor.aria.handle'),
    },
  };
}

/** An actor's accessible name: "Actor City Council, Public sector, roles: Steward, Funder". */
export function actorLabel(actor: Actor, words: MapWords): string {
  const type = actor.type ? words.actorType[actor.type] : translate('map.editor.actor.typeUnsetLower');
  const roles =
    actor.roles.length > 0
      ? translate('map.editor.actor.roles', { roles: actor.roles.map((r) => words.role[r]).join(', ') })
      : translate('map.editor.actor.noRoles');
  return translate('map.editor.actor.label', { name: actor.name || words.noName, type, roles });
}

/** A free note's accessible name: "Issue: the words". */
export function noteLabel(note: MapNote, words: MapWords): string {
  return translate('map.editor.note.label', { kind: note.kind ? words.noteKind[note.kind] : words.note, text: note.text });
}
