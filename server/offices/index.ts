/**
 * The offices capability's front door: offices, their settings and the administrator's saves.
 */
export * from './admin';
export * from './api';
export * from './config';
export * from './offices';
export * from './pages';
