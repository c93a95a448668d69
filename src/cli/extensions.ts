// Commands that live in their own files (profile, serve, queue, worker) register here, so main.ts stays small.
import type { Command, Option } from 'commander';
import type { Store } from '../store/store.js';

export interface CommandKit {
  dbOption: () => Option;
  withStore: <T>(db: string, fn: (store: Store) => Promise<T>) => Promise<T>;
  out: (s: string) => void;
  json: (v: unknown) => void;
  setExit: (code: number) => void;
  writeFile: (path: string, data: string) => void;
}

export type AddCommand = (program: Command, kit: CommandKit) => void;

export const extensionCommands: AddCommand[] = [];

import { addServeCommand } from './serve-command.js';
extensionCommands.push(addServeCommand);
import { addQueueCommands } from './queue-command.js';
extensionCommands.push(addQueueCommands);
import { addProfileCommand } from './profile-command.js';
extensionCommands.push(addProfileCommand);
