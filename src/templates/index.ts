/** Reminder templates: the built-ins (every stage, English and French), rendering, validation, stage proposal. */
export * from './builtins';
export * from './render';
export * from './types';
