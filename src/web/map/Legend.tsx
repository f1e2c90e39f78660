import {
  actorRoleDescriptions,
  actorRoleLabels,
  actorRoles,
  actorTypeLabels,
  actorTypes,
  flowKindLabels,
  flowKinds,
  noteKindLabels,
} from '../../domain/map/index.js';
import { FlowIcon, NoteIcon, RoleMark, TypeIcon } from './icons.js';
import { actorTypeStyles, flowStyles, noteStyles, offeredNoteKinds, type TypeStyle } from './mapStyle.js';

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
  return (
    <section className="map-legend" aria-labelledby="map-legend-title">
      <h2 id="map-legend-title">Legend</h2>
      <div className="map-legend-groups">
        <div>
          <h3>Organisation types</h3>
          <ul>
            {actorTypes.map((type) => (
              <li key={type}>
                <ShapeSample type={type} />
                {actorTypeLabels[type]}
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h3>Roles</h3>
          <ul className="map-legend-roles">
            {actorRoles.map((role) => (
              <li key={role}>
                <RoleMark role={role} size={14} />
                <span>
                  <strong>{actorRoleLabels[role]}</strong> <span className="muted">{actorRoleDescriptions[role].toLowerCase()}</span>
                </span>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h3>Flows</h3>
          <ul>
            {flowKinds.map((kind) => (
              <li key={kind}>
                <LineSample kind={kind} />
                <FlowIcon kind={kind} />
                {flowKindLabels[kind]}
              </li>
            ))}
          </ul>
          <p className="muted">The arrow points the way it flows.</p>
        </div>
        <div>
          <h3>Sticky notes</h3>
          <ul>
            {offeredNoteKinds.map((kind) => (
              <li key={kind}>
                <span className="map-legend-note" style={{ color: noteStyles[kind].ink, background: noteStyles[kind].tint }}>
                  <NoteIcon kind={kind} />
                  {noteKindLabels[kind]}
                </span>
              </li>
            ))}
          </ul>
        </div>
      </div>
      <details className="map-shortcuts">
        <summary>Keyboard shortcuts</summary>
        <dl>
          {shortcuts.map(([keys, what]) => (
            <div key={keys}>
              <dt>
                <kbd>{keys}</kbd>
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
      </details>
    </section>
  );
}

const shortcuts: [string, string][] = [
  ['A', 'add an actor (type its name, then Enter)'],
  ['N', 'add a sticky note, pinned to what is selected'],
  ['Tab', 'move between actors, notes and flows; Enter selects'],
  ['Arrow keys', 'move what is selected (Shift: further)'],
  ['Delete', 'delete what is selected'],
  ['Ctrl+Z', 'undo your last change (only yours)'],
  ['Ctrl+Shift+Z', 'redo'],
  ['Ctrl+C, Ctrl+V', 'copy and paste'],
  ['Ctrl+A', 'select every actor and note'],
  ['F', 'zoom to fit'],
  ['/', 'find an actor'],
  ['Esc', 'clear the selection'],
];
