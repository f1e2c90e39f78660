import { z } from 'zod';
import { oneLine } from '../../shared/index.js';
import type { SectionId } from '../canvas/index.js';
import type { Priority, SectionStatus } from '../canvas/types.js';
import type { EcosystemMap } from '../map/index.js';

/** A slug: lower-case letters and digits in words joined by single hyphens (SPEC U6). */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const publicLimits = {
  slug: 60,
  comment: 2000,
  commentName: 80,
  /** Canvas actions and sections a facilitator may pick: every one a canvas can hold is far fewer. */
  picks: 500,
} as const;

/** A canvas action as the public sees it: no owner (a person's name), no note it came from. */
export interface PublicAction {
  section: SectionId;
  text: string;
  due?: string;
  priority: Priority;
  done: boolean;
}

/** What the page shows of a canvas: the sections' statuses and the actions the facilitator chose (U3). */
export interface PublicCanvas {
  sections: { id: SectionId; status: SectionStatus }[];
  actions: PublicAction[];
}

/**
 * A published page (SPEC U1–U5): a snapshot made when the facilitator publishes, never read
 * from the live boards afterwards. The map has no notes and no fields the format does not know.
 */
export interface PublicSnapshot {
  slug: string;
  title: string;
  map: EcosystemMap;
  canvas: PublicCanvas | null;
  publishedAt: string;
}

/** A published page as the store keeps it: its snapshot and which project and boards it came from. */
export interface PublicPage {
  id: string;
  workshopId: string;
  projectId: string;
  mapBoardId: string;
  canvasBoardId: string | null;
  /** What the facilitator ticked, to start from when publishing again. */
  sectionIds: string[];
  actionIds: string[];
  snapshot: PublicSnapshot;
}

/** A visitor's question or comment (U7): shown once a facilitator approved it. */
export interface PublicComment {
  id: string;
  pageId: string;
  workshopId: string;
  name: string | null;
  text: string;
  createdAt: string;
  approvedAt: string | null;
}

const slug = z
  .string()
  .trim()
  .max(publicLimits.slug, `is longer than ${publicLimits.slug} characters`)
  .regex(slugPattern, 'is lower-case letters and digits joined by hyphens, like "air-quality-sensors"');

const picks = z.array(z.string().max(100)).max(publicLimits.picks, `names more than ${publicLimits.picks}`);

/** The facilitator's choices: the project's map board, optionally its canvas, and what of the canvas to show. */
export const publishRequest = z.object({
  mapBoardId: z.string().min(1, 'is required').max(100),
  canvasBoardId: z.string().max(100).nullish(),
  actionIds: picks.default([]),
  sectionIds: picks.default([]),
  slug: slug.optional(),
});
export type PublishRequest = z.infer<typeof publishRequest>;

/** A visitor's comment, from the page's plain HTML form. `website` is the honeypot, as on bookings (B2). */
export const commentRequest = z.object({
  name: z
    .string()
    .transform(oneLine)
    .pipe(z.string().max(publicLimits.commentName, `is longer than ${publicLimits.commentName} characters`))
    .optional()
    .transform((s) => (s ? s : null)),
  text: z.string().trim().min(1, 'is required').max(publicLimits.comment, `is longer than ${publicLimits.comment} characters`),
  website: z.string().max(500).optional(),
});
export type CommentRequest = z.infer<typeof commentRequest>;

export const commentUpdate = z.object({ approved: z.literal(true, { message: 'is true: a comment is approved, or deleted' }) });
