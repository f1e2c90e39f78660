import type { Deidentification, FlowKind, Sensitivity } from '../map/index.js';
import type { Finding } from './types.js';

/**
 * What a finding's message says, as values, so an interface can word the same sentence in its
 * own language (the web's findings panel). Not part of the findings document: a finding stays
 * exactly the contract's four fields, and its English `message` is what the rules write. The
 * values are kept beside the finding objects a rule made, for as long as those objects live.
 */

/** A flow as a message names it: `the data flow "hourly upload" of Sensor readings from A to B`. */
export interface FlowWords {
  kind: FlowKind;
  /** The flow's label on one line, if it has one. */
  label?: string;
  /** The name of the dataset it carries, if it names one that exists. */
  dataset?: string;
  from: string;
  to: string;
  /** A self-loop: "within A". */
  within: boolean;
}

/** Actors named in a list ("A, B, C, D and 2 more"), by id order. */
export interface NamedActors {
  count: number;
  names: string[];
}

export type FindingValues =
  | { rule: 'focal-point'; actor: string; on: number; total: number }
  | { rule: 'no-standard'; flow: FlowWords; hasDataset: boolean }
  | { rule: 'data-in-many-places'; dataset: string; holders?: NamedActors; leaving?: NamedActors }
  | {
      rule: 'personal-data-exposed';
      flow: FlowWords;
      access: 'open' | 'shared';
      sensitivity: Sensitivity;
      /** Absent: not de-identified at all. */
      deidentification?: Deidentification;
    }
  | { rule: 'isolated-actor'; actor: string }
  | { rule: 'no-beneficiary'; actors: number }
  | { rule: 'single-point-of-failure'; actor: string; before: number; after: number }
  | { rule: 'one-way-value'; actor: string; flows: number }
  | { rule: 'unknown-steward'; dataset: string };

const kept = new WeakMap<Finding, FindingValues>();

/** A finding made by a rule, with the values its message says (see `findingValues`). */
export function withValues(finding: Finding, values: FindingValues): Finding {
  kept.set(finding, values);
  return finding;
}

/** The values a finding's message says, for a finding a rule made in this process (undefined for one read from a file). */
export function findingValues(finding: Finding): FindingValues | undefined {
  return kept.get(finding);
}
