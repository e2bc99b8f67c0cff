// The app version written into packages and backups.
export const APP_VERSION = '0.1.0';
