/**
 * The documents capability's front door: one DOCX/PDF/XLSX renderer and its file model.
 */
export * from './model';
export * from './render';
