/**
 * The closed lists of the ecosystem map format (formats/ecosystem-map.md, version 1), each with
 * the label the app shows. The values are the file's words and never change once shipped; the
 * labels may. Order is the order pickers and legends show.
 */

export const actorTypes = ['public', 'private', 'third-sector', 'academia', 'individuals'] as const;
export type ActorType = (typeof actorTypes)[number];
export const actorTypeLabels: Record<ActorType, string> = {
  public: 'Public sector',
  private: 'Private sector',
  'third-sector': 'Third sector / community',
  academia: 'Academia',
  individuals: 'Individuals / citizens',
};

/** The mapping method's own four roles first, then the ones workshops add. */
export const actorRoles = ['steward', 'contributor', 'reuser', 'beneficiary', 'intermediary', 'user', 'regulator', 'funder'] as const;
export type ActorRole = (typeof actorRoles)[number];
export const actorRoleLabels: Record<ActorRole, string> = {
  steward: 'Steward',
  contributor: 'Contributor',
  reuser: 'Re-user',
  beneficiary: 'Beneficiary',
  intermediary: 'Intermediary',
  user: 'User',
  regulator: 'Regulator',
  funder: 'Funder',
};
/** What each role means, for tooltips and the legend (DESIGN.md). */
export const actorRoleDescriptions: Record<ActorRole, string> = {
  steward: 'Collects and looks after data',
  contributor: 'Provides data',
  reuser: 'Builds on the data',
  beneficiary: 'Gains from the use of the data',
  intermediary: 'Passes data or services between others',
  user: 'Uses the data or a service built on it',
  regulator: 'Oversees how data is used',
  funder: 'Pays for the work',
};

export const flowKinds = ['data', 'money', 'service', 'value', 'oversight'] as const;
export type FlowKind = (typeof flowKinds)[number];
export const flowKindLabels: Record<FlowKind, string> = {
  data: 'Data',
  money: 'Money',
  service: 'Service or product',
  value: 'Insight or value',
  oversight: 'Oversight',
};

export const sensitivities = ['non-personal', 'personal', 'special-category', 'commercial'] as const;
export type Sensitivity = (typeof sensitivities)[number];
export const sensitivityLabels: Record<Sensitivity, string> = {
  'non-personal': 'Non-personal',
  personal: 'Personal',
  'special-category': 'Special category',
  commercial: 'Commercially sensitive',
};

export const deidentifications = ['identifiable', 'pseudonymised', 'anonymised', 'aggregated'] as const;
export type Deidentification = (typeof deidentifications)[number];
export const deidentificationLabels: Record<Deidentification, string> = {
  identifiable: 'Identifiable',
  pseudonymised: 'Pseudonymised',
  anonymised: 'Anonymised',
  aggregated: 'Aggregated',
};

/** The closed–shared–open spectrum, closed first. */
export const accessLevels = ['closed', 'shared', 'open'] as const;
export type AccessLevel = (typeof accessLevels)[number];
export const accessLevelLabels: Record<AccessLevel, string> = {
  closed: 'Closed',
  shared: 'Shared',
  open: 'Open',
};

export const noteKinds = ['issue', 'opportunity', 'question', 'insight', 'comment'] as const;
export type NoteKind = (typeof noteKinds)[number];
export const noteKindLabels: Record<NoteKind, string> = {
  issue: 'Issue',
  opportunity: 'Opportunity',
  question: 'Question',
  insight: 'Insight',
  comment: 'Comment',
};
