package cn.jixiao.budget.service.imports;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook's shared-strings table (Excel writes each distinct text of the workbook there once, and cells refer to it
 * by number) kept in a temporary file, with only each text's offset in memory. POI's read-only table holds every text
 * on the heap: about 40 MB for 100,000 rows with three distinct texts each, most of a service's 64 MB.
 */
final class DiskSharedStrings extends DefaultHandler implements SharedStrings, Closeable {

    private final Path file;
    private final OutputStream out;
    private FileChannel channel;
    /** offsets[i] is where text i starts; the text ends where the next starts, or at {@code end}. */
    private long[] offsets = new long[1024];
    private int size;
    private long end;

    private final StringBuilder text = new StringBuilder();
    private boolean inText;
    private boolean inPhonetic;

    private DiskSharedStrings(Path file) throws IOException {
        this.file = file;
        this.out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024);
    }

    /** Copies the workbook's table, if it has one, to a temporary file. */
    static DiskSharedStrings of(OPCPackage workbook) throws IOException, SAXException, ParserConfigurationException {
        DiskSharedStrings strings = new DiskSharedStrings(Files.createTempFile("jixiao-import-strings-", ".bin"));
        try {
            List<PackagePart> parts = workbook.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
            if (!parts.isEmpty()) {
                try (InputStream in = parts.get(0).getInputStream()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(strings);
                    parser.parse(new InputSource(in));
                }
            }
            strings.out.close();
            strings.channel = FileChannel.open(strings.file, StandardOpenOption.READ);
            return strings;
        } catch (IOException | SAXException | ParserConfigurationException | RuntimeException e) {
            strings.close();
            throw e;
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "si" -> text.setLength(0);
            case "t" -> inText = true;
            case "rPh" -> inPhonetic = true;
            default -> {
                // runs (r) and their properties only wrap the texts
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (localName) {
            case "t" -> inText = false;
            case "rPh" -> inPhonetic = false;
            case "si" -> append(text.toString());
            default -> {
                // nothing to do
            }
        }
    }

    @Override
    public void characters(char[] chars, int start, int length) {
        if (inText && !inPhonetic) {
            text.append(chars, start, length);
        }
    }

    @Override
    public RichTextString getItemAt(int index) {
        if (index < 0 || index >= size) {
            throw new IllegalStateException("no shared string " + index + " of " + size);
        }
        long from = offsets[index];
        long to = index + 1 < size ? offsets[index + 1] : end;
        ByteBuffer bytes = ByteBuffer.allocate((int) (to - from));
        try {
            while (bytes.hasRemaining() && channel.read(bytes, from + bytes.position()) >= 0) {
                // read until the buffer is full
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new XSSFRichTextString(new String(bytes.array(), StandardCharsets.UTF_8));
    }

    @Override
    public int getCount() {
        return size;
    }

    @Override
    public int getUniqueCount() {
        return size;
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
            if (channel != null) {
                channel.close();
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private void append(String value) throws SAXException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new SAXException(e);
        }
        if (size == offsets.length) {
            offsets = Arrays.copyOf(offsets, size * 2);
        }
        offsets[size++] = end;
        end += bytes.length;
    }
}
