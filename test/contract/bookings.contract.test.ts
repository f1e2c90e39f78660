import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Store } from '../../src/server/store/index.js';
import { booking } from './bookingFixtures.js';
import { forEachStore, type StoreHarness } from './storeHarness.js';

/** Booking requests (BookingRecords, SPEC B): every store passes every case. */
forEachStore('booking requests', (makeHarness) => {
  let harness: StoreHarness;
  let store: Store;

  beforeEach(async () => {
    harness = makeHarness();
    store = await harness.open();
  });
  afterEach(() => harness.dispose());

  it('create, get, list newest first; what people wrote comes back as written', async () => {
    const older = booking('bk_1');
    const newer = booking('bk_2', { createdAt: '2026-02-01T09:00:00.000Z', city: null, teamSize: null, preferredDates: null });
    await store.createBooking(older);
    await store.createBooking(newer);
    expect(await store.getBooking('bk_1')).toEqual(older);
    expect(await store.getBooking('bk_missing')).toBeNull();
    expect((await store.listBookings()).map((b) => b.id)).toEqual(['bk_2', 'bk_1']);
    expect((await store.listBookings())[0]).toEqual(newer);
  });

  it('B3: update changes only what it names; a missing request is null', async () => {
    await store.createBooking(booking('bk_1'));
    const at = '2026-01-11T10:00:00.000Z';
    const replied = await store.updateBooking('bk_1', { status: 'replied', notes: 'Called back' }, at);
    expect(replied).toMatchObject({ status: 'replied', notes: 'Called back', agreedDate: null, updatedAt: at });
    const scheduled = await store.updateBooking('bk_1', { agreedDate: '2026-03-17', status: 'scheduled' }, at);
    expect(scheduled).toMatchObject({ status: 'scheduled', notes: 'Called back', agreedDate: '2026-03-17' });
    expect(await store.getBooking('bk_1')).toEqual(scheduled);
    expect(await store.updateBooking('bk_1', { agreedDate: null }, at)).toMatchObject({ agreedDate: null, status: 'scheduled' });
    expect(await store.updateBooking('bk_missing', { status: 'archived' }, at)).toBeNull();
  });

  it('B4–B5: delete one at once; the retention sweep deletes only those made before the cut-off', async () => {
    await store.createBooking(booking('bk_old', { createdAt: '2025-01-01T00:00:00.000Z' }));
    await store.createBooking(booking('bk_edge', { createdAt: '2025-06-01T00:00:00.000Z' }));
    await store.createBooking(booking('bk_new', { createdAt: '2026-01-01T00:00:00.000Z' }));
    expect(await store.deleteBookingsCreatedBefore('2025-06-01T00:00:00.000Z')).toBe(1);
    expect((await store.listBookings()).map((b) => b.id)).toEqual(['bk_new', 'bk_edge']);
    expect(await store.deleteBookingsCreatedBefore('2024-01-01T00:00:00.000Z')).toBe(0);
    expect(await store.deleteBooking('bk_new')).toBe(true);
    expect(await store.deleteBooking('bk_new')).toBe(false);
    expect(await store.getBooking('bk_new')).toBeNull();
    expect((await store.listBookings()).map((b) => b.id)).toEqual(['bk_edge']);
  });

  it('a request survives a crash once created', async () => {
    await store.createBooking(booking('bk_1'));
    const after = await harness.openAfterCrash();
    expect(await after.getBooking('bk_1')).toEqual(booking('bk_1'));
  });
});
