import detailMessages from 'virtual:messages/en/map.kind.roleAbout,map.kind.sensitivity,map.kind.deidentification,map.kind.choice';
import type { ActorRole, Deidentification, Sensitivity } from '../../domain/map/index.js';
import { addEnglish, msg, translate, type MessageKey } from '../i18n/index.js';

addEnglish(detailMessages);

/**
 * The words of the map's closed lists that only the side panels and the legend show (loaded
 * after the board is drawn, with them): what each role means, a dataset's sensitivity and
 * de-identification, and "Not set" in a list's choices. The rest: mapVocabulary.ts.
 */

export const actorRoleAboutKeys: Record<ActorRole, MessageKey> = {
  steward: msg('map.kind.roleAbout.steward'),
  contributor: msg('map.kind.roleAbout.contributor'),
  reuser: msg('map.kind.roleAbout.reuser'),
  beneficiary: msg('map.kind.roleAbout.beneficiary'),
  intermediary: msg('map.kind.roleAbout.intermediary'),
  user: msg('map.kind.roleAbout.user'),
  regulator: msg('map.kind.roleAbout.regulator'),
  funder: msg('map.kind.roleAbout.funder'),
};

export const sensitivityKeys: Record<Sensitivity, MessageKey> = {
  'non-personal': msg('map.kind.sensitivity.nonPersonal'),
  personal: msg('map.kind.sensitivity.personal'),
  'special-category': msg('map.kind.sensitivity.specialCategory'),
  commercial: msg('map.kind.sensitivity.commercial'),
};

export const deidentificationKeys: Record<Deidentification, MessageKey> = {
  identifiable: msg('map.kind.deidentification.identifiable'),
  pseudonymised: msg('map.kind.deidentification.pseudonymised'),
  anonymised: msg('map.kind.deidentification.anonymised'),
  aggregated: msg('map.kind.deidentification.aggregated'),
};

/** "Not set": a field of a closed list left empty. */
export function notSetName(): string {
  return translate('map.kind.choice.notSet');
}

/** Options for a closed list, in its order, with "Not set" first (panels/fields.tsx `SelectField`). */
export function kindChoices<T extends string>(values: readonly T[], keys: Record<T, MessageKey>) {
  return [{ value: '' as const, label: notSetName() }, ...values.map((value) => ({ value, label: translate(keys[value]) }))];
}
