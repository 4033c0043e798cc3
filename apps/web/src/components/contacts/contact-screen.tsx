"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { type ReactNode, useState } from "react";
import { BilingualText } from "@/components/events/bilingual-text";
import { Alert } from "@/components/ui/alert";
import { BackLink } from "@/components/ui/back-link";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Ltr } from "@/components/ui/ltr";
import { QueryView } from "@/components/ui/query-view";
import { SelectField } from "@/components/ui/select-field";
import { EmptyState } from "@/components/ui/states";
import { useCapabilities } from "@/hooks/use-capabilities";
import { Link, useRouter } from "@/i18n/navigation";
import { useTRPC } from "@/trpc/react";
import { useErrorMessage } from "@/trpc/use-error-message";
import { ConsentBadge } from "./consent-badge";
import { ConsentHistory } from "./consent-history";
import { ContactFormDialog } from "./contact-form-dialog";
import { ContactName, contactLabel } from "./contact-name";
import { contactConsents } from "./filters-url";
import type { ContactDetail } from "./types";

/** One contact: details, consent and its history, the messages they sent, their lists and events. */
export function ContactScreen({ id }: { id: string }) {
  const t = useTranslations("contacts.detail");
  const trpc = useTRPC();
  const contact = useQuery(trpc.contacts.get.queryOptions({ id }));
  return (
    <>
      <div className="mb-4">
        <BackLink href="/contacts">{t("back")}</BackLink>
      </div>
      <QueryView
        query={contact}
        loadFailed={t("loadFailed")}
        notFound={<EmptyState title={t("notFoundTitle")} body={t("notFoundBody")} />}
      >
        {(data) => <ContactBody contact={data} />}
      </QueryView>
    </>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium text-slate-500">{label}</dt>
      <dd className="mt-0.5 text-sm text-slate-900">{children || "—"}</dd>
    </div>
  );
}

function ContactBody({ contact }: { contact: ContactDetail }) {
  const t = useTranslations("contacts");
  const trpc = useTRPC();
  const router = useRouter();
  const format = useFormatter();
  const locale = useLocale();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const manages = useCapabilities().can("contacts.manage");
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const refresh = () => queryClient.invalidateQueries(trpc.contacts.pathFilter());
  const consent = useMutation(trpc.contacts.setConsent.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(
    trpc.contacts.delete.mutationOptions({
      onSuccess: async () => {
        await refresh();
        router.push("/contacts");
      },
    }),
  );

  return (
    <>
      <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">
            <ContactName contact={contact} />
          </h1>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <ConsentBadge consent={contact.consent} />
            {contact.favourite && <span className="text-sm text-amber-600">★ {t("detail.favourite")}</span>}
          </div>
        </div>
        {manages && (
          <div className="flex gap-2">
            <button type="button" className={buttonClass("secondary")} onClick={() => setEditing(true)}>
              {t("detail.edit")}
            </button>
            <button type="button" className={buttonClass("danger")} onClick={() => setDeleting(true)}>
              {t("detail.delete")}
            </button>
          </div>
        )}
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card title={t("detail.facts")}>
            <dl className="grid gap-4 sm:grid-cols-2">
              <Fact label={t("form.nameEn")}>
                {contact.nameEn && <span lang="en">{contact.nameEn}</span>}
              </Fact>
              <Fact label={t("form.nameAr")}>
                {contact.nameAr && <span lang="ar">{contact.nameAr}</span>}
              </Fact>
              <Fact label={t("form.phone")}>
                <Ltr className="tabular-nums" data-testid="contact-phone">
                  {contact.phone}
                </Ltr>
              </Fact>
              <Fact label={t("form.email")}>{contact.email && <Ltr>{contact.email}</Ltr>}</Fact>
              <Fact label={t("form.organisation")}>
                {contact.organisation && <span dir="auto">{contact.organisation}</span>}
              </Fact>
              <Fact label={t("form.position")}>
                {contact.position && <span dir="auto">{contact.position}</span>}
              </Fact>
              <Fact label={t("form.language")}>{t(`languages.${contact.language}`)}</Fact>
              <Fact label={t("form.tags")}>
                {contact.tags.length > 0 && <span dir="auto">{contact.tags.join(", ")}</span>}
              </Fact>
            </dl>
            {contact.notes && (
              <p dir="auto" className="mt-4 text-sm whitespace-pre-line text-slate-700">
                {contact.notes}
              </p>
            )}
          </Card>
          <Card title={t("detail.inbound")}>
            {contact.inbound.length === 0 ? (
              <p className="text-sm text-slate-600">{t("detail.inboundEmpty")}</p>
            ) : (
              <ul className="divide-y divide-slate-100" data-testid="inbound-messages">
                {contact.inbound.map((message) => (
                  <li key={message.id} className="py-2">
                    <p dir="auto" className="text-sm text-slate-900">
                      {message.body}
                    </p>
                    <p className="text-xs text-slate-500">
                      {format.dateTime(message.receivedAt, { dateStyle: "medium", timeStyle: "short" })}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card title={t("detail.events")}>
            {contact.events.length === 0 ? (
              <p className="text-sm text-slate-600">{t("detail.eventsEmpty")}</p>
            ) : (
              <ul className="divide-y divide-slate-100">
                {contact.events.map((event) => (
                  <li
                    key={event.id}
                    className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm"
                  >
                    <Link href={`/events/${event.id}`} className="hover:underline">
                      <BilingualText en={event.titleEn} ar={event.titleAr} />
                    </Link>
                    <span className="text-slate-600">
                      {t(`eventContacts.roles.${event.role}`)} ·{" "}
                      {format.dateTime(event.startsAt, { dateStyle: "medium" })}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
        <aside className="space-y-6" aria-label={t("detail.consent")}>
          <Card title={t("detail.consent")}>
            <p className="text-sm text-slate-700">
              {contact.consentAt
                ? t("detail.consentSince", {
                    date: format.dateTime(contact.consentAt, { dateStyle: "medium" }),
                  })
                : t("detail.consentNever")}
            </p>
            {manages && (
              <div className="mt-3">
                <SelectField
                  id="contact-consent-change"
                  label={t("detail.consentChange")}
                  value={contact.consent}
                  options={contactConsents.map((value) => ({ value, label: t(`consents.${value}`) }))}
                  onChange={(value) =>
                    consent.mutate({ id: contact.id, consent: value as ContactDetail["consent"] })
                  }
                />
                {consent.isError && (
                  <div className="mt-2">
                    <Alert tone="error">{errorMessage(consent.error)}</Alert>
                  </div>
                )}
              </div>
            )}
          </Card>
          <ConsentHistory history={contact.consentHistory} />
          <Card title={t("detail.lists")}>
            {contact.lists.length === 0 ? (
              <p className="text-sm text-slate-600">{t("detail.listsEmpty")}</p>
            ) : (
              <ul className="flex flex-wrap gap-2">
                {contact.lists.map((list) => (
                  <li key={list.id}>
                    <Link
                      href={`/contacts?list=${list.id}`}
                      className="text-sm text-brand-700 hover:underline"
                    >
                      <span dir="auto">{list.name}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </aside>
      </div>
      <ContactFormDialog open={editing} contact={contact} onClose={() => setEditing(false)} />
      <ConfirmDialog
        open={deleting}
        title={t("detail.deleteTitle", { name: contactLabel(contact, locale) })}
        body={t("detail.deleteBody")}
        confirmLabel={t("detail.deleteConfirm")}
        pending={remove.isPending}
        error={remove.error}
        onConfirm={() => remove.mutate({ id: contact.id })}
        onClose={() => setDeleting(false)}
      />
    </>
  );
}
