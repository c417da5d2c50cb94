export interface MentionableMember {
  userId: string;
  name: string;
  email: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Who a comment mentions: "@Eva Engel", "@eva" (the part of the e-mail before the @), or "@Eva"
 * (the first name, when no other member has it). A mention ends where the name ends, so "@eva"
 * does not mention Evangelos, and "@Evaluation" mentions nobody.
 */
export function mentionedMembers<M extends MentionableMember>(body: string, members: M[]): M[] {
  const firstName = (m: M) => m.name.trim().split(/\s+/)[0]!.toLowerCase();
  const firstNames = new Map<string, number>();
  for (const m of members) firstNames.set(firstName(m), (firstNames.get(firstName(m)) ?? 0) + 1);

  return members.filter((m) => {
    const names = [m.name.trim(), m.email.split("@")[0]!];
    if (firstNames.get(firstName(m)) === 1) names.push(firstName(m));
    return names.some(
      (name) =>
        name.length > 0 &&
        new RegExp(`(?<![\\p{L}\\p{N}])@${escape(name)}(?![\\p{L}\\p{N}])`, "iu").test(body),
    );
  });
}
