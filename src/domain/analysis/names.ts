import { plural } from '../../shared/index.js';
import type { Flow } from '../map/index.js';
import type { FlowWords } from './findingValues.js';
import { datasetOf, type MapIndex } from './mapIndex.js';

// How messages name things: by name, on one line, falling back to the id when a name is blank.

/** An element as a message names it: its name on one line, or its id when the name is blank. */
export function nameOf(element: { id: string; name: string } | undefined, id = element?.id ?? ''): string {
  const name = element?.name.replace(/\s+/g, ' ').trim() ?? '';
  return name === '' ? id : name;
}

export function actorName(index: MapIndex, id: string): string {
  return nameOf(index.actors.get(id), id);
}

/** `the data flow "hourly upload" of Sensor readings from AirSense Ltd to City Council`. */
export function flowName(index: MapIndex, flow: Flow): string {
  const label = flow.label?.replace(/\s+/g, ' ').trim();
  const dataset = datasetOf(index, flow);
  return [
    `the ${flow.kind} flow`,
    label ? ` "${label}"` : '',
    dataset ? ` of ${nameOf(dataset)}` : '',
    flow.from === flow.to
      ? ` within ${actorName(index, flow.from)}`
      : ` from ${actorName(index, flow.from)} to ${actorName(index, flow.to)}`,
  ].join('');
}

/** What `flowName` says, as values (findingValues.ts), for an interface to word in its language. */
export function flowWords(index: MapIndex, flow: Flow): FlowWords {
  const label = flow.label?.replace(/\s+/g, ' ').trim();
  const dataset = datasetOf(index, flow);
  return {
    kind: flow.kind,
    ...(label && { label }),
    ...(dataset && { dataset: nameOf(dataset) }),
    from: actorName(index, flow.from),
    to: actorName(index, flow.to),
    within: flow.from === flow.to,
  };
}

/** `1 actor`, `3 actors` (the shared plural helper). */
export function count(n: number, noun: string): string {
  return plural(n, noun);
}

/** Up to `max` names joined with commas, then `and N more`, so a message stays one readable line. */
export function nameList(names: string[], max = 4): string {
  if (names.length <= max) return names.join(', ');
  return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

/** Capitalises the first letter: messages open with a flow's description. */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
