import { z } from 'zod';
import { fieldSchemas as f } from './fields.js';

/**
 * The shape of a version 1 canvas file, as zod reads it. Objects are loose so that fields
 * this version does not know survive to be kept (formats/ethics-canvas.md: "unknown extra
 * fields are kept on round trip"). Optional fields may also be `null`, which other tools
 * write for "none"; both mean absent. `format` and `version` are checked before this runs.
 */
export const noteSchema = z.looseObject({
  id: f.id,
  text: f.noteText,
  author: f.name.nullish(),
  votes: f.votes.nullish(),
  colour: f.colour.nullish(),
});

export const actionSchema = z.looseObject({
  id: f.id,
  text: f.actionText,
  owner: f.name.nullish(),
  due: f.date.nullish(),
  priority: f.priority.nullish(),
  done: z.boolean().nullish(),
  fromNote: f.id.nullish(),
});

export const sectionSchema = z.looseObject({
  id: f.section,
  status: f.status.nullish(),
  notes: z.array(noteSchema).nullish(),
  actions: z.array(actionSchema).nullish(),
});

export const reviewSchema = z.looseObject({
  date: f.date,
  by: f.name.nullish(),
  summary: f.reviewSummary.nullish(),
});

export const canvasFileSchema = z.looseObject({
  format: z.string(),
  version: z.number(),
  id: f.id.nullish(),
  title: f.title,
  map: f.id.nullish(),
  sections: z.array(sectionSchema).nullish(),
  reviews: z.array(reviewSchema).nullish(),
  nextReview: f.date.nullish(),
});
export type CanvasFileData = z.infer<typeof canvasFileSchema>;

/** Field names each kind of object knows; everything else in it is kept as `extra`. */
/** The fields each object of the file knows (canvasKeys.ts), as this schema has them. */
export const schemaKeys = {
  canvas: Object.keys(canvasFileSchema.shape),
  section: Object.keys(sectionSchema.shape),
  note: Object.keys(noteSchema.shape),
  action: Object.keys(actionSchema.shape),
  review: Object.keys(reviewSchema.shape),
};
