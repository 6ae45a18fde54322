import { MenuItem, Stack } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { LockedFeature } from "../../components/Guards";
import { channelsQuery, type Channel, type ChannelInfo } from "./queries";

// The channels a club may send on come from the server (GET /messaging/channels), never from a list
// kept here: a platform that adds one (a messenger) shows it in every select without a new console.

/** What a server without GET /messaging/channels sends on: SMS alone, as before the other channels. */
const SMS_ONLY: ChannelInfo[] = [{ channel: "SMS", feature: "C1", inPlan: true, available: true }];

/** A channel's name in the page's language; one the console has no words for is shown by its own name. */
export function useChannelName(): (channel: Channel) => string {
  const { t } = useTranslation("messaging");
  return (channel) => t(`channels.${channel}`, { defaultValue: t("channelOther", { name: channel }) });
}

/**
 * The channels the platform can send on (those it cannot are not offered at all), each with whether
 * the club's plan has it. Until the server answers, and when it has no such call, SMS alone.
 */
export function useChannels(): ChannelInfo[] {
  const channels = useQuery(channelsQuery);
  return (channels.data ?? SMS_ONLY).filter((c) => c.available);
}

/**
 * The options of a channel select: a channel outside the plan is shown but cannot be picked, with the
 * plan lock the console shows everywhere (the cheapest plan that has it). `current` stays a choice
 * even when the list no longer has it (a template saved on a channel the club has since lost).
 */
export function channelOptions(channels: ChannelInfo[], name: (c: Channel) => string, testIdPrefix: string, current?: Channel | null) {
  const shown = current && !channels.some((c) => c.channel === current) ? [...channels, { channel: current, feature: "", inPlan: true, available: true }] : channels;
  return shown.map((c) => (
    <MenuItem key={c.channel} value={c.channel} disabled={!c.inPlan && c.channel !== current} data-testid={`${testIdPrefix}-${c.channel}`} data-locked={!c.inPlan}>
      <Stack direction="row" spacing={1} sx={{ alignItems: "center", width: "100%" }}>
        <span>{name(c.channel)}</span>
        {!c.inPlan && <LockedFeature feature={c.feature} compact />}
      </Stack>
    </MenuItem>
  ));
}
