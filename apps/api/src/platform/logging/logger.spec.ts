import { Writable } from 'node:stream';
import { createLogger } from './logger';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { log: createLogger('info', stream), lines };
}

describe('structured logs never carry secrets or personal data', () => {
  it('redacts passwords, cookies and survey answers', () => {
    const { log, lines } = capture();
    log.info({ input: { email: 'a@b.c', password: 'hunter2' }, answers: [5, 4, 3], req: { headers: { cookie: 'pp_session=abc' } } }, 'x');
    expect(lines.join('')).not.toMatch(/hunter2|pp_session=abc|\[5,4,3\]/);
    expect(lines.join('')).toMatch(/\[redacted\]/);
  });

  it("redacts a failed statement's parameters and failing-row detail", () => {
    const { log, lines } = capture();
    const err = Object.assign(new Error('duplicate key value violates unique constraint'), {
      query: 'INSERT INTO person VALUES ($1, $2)',
      parameters: ['ana@example.com', 'Ana'],
      detail: 'Failing row contains (ana@example.com, Ana).',
      driverError: { parameters: ['ana@example.com'], detail: 'Key (email)=(ana@example.com) already exists.' },
    });
    log.error({ err }, 'unexpected');
    expect(lines.join('')).not.toMatch(/ana@example\.com/);
    expect(lines.join('')).toMatch(/duplicate key value/);
  });
});
