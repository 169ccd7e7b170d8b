/**
 * Option schemas of the local-run commands (CLI only): `relforge act` (your release workflow under act,
 * relforge's actions mapped to this installation), `relforge emulator` (a local forge to release against)
 * and `relforge init` (the workflow files). Pure data, registered in src/schemas.ts (CLI_SCHEMAS).
 */
import { defineSchema, flag, stringDefault } from '../platform/options.js';
import { ACT_FORGES, DEFAULT_FORGE, EMULATED_FORGES, EMULATOR_DEFAULT_FORGE, INIT_FORGES, forge, initOf, orList, type ActForge, type InitForge } from '../platform/forges.js';
import { variant } from '../platform/vocabulary.js';

/** init's workflows per forge, from the registry's `init` (call the reusable workflow, or copy it). */
function initForgeText(): string {
  const names = (workflow: 'call' | 'copy') => INIT_FORGES.filter((f) => initOf(f).workflow === workflow).join(' / ');
  const absolute = INIT_FORGES.filter((f) => initOf(f).absoluteActionRefs).map((f) => forge(f).product);
  return (
    `${names('call')}: a dispatch workflow that calls relforge/relforge/.github/workflows/release.yml@v1. ` +
    `${names('copy')}: a copy of that reusable workflow (relforge.yml${absolute.length ? `; ${absolute.join(', ')} with absolute https://github.com/… action references` : ''}) and a dispatch workflow calling it.`
  );
}

/** The forges `relforge act` impersonates (choices of --forge), from the forge registry (src/platform/forges.ts). */
export const FORGES = ACT_FORGES;
export type ForgeFlavour = ActForge;

export const actSchema = defineSchema({
  name: 'act',
  summary: 'run your release workflow locally with act (relforge actions mapped to this installation)',
  options: {
    channel: { type: 'string', default: 'beta', description: 'The dispatch input "channel" (stable, beta, …).', cli: { metavar: 'CHANNEL' } },
    'dry-run': flag('Dispatch with dry-run: true (the workflow tags, pushes and publishes nothing).'),
    workflow: { type: 'string', default: '.github/workflows/release.yml', description: 'The workflow_dispatch workflow to run.', cli: { short: 'W', metavar: 'FILE' } },
    input: { type: 'list', separator: 'lines', description: 'More dispatch inputs, NAME=VALUE (repeatable).', cli: { metavar: 'NAME=VALUE' } },
    forge: variant('forge', 'not detected: the forge the rehearsal impersonates', { default: DEFAULT_FORGE as ActForge, choices: ACT_FORGES, description: `The forge the release goes to: ${orList(FORGES.map((f) => forge(f).label))}.` }),
    emulator: flag('Release against a local forge emulator instead of a real forge: your committed history is cloned to .relforge/act/ (origin = a local bare repository there), nothing reaches your real origin or forge; released files are saved under .relforge/act/releases/.'),
    'server-url': { type: 'string', description: 'The forge\'s web URL (GITHUB_SERVER_URL), e.g. https://gitea.example; default https://github.com.', cli: { metavar: 'URL' } },
    'api-url': { type: 'string', description: 'The forge\'s API URL (GITHUB_API_URL); default from the server URL (/api/v1 for Gitea and Forgejo, /api/v3 for GHES).', cli: { metavar: 'URL' } },
    repository: { type: 'string', description: 'owner/name on the forge (GITHUB_REPOSITORY); default from the origin remote.', cli: { metavar: 'OWNER/NAME' } },
    'secret-file': { type: 'string', description: 'act secret file (NAME=value lines); default .secrets when it exists. Secrets set in the environment under relforge\'s names are passed too.', cli: { metavar: 'FILE' } },
    'var-file': { type: 'string', description: 'act variable file (NAME=value lines); default .vars when it exists. MINISIGN_PUBLIC_KEY from the environment is passed too.', cli: { metavar: 'FILE' } },
    platform: {
      type: 'list',
      separator: 'lines',
      description:
        'act -P mappings (runs-on label = image, or -self-hosted to run on this machine), added to the defaults ubuntu-latest, ubuntu-24.04 and ubuntu-22.04 = -self-hosted (Ubuntu jobs on this machine, no Docker); a label given here replaces its default only.',
      cli: { short: 'P', metavar: 'LABEL=IMAGE' },
    },
    act: { type: 'string', env: ['RELFORGE_ACT'], description: 'The act executable (default: act on PATH).', cli: { metavar: 'PATH' } },
    'act-arg': { type: 'list', separator: 'lines', description: 'Extra argument for act (repeatable), e.g. --act-arg=--verbose.', cli: { metavar: 'ARG' } },
    print: flag('Print the act command line and exit without running it.'),
    keep: flag('Keep the run\'s scratch folder (act\'s action cache, artifacts) and print where it is.'),
  },
});

export const emulatorSchema = defineSchema({
  name: 'emulator',
  summary: 'serve a local forge (GitHub or Gitea API) to release against',
  options: {
    forge: variant('forge', 'only the forges the emulator serves', { default: EMULATOR_DEFAULT_FORGE, choices: EMULATED_FORGES, description: `The API to serve: ${orList(EMULATED_FORGES)}.` }),
    repository: stringDefault('acme/agent', 'owner/name of the one repository it serves.', 'OWNER/NAME'),
    token: {
      type: 'string',
      secret: true,
      env: ['RELFORGE_EMULATOR_TOKEN'],
      description: 'The token it accepts (default: a random one, printed in the first line). Give it with --token-file or RELFORGE_EMULATOR_TOKEN.',
    },
  },
});

export const initSchema = defineSchema({
  name: 'init',
  summary: 'write the release workflows into .github/workflows/ (GitHub, Gitea or Forgejo flavour)',
  options: {
    dir: stringDefault('.github/workflows', 'Where to write the files.', 'DIR'),
    forge: variant('forge', 'not detected: the flavour of the files written', { default: DEFAULT_FORGE as InitForge, choices: INIT_FORGES, description: initForgeText() }),
    force: variant('force', 'what is overwritten', {
      description: 'Rewrite the files init wrote that are unchanged since (their header hash still matches). A file you edited, or one init did not write, is never overwritten.',
    }),
    refresh: flag("Refresh only relforge's own vendored files (the copies of relforge's reusable workflows, .github/actionlint.yaml) to this relforge's version; your release.yml is left alone. A vendored file you edited is kept and reported."),
  },
});
