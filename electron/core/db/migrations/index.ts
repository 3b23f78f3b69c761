import type { Migration } from '../migration';
import { migration001 } from './001-designs';
import { migration002 } from './002-programmes';
import { migration003 } from './003-people';
import { migration004 } from './004-banks';
import { migration005 } from './005-defense';
import { migration006 } from './006-devices';
import { migration008 } from './008-archive-indexes';
import { migration009 } from './009-sittings';
import { migration010 } from './010-blueprints';
import { migration011 } from './011-privacy';
import { migration012 } from './012-live-listener-index';
import { migration013 } from './013-listener-search';

/** Every migration, in order. Append only: never edit or reorder a shipped one. */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration008, migration009, migration010, migration011, migration012, migration013];
