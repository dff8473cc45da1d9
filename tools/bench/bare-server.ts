/**
 * The reference for the `stack` benchmark: a bare Apollo Server on plain Node http serving the
 * API's schema text with trivial in-memory resolvers: the same documents, none of the product
 * (no Nest, guards, sessions, database). Run as a child process by stack.ts:
 *   bare-server.ts <schema.gql> <data.json>   → prints {"url": …} when listening.
 * data.json maps root Query fields to the value they return.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import fs from 'node:fs';
import { buildSchema } from 'graphql';

async function main(): Promise<void> {
  const [schemaFile, dataFile] = process.argv.slice(2);
  const schema = buildSchema(fs.readFileSync(schemaFile, 'utf8'));
  const data = JSON.parse(fs.readFileSync(dataFile, 'utf8')) as Record<string, unknown>;
  const fields = schema.getQueryType()!.getFields();
  for (const [name, value] of Object.entries(data)) fields[name].resolve = () => value;
  const server = new ApolloServer({ schema, csrfPrevention: true, introspection: false });
  const { url } = await startStandaloneServer(server, { listen: { host: '127.0.0.1', port: 0 } });
  process.stdout.write(`${JSON.stringify({ url })}\n`);
  const stop = () => void server.stop().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

void main();
