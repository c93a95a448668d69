// `onrecord profile <person> --topic <topic> [--format md|json|html] [--out FILE] [--explain]` (cli.md, profile.md).
// Exit codes: 0 written, 1 unknown person, 2 ambiguous person or usage error.
import { Option, type Command } from 'commander';
import { buildProfile, renderHtml, renderMarkdown } from '../profile/index.js';
import type { AddCommand } from './extensions.js';

export const addProfileCommand: AddCommand = (program: Command, kit) => {
  program
    .command('profile')
    .description('"<person> on <topic>": what they said and did about it, and who says so, every statement cited')
    .argument('<person>', 'the person (any alias, any case, part of the name)')
    .requiredOption('--topic <topic>', 'the topic, in your words (e.g. cybersecurity, climate, migration)')
    .addOption(new Option('--format <format>', 'output format').choices(['md', 'json', 'html']).default('md'))
    .option('--out <file>', 'write to a file instead of standard output')
    .option('--explain', 'also report the topic expansion, evidence counts and what verification dropped (stderr; in JSON as "explain")')
    .addOption(kit.dbOption())
    .action(async (person: string, o) => {
      const result = await kit.withStore(o.db, (store) => buildProfile(store, { person, topic: o.topic }, { explain: !!o.explain }));
      if (result.status === 'ambiguous') {
        process.stderr.write(`onrecord: ${result.message}:\n${result.candidates.map((c) => `  ${c}\n`).join('')}`);
        kit.setExit(2);
        return;
      }
      if (result.status === 'unknown') {
        process.stderr.write(`onrecord: ${result.message}\n`);
        kit.setExit(1);
        return;
      }
      const text =
        o.format === 'json'
          ? JSON.stringify(o.explain ? { ...result.profile, explain: result.explain } : result.profile, null, 2) + '\n'
          : o.format === 'html'
            ? renderHtml(result.profile)
            : renderMarkdown(result.profile);
      if (o.explain && o.format !== 'json') process.stderr.write(JSON.stringify(result.explain, null, 2) + '\n');
      if (o.out) kit.writeFile(o.out, text);
      else kit.out(text);
    });
};
