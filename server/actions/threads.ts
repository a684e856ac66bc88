"use server";
import { replyInput, resolveInput, startThreadInput } from "@/lib/threads/model";
import { guardedAction } from "../action";
import { startThread } from "../threads/start-thread";
import { replyToThread } from "../threads/reply-to-thread";
import { setThreadResolved } from "../threads/set-thread-resolved";

// The pages that show threads are rendered per request; the thread panel refreshes its route after each change.
export const startThreadAction = guardedAction("threads.comment", startThreadInput, (input, ctx) => startThread(ctx, input));
export const replyToThreadAction = guardedAction("threads.comment", replyInput, (input, ctx) => replyToThread(ctx, input));
export const setThreadResolvedAction = guardedAction("threads.comment", resolveInput, (input, ctx) => setThreadResolved(ctx, input));
