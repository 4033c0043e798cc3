"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { inputClass } from "@/components/ui/field";
import { FormField } from "@/components/ui/form-field";
import { Ltr } from "@/components/ui/ltr";
import { QueryView } from "@/components/ui/query-view";
import { SelectField } from "@/components/ui/select-field";
import { useCapabilities } from "@/hooks/use-capabilities";
import { useDebouncedValue } from "@/hooks/use-debounced-value";
import { Link } from "@/i18n/navigation";
import { useTRPC } from "@/trpc/react";
import { useErrorMessage } from "@/trpc/use-error-message";
import { ConsentBadge } from "./consent-badge";
import { ContactName, contactLabel } from "./contact-name";

const roles = ["guest", "speaker", "partner", "media", "organiser"] as const;
type Role = (typeof roles)[number];

/** An event's contacts (speakers, guests, partners…), the audience "this event's contacts" of a campaign. */
export function EventContacts({ eventId }: { eventId: string }) {
  const { can, loaded } = useCapabilities();
  if (!loaded || !can("contacts.read")) return null;
  return <EventContactsCard eventId={eventId} manages={can("contacts.manage")} />;
}

function EventContactsCard({ eventId, manages }: { eventId: string; manages: boolean }) {
  const t = useTranslations("contacts.eventContacts");
  const tRoles = useTranslations("contacts.eventContacts.roles");
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const attached = useQuery(trpc.contacts.events.list.queryOptions({ eventId }));
  const refresh = () => queryClient.invalidateQueries(trpc.contacts.events.list.queryFilter({ eventId }));
  const detach = useMutation(trpc.contacts.events.detach.mutationOptions({ onSuccess: refresh }));
  return (
    <Card title={t("title")}>
      <QueryView
        query={attached}
        loadFailed={t("loadFailed")}
        empty={<p className="text-sm text-slate-600">{t("empty")}</p>}
      >
        {(list) => (
          <ul className="divide-y divide-slate-100" data-testid="event-contacts">
            {list.map((contact) => (
              <li key={contact.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                <span className="min-w-0">
                  <Link href={`/contacts/${contact.id}`} className="font-medium hover:underline">
                    <ContactName contact={contact} />
                  </Link>
                  <span className="ms-2 text-slate-500">{tRoles(contact.role)}</span>
                </span>
                <span className="flex items-center gap-3">
                  <Ltr className="text-slate-600 tabular-nums">{contact.phone}</Ltr>
                  <ConsentBadge consent={contact.consent} />
                  {manages && (
                    <button
                      type="button"
                      className="text-xs text-red-700 hover:underline"
                      aria-label={t("remove", { name: contactLabel(contact, locale) })}
                      disabled={detach.isPending}
                      onClick={() => detach.mutate({ eventId, contactId: contact.id })}
                    >
                      {t("removeShort")}
                    </button>
                  )}
                </span>
              </li>
            ))}
          </ul>
        )}
      </QueryView>
      {detach.isError && (
        <div className="mt-2">
          <Alert tone="error">{errorMessage(detach.error)}</Alert>
        </div>
      )}
      {manages && <AttachContact eventId={eventId} onAttached={refresh} />}
    </Card>
  );
}

function AttachContact({ eventId, onAttached }: { eventId: string; onAttached: () => void }) {
  const t = useTranslations("contacts.eventContacts");
  const tRoles = useTranslations("contacts.eventContacts.roles");
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const [search, setSearch] = useState("");
  const [role, setRole] = useState<Role>("guest");
  const term = useDebouncedValue(search.trim());
  const found = useQuery(
    trpc.contacts.list.queryOptions({ filter: { search: term }, limit: 8 }, { enabled: term.length >= 2 }),
  );
  const attach = useMutation(trpc.contacts.events.attach.mutationOptions({ onSuccess: onAttached }));
  return (
    <div className="mt-4 space-y-3 border-t border-slate-200 pt-4">
      <div className="grid gap-3 sm:grid-cols-3">
        <FormField id="event-contact-search" label={t("search")} className="sm:col-span-2">
          {(control) => (
            <input
              {...control}
              type="search"
              dir="auto"
              value={search}
              placeholder={t("searchPlaceholder")}
              onChange={(event) => setSearch(event.target.value)}
              className={inputClass}
            />
          )}
        </FormField>
        <SelectField
          id="event-contact-role"
          label={t("role")}
          value={role}
          options={roles.map((value) => ({ value, label: tRoles(value) }))}
          onChange={(value) => setRole(value as Role)}
        />
      </div>
      {term.length >= 2 && found.data && (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 px-3">
          {found.data.items.length === 0 && <li className="py-2 text-sm text-slate-600">{t("noResults")}</li>}
          {found.data.items.map((contact) => (
            <li key={contact.id} className="flex items-center justify-between gap-2 py-2 text-sm">
              <span>
                <ContactName contact={contact} />{" "}
                <Ltr className="ms-1 text-slate-500 tabular-nums">{contact.phone}</Ltr>
              </span>
              <button
                type="button"
                className={buttonClass("secondary", "sm")}
                disabled={attach.isPending}
                onClick={() => attach.mutate({ eventId, contactIds: [contact.id], role })}
              >
                {t("add")}
              </button>
            </li>
          ))}
        </ul>
      )}
      {attach.isError && <Alert tone="error">{errorMessage(attach.error)}</Alert>}
    </div>
  );
}
