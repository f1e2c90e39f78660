import { z } from 'zod';
import { AppError, maxPersonNameLength } from '../shared/index.js';
import { atlasDecisionKinds } from './atlas/decisions.js';
import { boardKinds, roles, workshopLanguages } from './workshop.js';
import { layoutLimits, maxBoardTitle } from './requestLimits.js';
import { suggestionLimits, type SuggestionRequest } from './audience.js';

/**
 * Request bodies and other outside data are restored here before they are trusted (STYLE 5).
 * Errors name the field by its path.
 */
const name = z.string().trim().min(1, 'is required').max(maxPersonNameLength, `is longer than ${maxPersonNameLength} characters`);

export const joinRequest = z.object({
  invite: z.string().trim().min(1, 'is required').max(100),
  name,
  organisation: z.string().trim().max(120, 'is longer than 120 characters').default(''),
});
export type JoinRequest = z.infer<typeof joinRequest>;

export const signInRequest = z.object({
  email: z.string().trim().toLowerCase().email('is not an email address'),
  password: z.string().min(1, 'is required').max(200),
});

const meetingLink = z
  .string()
  .trim()
  .max(500)
  .regex(/^https?:\/\/[^\s]+$/i, 'is not a web address (it must start with https:// or http://)')
  .nullable();

/** A workshop's city (SPEC T1): as typed, up to 120 characters; empty or null means none. */
const city = z.string().trim().max(120, 'is longer than 120 characters').nullable();

/** The city of an atlas request (SPEC T12): required, as typed. */
export const atlasCityRequest = z.object({
  city: z.string().trim().min(1, 'is required: name the city, e.g. "Coventry"').max(120, 'is longer than 120 characters'),
});
const atlasElementKey = z.string().min(1, 'is required').max(500, 'is longer than 500 characters');
/** A decision on a city's atlas (SPEC T4): accept or reject a suggestion `a`–`b`, or split source `b` out of element `a`. */
export const atlasDecisionRequest = atlasCityRequest.extend({ kind: z.enum(atlasDecisionKinds), a: atlasElementKey, b: atlasElementKey });

/** A workshop's language (SPEC F6): one the interface speaks, or null for none. */
export const workshopLanguage = z
  .enum(workshopLanguages, {
    error: `is not a language the interface speaks: use one of ${workshopLanguages.join(', ')}, or null for none`,
  })
  .nullable();

/**
 * A message key as the catalogues write them (`join.title`, `error.inviteNotFound`): an area,
 * then dotted words of letters and digits. At most 100 characters (the longest today is 29).
 */
export const messageKeyPattern = /^[a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9]+)+$/;
export const maxMessageKeyLength = 100;

/**
 * A browser's report of a message its language lacks (SPEC F7): the language and the key, and
 * nothing else (no person, no page), so a stray field is refused too.
 */
export const missingTranslationReport = z.strictObject({
  locale: z.enum(workshopLanguages, { error: `is not a language the interface speaks: use one of ${workshopLanguages.join(', ')}` }),
  key: z
    .string({ error: 'is not a message key' })
    .max(maxMessageKeyLength, `is longer than ${maxMessageKeyLength} characters`)
    .regex(messageKeyPattern, 'is not a message key (an area and dotted words, like "join.title")'),
});

export const updateWorkshopRequest = z.object({
  title: z.string().trim().min(1, 'is required').max(120).optional(),
  description: z.string().trim().max(2000).optional(),
  meetingLink: meetingLink.optional(),
  city: city.optional(),
  /** The language its pages open in for people who have not chosen one (SPEC F6); null: not set. */
  language: workshopLanguage.optional(),
  /** Months kept after the last activity (SPEC K1); the installation's limits are checked by the route. */
  retentionMonths: z.number({ error: 'is not a number of months' }).int('is not a whole number of months').optional(),
});

const id = z.string().min(1).max(100);

/**
 * Automatic grouping. Without `groups`, the server splits and applies at once (for API
 * clients); the app first asks POST .../groups/assign/preview and sends back the `groups`
 * the facilitator saw and confirmed, which the server then applies as they are.
 */
export const assignGroupsRequest = z.object({
  groupCount: z.number().int('is not a whole number').min(1).max(50),
  groups: z
    .array(z.object({ groupId: id.nullable(), participantIds: z.array(id).max(1000) }))
    .max(50)
    .optional(),
});

export const previewGroupsRequest = z.object({ groupCount: z.number().int('is not a whole number').min(1).max(50) });

/** A project's title: what the facilitator names the city project a group examines. */
export const projectTitle = z.string().trim().min(1, 'is required').max(120, 'is longer than 120 characters');

export const createProjectRequest = z.object({ title: projectTitle });

export const setGroupProjectRequest = z.object({ projectId: id });

export const moveParticipantRequest = z.object({ groupId: z.string().min(1).nullable() });

export const createWorkshopRequest = z.object({
  title: z.string().trim().min(1, 'is required').max(120),
  description: z.string().trim().max(2000).default(''),
  meetingLink: meetingLink.default(null),
  city: city.default(null),
  /** A template's id (src/domain/facilitation/templates.ts): its agenda, and boards from the agenda. */
  template: z.string().max(60).nullable().default(null),
  /** The language its pages open in for people who have not chosen one (SPEC F6); null: not set. */
  language: workshopLanguage.default(null),
  /**
   * The language of the words the server writes into the new workshop (the template's agenda,
   * the boards' titles), usually the interface's of the person making it. Absent: `language`,
   * else English.
   */
  textLanguage: z
    .enum(workshopLanguages, { error: `is not a language the interface speaks: use one of ${workshopLanguages.join(', ')}` })
    .optional(),
  groups: z.array(name).max(50).default([]),
  projects: z.array(projectTitle).max(20).default([]),
  /** Create one board of each kind per group (and one shared map and canvas if no groups). */
  boardsPerGroup: z.array(z.enum(boardKinds)).default(['ecosystem-map', 'ethics-canvas', 'reflection']),
  /** The booking request the workshop is made from ("Make a workshop", SPEC B7): it becomes scheduled and names the workshop. */
  booking: z.string().max(100).nullable().default(null),
});
export type CreateWorkshopRequest = z.infer<typeof createWorkshopRequest>;

/**
 * Duplicating a workshop as the start of the next one (issue 13): the copy's title, with the
 * same limits as a new workshop's, and whether the boards' contents come too.
 */
export const duplicateWorkshopRequest = z.object({
  title: createWorkshopRequest.shape.title,
  includeBoardContents: z.boolean().default(false),
});

export const createBoardRequest = z.object({
  kind: z.enum(boardKinds),
  title: z.string().trim().min(1, 'is required').max(120),
  groupId: z.string().nullable().default(null),
  projectId: z.string().nullable().default(null),
});

/**
 * A board's title as the facilitator renames it: the same limit as when the board is made.
 * `locked` locks the board read-only for everyone, or unlocks it (SPEC A13).
 */
export const updateBoardRequest = z
  .object({
    title: z.string().trim().min(1, 'is required').max(maxBoardTitle, `is longer than ${maxBoardTitle} characters`).optional(),
    locked: z.boolean().optional(),
  })
  .strict();

/** Sharing a workshop with another facilitator account, by its e-mail address (SPEC A14). */
export const shareWorkshopRequest = z.object({ email: z.string().trim().toLowerCase().email('is not an email address') });

export const createInviteRequest = z.object({
  role: z.enum(roles),
  groupId: z.string().nullable().default(null),
});

/** Revoking an invite can also remove everyone who joined with it (SPEC A10): asked, never implied. */
export const revokeInviteRequest = z.object({ endSessions: z.boolean().default(false) });

export const tokenRequest = z.object({ workshopId: z.string().min(1) });

const layoutSize = z.number().positive().max(10_000);
const actorId = z.string().min(1).max(100);

/**
 * A map layout to compute (POST /api/boards/:id/layout): the actors to place, with the size
 * each takes on screen, the flows between them, and the shape to aim for (width / height).
 * Only ids and sizes travel: the server needs no names to place boxes.
 */
export const layoutRequest = z
  .object({
    actors: z
      .array(z.object({ id: actorId, width: layoutSize, height: layoutSize }).strict())
      .min(1, 'needs at least one actor')
      .max(layoutLimits.actors, `has more than ${layoutLimits.actors} actors`),
    flows: z
      .array(
        z
          .object({
            from: actorId,
            to: actorId,
            /** The size of the flow's label, for the layout to leave room for it between the two actors. */
            label: z.object({ width: layoutSize, height: layoutSize }).strict().optional(),
          })
          .strict(),
      )
      .max(layoutLimits.flows, `has more than ${layoutLimits.flows} flows`),
    aspectRatio: z.number().min(layoutLimits.aspectRatio.min).max(layoutLimits.aspectRatio.max),
  })
  .strict();
export type LayoutRequest = z.infer<typeof layoutRequest>;

/** Parse `input` with `schema`, or throw VALIDATION_FAILED naming each bad field by path. */
export function restore<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const detail = result.error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join('.') : 'body'}: ${i.message}`)
    .join('; ');
  throw new AppError('VALIDATION_FAILED', detail);
}

// ---- the audience's suggestions (SPEC W5, W6) ----
const suggestionText = (max: number) => z.string().trim().min(1, 'is required').max(max, `is longer than the limit of ${max} characters`);

/** POST /api/audience/:code/suggestions: an actor, a flow between two actors on the map, or a note. */
export const suggestionRequest: z.ZodType<SuggestionRequest> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('actor'), name: suggestionText(suggestionLimits.name) }).strict(),
  z
    .object({
      kind: z.literal('flow'),
      from: suggestionText(100),
      to: suggestionText(100),
      label: suggestionText(suggestionLimits.label).optional(),
    })
    .strict(),
  z.object({ kind: z.literal('note'), text: suggestionText(suggestionLimits.text) }).strict(),
]);
