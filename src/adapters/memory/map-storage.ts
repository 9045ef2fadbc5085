/**
 * A Storage kept in a Map. Several MemoryAdapters given the same one (and the same storageKey)
 * share their data and live updates as browser tabs share localStorage: a mock server's
 * per-user views, tests, or Node, where there is no localStorage.
 */
export class MapStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
}
