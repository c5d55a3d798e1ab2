package org.cbrnsim.run;

import org.cbrnsim.record.RunSummary;

import java.nio.file.Path;

/**
 * A finished run: the folder its files were written to and its summary.
 *
 * @param folder  results/&lt;scenario-id&gt;/&lt;run-id&gt;/
 * @param summary what summary.json holds
 */
public record RunResult(Path folder, RunSummary summary) {
}
