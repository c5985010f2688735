/** Where a procurement is when help is asked (SPEC §3). */
export const PROCUREMENT_STAGES = [
  'strategy_and_planning',
  'market_dialogue',
  'tendering',
  'contract_management',
  'evaluation',
] as const;
export type ProcurementStage = (typeof PROCUREMENT_STAGES)[number];

export const URGENCIES = ['low', 'normal', 'high'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** How the request reached the network. */
export const REQUEST_SOURCES = ['web_form', 'email', 'phone', 'event', 'agent_created'] as const;
export type RequestSource = (typeof REQUEST_SOURCES)[number];

/** Sources an agent or coordinator may give when creating a request on a unit's behalf. */
export const STAFF_REQUEST_SOURCES = ['email', 'phone', 'event', 'agent_created'] as const;

/**
 * Timeline entries. `note` is internal (agents and coordinators only); every other kind is shown to the
 * requester, except the assignment reason, which stays internal.
 */
export const REQUEST_EVENT_KINDS = [
  'created',
  'assignment',
  'status_change',
  'note',
  'message',
  'reply',
  'rating',
] as const;
export type RequestEventKind = (typeof REQUEST_EVENT_KINDS)[number];

export const TIMELINE_ENTRY_KINDS = ['note', 'message', 'reply'] as const;
export type TimelineEntryKind = (typeof TIMELINE_ENTRY_KINDS)[number];

/** Who wrote a timeline entry: staff (a signed-in user), the requester (status link), or the system. */
export const EVENT_AUTHOR_KINDS = ['staff', 'requester', 'system'] as const;
export type EventAuthorKind = (typeof EVENT_AUTHOR_KINDS)[number];

/** Limits of free text: enough for a real question, too little for abuse. */
export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 10_000;
export const MESSAGE_MAX = 5_000;
