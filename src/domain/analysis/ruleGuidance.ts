import type { RuleId } from './types.js';

export interface RuleGuidance {
  /** A short heading for the rule, in the user's words. */
  title: string;
  /** Why it matters. */
  explanation: string;
  /** What a group might do about it. */
  suggestion: string;
}

/**
 * What each rule means and what to do about it, for the app and the text output. Kept apart
 * from the findings so a finding stays exactly the contract's four fields; this text may change
 * between releases, the rule ids may not.
 */
export const ruleGuidance: Record<RuleId, RuleGuidance> = {
  'focal-point': {
    title: 'One actor at the centre',
    explanation: 'When one actor is on half the flows or more, the ecosystem depends on its capacity, priorities and goodwill.',
    suggestion: 'Ask what would happen if this actor stopped; look for flows that could go directly between others, or share the load.',
  },
  'no-standard': {
    title: 'Data flow without a standard',
    explanation: 'Data that follows no open standard is harder to combine, check and reuse, and ties users to one supplier.',
    suggestion: 'Name the standard the data follows (on the flow or its dataset), or agree one with the people who use it.',
  },
  'data-in-many-places': {
    title: 'Data kept in many places',
    explanation: 'Each copy can drift out of date, be secured differently and be hard to correct or delete.',
    suggestion: 'Agree who holds the reference copy, and whether others could read it from there rather than keep their own.',
  },
  'personal-data-exposed': {
    title: 'Personal data shared or open',
    explanation: 'Identifiable or pseudonymised personal data that is shared or open can reveal who people are.',
    suggestion: 'Check the lawful basis and consent; aggregate or anonymise it, or restrict access to those who need it.',
  },
  'isolated-actor': {
    title: 'Actor with no flows',
    explanation: 'An actor on the map with no links is either missing its flows or not really part of this ecosystem.',
    suggestion: 'Add the data, money, services or oversight it exchanges, or take it off the map.',
  },
  'no-beneficiary': {
    title: 'No one shown to benefit',
    explanation: 'A map without beneficiaries or citizens does not show who the data ecosystem is for.',
    suggestion: 'Add the people or groups who gain from the data, and the flows of value that reach them.',
  },
  'single-point-of-failure': {
    title: 'Single point of failure',
    explanation: 'If this actor stops sharing data, some actors can no longer get data from the others at all.',
    suggestion: 'Look for a second route for the data, or agree what happens if this actor stops.',
  },
  'one-way-value': {
    title: 'Gives data, gets nothing back',
    explanation: 'An actor that only gives data may lose the reason to keep giving it.',
    suggestion: 'Show what it receives in return (insight, service, money, recognition), or ask whether it should.',
  },
  'unknown-steward': {
    title: 'Dataset without a steward',
    explanation: 'Without a named steward no one is clearly responsible for the quality, security and access of the data.',
    suggestion: 'Agree who looks after this dataset and name them as its steward.',
  },
};
