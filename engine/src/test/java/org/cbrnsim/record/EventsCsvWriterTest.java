package org.cbrnsim.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class EventsCsvWriterTest {

    private static final List<SimEvent> EVENTS = List.of(
            new WarningIssued(90.5, "civil,protection", "UA", "Town \"North\"", "sms, \"urgent\"\nand sirens"),
            new FirstWarned(1800, "MD", "Ungheni"));

    private static String write() throws IOException {
        StringWriter out = new StringWriter();
        new EventsCsvWriter(t -> "T" + (long) t).write(EVENTS, out);
        return out.toString();
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedAsInRfc4180() throws IOException {
        assertEquals("t_s,clock,type,actor,country,subject,detail\n"
                + "90.5,T90,warning_issued,\"civil,protection\",UA,\"Town \"\"North\"\"\",\"channel sms, \"\"urgent\"\"\nand sirens\"\n"
                + "1800,T1800,first_warned,,MD,Ungheni,first resident warned\n", write());
    }

    @Test
    void aCsvReaderGetsTheFieldsBack() throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(write()))) {
            List<CSVRecord> records = parser.getRecords();
            assertEquals(EventsCsvWriter.HEADER, parser.getHeaderNames());
            assertEquals(2, records.size());
            for (int i = 0; i < records.size(); i++) {
                SimEvent event = EVENTS.get(i);
                CSVRecord record = records.get(i);
                assertEquals(event.tS(), Double.parseDouble(record.get("t_s")));
                assertEquals(event.type(), record.get("type"));
                assertEquals(event.actor(), record.get("actor"));
                assertEquals(event.country(), record.get("country"));
                assertEquals(event.subject(), record.get("subject"));
                assertEquals(event.detail(), record.get("detail"));
            }
        }
    }
}
