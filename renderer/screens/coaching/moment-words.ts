/** "The newest 200 of 431 are shown." */
export const MOMENT_LIMIT_WORDS = (shown: number, total: number) => `The newest ${shown} of ${total} are shown; choose a shorter period to see the rest.`;
