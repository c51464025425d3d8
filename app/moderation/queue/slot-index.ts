/**
 * Slot numbers by key, the numeric keys in typed arrays (open addressing, linear probing): a Map
 * of 300,000 entries was 19 MB of heap, these arrays are 6 MB. Keys are never removed.
 */
export class SlotIndex {
  private keys = new Float64Array(1024);
  private slots = new Int32Array(1024).fill(-1);
  private count = 0;
  private readonly texts = new Map<string, number>();

  get(key: number | string): number | undefined {
    if (typeof key === "string") return this.texts.get(key);
    const at = this.position(key, this.keys, this.slots);
    return at < 0 ? undefined : this.slots[at];
  }

  /** Adds a key that get did not find. */
  add(key: number | string, slot: number) {
    if (typeof key === "string") {
      this.texts.set(key, slot);
      return;
    }
    if ((this.count + 1) * 10 > this.keys.length * 7) this.rehash(this.keys.length * 2);
    this.place(key, slot, this.keys, this.slots);
    this.count++;
  }

  /** Where the key is (≥ 0), or -1 - where it would go. */
  private position(key: number, keys: Float64Array, slots: Int32Array): number {
    const mask = keys.length - 1;
    // Fibonacci hashing of the key's two 32-bit halves, the product's top bits.
    const mixed = Math.imul((key >>> 0) ^ Math.imul(Math.floor(key / 2 ** 32), 0x85ebca6b), 0x9e3779b1);
    let at = mixed >>> Math.clz32(mask);
    for (; slots[at] !== -1; at = (at + 1) & mask) if (keys[at] === key) return at;
    return -1 - at;
  }

  private place(key: number, slot: number, keys: Float64Array, slots: Int32Array) {
    const at = -1 - this.position(key, keys, slots);
    keys[at] = key;
    slots[at] = slot;
  }

  private rehash(capacity: number) {
    const keys = new Float64Array(capacity);
    const slots = new Int32Array(capacity).fill(-1);
    this.slots.forEach((slot, at) => {
      if (slot !== -1) this.place(this.keys[at] as number, slot, keys, slots);
    });
    this.keys = keys;
    this.slots = slots;
  }
}
