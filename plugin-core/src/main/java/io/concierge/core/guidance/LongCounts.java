package io.concierge.core.guidance;

/**
 * Counts by a long key in two primitive arrays (open addressing, linear probing): the in-memory miner keeps one
 * count per product pair, and a million orders make millions of pairs, too many for boxed map entries. A count of
 * zero marks a free slot, so only positive amounts are added.
 */
final class LongCounts {

    private static final double MAX_FILL = 0.6;

    private long[] keys;
    private long[] counts;
    private int size;

    LongCounts(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, (int) (expected / MAX_FILL)) - 1) << 1;
        keys = new long[capacity];
        counts = new long[capacity];
    }

    /** Adds {@code amount} (positive) to the key's count and returns the new count. */
    long add(long key, long amount) {
        if (amount <= 0) {
            throw new IllegalArgumentException("counts only grow: " + amount);
        }
        int slot = slotOf(key);
        if (counts[slot] == 0) {
            keys[slot] = key;
            size++;
        }
        counts[slot] += amount;
        long count = counts[slot];
        if (size > keys.length * MAX_FILL) {
            grow();
        }
        return count;
    }

    /** The key's count, 0 when it has none. */
    long get(long key) {
        return counts[slotOf(key)];
    }

    int size() {
        return size;
    }

    interface Visitor {
        void visit(long key, long count);
    }

    void forEach(Visitor visitor) {
        for (int slot = 0; slot < keys.length; slot++) {
            if (counts[slot] != 0) {
                visitor.visit(keys[slot], counts[slot]);
            }
        }
    }

    private int slotOf(long key) {
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (counts[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** Spreads sequential ids (product ids, packed pairs of indexes) over the table. */
    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new long[oldKeys.length * 2];
        size = 0;
        for (int slot = 0; slot < oldKeys.length; slot++) {
            if (oldCounts[slot] != 0) {
                int target = slotOf(oldKeys[slot]);
                keys[target] = oldKeys[slot];
                counts[target] = oldCounts[slot];
                size++;
            }
        }
    }
}
