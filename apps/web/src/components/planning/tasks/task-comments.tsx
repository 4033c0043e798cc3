"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { type FormEvent, useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { useTRPC } from "@/trpc/react";
import { useErrorMessage } from "@/trpc/use-error-message";
import type { TaskDetail } from "../types";

/** The task's discussion, oldest first; those who work on the task can add to it. */
export function TaskComments({ task }: { task: TaskDetail }) {
  const t = useTranslations("tasks.comments");
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const inputId = useId();
  const [body, setBody] = useState("");
  const comment = useMutation(
    trpc.tasks.comment.mutationOptions({
      onSuccess: () => {
        setBody("");
        return queryClient.invalidateQueries(trpc.tasks.get.queryFilter({ id: task.id }));
      },
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (body.trim()) comment.mutate({ id: task.id, body });
  };
  return (
    <section aria-label={t("title")}>
      <h4 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
        {t("title")} <span className="font-normal">({task.comments.length})</span>
      </h4>
      {task.comments.length === 0 ? (
        <p className="mt-1 text-sm text-slate-500">{t("none")}</p>
      ) : (
        <ol className="mt-2 space-y-3">
          {task.comments.map((entry) => (
            <li key={entry.id} data-testid="task-comment" className="rounded-lg bg-slate-50 px-3 py-2">
              <p className="text-xs text-slate-500">
                <span className="font-medium text-slate-700">{entry.author?.name ?? t("formerUser")}</span>
                {" · "}
                <time dateTime={entry.createdAt.toISOString()}>
                  {format.dateTime(entry.createdAt, "dateTime")}
                </time>
              </p>
              <p dir="auto" className="mt-1 text-sm whitespace-pre-line text-slate-800">
                {entry.body}
              </p>
            </li>
          ))}
        </ol>
      )}
      {task.canWork && (
        <form onSubmit={submit} className="mt-3 space-y-2">
          <label htmlFor={inputId} className="sr-only">
            {t("label")}
          </label>
          <textarea
            id={inputId}
            dir="auto"
            rows={2}
            maxLength={5000}
            placeholder={t("placeholder")}
            value={body}
            onChange={(event) => setBody(event.target.value)}
            className={inputClass}
          />
          {comment.isError && <Alert tone="error">{errorMessage(comment.error)}</Alert>}
          <div className="flex justify-end">
            <button
              type="submit"
              className={buttonClass("secondary", "sm")}
              disabled={comment.isPending || !body.trim()}
            >
              {comment.isPending ? t("sending") : t("send")}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
