/**
 * The four themes the canvas's fifteen sections are grouped in, in display order. Ids are
 * part of the file format's vocabulary (formats/ethics-canvas.md); labels and summaries are
 * display text in our own words.
 */
export const themeIds = ['know', 'explore', 'plan', 'integrate'] as const;
export type ThemeId = (typeof themeIds)[number];

export interface ThemeInfo {
  id: ThemeId;
  label: string;
  summary: string;
}

export const canvasThemes: readonly ThemeInfo[] = [
  { id: 'know', label: 'Know your data', summary: 'Where the data comes from, what you may do with it, and where it falls short.' },
  { id: 'explore', label: 'Explore the effects', summary: 'Why the project uses data, and how that helps or harms people.' },
  { id: 'plan', label: 'Plan engagement and openness', summary: 'How people are involved and told, and what is published or shared.' },
  {
    id: 'integrate',
    label: 'Make it part of the work',
    summary: 'Keeping ethics in routine work, reviewing the canvas, and acting on it.',
  },
];
