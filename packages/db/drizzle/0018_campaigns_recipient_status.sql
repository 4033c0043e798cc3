-- A campaign recipient follows its current message: whatever moves a campaign message (the
-- worker's send, receipts, an error ack, a failure, a restriction putting it back to pending) moves
-- the recipient in the same transaction, and the campaign page hears of it on the events channel
-- (EVENTS_CHANNEL in packages/jobs; identical payloads of one transaction arrive once).
CREATE FUNCTION "campaign_recipient_follows_message"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  recipient record;
BEGIN
  UPDATE "campaign_recipients" r SET
    "status" = (CASE NEW."status" WHEN 'pending' THEN 'queued' ELSE NEW."status"::text END)::"campaign_recipient_status",
    "error" = NEW."error",
    "sent_at" = NEW."sent_at",
    "delivered_at" = NEW."delivered_at",
    "read_at" = NEW."read_at",
    "finished_at" = CASE WHEN NEW."status" = 'pending' THEN NULL ELSE coalesce(r."finished_at", now()) END
  WHERE r."message_id" = NEW."id"
  RETURNING r."campaign_id", r."org_id" INTO recipient;
  IF FOUND THEN
    PERFORM pg_notify(
      'taqweem_events',
      json_build_object('type', 'campaign.progress', 'orgId', recipient."org_id", 'campaignId', recipient."campaign_id")::text
    );
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "wa_messages_campaign_recipient"
AFTER UPDATE OF "status", "error" ON "wa_messages"
FOR EACH ROW
WHEN (NEW."purpose" = 'campaign' AND (OLD."status" IS DISTINCT FROM NEW."status" OR OLD."error" IS DISTINCT FROM NEW."error"))
EXECUTE FUNCTION "campaign_recipient_follows_message"();
