"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Role } from "@taqweem/db/schema";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { DataTable, HeaderCell } from "@/components/ui/data-table";
import { QueryView } from "@/components/ui/query-view";
import { EmptyState } from "@/components/ui/states";
import { useTRPC } from "@/trpc/react";
import { useErrorMessage } from "@/trpc/use-error-message";
import { OneTimePassword, type PasswordNotice } from "./one-time-password";
import { UserRow } from "./user-row";

export function UsersTable({ viewerId, roles }: { viewerId: string; roles: Role[] }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const users = useQuery(trpc.users.list.queryOptions());
  const [failure, setFailure] = useState<unknown>(null);

  const listKey = trpc.users.list.queryKey();
  // Either way the list is read again afterwards, which also undoes the optimistic role on failure.
  const mutationCallbacks = {
    onMutate: () => setFailure(null),
    onError: setFailure,
    onSettled: () => queryClient.invalidateQueries({ queryKey: listKey }),
  };
  const setRole = useMutation(
    trpc.users.setRole.mutationOptions({
      ...mutationCallbacks,
      onMutate: ({ userId, role }) => {
        setFailure(null);
        queryClient.setQueryData(listKey, (list) =>
          list?.map((user) => (user.id === userId ? { ...user, role } : user)),
        );
      },
    }),
  );
  const setActive = useMutation(trpc.users.setActive.mutationOptions(mutationCallbacks));
  const [resetting, setResetting] = useState<{ id: string; name: string; email: string } | null>(null);
  const [notice, setNotice] = useState<PasswordNotice | null>(null);
  const reset = useMutation(
    trpc.users.resetPassword.mutationOptions({
      onSuccess: ({ temporaryPassword }) => {
        if (resetting) setNotice({ kind: "reset", email: resetting.email, password: temporaryPassword });
        setResetting(null);
      },
    }),
  );
  const busyUserId = setRole.isPending
    ? setRole.variables?.userId
    : setActive.isPending
      ? setActive.variables?.userId
      : undefined;

  const body = (
    <QueryView
      query={users}
      loadFailed={t("users.loadFailed")}
      empty={<EmptyState title={t("users.emptyTitle")} body={t("users.emptyBody")} />}
    >
      {(list) => (
        <DataTable
          label={t("users.listTitle")}
          minWidth="48rem"
          head={
            <>
              <HeaderCell>{t("users.columns.name")}</HeaderCell>
              <HeaderCell>{t("users.columns.email")}</HeaderCell>
              <HeaderCell>{t("users.columns.role")}</HeaderCell>
              <HeaderCell>{t("users.columns.status")}</HeaderCell>
              <HeaderCell>{t("users.columns.lastSignIn")}</HeaderCell>
              <HeaderCell align="end">
                <span className="sr-only">{t("users.columns.actions")}</span>
              </HeaderCell>
            </>
          }
        >
          {list.map((user) => (
            <UserRow
              key={user.id}
              user={user}
              roles={roles}
              isSelf={user.id === viewerId}
              busy={busyUserId === user.id}
              onRoleChange={(role) => setRole.mutate({ userId: user.id, role })}
              onActiveChange={(active) => setActive.mutate({ userId: user.id, active })}
              onResetPassword={() => {
                reset.reset();
                setNotice(null);
                setResetting({ id: user.id, name: user.name, email: user.email });
              }}
            />
          ))}
        </DataTable>
      )}
    </QueryView>
  );

  return (
    <Card title={t("users.listTitle")}>
      {failure !== null && (
        <div className="mb-4">
          <Alert tone="error">{errorMessage(failure)}</Alert>
        </div>
      )}
      {notice && (
        <div className="mb-4">
          <OneTimePassword notice={notice} />
        </div>
      )}
      {body}
      <ConfirmDialog
        open={resetting !== null}
        title={t("users.reset.title", { name: resetting?.name ?? "" })}
        body={t("users.reset.body")}
        confirmLabel={t("users.reset.confirm")}
        pending={reset.isPending}
        error={reset.error}
        onConfirm={() => resetting && reset.mutate({ userId: resetting.id })}
        onClose={() => setResetting(null)}
      />
    </Card>
  );
}
