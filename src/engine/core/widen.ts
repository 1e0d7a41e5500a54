/** The typed arrays the engine's growable columns use. */
type Column = Uint8Array | Int32Array | Float32Array | Float64Array;

/**
 * A column of the same type, `size` long, holding `column`'s values at its start (the rest zero):
 * how a growable column (records, the dossier order, agent lists) doubles when full.
 */
export function widen<T extends Column>(column: T, size: number): T {
  const wider = new (column.constructor as new (length: number) => T)(size);
  wider.set(column);
  return wider;
}
