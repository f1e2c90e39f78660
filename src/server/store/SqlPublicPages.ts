import { createHash } from 'node:crypto';
import type { PublicComment, PublicPage, PublicSnapshot } from '../../domain/publicPage/index.js';
import { AppError } from '../../shared/index.js';
import type { RowCipher } from './RowCipher.js';

/** What SqlPublicPages needs of its store: `$n` queries and the cipher. */
export interface PublicPageQueries {
  all<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  run(sql: string, params?: readonly unknown[]): Promise<number>;
  cipher(): RowCipher;
  isUniqueViolation(e: unknown): boolean;
}

interface PageRow {
  id: string;
  workshop_id: string;
  project_id: string;
  body: string;
}

interface CommentRow {
  id: string;
  page_id: string;
  workshop_id: string;
  body: string;
  created_at: string;
  approved_at: string | null;
}

/** The sealed part of a page: the snapshot and the boards it came from. */
type PageBody = Pick<PublicPage, 'mapBoardId' | 'canvasBoardId' | 'sectionIds' | 'actionIds' | 'snapshot'>;
type CommentBody = Pick<PublicComment, 'name' | 'text'>;

/** A page is found by the SHA-256 of its slug (migration 011). */
export const slugKey = (slug: string): string => createHash('sha256').update(slug).digest('hex');

/** Published pages and their comments on either dialect (SPEC U), one statement each. */
export class SqlPublicPages {
  constructor(private readonly q: PublicPageQueries) {}

  /** Publishes or republishes the project's page; a slug another page has is 409 SLUG_TAKEN. */
  async put(page: PublicPage): Promise<void> {
    const sealer = await this.q.cipher().forWorkshop(page.workshopId);
    const body: PageBody = {
      mapBoardId: page.mapBoardId,
      canvasBoardId: page.canvasBoardId,
      sectionIds: page.sectionIds,
      actionIds: page.actionIds,
      snapshot: page.snapshot,
    };
    try {
      await this.q.run(
        `INSERT INTO public_pages (id, workshop_id, project_id, slug_key, body, published_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (project_id) DO UPDATE SET slug_key = excluded.slug_key, body = excluded.body, published_at = excluded.published_at`,
        [
          page.id,
          page.workshopId,
          page.projectId,
          slugKey(page.snapshot.slug),
          sealer.text(JSON.stringify(body)),
          page.snapshot.publishedAt,
        ],
      );
    } catch (e) {
      if (this.q.isUniqueViolation(e)) throw new AppError('SLUG_TAKEN', `slug: "${page.snapshot.slug}" is another page's address`);
      throw e;
    }
  }

  async bySlug(slug: string): Promise<PublicPage | null> {
    const [row] = await this.q.all<PageRow>('SELECT * FROM public_pages WHERE slug_key = $1', [slugKey(slug)]);
    return row ? this.open(row) : null;
  }

  async byProject(projectId: string): Promise<PublicPage | null> {
    const [row] = await this.q.all<PageRow>('SELECT * FROM public_pages WHERE project_id = $1', [projectId]);
    return row ? this.open(row) : null;
  }

  async list(workshopId: string): Promise<PublicPage[]> {
    const rows = await this.q.all<PageRow>('SELECT * FROM public_pages WHERE workshop_id = $1 ORDER BY published_at, id', [workshopId]);
    return Promise.all(rows.map((r) => this.open(r)));
  }

  /** Unpublishes: the page and its comments are deleted at once (U5). */
  async delete(projectId: string): Promise<boolean> {
    return (await this.q.run('DELETE FROM public_pages WHERE project_id = $1', [projectId])) > 0;
  }

  async addComment(c: PublicComment): Promise<void> {
    const sealer = await this.q.cipher().forWorkshop(c.workshopId);
    const body: CommentBody = { name: c.name, text: c.text };
    await this.q.run(
      'INSERT INTO public_comments (id, page_id, workshop_id, body, created_at, approved_at) VALUES ($1, $2, $3, $4, $5, $6)',
      [c.id, c.pageId, c.workshopId, sealer.text(JSON.stringify(body)), c.createdAt, c.approvedAt],
    );
  }

  /** Oldest first; with `approvedOnly`, what the public sees (U7). */
  async comments(pageId: string, approvedOnly: boolean): Promise<PublicComment[]> {
    const rows = await this.q.all<CommentRow>(
      `SELECT * FROM public_comments WHERE page_id = $1${approvedOnly ? ' AND approved_at IS NOT NULL' : ''} ORDER BY created_at, id`,
      [pageId],
    );
    return Promise.all(rows.map((r) => this.openComment(r)));
  }

  async approveComment(pageId: string, id: string, at: string): Promise<boolean> {
    return (await this.q.run('UPDATE public_comments SET approved_at = $3 WHERE id = $2 AND page_id = $1', [pageId, id, at])) > 0;
  }

  async deleteComment(pageId: string, id: string): Promise<boolean> {
    return (await this.q.run('DELETE FROM public_comments WHERE id = $2 AND page_id = $1', [pageId, id])) > 0;
  }

  private async open(r: PageRow): Promise<PublicPage> {
    const sealer = await this.q.cipher().forWorkshop(r.workshop_id);
    const body = JSON.parse(sealer.openText(r.body)) as PageBody;
    return { id: r.id, workshopId: r.workshop_id, projectId: r.project_id, ...body, snapshot: body.snapshot as PublicSnapshot };
  }

  private async openComment(r: CommentRow): Promise<PublicComment> {
    const sealer = await this.q.cipher().forWorkshop(r.workshop_id);
    const body = JSON.parse(sealer.openText(r.body)) as CommentBody;
    return { id: r.id, pageId: r.page_id, workshopId: r.workshop_id, createdAt: r.created_at, approvedAt: r.approved_at, ...body };
  }
}
