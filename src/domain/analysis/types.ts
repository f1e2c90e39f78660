/**
 * The findings document of `opencities analyze` (formats/ecosystem-map.md, "Findings"): a
 * contract other tools read, so its names, order and shape change only with its version.
 */

/** The rules in the contract's table order: findings are listed in this order, then by subject id. */
export const ruleIds = [
  'focal-point',
  'no-standard',
  'data-in-many-places',
  'personal-data-exposed',
  'isolated-actor',
  'no-beneficiary',
  'single-point-of-failure',
  'one-way-value',
  'unknown-steward',
] as const;
export type RuleId = (typeof ruleIds)[number];

/** Most serious first: the order the text output groups them in. */
export const severities = ['error', 'warning', 'info'] as const;
export type Severity = (typeof severities)[number];

/**
 * One finding, exactly the contract's four fields: tools may compare them whole. What a rule
 * means and what a group might do about it is looked up by rule (`ruleGuidance`), not repeated.
 */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** Ids of the actors, flows or datasets it is about; empty for a finding about the whole map. */
  subjects: string[];
  /** One sentence naming things by name, with the numbers. */
  message: string;
}

/**
 * Figures on the undirected simple graph of all actors and all flows (direction, repeats and
 * self-loops dropped). `density` and `degreeCentralisation` are the exact ratios, in [0, 1],
 * not rounded: rounding is for the text a person reads.
 */
export interface MapMetrics {
  actors: number;
  /** Flows in the file, every kind, self-loops and repeats included. */
  flows: number;
  /** Edges / (n(n−1)/2); 0 when n < 2. */
  density: number;
  /** Connected parts; an actor without edges is one. */
  components: number;
  /** Freeman's: Σ(highest degree − degree) / ((n−1)(n−2)); 0 when n < 3. */
  degreeCentralisation: number;
}

export const findingsFormat = 'opencities/findings';
export const findingsFormatVersion = 1;

export interface FindingsDocument {
  format: typeof findingsFormat;
  version: typeof findingsFormatVersion;
  /** The map's title. */
  map: string;
  metrics: MapMetrics;
  findings: Finding[];
}
