import packageJson from '../../package.json' with { type: 'json' };

/** The version users see and exports carry, from the one place it is set. */
export const appVersion: string = packageJson.version;
