import canvasMessages from 'virtual:messages/en/canvas';
import type { SectionId, SectionStatus, ThemeId } from '../../domain/canvas/index.js';
import { addEnglish, msg, translate, type MessageKey } from '../i18n/index.js';
import { nameVoteDetails } from '../facilitation/voteDetailNames.js';

addEnglish(canvasMessages);

/**
 * The canvas's own content in the person's language: each section's title, prompt, guidance
 * points and examples, the themes' names and summaries, the statuses' names and the credit line,
 * as `canvas.` messages by the section's, theme's or status's stable id. The domain's English
 * (src/domain/canvas: sections.ts, themes.ts, `sectionStatusLabels`, `canvasCredit`) stays where
 * it is: the server's report and Markdown print it; test/unit/i18n/canvasText.test.ts keeps
 * en.json equal to it. Call the functions while drawing in a component that uses `useI18n`.
 */
export interface SectionKeys {
  title: MessageKey;
  prompt: MessageKey;
  guidance: readonly MessageKey[];
  examples: readonly MessageKey[];
}

export const sectionKeys: Record<SectionId, SectionKeys> = {
  'data-sources': {
    title: msg('canvas.section.dataSources.title'),
    prompt: msg('canvas.section.dataSources.prompt'),
    guidance: [
      msg('canvas.section.dataSources.guidance.1'),
      msg('canvas.section.dataSources.guidance.2'),
      msg('canvas.section.dataSources.guidance.3'),
    ],
    examples: [msg('canvas.section.dataSources.example.1'), msg('canvas.section.dataSources.example.2')],
  },
  rights: {
    title: msg('canvas.section.rights.title'),
    prompt: msg('canvas.section.rights.prompt'),
    guidance: [msg('canvas.section.rights.guidance.1'), msg('canvas.section.rights.guidance.2'), msg('canvas.section.rights.guidance.3')],
    examples: [msg('canvas.section.rights.example.1'), msg('canvas.section.rights.example.2')],
  },
  limitations: {
    title: msg('canvas.section.limitations.title'),
    prompt: msg('canvas.section.limitations.prompt'),
    guidance: [
      msg('canvas.section.limitations.guidance.1'),
      msg('canvas.section.limitations.guidance.2'),
      msg('canvas.section.limitations.guidance.3'),
    ],
    examples: [msg('canvas.section.limitations.example.1'), msg('canvas.section.limitations.example.2')],
  },
  context: {
    title: msg('canvas.section.context.title'),
    prompt: msg('canvas.section.context.prompt'),
    guidance: [
      msg('canvas.section.context.guidance.1'),
      msg('canvas.section.context.guidance.2'),
      msg('canvas.section.context.guidance.3'),
    ],
    examples: [msg('canvas.section.context.example.1'), msg('canvas.section.context.example.2')],
  },
  purpose: {
    title: msg('canvas.section.purpose.title'),
    prompt: msg('canvas.section.purpose.prompt'),
    guidance: [
      msg('canvas.section.purpose.guidance.1'),
      msg('canvas.section.purpose.guidance.2'),
      msg('canvas.section.purpose.guidance.3'),
    ],
    examples: [msg('canvas.section.purpose.example.1'), msg('canvas.section.purpose.example.2')],
  },
  'positive-effects': {
    title: msg('canvas.section.positiveEffects.title'),
    prompt: msg('canvas.section.positiveEffects.prompt'),
    guidance: [
      msg('canvas.section.positiveEffects.guidance.1'),
      msg('canvas.section.positiveEffects.guidance.2'),
      msg('canvas.section.positiveEffects.guidance.3'),
    ],
    examples: [msg('canvas.section.positiveEffects.example.1'), msg('canvas.section.positiveEffects.example.2')],
  },
  'negative-effects': {
    title: msg('canvas.section.negativeEffects.title'),
    prompt: msg('canvas.section.negativeEffects.prompt'),
    guidance: [
      msg('canvas.section.negativeEffects.guidance.1'),
      msg('canvas.section.negativeEffects.guidance.2'),
      msg('canvas.section.negativeEffects.guidance.3'),
    ],
    examples: [msg('canvas.section.negativeEffects.example.1'), msg('canvas.section.negativeEffects.example.2')],
  },
  'minimising-harm': {
    title: msg('canvas.section.minimisingHarm.title'),
    prompt: msg('canvas.section.minimisingHarm.prompt'),
    guidance: [
      msg('canvas.section.minimisingHarm.guidance.1'),
      msg('canvas.section.minimisingHarm.guidance.2'),
      msg('canvas.section.minimisingHarm.guidance.3'),
    ],
    examples: [msg('canvas.section.minimisingHarm.example.1'), msg('canvas.section.minimisingHarm.example.2')],
  },
  'engaging-people': {
    title: msg('canvas.section.engagingPeople.title'),
    prompt: msg('canvas.section.engagingPeople.prompt'),
    guidance: [
      msg('canvas.section.engagingPeople.guidance.1'),
      msg('canvas.section.engagingPeople.guidance.2'),
      msg('canvas.section.engagingPeople.guidance.3'),
    ],
    examples: [msg('canvas.section.engagingPeople.example.1'), msg('canvas.section.engagingPeople.example.2')],
  },
  'communicating-purpose': {
    title: msg('canvas.section.communicatingPurpose.title'),
    prompt: msg('canvas.section.communicatingPurpose.prompt'),
    guidance: [
      msg('canvas.section.communicatingPurpose.guidance.1'),
      msg('canvas.section.communicatingPurpose.guidance.2'),
      msg('canvas.section.communicatingPurpose.guidance.3'),
    ],
    examples: [msg('canvas.section.communicatingPurpose.example.1'), msg('canvas.section.communicatingPurpose.example.2')],
  },
  openness: {
    title: msg('canvas.section.openness.title'),
    prompt: msg('canvas.section.openness.prompt'),
    guidance: [
      msg('canvas.section.openness.guidance.1'),
      msg('canvas.section.openness.guidance.2'),
      msg('canvas.section.openness.guidance.3'),
    ],
    examples: [msg('canvas.section.openness.example.1'), msg('canvas.section.openness.example.2')],
  },
  sharing: {
    title: msg('canvas.section.sharing.title'),
    prompt: msg('canvas.section.sharing.prompt'),
    guidance: [
      msg('canvas.section.sharing.guidance.1'),
      msg('canvas.section.sharing.guidance.2'),
      msg('canvas.section.sharing.guidance.3'),
    ],
    examples: [msg('canvas.section.sharing.example.1'), msg('canvas.section.sharing.example.2')],
  },
  'ongoing-implementation': {
    title: msg('canvas.section.ongoingImplementation.title'),
    prompt: msg('canvas.section.ongoingImplementation.prompt'),
    guidance: [
      msg('canvas.section.ongoingImplementation.guidance.1'),
      msg('canvas.section.ongoingImplementation.guidance.2'),
      msg('canvas.section.ongoingImplementation.guidance.3'),
    ],
    examples: [msg('canvas.section.ongoingImplementation.example.1'), msg('canvas.section.ongoingImplementation.example.2')],
  },
  reviews: {
    title: msg('canvas.section.reviews.title'),
    prompt: msg('canvas.section.reviews.prompt'),
    guidance: [
      msg('canvas.section.reviews.guidance.1'),
      msg('canvas.section.reviews.guidance.2'),
      msg('canvas.section.reviews.guidance.3'),
    ],
    examples: [msg('canvas.section.reviews.example.1'), msg('canvas.section.reviews.example.2')],
  },
  actions: {
    title: msg('canvas.section.actions.title'),
    prompt: msg('canvas.section.actions.prompt'),
    guidance: [
      msg('canvas.section.actions.guidance.1'),
      msg('canvas.section.actions.guidance.2'),
      msg('canvas.section.actions.guidance.3'),
    ],
    examples: [msg('canvas.section.actions.example.1'), msg('canvas.section.actions.example.2')],
  },
};

export const themeKeys: Record<ThemeId, { label: MessageKey; summary: MessageKey }> = {
  know: { label: msg('canvas.theme.know.label'), summary: msg('canvas.theme.know.summary') },
  explore: { label: msg('canvas.theme.explore.label'), summary: msg('canvas.theme.explore.summary') },
  plan: { label: msg('canvas.theme.plan.label'), summary: msg('canvas.theme.plan.summary') },
  integrate: { label: msg('canvas.theme.integrate.label'), summary: msg('canvas.theme.integrate.summary') },
};

export const statusKeys: Record<SectionStatus, MessageKey> = {
  'not-started': msg('canvas.status.notStarted'),
  discussed: msg('canvas.status.discussed'),
  'action-needed': msg('canvas.status.actionNeeded'),
  done: msg('canvas.status.done'),
};

export const creditKey: MessageKey = msg('canvas.credit');

export const sectionTitle = (id: SectionId): string => translate(sectionKeys[id].title);

// A canvas note's section in the voting results (facilitation/voteDetailNames.ts).
nameVoteDetails({ section: (id) => (Object.hasOwn(sectionKeys, id) ? sectionTitle(id as SectionId) : undefined) });
export const sectionPrompt = (id: SectionId): string => translate(sectionKeys[id].prompt);
export const sectionGuidance = (id: SectionId): string[] => sectionKeys[id].guidance.map((key) => translate(key));
export const sectionExamples = (id: SectionId): string[] => sectionKeys[id].examples.map((key) => translate(key));
export const themeLabel = (id: ThemeId): string => translate(themeKeys[id].label);
export const themeSummary = (id: ThemeId): string => translate(themeKeys[id].summary);
export const statusName = (status: SectionStatus): string => translate(statusKeys[status]);
