import { useId } from 'react';
import panelMessages from 'virtual:messages/en/map.panel';
import { actorRoles, type ActorRole } from '../../../domain/map/index.js';
import { addEnglish, useI18n } from '../../i18n/index.js';
import { RoleMark } from '../icons.js';
import { actorRoleKeys } from '../mapVocabulary.js';
import { actorRoleAboutKeys } from '../mapVocabularyDetails.js';

addEnglish(panelMessages);

/** The method's four roles come first; the ones workshops add follow under their own heading. */
const methodRoles = actorRoles.slice(0, 4);
const moreRoles = actorRoles.slice(4);

/** An actor's roles as checkboxes, each with its mark, its name and what it means. */
export function RolesField({
  roles,
  onChange,
  disabled,
}: {
  roles: ActorRole[];
  onChange: (roles: ActorRole[]) => void;
  disabled: boolean;
}) {
  const id = useId();
  const { t } = useI18n();
  const toggle = (role: ActorRole, on: boolean) => {
    const set = new Set(roles);
    if (on) set.add(role);
    else set.delete(role);
    // Kept in the vocabulary's order, so the same roles always read the same way.
    onChange(actorRoles.filter((r) => set.has(r)));
  };
  const box = (role: ActorRole) => (
    <li key={role}>
      <input
        type="checkbox"
        id={`${id}-${role}`}
        checked={roles.includes(role)}
        disabled={disabled}
        onChange={(e) => toggle(role, e.target.checked)}
        aria-describedby={`${id}-${role}-about`}
      />
      <label htmlFor={`${id}-${role}`}>
        <RoleMark role={role} size={14} />
        {t(actorRoleKeys[role])}
      </label>
      <span className="map-check-hint" id={`${id}-${role}-about`}>
        {t(actorRoleAboutKeys[role])}
      </span>
    </li>
  );
  return (
    <fieldset className="map-field map-roles-field">
      <legend>{t('map.panel.roles')}</legend>
      <ul className="map-checks">{methodRoles.map(box)}</ul>
      <p className="map-checks-heading">{t('map.panel.roles.more')}</p>
      <ul className="map-checks">{moreRoles.map(box)}</ul>
    </fieldset>
  );
}
