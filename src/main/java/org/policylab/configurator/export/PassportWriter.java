package org.policylab.configurator.export;

import java.io.IOException;
import java.io.OutputStream;

/** One document format of the program passport. Writers never touch files: {@link Exporter} does, atomically. */
public interface PassportWriter {
    ExportFormat format();

    void write(PassportDocument doc, OutputStream out) throws IOException;
}
