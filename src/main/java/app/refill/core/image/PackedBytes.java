package app.refill.core.image;

import java.io.ByteArrayOutputStream;

/**
 * Run-length packed bytes (PackBits style), for undo snapshots of mask regions. Masks are mostly long runs
 * of 0 and 255, so a stroke's before/after blocks shrink to a few percent of their raw size, which is what
 * lets a long history fit in its byte budget. Immutable.
 */
public final class PackedBytes {
    private final byte[] packed;
    private final int length;

    private PackedBytes(byte[] packed, int length) {
        this.packed = packed;
        this.length = length;
    }

    public static PackedBytes pack(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(16, raw.length / 16));
        int i = 0;
        while (i < raw.length) {
            int run = 1;
            while (i + run < raw.length && run < 128 && raw[i + run] == raw[i]) {
                run++;
            }
            if (run >= 3) {
                out.write(-(run - 1));
                out.write(raw[i]);
                i += run;
                continue;
            }
            int start = i;
            int lit = 0;
            while (i < raw.length && lit < 128) {
                if (i + 2 < raw.length && raw[i] == raw[i + 1] && raw[i] == raw[i + 2]) {
                    break;
                }
                i++;
                lit++;
            }
            out.write(lit - 1);
            out.write(raw, start, lit);
        }
        return new PackedBytes(out.toByteArray(), raw.length);
    }

    public byte[] unpack() {
        byte[] raw = new byte[length];
        int o = 0;
        int i = 0;
        while (i < packed.length) {
            int header = packed[i++];
            if (header < 0) {
                int run = 1 - header;
                byte v = packed[i++];
                java.util.Arrays.fill(raw, o, o + run, v);
                o += run;
            } else {
                int lit = header + 1;
                System.arraycopy(packed, i, raw, o, lit);
                i += lit;
                o += lit;
            }
        }
        return raw;
    }

    public int length() {
        return length;
    }

    /** Bytes held in memory, for history budgets. */
    public int byteSize() {
        return packed.length + 16;
    }
}
