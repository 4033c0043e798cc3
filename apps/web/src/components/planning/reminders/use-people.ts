"use client";

import { useQuery } from "@tanstack/react-query";
import { useCapabilities } from "@/hooks/use-capabilities";
import { useTRPC } from "@/trpc/react";

export interface PersonOption {
  id: string;
  name: string;
  email: string;
}

/**
 * People a reminder can go to. Admins choose from every active user; editors (who cannot list
 * users) from the members of the departments, and themselves.
 */
export function usePeople(): { people: PersonOption[]; pending: boolean } {
  const trpc = useTRPC();
  const { can, loaded } = useCapabilities();
  const listsUsers = can("users.manage");
  const users = useQuery({ ...trpc.users.list.queryOptions(), enabled: listsUsers });
  const departments = useQuery({
    ...trpc.departments.list.queryOptions(),
    enabled: loaded && !listsUsers,
  });
  const me = useQuery(trpc.me.get.queryOptions());
  if (listsUsers)
    return {
      people: (users.data ?? [])
        .filter((user) => user.deactivatedAt === null)
        .map((user) => ({ id: user.id, name: user.name, email: user.email })),
      pending: users.isPending,
    };
  const people: PersonOption[] = me.data
    ? [{ id: me.data.userId, name: me.data.name, email: me.data.email }]
    : [];
  for (const department of departments.data ?? [])
    for (const member of department.members)
      if (!people.some((person) => person.id === member.userId))
        people.push({ id: member.userId, name: member.name, email: member.email });
  return { people: people.sort((a, b) => a.name.localeCompare(b.name)), pending: departments.isPending };
}
