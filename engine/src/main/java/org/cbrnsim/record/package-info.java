/**
 * What a run leaves behind: typed events ({@link org.cbrnsim.record.SimEvent}) in an
 * {@link org.cbrnsim.record.EventLog} with live subscribers, metrics in a {@link org.cbrnsim.record.TimeSeries},
 * and the writers of the run folder ({@link org.cbrnsim.record.RunFolder}): {@code events.csv},
 * {@code timeseries.csv}, {@code summary.json}, {@code zones.geojson}. Every number goes through
 * {@link org.cbrnsim.record.NumberText}, so the same run gives byte-identical files on any locale or JDK.
 */
package org.cbrnsim.record;
