import type { INestApplication } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ACCESS_KEY, type Access } from './permission.decorator';

export type OperationAccess = { operation: string; access: string };

const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';

/**
 * Every root GraphQL operation and REST route with what it requires, read from the running app's
 * metadata. The permission snapshot test prints this list: any diff changes who can reach what.
 */
export function listOperations(app: INestApplication): OperationAccess[] {
  const discovery = app.get(DiscoveryService, { strict: false });
  const scanner = app.get(MetadataScanner, { strict: false });
  const reflector = app.get(Reflector);
  const out: OperationAccess[] = [];
  const describe = (a: Access | undefined) => (!a ? 'UNDECLARED' : a.kind === 'permission' ? a.anyOf.join(' | ') : a.kind.toUpperCase());
  for (const wrapper of [...discovery.getProviders(), ...discovery.getControllers()]) {
    const instance = wrapper.instance as Record<string, unknown> | undefined;
    if (!instance || typeof instance !== 'object') continue;
    const proto = Object.getPrototypeOf(instance);
    const classAccess = reflector.get<Access | undefined>(ACCESS_KEY, proto.constructor);
    const routePrefix: string | undefined = Reflect.getMetadata('path', proto.constructor);
    for (const method of scanner.getAllMethodNames(proto)) {
      const handler = proto[method];
      const access = reflector.get<Access | undefined>(ACCESS_KEY, handler) ?? classAccess;
      const type: string | undefined = Reflect.getMetadata(RESOLVER_TYPE, handler);
      if (type === 'Query' || type === 'Mutation') {
        const name = Reflect.getMetadata(RESOLVER_NAME, handler) ?? method;
        out.push({ operation: `${type} ${name}`, access: describe(access) });
      } else if (routePrefix !== undefined && Reflect.getMetadata('method', handler) !== undefined) {
        const verb = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'ALL', 'OPTIONS', 'HEAD'][Reflect.getMetadata('method', handler) as number];
        out.push({ operation: `${verb} /${routePrefix}/${Reflect.getMetadata('path', handler)}`.replace(/\/+/g, '/'), access: describe(access) });
      }
    }
  }
  return out.sort((a, b) => a.operation.localeCompare(b.operation));
}
