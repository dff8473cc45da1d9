// A real nginx on loopback running the load balancer config that docker-compose.yml ships
// (deploy/nginx/templates/pulse.conf.template), rendered the way the official image renders it.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const SHIPPED_TEMPLATE = path.resolve(__dirname, '..', '..', '..', '..', 'deploy', 'nginx', 'templates', 'pulse.conf.template');

const INSTALL_HINT = 'nginx is not installed: the two-replica test runs a real nginx. Install it with `apt-get install -y nginx-light` (.ci/run does).';

/** The nginx binary on PATH or where Debian puts it; throws one line saying how to install it. */
export function nginxBinary(): string {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter), '/usr/sbin', '/usr/local/sbin', '/usr/local/nginx/sbin'];
  for (const dir of dirs) {
    const candidate = path.join(dir, 'nginx');
    if (dir && fs.existsSync(candidate)) return candidate;
  }
  throw new Error(INSTALL_HINT);
}

/**
 * envsubst as the official image runs it (NGINX_ENVSUBST_FILTER=^PULSE_): `${NAME}` is replaced for
 * the names given, nginx's own `$variables` are left alone; a placeholder left over is an error.
 */
export function renderTemplate(template: string, values: Record<string, string>): string {
  const rendered = template.replace(/\$\{(PULSE_[A-Z0-9_]+)\}/g, (whole, name: string) => values[name] ?? whole);
  const left = /\$\{[A-Z0-9_]+\}/.exec(rendered);
  if (left) throw new Error(`the nginx template needs ${left[0]}, which the test does not set`);
  return rendered;
}

export type Nginx = { url: string; dir: string; child: ChildProcess; output: () => string; stop: () => Promise<void> };

/**
 * Starts nginx as this user, everything under a temporary prefix: the shipped server config is
 * included from a minimal main config that stands in for the image's /etc/nginx/nginx.conf.
 */
export async function startNginx(opts: { listen: number; upstreams: [string, string]; template?: string }): Promise<Nginx> {
  const binary = nginxBinary();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-nginx-'));
  // As root, nginx's workers run as `nobody` and must reach the prefix and its temp folders.
  fs.chmodSync(dir, 0o755);
  const template = opts.template ?? fs.readFileSync(SHIPPED_TEMPLATE, 'utf8');
  fs.writeFileSync(
    path.join(dir, 'pulse.conf'),
    renderTemplate(template, { PULSE_API_1: opts.upstreams[0], PULSE_API_2: opts.upstreams[1], PULSE_LB_LISTEN: `127.0.0.1:${opts.listen}` }),
  );
  const temp = (name: string) => path.join(dir, name);
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    [
      `pid ${temp('nginx.pid')};`,
      `error_log ${temp('error.log')} warn;`,
      'worker_processes 1;',
      'events { worker_connections 512; }',
      'http {',
      `  access_log ${temp('access.log')};`,
      `  client_body_temp_path ${temp('client_body')};`,
      `  proxy_temp_path ${temp('proxy')};`,
      `  fastcgi_temp_path ${temp('fastcgi')};`,
      `  uwsgi_temp_path ${temp('uwsgi')};`,
      `  scgi_temp_path ${temp('scgi')};`,
      `  include ${temp('pulse.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  const child = spawn(binary, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', temp('error.log'), '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const output = () => out + (fs.existsSync(temp('error.log')) ? fs.readFileSync(temp('error.log'), 'utf8') : '');
  const url = `http://127.0.0.1:${opts.listen}`;
  const until = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited at start:\n${output()}`);
    // Up once it answers at all: an answer from a replica or nginx's own 502 both mean it listens.
    if (await fetch(`${url}/health/live`).then(() => true, () => false)) break;
    if (Date.now() > until) throw new Error(`nginx did not listen on ${url}:\n${output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    dir,
    child,
    output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
