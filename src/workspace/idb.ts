// The user layer's files in IndexedDB: put, list and delete whole files. Browser only; no other storage. The import
// worker writes and reads the files (a 100,000-record file takes seconds to clone); the page only deletes and lists keys.
import type { AtlasRecord } from '../domain/schema'

export interface StoredFile {
  name: string
  addedAt: number
  records: AtlasRecord[]
}

const DB = 'shanghai-atlas-user-layer'
const STORE = 'files'

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(new Error('IndexedDB is not available'))
    const req = indexedDB.open(DB, 1)
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'name' })
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error ?? new Error('IndexedDB open failed'))
  })
}

async function run<T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open()
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode)
      const req = fn(tx.objectStore(STORE))
      tx.oncomplete = () => resolve(req.result)
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'))
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'))
    })
  } finally {
    db.close()
  }
}

export const putFile = (file: StoredFile) => run('readwrite', (s) => s.put(file)).then(() => undefined)
export const deleteFile = (name: IDBValidKey) => run('readwrite', (s) => s.delete(name)).then(() => undefined)
/** Every stored value as it is: possibly not a StoredFile at all (edited by hand, written by an older atlas). */
export const listFiles = () => run<unknown[]>('readonly', (s) => s.getAll())
/** Only the names: what the page can list cheaply when the files themselves cannot be read. */
export const listKeys = () => run<IDBValidKey[]>('readonly', (s) => s.getAllKeys())
