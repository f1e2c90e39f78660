import legendMessages from 'virtual:messages/en/map.legend';
import { actorRoles, actorTypes, flowKinds } from '../../domain/map/index.js';
import { addEnglish, msg, translate, useI18n, type MessageKey } from '../i18n/index.js';
import { FlowIcon, NoteIcon, RoleMark, TypeIcon } from './icons.js';
import { actorTypeStyles, flowStyles, noteStyles, offeredNoteKinds, type TypeStyle } from './mapStyle.js';
import { actorRoleKeys, actorTypeKeys, flowKindKeys, noteKindKeys } from './mapVocabulary.js';
import { actorRoleAboutKeys } from './mapVocabularyDetails.js';

addEnglish(legendMessages);

/** What a role means, in the middle of a line ("Steward collects and looks after data"): its first letter in lower case. */
function lowerFirst(text: string, locale: string): string {
  return text.charAt(0).toLocaleLowerCase(locale) + text.slice(1);
}

const shapePaths: Record<TypeStyle['shape'], string> = {
  rectangle: 'M1.5 1.5h41v25h-41z',
  rounded: 'M9 1.5h26a7.5 7.5 0 0 1 7.5 7.5v10a7.5 7.5 0 0 1-7.5 7.5H9A7.5 7.5 0 0 1 1.5 19V9A7.5 7.5 0 0 1 9 1.5z',
  capsule: 'M14 1.5h16a12.5 12.5 0 0 1 0 25H14a12.5 12.5 0 0 1 0-25z',
  hexagon: 'M10 1.5h24L42.5 14 34 26.5H10L1.5 14z',
  octagon: 'M8 1.5h28l6.5 6.5v12L36 26.5H8L1.5 20V8z',
  dashed: 'M1.5 1.5h41v25h-41z',
};

/** The outline an actor of this type has on the map, small, with the type's icon inside. */
function ShapeSample({ type }: { type: (typeof actorTypes)[number] }) {
  const style = actorTypeStyles[type];
  return (
    <span className="map-legend-shape">
      <svg width="44" height="28" viewBox="0 0 44 28" aria-hidden="true" focusable="false">
        <path
          d={shapePaths[style.shape]}
          fill={style.tint}
          stroke={style.colour}
          strokeWidth="3"
          strokeDasharray={style.shape === 'dashed' ? '5 3' : undefined}
        />
      </svg>
      <TypeIcon type={type} size={14} />
    </span>
  );
}

/** A sample of a flow's line, drawn exactly as on the map (colour, pattern, arrowhead). */
function LineSample({ kind }: { kind: (typeof flowKinds)[number] }) {
  const style = flowStyles[kind];
  return (
    <svg width="64" height="16" viewBox="0 0 64 16" aria-hidden="true" focusable="false" className="map-legend-line">
      <path
        d="M2 8H52"
        stroke={style.colour}
        strokeWidth={style.width}
        strokeDasharray={style.dash}
        strokeLinecap={kind === 'service' ? 'round' : 'butt'}
      />
      {style.double && <path d="M4 8H50" stroke="#fff" strokeWidth="2" />}
      <path d="M51 2.5 62 8 51 13.5z" fill={style.colour} />
    </svg>
  );
}

/** How to read the map: every shape, mark, line and note kind, with its name. */
export function Legend() {
  const { t, locale } = useI18n();
  return (
    <section className="map-legend" aria-labelledby="map-legend-title">
      <h2 id="map-legend-title">{t('map.legend.title')}</h2>
      <div className="map-legend-groups">
        <div>
          <h3>{t('map.legend.types')}</h3>
          <ul>
            {actorTypes.map((type) => (
              <li key={type}>
                <ShapeSample type={type} />
                {t(actorTypeKeys[type])}
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h3>{t('map.legend.roles')}</h3>
          <ul className="map-legend-roles">
            {actorRoles.map((role) => (
              <li key={role}>
                <RoleMark role={role} size={14} />
                <span>
                  <strong>{t(actorRoleKeys[role])}</strong> <span className="muted">{lowerFirst(t(actorRoleAboutKeys[role]), locale)}</span>
                </span>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h3>{t('map.legend.flows')}</h3>
          <ul>
            {flowKinds.map((kind) => (
              <li key={kind}>
                <LineSample kind={kind} />
                <FlowIcon kind={kind} />
                {t(flowKindKeys[kind])}
              </li>
            ))}
          </ul>
          <p className="muted">{t('map.legend.arrow')}</p>
        </div>
        <div>
          <h3>{t('map.legend.notes')}</h3>
          <ul>
            {offeredNoteKinds.map((kind) => (
              <li key={kind}>
                <span className="map-legend-note" style={{ color: noteStyles[kind].ink, background: noteStyles[kind].tint }}>
                  <NoteIcon kind={kind} />
                  {t(noteKindKeys[kind])}
                </span>
              </li>
            ))}
          </ul>
        </div>
      </div>
      <details className="map-shortcuts">
        <summary>{t('map.legend.shortcuts')}</summary>
        <dl>
          {shortcuts.map(([keys, what]) => (
            <div key={keys}>
              <dt>
                <kbd>{keysInWords(keys, t)}</kbd>
              </dt>
              <dd>{translate(what)}</dd>
            </div>
          ))}
        </dl>
      </details>
    </section>
  );
}

/** The keys' names as the language's keyboards print them (Strg on a German keyboard, Suppr on a French one). */
const keyNames: Record<string, MessageKey> = {
  Ctrl: msg('map.legend.keyName.ctrl'),
  Shift: msg('map.legend.keyName.shift'),
  Delete: msg('map.legend.keyName.delete'),
  Esc: msg('map.legend.keyName.esc'),
};

/** A shortcut as the person's keyboard names its keys ("Strg+Z"); "Arrow keys" in words. */
function keysInWords(keys: string, t: (key: MessageKey) => string): string {
  if (keys === 'Arrow keys') return t('map.legend.key.arrows');
  return keys.replace(/Ctrl|Shift|Delete|Esc/g, (name) => t(keyNames[name]!));
}

/** The keys (as an English keyboard names them; "Arrow keys" in words) and what each does. */
const shortcuts: [string, MessageKey][] = [
  ['A', msg('map.legend.key.addActor')],
  ['N', msg('map.legend.key.addNote')],
  ['Tab', msg('map.legend.key.tab')],
  ['Arrow keys', msg('map.legend.key.move')],
  ['Delete', msg('map.legend.key.delete')],
  ['Ctrl+Z', msg('map.legend.key.undo')],
  ['Ctrl+Shift+Z', msg('map.legend.key.redo')],
  ['Ctrl+C, Ctrl+V', msg('map.legend.key.copy')],
  ['Ctrl+A', msg('map.legend.key.selectAll')],
  ['F', msg('map.legend.key.fit')],
  ['/', msg('map.legend.key.find')],
  ['Esc', msg('map.legend.key.clear')],
];
