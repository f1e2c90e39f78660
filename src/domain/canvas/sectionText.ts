import { canvasLayout, sectionIds, type SectionId, type SectionPlace } from './sections.js';

/**
 * The canvas's sections in English: titles follow the Open Data Institute's canvas; prompts,
 * guidance and examples are our own words for city data projects. For what is written in
 * English (the report, Markdown, the published page); the web shows them from its catalogues,
 * checked equal to these. Wherever titles or guidance are shown, show `canvasCredit` too (CC
 * BY-SA 4.0 asks for attribution, and guidance derived from it stays under that licence).
 */
export const canvasCredit = "Structure adapted from the Open Data Institute's Data Ethics Canvas (CC BY-SA 4.0)";

export interface SectionInfo extends SectionPlace {
  title: string;
  /** One question, shown on the section itself. */
  prompt: string;
  /** Points shown when the guidance is expanded. */
  guidance: readonly string[];
  examples: readonly string[];
}

type SectionText = Omit<SectionInfo, 'id' | 'number' | 'theme'>;

const text: Record<SectionId, SectionText> = {
  'data-sources': {
    title: 'Data sources',
    prompt: 'Which data does the project use, and where does each set come from?',
    guidance: [
      'List every dataset, including ones you combine, derive or buy, not only the ones you collect yourselves.',
      'For each, note who collects it, who holds copies and how often it changes.',
      'If the canvas is linked to an ecosystem map, compare its datasets with this list: anything missing from either deserves a note.',
    ],
    examples: [
      'Hourly air quality readings from 40 street sensors run by a vendor',
      'Bus tap-ins shared monthly by the transport operator',
    ],
  },
  rights: {
    title: 'Rights around data sources',
    prompt: 'On what basis do you hold each dataset, and what was it first collected for?',
    guidance: [
      'Name the licence, contract, legal duty or consent that lets you use it.',
      'Compare the purpose it was collected for with yours: a new use may need a new basis.',
      'Mark which data is personal or sensitive, and who has a say over it.',
    ],
    examples: [
      'Parking permit records: held under a legal duty, not collected for travel research',
      'The sensor feed is openly licensed, but the vendor contract limits resale',
    ],
  },
  limitations: {
    title: 'Limitations in data sources',
    prompt: 'What gaps, biases or quality problems could lead the project to wrong conclusions?',
    guidance: [
      'Ask who or what is missing: areas without sensors, people without smartphones, languages not offered.',
      'Look at how the data was cleaned, sampled or estimated, and how old it is.',
      'Decide what you would do if a limitation turned out to matter.',
    ],
    examples: [
      'Sensors sit on main roads only, so side streets near schools are not measured',
      'App reports come mostly from younger residents',
    ],
  },
  context: {
    title: 'Ethical and legislative context',
    prompt: 'Which laws, codes and local policies apply, and what do they ask of you?',
    guidance: [
      'Include data protection, equality duties, freedom of information and rules for your sector.',
      "Add the city's own policies: open data, procurement, registers of algorithms.",
      'Note where the rules are unclear and who you could ask.',
    ],
    examples: [
      'A data protection impact assessment is needed before cameras count cyclists',
      "The council's open data policy asks for publication unless there is a reason not to",
    ],
  },
  purpose: {
    title: 'Your reason for using data',
    prompt: 'Why does the project need data at all, and what public good should it bring?',
    guidance: [
      'Say which decision or service the data will change.',
      'Check whether less data, or none, would do.',
      'Write the purpose so that a resident understands it in one sentence.',
    ],
    examples: [
      'To decide where low-traffic streets go near primary schools',
      'To publish a live map so people with asthma can plan their routes',
    ],
  },
  'positive-effects': {
    title: 'Positive effects on people',
    prompt: 'Who gains from the project, in what way, and how will you know?',
    guidance: [
      'Think of residents, businesses, community groups and staff, not only the city.',
      'Choose a sign you can track that shows the gain is real.',
      'Ask how the gain could also reach the people who benefit least today.',
    ],
    examples: [
      'Parents get air readings for their school street and can act on them',
      'Community groups reuse the open feed for their own campaigns',
    ],
  },
  'negative-effects': {
    title: 'Negative effects on people',
    prompt: 'Who could be harmed, and would they know it was happening?',
    guidance: [
      'Consider re-identification when datasets are joined, profiling, and people left out of services.',
      "Think of harm to places too: a street labelled 'polluted' may lose value.",
      'Ask whether the people affected could notice the harm and complain about it.',
    ],
    examples: [
      'Joining sensor positions with school timetables could show when a child walks past',
      'Neighbourhoods with few sensors may get fewer improvements',
    ],
  },
  'minimising-harm': {
    title: 'Minimising negative effects',
    prompt: 'What will reduce those harms, and how will you notice new ones?',
    guidance: [
      'Match each harm with a measure: aggregation, access control, deletion dates, a person checking.',
      'Decide who watches for harm, and how often.',
      'Plan what happens when something goes wrong, including telling the people affected.',
    ],
    examples: [
      'Publish readings per street segment, not per exact sensor position',
      'Delete raw camera footage within 24 hours of counting',
    ],
  },
  'engaging-people': {
    title: 'Engaging with people',
    prompt: 'How can the people affected ask questions, correct mistakes or object?',
    guidance: [
      'Give a named contact and a way to respond that needs no account.',
      'Involve residents early, not only once the system is built.',
      'Record what you changed because of what people said.',
    ],
    examples: ['A drop-in session at the library before sensors go up', 'A form to report a sensor that seems wrong'],
  },
  'communicating-purpose': {
    title: 'Communicating your purpose',
    prompt: 'Do the people affected, vulnerable groups included, understand what the project does and why?',
    guidance: [
      'Explain in plain language, and in the languages spoken locally.',
      'Try the explanation on people who were not in the room.',
      'Say what data is not collected as well as what is.',
    ],
    examples: ['A one-page notice on each sensor pole, linking to the live map', 'An easy-read version for the disability forum'],
  },
  openness: {
    title: 'Openness and transparency',
    prompt: 'What will you publish, who outside the team checks the work, and will this canvas be public?',
    guidance: [
      'List the data, code, methods and decisions you can publish, and say why anything stays closed.',
      "Find an outside reviewer: a university, an ethics board, a residents' panel.",
      'Consider publishing this canvas itself.',
    ],
    examples: [
      'The sensor feed goes out under an open licence, with the calibration method',
      "The city's ethics board reviews the project twice a year",
    ],
  },
  sharing: {
    title: 'Sharing data with others',
    prompt: 'Who else receives data from the project, and on what terms?',
    guidance: [
      'Name each organisation and what it gets: raw, aggregated or open data.',
      'Write the terms down: purpose, how long it is kept, whether it may be passed on.',
      'Check what happens to shared copies when the project ends.',
    ],
    examples: [
      'University researchers get raw readings under a data sharing agreement',
      'The vendor keeps copies for maintenance only, deleted after 30 days',
    ],
  },
  'ongoing-implementation': {
    title: 'Ongoing implementation',
    prompt: "How will people's views and ethical thinking stay part of everyday work?",
    guidance: [
      "Make keeping this canvas up to date somebody's job.",
      'Build ethics into routine moments: buying systems, approving changes, training staff.',
      'Make it easy for staff to raise a concern.',
    ],
    examples: [
      'New team members go through the canvas in their first week',
      'Every change to the sensor network gets a short ethics check',
    ],
  },
  reviews: {
    title: 'Reviews and iterations',
    prompt: 'How will you keep watch on issues, and when will you come back to this canvas?',
    guidance: [
      'Set a next review date, and name the events that would bring it forward.',
      'Decide which signals you will watch between reviews.',
      'Save a dated version after each review, so you can see what changed.',
    ],
    examples: ['Review after six months, or sooner if a new dataset is added', 'A quarterly look at complaints and data requests'],
  },
  actions: {
    title: 'Your actions',
    prompt: 'What has to happen before the project goes ahead, most important first?',
    guidance: [
      'Turn the notes that matter most into actions, each with an owner and a due date.',
      'Rank them: whatever blocks the project comes first.',
      'Tick them off when done, and take the open ones to the next review.',
    ],
    examples: ['Agree deletion terms with the sensor vendor by the end of January', 'Hold a drop-in session before installation'],
  },
};

export const canvasSections: readonly SectionInfo[] = canvasLayout.map((place) => ({ ...place, ...text[place.id] }));

export function sectionInfo(id: SectionId): SectionInfo {
  // Every id has an entry: `canvasSections` is built from `sectionIds`.
  return canvasSections[sectionIds.indexOf(id)] as SectionInfo;
}
