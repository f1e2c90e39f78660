import type { CSSProperties } from 'react';
import type { ActorRole, ActorType, FlowKind, NoteKind } from '../../domain/map/index.js';
import { actorTypeStyles, flowStyles, noteStyles, roleColours } from './mapStyle.js';

/**
 * Small inline SVG marks: drawn, not font glyphs, so they look the same on every machine
 * and inside exported pictures. Always shown beside a text label, so they are hidden from
 * assistive technology (the label says it).
 */

const typePaths: Record<ActorType | 'unset', string> = {
  // a building with columns
  public: 'M8 1 15 5H1zM2.5 6.5h2.2v6H2.5zM6.9 6.5h2.2v6H6.9zM11.3 6.5h2.2v6h-2.2zM1 13.5h14V15H1z',
  // a briefcase
  private: 'M5.5 2.5h5v2h-1.6V4H7.1v.5H5.5zM1.5 5h13v3.5h-13zM1.5 9.5h5.5v1h2v-1h5.5V14h-13z',
  // a heart
  'third-sector': 'M8 14.5 2 8.6A3.6 3.6 0 0 1 8 3.7a3.6 3.6 0 0 1 6 4.9z',
  // a mortarboard
  academia: 'M8 2 15.5 5.5 8 9 .5 5.5zM3.5 7.6v3.6c1.6 2.2 7.4 2.2 9 0V7.6L8 9.7zM14 6.3h1v5h-1z',
  // a person
  individuals: 'M8 1.5a3 3 0 1 1 0 6 3 3 0 0 1 0-6zM2.5 15c0-3.6 2.4-6 5.5-6s5.5 2.4 5.5 6z',
  // a question mark in a ring
  unset:
    'M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1zm0 1.6a5.4 5.4 0 1 0 0 10.8A5.4 5.4 0 0 0 8 2.6zM7.2 10.4h1.6V12H7.2zM8 4c1.5 0 2.6.9 2.6 2.2 0 1.6-1.8 1.7-1.8 3.2H7.2c0-2.2 1.8-2.3 1.8-3.2 0-.5-.4-.8-1-.8s-1 .4-1.1 1H5.4C5.5 4.9 6.5 4 8 4z',
};

export function TypeIcon({ type, size = 18 }: { type: ActorType | undefined; size?: number }) {
  const key = type ?? 'unset';
  return (
    <svg className="map-icon" width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={typePaths[key]} fill={actorTypeStyles[key].colour} fillRule="evenodd" />
    </svg>
  );
}

const rolePaths: Record<ActorRole, string> = {
  steward: 'M6 .8a5.2 5.2 0 1 1 0 10.4A5.2 5.2 0 0 1 6 .8z', // circle
  contributor: 'M6 .6 11.6 11H.4z', // triangle
  reuser: 'M6 .2 11.8 6 6 11.8.2 6z', // diamond
  beneficiary: 'M6 .3 7.6 4.1l4.1.3-3.1 2.7 1 4L6 8.9l-3.6 2.2 1-4L.3 4.4l4.1-.3z', // star
  intermediary: 'M3 .8h6L12 6 9 11.2H3L0 6z', // hexagon
  user: 'M1.2 1.2h9.6v9.6H1.2z', // square
  regulator: 'M6 .3 11 2.3V6c0 3-2.3 5-5 5.8C3.3 11 1 9 1 6V2.3z', // shield
  funder: 'M6 .6a5.4 5.4 0 1 1 0 10.8A5.4 5.4 0 0 1 6 .6zm0 2.9a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5z', // ring
};

export function RoleMark({ role, size = 12 }: { role: ActorRole; size?: number }) {
  return (
    <svg className="map-icon" width={size} height={size} viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <path d={rolePaths[role]} fill={roleColours[role]} fillRule="evenodd" />
    </svg>
  );
}

const flowPaths: Record<FlowKind, string> = {
  // a database cylinder
  data: 'M8 1c3.3 0 6 1 6 2.4v9.2C14 14 11.3 15 8 15s-6-1-6-2.4V3.4C2 2 4.7 1 8 1zm0 1.5c-2.8 0-4.5.6-4.5.9s1.7.9 4.5.9 4.5-.6 4.5-.9-1.7-.9-4.5-.9zM3.5 5.5v2.2c.6.4 2.2.9 4.5.9s3.9-.5 4.5-.9V5.5c-1 .5-2.7.8-4.5.8s-3.5-.3-4.5-.8zm0 4.2v2.7c.6.4 2.2.9 4.5.9s3.9-.5 4.5-.9V9.7c-1 .5-2.7.8-4.5.8s-3.5-.3-4.5-.8z',
  // a banknote
  money: 'M.5 3.5h15v9H.5zM2 5v6h12V5zm6 .8a2.2 2.2 0 1 1 0 4.4 2.2 2.2 0 0 1 0-4.4zM3 7h1.5v2H3zm8.5 0H13v2h-1.5z',
  // a parcel
  service: 'M8 .8 15 4.3v7.4L8 15.2 1 11.7V4.3zM3 5.4v5.3l4.2 2.1V7.5zm10 0L8.8 7.5v5.3l4.2-2.1zM8 2.6 4.4 4.4 8 6.2l3.6-1.8z',
  // a light bulb
  value:
    'M8 .8a5 5 0 0 1 3 9c-.6.5-.9 1-.9 1.7v.5H5.9v-.5c0-.7-.3-1.2-.9-1.7a5 5 0 0 1 3-9zM5.9 13h4.2v1.1c0 .6-.5 1.1-1.1 1.1H7c-.6 0-1.1-.5-1.1-1.1z',
  // an eye
  oversight:
    'M8 3c3.6 0 6.3 2.6 7.5 5-1.2 2.4-3.9 5-7.5 5S1.7 10.4.5 8C1.7 5.6 4.4 3 8 3zm0 1.8a3.2 3.2 0 1 0 0 6.4 3.2 3.2 0 0 0 0-6.4zM8 6.5a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3z',
};

export function FlowIcon({ kind, size = 16 }: { kind: FlowKind; size?: number }) {
  return (
    <svg className="map-icon" width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={flowPaths[kind]} fill={flowStyles[kind].colour} fillRule="evenodd" />
    </svg>
  );
}

const notePaths: Record<NoteKind | 'unset', string> = {
  // a warning triangle with "!"
  issue: 'M8 .8 15.6 14.5H.4zM7.1 5.5v4.6h1.8V5.5zm0 5.8v1.7h1.8v-1.7z',
  // an arrow up and to the right
  opportunity: 'M5 2h9v9h-2V5.4l-8.3 8.3-1.4-1.4L10.6 4H5z',
  // a question mark in a disc
  question:
    'M8 .8a7.2 7.2 0 1 1 0 14.4A7.2 7.2 0 0 1 8 .8zM7.2 10.6v1.6h1.6v-1.6zM8 3.8c-1.5 0-2.5.9-2.6 2.3H7c.1-.6.5-1 1-1s1 .3 1 .8c0 .9-1.8 1-1.8 3.2h1.6c0-1.5 1.8-1.6 1.8-3.2 0-1.3-1.1-2.1-2.6-2.1z',
  // a spark
  insight: 'M8 .5 9.8 6.2 15.5 8l-5.7 1.8L8 15.5 6.2 9.8.5 8l5.7-1.8z',
  // a speech bubble
  comment: 'M1 2h14v9.5H6.5L3 14.5v-3H1z',
  unset: 'M1 2h14v9.5H6.5L3 14.5v-3H1z',
};

export function NoteIcon({ kind, size = 16 }: { kind: NoteKind | undefined; size?: number }) {
  const key = kind ?? 'unset';
  return (
    <svg className="map-icon" width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={notePaths[key]} fill={noteStyles[key].ink} fillRule="evenodd" />
    </svg>
  );
}

/**
 * The same icons as CSS background images (an SVG data URL each, from the same paths and
 * colours), for what the map draws many times: an actor's type and roles, a flow label's kind.
 * There an <svg> and its <path> would be two more elements per icon (about a third of an
 * actor's elements); an image is decoded once and drawn from the cache. Set them as `style`;
 * mapBoard.css gives the size and the room (`.map-actor-type`, `.map-role`, `.map-flow-kind`).
 */
function iconImage(path: string, colour: string, box: number): CSSProperties {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${box} ${box}"><path d="${path}" fill="${colour}" fill-rule="evenodd"/></svg>`;
  return { backgroundImage: `url("data:image/svg+xml,${encodeURIComponent(svg)}")` };
}

function iconImages<K extends string>(paths: Record<K, string>, colour: (key: K) => string, box: number): Record<K, CSSProperties> {
  return Object.fromEntries((Object.keys(paths) as K[]).map((key) => [key, iconImage(paths[key], colour(key), box)])) as Record<
    K,
    CSSProperties
  >;
}

export const typeIconImages = iconImages(typePaths, (type) => actorTypeStyles[type].colour, 16);
export const roleMarkImages = iconImages(rolePaths, (role) => roleColours[role], 12);
export const flowIconImages = iconImages(flowPaths, (kind) => flowStyles[kind].colour, 16);
