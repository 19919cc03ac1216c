/**
 * The keyboard commands (manifest `commands`; the reader can change the keys in the
 * browser's shortcut settings). The descriptions are what the browser lists.
 */
export const COMMAND_NEXT = 'next-highlight';
export const COMMAND_PREVIOUS = 'previous-highlight';

export const COMMANDS = {
  [COMMAND_NEXT]: { suggested_key: { default: 'Alt+Shift+L' }, description: 'Go to the next Source Lens highlight and open its source card' },
  [COMMAND_PREVIOUS]: { suggested_key: { default: 'Alt+Shift+K' }, description: 'Go to the previous Source Lens highlight and open its source card' },
};
