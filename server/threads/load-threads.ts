import "server-only";
import { listThreadComments, listThreads, mentionableMembers } from "@/db/queries/threads";
import { can } from "@/lib/auth/permissions";
import type { ThreadKind } from "@/lib/threads/model";
import type { GuardContext } from "../guard";

export interface ThreadCommentView {
  id: string;
  body: string;
  authorName: string;
  createdAt: Date;
}

export interface ThreadView {
  id: string;
  variantId: string;
  locale: string;
  kind: ThreadKind;
  anchorUnit: string | null;
  anchorText: string | null;
  createdAt: Date;
  resolvedAt: Date | null;
  resolvedByName: string | null;
  comments: ThreadCommentView[];
}

export interface VersionThreads {
  threads: ThreadView[];
  /** Whom a comment may @mention (names as the studio shows them). */
  members: { id: string; name: string }[];
  /** Whether this member may write, resolve and reopen. */
  canComment: boolean;
}

/** Every thread of a version, with its comments in order, as the workspaces and the review page show them. */
export async function loadVersionThreads(ctx: GuardContext, versionId: string): Promise<VersionThreads> {
  const threads = await listThreads(ctx.db, ctx.organisation.id, versionId);
  const comments = await listThreadComments(
    ctx.db,
    ctx.organisation.id,
    threads.map((t) => t.id),
  );
  const canComment = can(ctx.roles, "threads.comment");
  const members = canComment ? await mentionableMembers(ctx.db, ctx.organisation.id) : [];
  return {
    threads: threads.map((thread) => ({
      ...thread,
      comments: comments.filter((c) => c.threadId === thread.id).map(({ id, body, authorName, createdAt }) => ({ id, body, authorName, createdAt })),
    })),
    members,
    canComment,
  };
}

/** Threads not yet resolved. */
export function openThreads(threads: readonly ThreadView[]): ThreadView[] {
  return threads.filter((t) => t.resolvedAt === null);
}
