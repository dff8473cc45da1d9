import { BadRequestException, ForbiddenException, HttpException } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import pino from 'pino';
import { makeFormatError } from './format-error';

const log = pino({ level: 'silent' });
const format = makeFormatError(log, true);
const wrap = (original: unknown, message = 'x') => new GraphQLError(message, { originalError: original as Error });

describe('GraphQL error formatting (production)', () => {
  it('maps HTTP exceptions to stable codes and keeps their human message', () => {
    const bad = new BadRequestException(['first must not be greater than 200']);
    expect(format({ message: 'Bad Request Exception', extensions: { code: 'BAD_REQUEST' } }, wrap(bad))).toMatchObject({
      message: 'first must not be greater than 200',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const forbidden = new ForbiddenException('You do not have permission to do this.');
    expect(format({ message: forbidden.message }, wrap(forbidden)).extensions).toEqual({ code: 'FORBIDDEN' });
    const limited = new HttpException('Too many failed sign-ins.', 429);
    expect(format({ message: limited.message }, wrap(limited)).extensions).toEqual({ code: 'TOO_MANY_REQUESTS' });
  });

  it('hides unexpected errors behind a generic message with an error id, never SQL or stacks', () => {
    const sqlError = new Error('relation "person" does not exist');
    const out = format({ message: sqlError.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x.ts:1'] } }, wrap(sqlError, sqlError.message));
    expect(out.message).toMatch(/^Something went wrong on our side \(error id [0-9a-f-]{36}\)\. Nothing was changed\.$/);
    expect(JSON.stringify(out)).not.toMatch(/relation|stacktrace|x\.ts/);
  });
});
