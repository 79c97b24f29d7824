import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Code } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { ROOT } from './helpers/site.ts';

/** The parts of a GitHub Actions workflow these tests look at. */
interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  container?: string | { image: string };
  steps: Step[];
  environment?: { name: string };
  permissions?: Record<string, string>;
}
interface Workflow {
  on: Record<string, { branches?: string[] } | null>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** Parses a workflow file with the yaml package; YAML errors fail the test. */
function workflow(path: string): Workflow {
  const doc = parseDocument(read(path));
  expect(doc.errors.map((e) => e.message)).toEqual([]);
  const data = doc.toJS() as Workflow;
  expect(Object.keys(data.jobs).length).toBeGreaterThan(0);
  for (const job of Object.values(data.jobs)) expect(job.steps.length).toBeGreaterThan(0);
  return data;
}

/** The test command the README gives: the command on the line with `npm test` in a code block. */
function readmeTestCommand(): string {
  const tree = unified().use(remarkParse).parse(read('README.md'));
  const commands: string[] = [];
  visit(tree, 'code', (node: Code) => {
    for (const line of node.value.split('\n')) {
      const command = line.replace(/\s+#.*$/, '').trim();
      if (/(^|\s)npm test(\s|$)/.test(command)) commands.push(command);
    }
  });
  expect(commands).toHaveLength(1);
  return commands[0]!;
}

/** The index of the first step matching `test`, failing when there is none. */
function stepIndex(steps: Step[], test: (s: Step) => boolean, what: string): number {
  const i = steps.findIndex(test);
  expect(i, `no step that ${what}`).toBeGreaterThanOrEqual(0);
  return i;
}
const uses = (action: string) => (s: Step) => s.uses?.split('@')[0] === action;

describe('the README test command', () => {
  const command = readmeTestCommand();

  it('is what .ci/run ends with', () => {
    const lines = read('.ci/run').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    expect(lines.at(-1)).toBe(command);
  });

  it('is what the CI workflow runs, as its last step', () => {
    const { jobs } = workflow('.github/workflows/ci.yml');
    const runs = Object.values(jobs).map((j) => j.steps.at(-1)?.run?.trim());
    expect(runs).toContain(command);
  });
});

describe('.github/workflows/ci.yml', () => {
  const ci = workflow('.github/workflows/ci.yml');
  const command = readmeTestCommand();
  const [job] = Object.values(ci.jobs).filter((j) => j.steps.some((s) => s.run?.trim() === command));

  it('runs on pull requests and on pushes to main', () => {
    expect(ci.on).toHaveProperty('pull_request');
    expect(ci.on.push?.branches).toContain('main');
  });

  it('checks out, sets up the Node of .nvmrc, installs, then tests with Chromium installed', () => {
    const steps = job!.steps;
    const checkout = stepIndex(steps, uses('actions/checkout'), 'checks out the repository');
    const node = stepIndex(steps, uses('actions/setup-node'), 'sets up Node');
    const install = stepIndex(steps, (s) => s.run?.trim() === 'npm install', 'runs npm install');
    const chromium = stepIndex(steps, (s) => /\bapt-get install\b[^\n]*\bchromium\b/.test(s.run ?? ''), 'installs chromium with apt');
    const test = stepIndex(steps, (s) => s.run?.trim() === command, `runs ${command}`);
    expect(steps[node]!.with?.['node-version-file']).toBe('.nvmrc');
    expect(read(String(steps[node]!.with?.['node-version-file'])).trim()).toMatch(/^\d+/);
    expect(checkout).toBeLessThan(node);
    expect(node).toBeLessThan(install);
    expect(install).toBeLessThan(test);
    expect(chromium).toBeLessThan(test);
  });

  it('installs Chromium from Debian, where the package is the real browser', () => {
    const image = typeof job!.container === 'string' ? job!.container : job!.container?.image;
    expect(image).toMatch(/^debian:/);
  });
});

describe('.github/workflows/deploy.yml', () => {
  const deploy = workflow('.github/workflows/deploy.yml');
  const jobs = Object.entries(deploy.jobs);
  const [buildName, build] = jobs.find(([, j]) => j.steps.some(uses('actions/upload-pages-artifact')))!;
  const [, publish] = jobs.find(([, j]) => j.steps.some(uses('actions/deploy-pages')))!;

  it('runs on pushes to main, with the permissions Pages needs', () => {
    expect(deploy.on.push?.branches).toContain('main');
    const permissions = { ...deploy.permissions, ...publish.permissions };
    expect(permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  });

  it('builds with the Node of .nvmrc and the README build command, then uploads dist', () => {
    const steps = build.steps;
    const node = stepIndex(steps, uses('actions/setup-node'), 'sets up Node');
    const configure = stepIndex(steps, uses('actions/configure-pages'), 'configures Pages');
    const run = stepIndex(steps, (s) => s.run?.trim() === 'npm install && npm run build', 'runs npm install && npm run build');
    const upload = stepIndex(steps, uses('actions/upload-pages-artifact'), 'uploads the Pages artifact');
    expect(steps[node]!.with?.['node-version-file']).toBe('.nvmrc');
    expect(read('README.md')).toContain('npm install && npm run build');
    expect(configure).toBeLessThan(run);
    expect(run).toBeLessThan(upload);
    expect(steps[upload]!.with?.path).toBe('dist');
  });

  it('gives the build the Pages address through the variables site.config.ts reads', () => {
    const config = read('site.config.ts');
    const steps = build.steps;
    const id = steps.find(uses('actions/configure-pages'))!.id;
    expect(id).toBeTruthy();
    const env = steps.find((s) => s.run?.includes('npm run build'))!.env ?? {};
    for (const name of ['SITE_URL', 'SITE_BASE']) {
      expect(config).toContain(`process.env.${name}`);
      expect(env[name]).toMatch(new RegExp(`\\$\\{\\{\\s*steps\\.${id}\\.outputs\\.\\w+`));
    }
  });

  it('deploys after the build, to the github-pages environment', () => {
    const needs = [publish.needs].flat();
    expect(needs).toContain(buildName);
    expect(publish.environment?.name).toBe('github-pages');
  });
});

describe('all workflows', () => {
  it.each(['ci.yml', 'deploy.yml'])('%s pins every action to a major version', (name) => {
    const wf = workflow(`.github/workflows/${name}`);
    const actions = Object.values(wf.jobs).flatMap((j) => j.steps.flatMap((s) => (s.uses ? [s.uses] : [])));
    expect(actions.length).toBeGreaterThan(0);
    for (const a of actions) expect(a).toMatch(/^actions\/[\w-]+@v\d+$/);
  });
});
