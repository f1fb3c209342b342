import { z } from 'zod';

// Ids are opaque strings minted by the server; a bound keeps junk out of logs and queries.
export const Id = z.string().min(1).max(64);
export const MediaSource = z.enum(['camera', 'document', 'mic']);
export type MediaSource = z.infer<typeof MediaSource>;
export const MediaKind = z.enum(['audio', 'video']);

// mediasoup's own parameter objects are validated by mediasoup itself; here we only check they
// are plain objects of a sane size, so a malformed one becomes BAD_REQUEST, not a worker error.
export const JsonObject = z.record(z.string(), z.unknown());

export const PriorityNeed = z.enum(['disability', 'elderly', 'pregnant']);
export type PriorityNeed = z.infer<typeof PriorityNeed>;

export const SessionState = z.enum([
  'checkingIn',
  'selfService',
  'waiting',
  'inConversation',
  'onHold',
  'deciding',
  'decided',
  'closed',
]);
export type SessionState = z.infer<typeof SessionState>;

export const Decision = z.enum(['approved', 'pending', 'rejected', 'escalated']);
export type Decision = z.infer<typeof Decision>;

export const Role = z.enum(['cso', 'supervisor', 'admin']);
export type Role = z.infer<typeof Role>;
