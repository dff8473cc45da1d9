import { careerPath } from './career-path';
import { compileLadder } from './compile-ladder';
import { readiness } from './readiness';
import { SUPPORT_COMPETENCIES } from './test-support/ladder-fixtures';
import { thirtyLevelLadder } from './test-support/large-ladder';
import { trainingCatalogFrom } from './training';
import { validateLadder } from './validate-ladder';

// The API budget is 50 ms p95 for one person's path + gaps + readiness and 300 ms for a 2,000-person
// readiness list, database included. The pure rules must be a small fraction of that. Measured warm
// on the shared two-core machine: compile ≈ 9 ms, one path ≈ 0.06–0.2 ms, 2,000 readiness ≈ 13–60 ms.
// The bounds leave room for a busy machine and still catch a quadratic walk or a per-call re-index.
const definition = thirtyLevelLadder();
const people = Array.from({ length: 2000 }, (_, i) => ({
  proficiency: Object.fromEntries(SUPPORT_COMPETENCIES.map((c, ci) => [c, (i + ci) % 6])),
  months: i % 40,
  certifications: i % 3 === 0 ? ['Cert'] : [],
  level: definition.levels[i % 30]!.key,
}));

function timeMs(run: () => void): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

describe('performance on a 30-level ladder', () => {
  it('is a valid ladder (so the timings measure real paths)', () => {
    expect(validateLadder(definition)).toEqual([]);
    expect(definition.levels).toHaveLength(30);
  });

  it('compiles once per version in under 100 ms', () => {
    expect(timeMs(() => compileLadder(thirtyLevelLadder()))).toBeLessThan(100);
  });

  it('finds path, gaps and readiness for one person in under 5 ms (p95 of 500)', () => {
    const ladder = compileLadder(definition);
    const training = trainingCatalogFrom({ empathy: ['Listening lab'] });
    const timings: number[] = [];
    for (let i = 0; i < 500; i++) {
      const person = people[i]!;
      timings.push(
        timeMs(() => {
          const path = careerPath(ladder, 't1-r1', 't6-r5', person.proficiency, person.months, person.certifications, training);
          if (path.status !== 'FOUND' || path.steps.length !== 5) throw new Error('expected a five-step path');
        }),
      );
    }
    timings.sort((a, b) => a - b);
    expect(timings[Math.floor(timings.length * 0.95)]!).toBeLessThan(5);
  });

  it('judges readiness for 2,000 people in under 150 ms', () => {
    const ladder = compileLadder(definition);
    const all = () => {
      for (const person of people) {
        const [track, rank] = person.level.split('-r');
        const target = Number(rank) < 5 ? `${track}-r${Number(rank) + 1}` : person.level;
        if (!readiness(ladder, person.level, target, person.proficiency, person.months, person.certifications)) throw new Error('no readiness');
      }
    };
    all(); // warm up like a running server
    expect(Math.min(timeMs(all), timeMs(all))).toBeLessThan(150);
  });
});
