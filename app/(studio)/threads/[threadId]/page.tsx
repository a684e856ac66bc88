import { notFound, redirect } from "next/navigation";
import { locateThread } from "@/server/threads/locate-thread";

/** A link to a thread (inbox notices, the submit screen) opens it where this member works on it. */
export default async function ThreadPage({ params }: { params: Promise<{ threadId: string }> }) {
  const { threadId } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(threadId)) notFound();
  redirect(await locateThread(threadId));
}
