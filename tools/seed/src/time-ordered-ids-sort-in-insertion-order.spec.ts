import { uuidSequence } from './write';

describe('ids for bulk loads are time-ordered UUIDs', () => {
  it('are valid version-7 UUIDs that sort in the order they were made', () => {
    const next = uuidSequence(Date.UTC(2026, 10, 25));
    const ids = Array.from({ length: 5000 }, () => next());
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('differ between two sequences started in the same millisecond', () => {
    const a = uuidSequence(1_800_000_000_000);
    const b = uuidSequence(1_800_000_000_000);
    expect(a()).not.toBe(b());
  });
});
