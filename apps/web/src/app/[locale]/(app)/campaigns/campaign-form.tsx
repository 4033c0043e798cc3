"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import type { AppRouter, inferRouterOutputs } from "@taqweem/api";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { ContactPicker, type PickedContact } from "@/components/contacts/contact-picker";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { CheckboxList } from "@/components/ui/checkbox-list";
import { inputClass, labelClass } from "@/components/ui/field";
import { Ltr, ltrText } from "@/components/ui/ltr";
import { QueryView } from "@/components/ui/query-view";
import { SelectField } from "@/components/ui/select-field";
import { useRouter } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import { localized } from "@/lib/bilingual";
import { fromLocalInput, toDateTimeLocal } from "@/lib/zoned-time";
import { useTRPC } from "@/trpc/react";
import { useErrorMessage } from "@/trpc/use-error-message";

type Options = inferRouterOutputs<AppRouter>["campaigns"]["options"];
type Campaign = inferRouterOutputs<AppRouter>["campaigns"]["get"];

/**
 * A new or still unstarted campaign: its audience (lists, segments, events' contacts, contacts
 * chosen one by one), template, number, schedule (now, or a time entered in the organisation's
 * zone, which the picker names) and pacing on top of the number's own (a daily cap, quiet hours in
 * the organisation's zone).
 */
export function CampaignForm({ campaign }: { campaign?: Campaign }) {
  const t = useTranslations("campaigns.form");
  const trpc = useTRPC();
  const options = useQuery(trpc.campaigns.options.queryOptions());
  return (
    <QueryView query={options} loadFailed={t("loadFailed")}>
      {(data) => <CampaignFields data={data} campaign={campaign} />}
    </QueryView>
  );
}

function CampaignFields({ data, campaign }: { data: Options; campaign?: Campaign }) {
  const t = useTranslations("campaigns.form");
  const locale = useLocale() as AppLocale;
  const trpc = useTRPC();
  const router = useRouter();
  const errorMessage = useErrorMessage();
  const [name, setName] = useState(campaign?.name ?? "");
  const [templateId, setTemplateId] = useState(campaign?.templateId ?? "");
  const [sessionId, setSessionId] = useState(campaign?.sessionId ?? "");
  const [eventId, setEventId] = useState(campaign?.eventId ?? "");
  const [listIds, setListIds] = useState<string[]>(campaign?.audience.listIds ?? []);
  const [segmentIds, setSegmentIds] = useState<string[]>(campaign?.audience.segmentIds ?? []);
  const [eventIds, setEventIds] = useState<string[]>(campaign?.audience.eventIds ?? []);
  const [chosen, setChosen] = useState<PickedContact[]>(campaign?.chosenContacts ?? []);
  const [when, setWhen] = useState<"manual" | "later">(campaign?.scheduledAt ? "later" : "manual");
  const [scheduledLocal, setScheduledLocal] = useState(
    campaign?.scheduledAt ? toDateTimeLocal(campaign.scheduledAt, data.timeZone) : "",
  );
  const [dailyCap, setDailyCap] = useState(campaign?.pacing.dailyCap ? String(campaign.pacing.dailyCap) : "");
  const [quietStart, setQuietStart] = useState(campaign?.pacing.quietHours?.start ?? "");
  const [quietEnd, setQuietEnd] = useState(campaign?.pacing.quietHours?.end ?? "");
  const open = ({ id }: { id: string }) => router.push(`/campaigns/${id}`);
  const create = useMutation(trpc.campaigns.create.mutationOptions({ onSuccess: open }));
  const update = useMutation(trpc.campaigns.update.mutationOptions({ onSuccess: open }));
  const save = campaign ? update : create;
  const eventTitle = (event: Options["events"][number]) =>
    localized(event.titleEn, event.titleAr, locale)?.text ?? "";
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const fields = {
      name,
      templateId: templateId || null,
      sessionId: sessionId || null,
      eventId: eventId || null,
      audience: { listIds, segmentIds, eventIds, contactIds: chosen.map((contact) => contact.id) },
      pacing: {
        dailyCap: dailyCap ? Number(dailyCap) : null,
        quietHours: quietStart && quietEnd ? { start: quietStart, end: quietEnd } : null,
      },
      scheduledAt: when === "later" ? fromLocalInput(scheduledLocal, data.timeZone) : null,
    };
    if (campaign) update.mutate({ id: campaign.id, ...fields });
    else create.mutate(fields);
  };
  return (
    <form className="space-y-6" onSubmit={submit}>
      <Card title={t("basics")}>
        <div className="grid gap-4 md:grid-cols-2">
          <label className={labelClass}>
            {t("name")}
            <input
              className={inputClass}
              value={name}
              onChange={(e) => setName(e.target.value)}
              required
              maxLength={200}
            />
          </label>
          <SelectField
            id="campaign-template"
            label={t("template")}
            value={templateId}
            emptyLabel={t("choose")}
            options={data.templates.map((template) => ({ value: template.id, label: template.name }))}
            onChange={setTemplateId}
          />
          <SelectField
            id="campaign-session"
            label={t("number")}
            value={sessionId}
            emptyLabel={t("choose")}
            options={data.sessions.map((session) => ({
              value: session.id,
              label: session.phone ? `${session.name} (${ltrText(session.phone)})` : session.name,
            }))}
            onChange={setSessionId}
          />
          <SelectField
            id="campaign-event"
            label={t("event")}
            value={eventId}
            emptyLabel={t("noEvent")}
            options={data.events.map((event) => ({ value: event.id, label: eventTitle(event) }))}
            onChange={setEventId}
          />
        </div>
      </Card>
      <Card title={t("audience")}>
        <div className="grid gap-4 md:grid-cols-3">
          <CheckboxList
            legend={t("lists")}
            options={data.lists.map((list) => ({ value: list.id, label: list.name }))}
            selected={listIds}
            empty={t("noLists")}
            onChange={setListIds}
          />
          <CheckboxList
            legend={t("segments")}
            options={data.segments.map((segment) => ({ value: segment.id, label: segment.name }))}
            selected={segmentIds}
            empty={t("noSegments")}
            onChange={setSegmentIds}
          />
          <CheckboxList
            legend={t("eventContacts")}
            options={data.events
              .filter((event) => event.contacts > 0)
              .map((event) => ({
                value: event.id,
                label: eventTitle(event),
                hint: t("contactCount", { count: event.contacts }),
              }))}
            selected={eventIds}
            empty={t("noEventContacts")}
            onChange={setEventIds}
          />
        </div>
        <div className="mt-4">
          <ContactPicker legend={t("chosenContacts")} picked={chosen} onChange={setChosen} />
        </div>
        <p className="mt-3 text-sm text-slate-500">{t("audienceHint")}</p>
      </Card>
      <Card title={t("schedule")}>
        <fieldset className="space-y-2">
          <legend className="sr-only">{t("schedule")}</legend>
          <label className="flex items-center gap-2">
            <input type="radio" name="when" checked={when === "manual"} onChange={() => setWhen("manual")} />
            {t("startByHand")}
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="when" checked={when === "later"} onChange={() => setWhen("later")} />
            {t("startLater")}
          </label>
        </fieldset>
        {when === "later" && (
          <label className={`${labelClass} mt-3`}>
            {t("scheduledAt")} <Ltr className="font-normal text-slate-500">({data.timeZone})</Ltr>
            <input
              type="datetime-local"
              className={inputClass}
              value={scheduledLocal}
              onChange={(e) => setScheduledLocal(e.target.value)}
              required
            />
          </label>
        )}
      </Card>
      <Card title={t("pacing")}>
        <p className="mb-3 text-sm text-slate-600">{t("pacingHint")}</p>
        <div className="grid gap-4 md:grid-cols-3">
          <label className={labelClass}>
            {t("dailyCap")}
            <input
              type="number"
              min={1}
              max={10000}
              className={inputClass}
              value={dailyCap}
              onChange={(e) => setDailyCap(e.target.value)}
            />
          </label>
          <label className={labelClass}>
            {t("quietStart")} <Ltr className="font-normal text-slate-500">({data.timeZone})</Ltr>
            <input
              type="time"
              className={inputClass}
              value={quietStart}
              onChange={(e) => setQuietStart(e.target.value)}
            />
          </label>
          <label className={labelClass}>
            {t("quietEnd")} <Ltr className="font-normal text-slate-500">({data.timeZone})</Ltr>
            <input
              type="time"
              className={inputClass}
              value={quietEnd}
              onChange={(e) => setQuietEnd(e.target.value)}
            />
          </label>
        </div>
      </Card>
      {save.isError && <Alert tone="error">{errorMessage(save.error)}</Alert>}
      <button type="submit" className={buttonClass()} disabled={save.isPending}>
        {campaign ? t("save") : t("submit")}
      </button>
    </form>
  );
}
