/**
 * Timers and raised hands carry server-clock times, so every screen agrees however wrong its
 * own clock is. A browser estimates how far its clock is from the server's with one round
 * trip (as NTP does): it notes its clock when it asks (`sentAt`) and when the answer arrives
 * (`receivedAt`), and assumes the server read its clock (`serverTime`) half way between.
 * The error is at most half the round trip; a few hundred milliseconds do not matter to a
 * timer shown in seconds.
 */
export function serverClockOffset(sentAt: number, serverTime: number, receivedAt: number): number {
  return serverTime - (sentAt + receivedAt) / 2;
}

/** Of several estimates, the one from the shortest round trip is the most accurate. */
export function bestOffset(samples: readonly { offset: number; roundTripMs: number }[]): number {
  let best: { offset: number; roundTripMs: number } | undefined;
  for (const sample of samples) if (!best || sample.roundTripMs < best.roundTripMs) best = sample;
  return best?.offset ?? 0;
}

/** The server's time now, from this client's clock and its offset. */
export function serverNow(localNow: number, offset: number): number {
  return localNow + offset;
}
