package com.wagateway.bootstrap.persistence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The send journal's own write-ahead log, for the embedded H2, whose commits reach its file only
 * when its background writer stores them (up to {@code WRITE_DELAY}, 500 ms, later). Each batch the
 * journal commits is appended here and synced before its senders are answered; after H2's own
 * checkpoint the log is cut, and at start what is left is applied again (see {@link SendJournal}).
 *
 * <p>A batch is one frame: its length, its CRC-32 and its writes. A frame cut short by a crash
 * fails its length or checksum, and reading stops there: its senders were never answered.
 */
final class SendJournalLog implements AutoCloseable {
  private static final byte ATTEMPT = 1;
  private static final byte OUTCOME = 2;
  private static final int HEADER = Integer.BYTES * 2;

  private final FileChannel channel;
  private final Path file;

  SendJournalLog(Path file) {
    this.file = file;
    try {
      this.channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the send journal's log " + file, e);
    }
  }

  Path file() {
    return file;
  }

  /** The writes of every whole frame, in order; a torn last frame is left out. */
  List<Object> read() throws IOException {
    List<Object> writes = new ArrayList<>();
    long position = 0;
    long size = channel.size();
    ByteBuffer header = ByteBuffer.allocate(HEADER);
    while (position + HEADER <= size) {
      header.clear();
      readFully(header, position);
      int length = header.getInt(0);
      int crc = header.getInt(Integer.BYTES);
      if (length <= 0 || position + HEADER + length > size) {
        break;
      }
      ByteBuffer payload = ByteBuffer.allocate(length);
      readFully(payload, position + HEADER);
      if (crc != checksum(payload.array())) {
        break;
      }
      decode(payload.array(), writes);
      position += HEADER + length;
    }
    return writes;
  }

  /** Appends the batch as one frame and syncs it to the device before returning. */
  void append(List<?> writes) throws IOException {
    byte[] payload = encode(writes);
    ByteBuffer frame = ByteBuffer.allocate(HEADER + payload.length);
    frame.putInt(payload.length).putInt(checksum(payload)).put(payload).flip();
    long position = channel.size();
    while (frame.hasRemaining()) {
      position += channel.write(frame, position);
    }
    channel.force(false);
  }

  long size() throws IOException {
    return channel.size();
  }

  /** Empties the log: everything in it is in the database's file now. */
  void cut() throws IOException {
    channel.truncate(0);
    channel.force(false);
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      // closing at shutdown: nothing left to keep
    }
  }

  private void readFully(ByteBuffer buffer, long position) throws IOException {
    while (buffer.hasRemaining()) {
      int read = channel.read(buffer, position + buffer.position());
      if (read < 0) {
        throw new EOFException("The send journal's log ended inside a frame");
      }
    }
  }

  private static int checksum(byte[] payload) {
    CRC32 crc = new CRC32();
    crc.update(payload);
    return (int) crc.getValue();
  }

  private static byte[] encode(List<?> writes) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(128 * writes.size());
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(writes.size());
      for (Object write : writes) {
        if (write instanceof SendJournal.Attempt a) {
          out.writeByte(ATTEMPT);
          for (String field :
              new String[] {
                a.id(),
                a.tenantId(),
                a.provider(),
                a.providerMessageId(),
                a.recipient(),
                a.type(),
                a.status(),
                a.errorCode(),
                a.errorDetail()
              }) {
            text(out, field);
          }
          instant(out, a.createdAt());
          instant(out, a.updatedAt());
        } else if (write instanceof SendJournal.Outcome o) {
          out.writeByte(OUTCOME);
          for (String field :
              new String[] {
                o.id(), o.providerMessageId(), o.status(), o.errorCode(), o.errorDetail()
              }) {
            text(out, field);
          }
          instant(out, o.at());
        } else {
          throw new IllegalArgumentException("Not a send journal write: " + write);
        }
      }
    }
    return bytes.toByteArray();
  }

  private static void decode(byte[] payload, List<Object> writes) throws IOException {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
      int count = in.readInt();
      for (int i = 0; i < count; i++) {
        byte kind = in.readByte();
        if (kind == ATTEMPT) {
          String id = text(in);
          String tenant = text(in);
          String provider = text(in);
          String providerMessageId = text(in);
          String recipient = text(in);
          String type = text(in);
          String status = text(in);
          String errorCode = text(in);
          String errorDetail = text(in);
          Instant created = instant(in);
          Instant updated = instant(in);
          writes.add(
              new SendJournal.Attempt(
                  id,
                  tenant,
                  provider,
                  providerMessageId,
                  recipient,
                  type,
                  status,
                  created,
                  updated,
                  errorCode,
                  errorDetail));
        } else if (kind == OUTCOME) {
          String id = text(in);
          String providerMessageId = text(in);
          String status = text(in);
          String errorCode = text(in);
          String errorDetail = text(in);
          writes.add(
              new SendJournal.Outcome(
                  id, providerMessageId, status, errorCode, errorDetail, instant(in)));
        } else {
          throw new IOException("Unknown write kind " + kind + " in the send journal's log");
        }
      }
    }
  }

  private static void text(DataOutputStream out, String value) throws IOException {
    out.writeBoolean(value != null);
    if (value != null) {
      out.writeUTF(value);
    }
  }

  private static String text(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readUTF() : null;
  }

  private static void instant(DataOutputStream out, Instant at) throws IOException {
    out.writeLong(at.getEpochSecond());
    out.writeInt(at.getNano());
  }

  private static Instant instant(DataInputStream in) throws IOException {
    return Instant.ofEpochSecond(in.readLong(), in.readInt());
  }
}
