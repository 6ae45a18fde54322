package ir.bashgah.members.application;

import java.util.Arrays;

/**
 * The row on which each numeric key (a mobile, a national code) first appeared in a file: an
 * open-addressing map of primitive longs, because a million keys as boxed HashMap entries would cost
 * an import some 150 MB where these arrays take 32.
 */
final class FirstRows {
  private static final long EMPTY = Long.MIN_VALUE;
  private long[] keys;
  private long[] rows;
  private int size;

  FirstRows() {
    keys = new long[1 << 12];
    rows = new long[keys.length];
    Arrays.fill(keys, EMPTY);
  }

  /** The row {@code key} was first seen on, or -1 after remembering it on {@code row}. */
  long putIfAbsent(long key, long row) {
    int slot = slot(keys, key);
    if (keys[slot] == key) {
      return rows[slot];
    }
    keys[slot] = key;
    rows[slot] = row;
    if (++size * 2 > keys.length) {
      grow();
    }
    return -1;
  }

  private static int slot(long[] keys, long key) {
    int mask = keys.length - 1;
    int i = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
    while (keys[i] != EMPTY && keys[i] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldRows = rows;
    keys = new long[oldKeys.length * 2];
    rows = new long[keys.length];
    Arrays.fill(keys, EMPTY);
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        int slot = slot(keys, oldKeys[i]);
        keys[slot] = oldKeys[i];
        rows[slot] = oldRows[i];
      }
    }
  }
}
