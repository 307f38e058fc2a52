/** The parts of `ExtensionContext` the extension reads, with an in-memory SecretStorage. */
import { EventEmitter, Uri } from './vscodeValues';

/** SecretStorage in memory; `stored` lists every write, so a test can see that nothing was written. */
export class FakeSecretStorage {
  readonly values = new Map<string, string>();
  readonly stored: { key: string; value: string }[] = [];
  private readonly emitter = new EventEmitter<{ key: string }>();
  readonly onDidChange = this.emitter.event;

  async get(key: string): Promise<string | undefined> {
    return this.values.get(key);
  }

  async store(key: string, value: string): Promise<void> {
    this.values.set(key, value);
    this.stored.push({ key, value });
    this.emitter.fire({ key });
  }

  async delete(key: string): Promise<void> {
    this.values.delete(key);
  }

  async keys(): Promise<string[]> {
    return [...this.values.keys()];
  }
}

/** The parts of `ExtensionContext` the extension reads. */
export interface FakeExtensionContext {
  readonly subscriptions: { dispose(): unknown }[];
  readonly secrets: FakeSecretStorage;
  readonly extensionPath: string;
  readonly globalStorageUri: Uri;
  readonly globalState: FakeMemento;
}

/** `context.globalState`: values kept per user (in memory here). */
export class FakeMemento {
  readonly values = new Map<string, unknown>();

  get<T>(key: string): T | undefined {
    return this.values.get(key) as T | undefined;
  }

  async update(key: string, value: unknown): Promise<void> {
    this.values.set(key, value);
  }
}

export function extensionContext(extensionPath: string, storagePath: string, secrets = new FakeSecretStorage(),
  globalState = new FakeMemento()): FakeExtensionContext {
  return { subscriptions: [], secrets, extensionPath, globalStorageUri: Uri.file(storagePath), globalState };
}
